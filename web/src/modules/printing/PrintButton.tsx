/**
 * Prints a record as an A4 PDF: asks the server for a print job (it checks at
 * once that this user may read the record), shows the job's progress, then
 * downloads the PDF. Errors show the server's message, in the user's language.
 * With `format` (the results reports) the job makes that format, Word or PDF,
 * (the file always comes from the job's format-neutral `/file`).
 */
import { FileWordOutlined, PrinterOutlined } from '@ant-design/icons';
import { Alert, Button, Modal, Progress, Space, Typography } from 'antd';
import { useEffect, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client.ts';
import type { PrintAccepted, PrintRequest, PrintStatus } from '../../api/types.ts';
import { errorMessage } from '../../shell/errors.ts';
import { downloadFile } from '../excel/transfer.ts';

const POLL_MS = 500;

interface PrintButtonProps {
  kind: string;
  params: Record<string, string>;
  label?: string;
  /** Asked of the server explicitly (its default is pdf); docx only for kinds with a Word renderer. */
  format?: 'pdf' | 'docx';
  /** Default `print-<kind>` (`print-<kind>-<format>` with a format, so two buttons of one kind differ). */
  testId?: string;
  icon?: ReactNode;
}

export function PrintButton(props: PrintButtonProps) {
  const { kind, params, label, format } = props;
  const testId = props.testId ?? (format ? `print-${kind}-${format}` : `print-${kind}`);
  const word = format === 'docx';
  const { t, i18n } = useTranslation();
  const [open, setOpen] = useState(false);
  const [status, setStatus] = useState<PrintStatus | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [fileName, setFileName] = useState<string | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const alive = useRef(true);

  useEffect(() => () => {
    alive.current = false;
    if (timer.current) clearTimeout(timer.current);
  }, []);

  const download = async (id: string) => {
    const { fileName: name } = await downloadFile(`/api/v1/print-jobs/${id}/file`, `${kind}.${format ?? 'pdf'}`);
    if (alive.current) setFileName(name);
  };

  const poll = async (id: string) => {
    try {
      const next = await api.get<PrintStatus>(`/api/v1/print-jobs/${id}`);
      if (!alive.current) return;
      setStatus(next);
      if (next.state === 'done') await download(id);
      else if (next.state === 'failed') setError(next.error?.message ?? t('printing.state.failed'));
      else timer.current = setTimeout(() => void poll(id), POLL_MS);
    } catch (failure) {
      if (alive.current) setError(errorMessage(failure, t));
    }
  };

  const start = async () => {
    setOpen(true);
    setStatus(null);
    setError(null);
    setFileName(null);
    try {
      const body: PrintRequest = { kind: kind as PrintRequest['kind'], params, lang: i18n.language === 'en' ? 'en' : 'zh-CN', ...(format ? { format } : {}) };
      const accepted = await api.post<PrintAccepted>('/api/v1/print-jobs', body);
      await poll(accepted.id);
    } catch (failure) {
      setError(errorMessage(failure, t));
    }
  };

  const close = () => {
    if (timer.current) clearTimeout(timer.current);
    setOpen(false);
  };

  const state = status?.state ?? 'queued';
  const percent = status?.progress ?? 0;
  const title = word ? t('printing.docx.title') : t('printing.title');
  // The Word job's steps say "Word" where the PDF's say "PDF"; the others are the same.
  const stateText = word && (state === 'rendering' || state === 'done') ? t(`printing.docx.${state}`) : t(`printing.state.${state}`);
  return (
    <>
      <Button icon={props.icon ?? (word ? <FileWordOutlined /> : <PrinterOutlined />)} onClick={() => void start()} data-testid={testId}>
        {label ?? t('printing.button')}
      </Button>
      <Modal
        open={open}
        title={title}
        onCancel={close}
        footer={
          <Space>
            {status?.state === 'done' && <Button onClick={() => void download(status.id).catch((f: unknown) => setError(errorMessage(f, t)))}>{t('printing.retry')}</Button>}
            <Button type="primary" onClick={close}>{t('printing.close')}</Button>
          </Space>
        }
        destroyOnHidden
      >
        {error ? (
          <Alert type="error" showIcon message={error} data-testid="print-error" />
        ) : (
          <Space direction="vertical" style={{ width: '100%' }}>
            <Progress percent={percent} status={state === 'done' ? 'success' : 'active'} aria-label={title} data-testid="print-progress" data-percent={percent} />
            <Typography.Text data-testid="print-state">{stateText}</Typography.Text>
            {fileName && <Typography.Text type="success" data-testid="print-done">{t('printing.downloaded', { name: fileName })}</Typography.Text>}
          </Space>
        )}
      </Modal>
    </>
  );
}
