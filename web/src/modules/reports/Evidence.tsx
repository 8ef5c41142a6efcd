/**
 * Evidence files of a report: the list (download, remove while the report is
 * open), the picker and an upload queue with one progress bar.
 */
import { DeleteOutlined, PaperClipOutlined } from '@ant-design/icons';
import { App, Button, Popconfirm, Progress, Space, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Evidence } from '../../api/types.ts';
import { errorMessage } from '../../shell/errors.ts';
import { FilePicker, formatBytes } from '../../shell/FilePicker.tsx';
import { reportsApi } from './reportsApi.ts';

/** The evidence picker: the shared file picker with the evidence label. */
export function EvidencePicker({ testId, onFiles, disabled, label }: { testId: string; onFiles: (files: File[]) => void; disabled?: boolean; label?: string }) {
  const { t } = useTranslation();
  return <FilePicker testId={testId} onFiles={onFiles} disabled={disabled} label={label ?? t('reports.evidence.add')} />;
}

export function EvidenceList({ evidence, removable, onChanged }: { evidence: Evidence[]; removable: boolean; onChanged: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  if (evidence.length === 0) return null;
  const remove = async (id: string) => {
    try {
      await reportsApi.deleteEvidence(id);
      void message.success(t('reports.evidence.removed'));
      onChanged();
    } catch (failure) {
      void message.error(errorMessage(failure, t));
    }
  };
  return (
    <Space orientation="vertical" size={2} data-testid="evidence-list">
      {evidence.map((file) => (
        <Space key={file.id} size={6} data-testid="evidence-item">
          <PaperClipOutlined />
          {/* The server answers as an attachment: the browser saves it, never renders it here. */}
          <a href={reportsApi.evidenceUrl(file.id)} download={file.fileName}>
            {file.fileName}
          </a>
          <Typography.Text type="secondary">{formatBytes(file.sizeBytes)}</Typography.Text>
          {removable && (
            <Popconfirm title={t('reports.evidence.removeConfirm', { name: file.fileName })} onConfirm={() => void remove(file.id)}>
              <Button size="small" type="text" danger icon={<DeleteOutlined />} aria-label={t('reports.evidence.remove')} />
            </Popconfirm>
          )}
        </Space>
      ))}
    </Space>
  );
}

/** Uploads files one after another to a report, with one progress bar; answers the files that failed. */
export function useEvidenceUpload() {
  const { t } = useTranslation();
  const [progress, setProgress] = useState<{ name: string; percent: number } | null>(null);
  const upload = async (reportId: string, files: File[]): Promise<{ file: File; error: string }[]> => {
    const failed: { file: File; error: string }[] = [];
    for (const file of files) {
      setProgress({ name: file.name, percent: 0 });
      try {
        await reportsApi.uploadEvidence(reportId, file, (percent) => setProgress({ name: file.name, percent }));
      } catch (failure) {
        failed.push({ file, error: errorMessage(failure, t) });
      }
    }
    setProgress(null);
    return failed;
  };
  const bar = progress ? (
    <div data-testid="evidence-progress">
      <Typography.Text type="secondary">{t('reports.evidence.uploading', { name: progress.name })}</Typography.Text>
      <Progress percent={progress.percent} size="small" aria-label={t('common.uploadProgress')} />
    </div>
  ) : null;
  return { upload, bar, busy: progress !== null };
}
