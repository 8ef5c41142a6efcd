/**
 * The documents of a meeting or an agreement: everyone who reads the record
 * downloads them; the Office adds (one progress bar for the queue) and removes
 * them. Downloads are attachments: the browser saves them, never renders them.
 */
import { DeleteOutlined, PaperClipOutlined } from '@ant-design/icons';
import { App, Button, Card, Empty, Popconfirm, Progress, Space, Table, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useApi } from '../../api/hooks.ts';
import type { DocumentOwnerKind, StoredDocument } from '../../api/types.ts';
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
}

export function DocumentsCard({ owner, ownerId, canManage }: Props) {
  const { t, i18n } = useTranslation();
  const { message } = App.useApp();
  const { timeZone } = useReference();
  const documents = useApi((signal) => documentsApi.list(owner, ownerId, signal), `${owner}:${ownerId}`);
  const [progress, setProgress] = useState<{ name: string; percent: number } | null>(null);
  const english = i18n.language === 'en';

  const upload = async (files: File[]) => {
    for (const file of files) {
      setProgress({ name: file.name, percent: 0 });
      try {
        await documentsApi.upload(owner, ownerId, file, {}, (percent) => setProgress({ name: file.name, percent }));
        void message.success(t('documents.uploaded', { name: file.name }));
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

  return (
    <Card
      title={t('documents.title')}
      size="small"
      data-testid="documents-card"
      extra={canManage && <FilePicker testId="documents-upload" label={t('documents.add')} onFiles={(files) => void upload(files)} disabled={progress !== null} />}
    >
      <ErrorAlert error={documents.error} />
      {progress && (
        <div data-testid="documents-progress">
          <Typography.Text type="secondary">{t('documents.uploading', { name: progress.name })}</Typography.Text>
          <Progress percent={progress.percent} size="small" />
        </div>
      )}
      <Table<StoredDocument>
        rowKey="id"
        size="small"
        pagination={false}
        loading={documents.loading}
        dataSource={documents.data ?? []}
        locale={{ emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('documents.none')} /> }}
        data-testid="documents-table"
        onRow={(record) => ({ 'data-testid': `document-row-${record.id}` }) as React.HTMLAttributes<HTMLTableRowElement>}
        columns={[
          {
            title: t('documents.file'),
            key: 'file',
            render: (_, d) => (
              <Space size={6}>
                <PaperClipOutlined />
                <a href={documentsApi.downloadUrl(d.id)} download={d.fileName}>
                  {(english ? d.titleEn : d.titleZh) || d.fileName}
                </a>
                {d.isDemo && <DemoTag />}
              </Space>
            ),
          },
          { title: t('documents.size'), key: 'size', width: 100, render: (_, d) => formatBytes(d.sizeBytes) },
          { title: t('documents.uploadedBy'), key: 'by', width: 140, render: (_, d) => d.uploadedBy ?? '—' },
          { title: t('documents.uploadedAt'), key: 'at', width: 180, render: (_, d) => formatDateTime(d.uploadedAt, timeZone) },
          ...(canManage
            ? [
                {
                  title: '',
                  key: 'actions',
                  width: 48,
                  render: (_: unknown, d: StoredDocument) => (
                    <Popconfirm title={t('documents.removeConfirm', { name: d.fileName })} onConfirm={() => void remove(d)}>
                      <Button size="small" type="text" danger icon={<DeleteOutlined />} aria-label={t('documents.remove')} data-testid="document-remove" />
                    </Popconfirm>
                  ),
                },
              ]
            : []),
        ]}
      />
    </Card>
  );
}
