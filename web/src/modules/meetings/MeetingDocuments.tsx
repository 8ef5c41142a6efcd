/**
 * Papers of a meeting (agenda papers, signed minutes, photos): everyone who
 * reads the meeting downloads them; the Office attaches and removes them. The
 * server checks each file (allowed type whose first bytes match, size).
 */
import { DeleteOutlined, PaperClipOutlined, UploadOutlined } from '@ant-design/icons';
import { App, Button, Card, Empty, Flex, Input, List, Popconfirm, Progress, Space, Typography, Upload } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useApi } from '../../api/hooks.ts';
import type { MeetingDocument } from '../../api/types.ts';
import { useLocale } from '../../i18n/useLocale.ts';
import { ErrorAlert } from '../../shell/ErrorAlert.tsx';
import { formatDateTime } from '../../shell/format.ts';
import { textOf } from './labels.ts';
import { meetingsApi } from './meetingsApi.ts';

const ACCEPT = '.pdf,.png,.jpg,.jpeg,.docx,.xlsx,.doc,.xls,.txt,.csv';

function sizeLabel(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

export function MeetingDocuments({ meetingId, office, timeZone }: { meetingId: string; office: boolean; timeZone: string }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const { message } = App.useApp();
  const documents = useApi((signal) => meetingsApi.documents(meetingId, signal), `documents:${meetingId}`);
  const [title, setTitle] = useState('');
  const [progress, setProgress] = useState<{ name: string; percent: number } | null>(null);
  const [error, setError] = useState<unknown>(undefined);

  const upload = async (file: File) => {
    setError(undefined);
    setProgress({ name: file.name, percent: 0 });
    try {
      await meetingsApi.uploadDocument(meetingId, file, title.trim(), (percent) => setProgress({ name: file.name, percent }));
      setTitle('');
      void message.success(t('meetings.documents.uploaded', { name: file.name }));
      documents.reload();
    } catch (failure) {
      setError(failure);
    } finally {
      setProgress(null);
    }
  };

  const remove = async (doc: MeetingDocument) => {
    setError(undefined);
    try {
      await meetingsApi.deleteDocument(doc.id);
      documents.reload();
    } catch (failure) {
      setError(failure);
    }
  };

  return (
    <Card size="small" title={t('meetings.documents.title')} data-testid="meeting-documents">
      <ErrorAlert error={documents.error ?? error} testId="documents-error" />
      {(documents.data ?? []).length === 0 ? (
        !documents.loading && <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('meetings.documents.none')} />
      ) : (
        <List
          size="small"
          dataSource={documents.data}
          renderItem={(doc) => (
            <List.Item
              key={doc.id}
              data-testid={`document-${doc.id}`}
              actions={
                office
                  ? [
                      <Popconfirm key="delete" title={t('meetings.documents.deleteConfirm')} onConfirm={() => void remove(doc)}>
                        <Button type="text" size="small" danger icon={<DeleteOutlined />} aria-label={t('meetings.documents.delete')} data-testid="document-delete" />
                      </Popconfirm>,
                    ]
                  : undefined
              }
            >
              <Flex vertical gap={0} style={{ minWidth: 0 }}>
                <a href={meetingsApi.documentUrl(doc.id)} download={doc.fileName} data-testid="document-link">
                  <PaperClipOutlined /> {textOf(doc.titleZh, doc.titleEn, locale) || doc.fileName}
                </a>
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                  {doc.fileName} · {sizeLabel(doc.sizeBytes)} · {formatDateTime(doc.uploadedAt, timeZone)}
                  {doc.uploadedBy && ` · ${doc.uploadedBy}`}
                </Typography.Text>
              </Flex>
            </List.Item>
          )}
        />
      )}
      {office && (
        <Flex vertical gap={8} style={{ marginTop: 8 }}>
          <Space.Compact style={{ width: '100%' }}>
            <Input
              value={title}
              onChange={(e) => setTitle(e.target.value)}
              maxLength={300}
              placeholder={t('meetings.documents.titlePlaceholder')}
              disabled={progress !== null}
              data-testid="document-title"
            />
            <Upload
              accept={ACCEPT}
              showUploadList={false}
              disabled={progress !== null}
              beforeUpload={(file) => {
                void upload(file);
                return false;
              }}
            >
              <Button icon={<UploadOutlined />} loading={progress !== null} data-testid="document-upload">
                {t('meetings.documents.upload')}
              </Button>
            </Upload>
          </Space.Compact>
          {progress && <Progress percent={progress.percent} size="small" format={() => progress.name} />}
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {t('meetings.documents.hint')}
          </Typography.Text>
        </Flex>
      )}
    </Card>
  );
}
