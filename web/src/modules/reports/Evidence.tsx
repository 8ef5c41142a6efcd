/**
 * Evidence files of a report: the list (download, remove while the report is
 * open) and a picker whose file input is the test hook. Files are checked by
 * the server by extension and by content; the accept list only helps the user.
 */
import { DeleteOutlined, PaperClipOutlined, UploadOutlined } from '@ant-design/icons';
import { App, Button, Popconfirm, Progress, Space, Typography } from 'antd';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Evidence } from '../../api/types.ts';
import { errorMessage } from '../../shell/errors.ts';
import { reportsApi } from './reportsApi.ts';

export const EVIDENCE_ACCEPT = '.pdf,.png,.jpg,.jpeg,.docx,.xlsx,.doc,.xls,.txt,.csv';

export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

/** A button that opens the file chooser; the (hidden) input carries the test id. */
export function EvidencePicker({ testId, onFiles, disabled, label }: { testId: string; onFiles: (files: File[]) => void; disabled?: boolean; label?: string }) {
  const { t } = useTranslation();
  const input = useRef<HTMLInputElement>(null);
  return (
    <>
      <input
        ref={input}
        type="file"
        multiple
        accept={EVIDENCE_ACCEPT}
        style={{ display: 'none' }}
        data-testid={testId}
        onChange={(event) => {
          const files = Array.from(event.target.files ?? []);
          event.target.value = '';
          if (files.length > 0) onFiles(files);
        }}
      />
      <Button size="small" icon={<UploadOutlined />} disabled={disabled} onClick={() => input.current?.click()}>
        {label ?? t('reports.evidence.add')}
      </Button>
    </>
  );
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
      <Progress percent={progress.percent} size="small" />
    </div>
  ) : null;
  return { upload, bar, busy: progress !== null };
}
