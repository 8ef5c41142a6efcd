/**
 * Importing usage from Excel (synchronous: usage files are small): download the
 * template, upload the filled .xlsx with a progress bar; the answer is the
 * counts written, or every row error in the user's language (nothing written).
 */
import { DownloadOutlined } from '@ant-design/icons';
import { Alert, App, Button, Flex, Modal, Progress, Table, Typography } from 'antd';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../api/client.ts';
import { useLocale } from '../../i18n/useLocale.ts';
import { ErrorAlert } from '../../shell/ErrorAlert.tsx';
import { errorMessage } from '../../shell/errors.ts';
import { servicesApi, type UsageImportResult, type UsageRowError } from './servicesApi.ts';

type Phase = { step: 'form' } | { step: 'uploading'; percent: number } | { step: 'done'; result: UsageImportResult } | { step: 'rejected'; total: number; errors: UsageRowError[] };

export function UsageImportModal({ open, onClose, onImported }: { open: boolean; onClose: () => void; onImported?: () => void }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const { message } = App.useApp();
  const [phase, setPhase] = useState<Phase>({ step: 'form' });
  const [error, setError] = useState<unknown>(undefined);
  const input = useRef<HTMLInputElement>(null);

  const close = () => {
    setPhase({ step: 'form' });
    setError(undefined);
    if (input.current) input.current.value = '';
    onClose();
  };
  const upload = async (file: File) => {
    setError(undefined);
    setPhase({ step: 'uploading', percent: 0 });
    try {
      const result = await servicesApi.importUsage(file, (percent) => setPhase({ step: 'uploading', percent }));
      setPhase({ step: 'done', result });
      if (result.created + result.updated > 0) onImported?.();
    } catch (failure) {
      const details = failure instanceof ApiError ? failure.details : undefined;
      const errors = details?.errors;
      if (Array.isArray(errors) && errors.length) setPhase({ step: 'rejected', total: Number(details?.total ?? 0), errors: errors as UsageRowError[] });
      else {
        setPhase({ step: 'form' });
        setError(failure);
      }
    } finally {
      if (input.current) input.current.value = '';
    }
  };

  return (
    <Modal open={open} title={t('services.import.title')} width={720} onCancel={close} footer={<Button onClick={close}>{t('common.close')}</Button>} destroyOnHidden>
      <Typography.Paragraph type="secondary">{t('services.import.hint')}</Typography.Paragraph>
      <Flex gap={8} wrap style={{ marginBottom: 12 }}>
        <Button icon={<DownloadOutlined />} onClick={() => servicesApi.template().catch((e: unknown) => message.error(errorMessage(e, t)))} data-testid="usage-import-template">
          {t('services.import.template')}
        </Button>
        <Button type="primary" onClick={() => input.current?.click()} disabled={phase.step === 'uploading'} data-testid="usage-import-choose">{t('services.import.choose')}</Button>
        <input
          ref={input}
          type="file"
          accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
          style={{ display: 'none' }}
          aria-label={t('services.import.choose')}
          data-testid="usage-import-file"
          onChange={(e) => { const file = e.target.files?.[0]; if (file) void upload(file); }}
        />
      </Flex>
      {error !== undefined && <ErrorAlert error={error} testId="usage-import-error" />}
      {phase.step === 'uploading' && <Progress percent={phase.percent} />}
      {phase.step === 'done' && <Alert type="success" showIcon title={t('services.import.done', phase.result)} data-testid="usage-import-result" />}
      {phase.step === 'rejected' && (
        <>
          <Alert type="error" showIcon title={t('services.import.rejected', { count: phase.errors.length, total: phase.total })} style={{ marginBottom: 12 }} data-testid="usage-import-rejected" />
          <Table<UsageRowError>
            size="small"
            rowKey={(e) => `${e.row}:${e.column}:${e.rule}`}
            dataSource={phase.errors}
            pagination={phase.errors.length > 50 ? { pageSize: 50, showSizeChanger: false } : false}
            scroll={{ x: 520 }}
            columns={[
              { title: t('services.import.row'), dataIndex: 'row', width: 64 },
              { title: t('services.import.column'), key: 'column', width: 180, render: (_, e) => `${e.column} · ${e.field}` },
              { title: t('services.import.message'), key: 'message', render: (_, e) => (locale === 'en' ? e.messageEn : e.messageZh) },
            ]}
          />
        </>
      )}
    </Modal>
  );
}
