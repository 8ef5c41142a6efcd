/**
 * The documents of a meeting or an agreement: everyone who reads the record
 * downloads them; the Office adds them (an optional title in the current
 * language, one progress bar for the queue) and removes them. Downloads are
 * attachments: the browser saves them, never renders them. The server checks
 * every file (an allowed type whose first bytes match, the size).
 */
import { DeleteOutlined, PaperClipOutlined } from '@ant-design/icons';
import { App, Button, Card, Empty, Flex, Input, List, Popconfirm, Progress, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useApi } from '../../api/hooks.ts';
import type { DocumentOwnerKind, StoredDocument } from '../../api/types.ts';
import { useLocale } from '../../i18n/useLocale.ts';
import { DemoTag } from '../../shell/DemoTag.tsx';
import { ErrorAlert } from '../../shell/ErrorAlert.tsx';
import { errorMessage } from '../../shell/errors.ts';
import { FilePicker, formatBytes } from '../../shell/FilePicker.tsx';
import { formatDateTime } from '../../shell/format.ts';
import { useReference } from '../region/reference.ts';
import { documentsApi } from './documentsApi.ts';

interface Props {
  owner: DocumentOwnerKind;
  ownerId: string;
  /** The Office keeps the documents; the server enforces it whatever this says. */
  canManage: boolean;
  testId?: string;
}

export function DocumentsCard({ owner, ownerId, canManage, testId = 'documents-card' }: Props) {
  const { t } = useTranslation();
  const locale = useLocale();
  const { message } = App.useApp();
  const { timeZone } = useReference();
  const documents = useApi((signal) => documentsApi.list(owner, ownerId, signal), `${owner}:${ownerId}`);
  const [title, setTitle] = useState('');
  const [progress, setProgress] = useState<{ name: string; percent: number } | null>(null);

  const upload = async (files: File[]) => {
    // A typed title names the first file only; the others keep their file names.
    let pendingTitle = title.trim();
    for (const file of files) {
      setProgress({ name: file.name, percent: 0 });
      const titles = pendingTitle ? (locale === 'en' ? { titleEn: pendingTitle } : { titleZh: pendingTitle }) : {};
      try {
        await documentsApi.upload(owner, ownerId, file, titles, (percent) => setProgress({ name: file.name, percent }));
        void message.success(t('documents.uploaded', { name: file.name }));
        pendingTitle = '';
        setTitle('');
      } catch (failure) {
        void message.error(`${file.name}: ${errorMessage(failure, t)}`);
      }
    }
    setProgress(null);
    documents.reload();
  };

  const remove = async (document: StoredDocument) => {
    try {
      await documentsApi.remove(document.id);
      void message.success(t('documents.removed', { name: document.fileName }));
      documents.reload();
    } catch (failure) {
      void message.error(errorMessage(failure, t));
    }
  };

  const titleOf = (d: StoredDocument) => (locale === 'en' ? d.titleEn || d.titleZh : d.titleZh || d.titleEn) || d.fileName;
  const items = documents.data ?? [];

  return (
    <Card title={t('documents.title')} size="small" data-testid={testId}>
      <ErrorAlert error={documents.error} testId="documents-error" />
      {items.length === 0 ? (
        !documents.loading && <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('documents.none')} />
      ) : (
        <List
          size="small"
          dataSource={items}
          renderItem={(d) => (
            <List.Item
              key={d.id}
              data-testid={`document-${d.id}`}
              actions={
                canManage
                  ? [
                      <Popconfirm key="remove" title={t('documents.removeConfirm', { name: d.fileName })} onConfirm={() => void remove(d)}>
                        <Button size="small" type="text" danger icon={<DeleteOutlined />} aria-label={t('documents.remove')} data-testid="document-delete" />
                      </Popconfirm>,
                    ]
                  : undefined
              }
            >
              <Flex vertical gap={0} style={{ minWidth: 0 }}>
                <span>
                  <a href={documentsApi.downloadUrl(d.id)} download={d.fileName} data-testid="document-link">
                    <PaperClipOutlined /> {titleOf(d)}
                  </a>
                  {d.isDemo && <DemoTag />}
                </span>
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                  {d.fileName} · {formatBytes(d.sizeBytes)} · {formatDateTime(d.uploadedAt, timeZone)}
                  {d.uploadedBy && ` · ${d.uploadedBy}`}
                </Typography.Text>
              </Flex>
            </List.Item>
          )}
        />
      )}
      {canManage && (
        <Flex vertical gap={8} style={{ marginTop: 8 }}>
          <Flex gap={8}>
            <Input
              value={title}
              onChange={(e) => setTitle(e.target.value)}
              maxLength={300}
              placeholder={t('documents.titlePlaceholder')}
              disabled={progress !== null}
              data-testid="document-title"
            />
            <FilePicker testId="documents-upload" label={t('documents.add')} onFiles={(files) => void upload(files)} disabled={progress !== null} />
          </Flex>
          {progress && (
            <div data-testid="documents-progress">
              <Typography.Text type="secondary">{t('documents.uploading', { name: progress.name })}</Typography.Text>
              <Progress percent={progress.percent} size="small" aria-label={t('common.uploadProgress')} />
            </div>
          )}
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {t('documents.hint')}
          </Typography.Text>
        </Flex>
      )}
    </Card>
  );
}
