/**
 * Importing observations from Excel (the Office for any member, liaisons and
 * editors for their own): choose indicators and download their template,
 * upload the filled .xlsx with a progress bar. Small files answer at once
 * (written, or refused with every row error); large ones are imported in the
 * background and the dialog follows them until done or failed.
 */
import { DownloadOutlined } from '@ant-design/icons';
import { Alert, App, Button, Flex, Form, Modal, Progress, Select, Space, Table, Tag, Typography } from 'antd';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../api/client.ts';
import { pollUntilSettled } from '../excel/transfer.ts';
import { useApi } from '../../api/hooks.ts';
import { useLocale } from '../../i18n/useLocale.ts';
import { ErrorAlert } from '../../shell/ErrorAlert.tsx';
import { errorMessage } from '../../shell/errors.ts';
import {
  indicatorsApi,
  type ObservationImportResult,
  type ObservationImportRowError,
  type ObservationImportStatus,
} from './indicatorsApi.ts';
import { indicatorName } from './labels.ts';

interface Props {
  open: boolean;
  /** Indicators chosen when the dialog opens (e.g. the one whose observations are shown). */
  defaultCodes?: string[];
  onClose: () => void;
  /** Observations were written: the list behind reloads. */
  onImported?: () => void;
}

type Phase =
  | { step: 'form' }
  | { step: 'uploading'; percent: number }
  | { step: 'background'; status: ObservationImportStatus | null }
  | { step: 'done'; result: ObservationImportResult }
  | { step: 'rejected'; total: number; errors: ObservationImportRowError[] };


/** The row errors a refused import carries (400/403 details, or a failed background import's error details). */
function rowErrorsOf(details: Record<string, unknown> | null | undefined): { total: number; errors: ObservationImportRowError[] } | null {
  const errors = details?.errors;
  if (!Array.isArray(errors) || errors.length === 0) return null;
  return { total: typeof details?.total === 'number' ? details.total : 0, errors: errors as ObservationImportRowError[] };
}

function RowErrors({ total, errors }: { total: number; errors: ObservationImportRowError[] }) {
  const { t } = useTranslation();
  const locale = useLocale();
  return (
    <>
      <Alert type="error" showIcon title={t('observationImport.rejected', { count: errors.length, total })} style={{ marginBottom: 12 }} data-testid="observation-import-rejected" />
      <Table<ObservationImportRowError>
        size="small"
        rowKey={(e) => `${e.row}:${e.column}:${e.rule}`}
        dataSource={errors}
        pagination={errors.length > 50 ? { pageSize: 50, showSizeChanger: false } : false}
        scroll={{ x: 560 }}
        data-testid="observation-import-errors"
        columns={[
          { title: t('observationImport.row'), dataIndex: 'row', width: 64 },
          { title: t('observationImport.column'), key: 'column', width: 120, render: (_, e) => `${e.column} · ${e.field}` },
          { title: t('observationImport.message'), key: 'message', render: (_, e) => (locale === 'en' ? e.messageEn : e.messageZh) },
        ]}
      />
    </>
  );
}

function Result({ result }: { result: ObservationImportResult }) {
  const { t } = useTranslation();
  return (
    <Alert
      type="success"
      showIcon
      title={t('observationImport.done', { total: result.totalRows })}
      description={
        <Space size={[4, 4]} wrap>
          <Tag color="success">{t('observationImport.created', { count: result.created })}</Tag>
          <Tag color="processing">{t('observationImport.revised', { count: result.revised })}</Tag>
          <Tag>{t('observationImport.unchanged', { count: result.unchanged })}</Tag>
        </Space>
      }
      data-testid="observation-import-result"
    />
  );
}

export function ObservationImportModal({ open, defaultCodes, onClose, onImported }: Props) {
  const { t } = useTranslation();
  const locale = useLocale();
  const { message } = App.useApp();
  const [codes, setCodes] = useState<string[]>(defaultCodes ?? []);
  const [file, setFile] = useState<File | null>(null);
  const [phase, setPhase] = useState<Phase>({ step: 'form' });
  const [error, setError] = useState<unknown>(undefined);
  const [downloading, setDownloading] = useState(false);
  const fileInput = useRef<HTMLInputElement>(null);
  const polling = useRef<AbortController | null>(null);
  const indicators = useApi((signal) => (open ? indicatorsApi.list({ status: 'active' }, signal) : Promise.resolve([])), open ? 'import-indicators' : 'closed');

  useEffect(() => () => polling.current?.abort(), []);

  const reset = () => {
    polling.current?.abort();
    setPhase({ step: 'form' });
    setError(undefined);
    setFile(null);
    if (fileInput.current) fileInput.current.value = '';
  };

  const close = () => {
    reset();
    onClose();
  };

  const finish = (result: ObservationImportResult) => {
    setPhase({ step: 'done', result });
    if (result.created + result.revised > 0) onImported?.();
  };

  const refused = (failure: unknown): boolean => {
    const rows = failure instanceof ApiError ? rowErrorsOf(failure.details) : null;
    if (rows) setPhase({ step: 'rejected', ...rows });
    return rows !== null;
  };

  /** Follows a background import until it is done or failed. */
  const follow = async (importId: string) => {
    const controller = new AbortController();
    polling.current = controller;
    setPhase({ step: 'background', status: null });
    const status = await pollUntilSettled((signal) => indicatorsApi.importStatus(importId, signal), (next) => setPhase({ step: 'background', status: next }), controller.signal);
    if (!status) return;
    if (status.state === 'done' && status.result) return finish(status.result);
    const rows = rowErrorsOf(status.error?.details);
    if (rows) setPhase({ step: 'rejected', ...rows });
    else {
      setError(new ApiError(500, { code: status.error?.code ?? 'observations.import.failed', message: status.error?.message ?? t('observationImport.failed') }));
      setPhase({ step: 'form' });
    }
  };

  const submit = async () => {
    if (!file) return;
    setError(undefined);
    setPhase({ step: 'uploading', percent: 0 });
    try {
      const answer = await indicatorsApi.importObservations(file, (percent) => setPhase({ step: 'uploading', percent }));
      if (answer.kind === 'accepted') await follow(answer.accepted.importId);
      else finish(answer.result);
    } catch (failure) {
      if (failure instanceof DOMException && failure.name === 'AbortError') return;
      if (!refused(failure)) {
        setError(failure);
        setPhase({ step: 'form' });
      }
    }
  };

  const downloadTemplate = async () => {
    if (codes.length === 0) return;
    setDownloading(true);
    try {
      await indicatorsApi.downloadTemplate(codes);
    } catch (failure) {
      void message.error(errorMessage(failure, t));
    } finally {
      setDownloading(false);
    }
  };

  const busy = phase.step === 'uploading' || phase.step === 'background';
  const ended = phase.step === 'done' || phase.step === 'rejected';
  const status = phase.step === 'background' ? phase.status : null;
  return (
    <Modal
      open={open}
      title={t('observationImport.title')}
      width={760}
      onCancel={close}
      mask={{ closable: false }}
      destroyOnHidden
      footer={
        ended ? (
          <>
            <Button onClick={reset} data-testid="observation-import-again">
              {t('observationImport.again')}
            </Button>
            <Button type="primary" onClick={close} data-testid="observation-import-close">
              {t('observationImport.close')}
            </Button>
          </>
        ) : (
          <>
            <Button onClick={close}>{t('common.cancel')}</Button>
            <Button type="primary" loading={busy} disabled={!file} onClick={() => void submit()} data-testid="observation-import-submit">
              {t('observationImport.submit')}
            </Button>
          </>
        )
      }
    >
      <ErrorAlert error={error} testId="observation-import-error" />
      {phase.step === 'done' && <Result result={phase.result} />}
      {phase.step === 'rejected' && <RowErrors total={phase.total} errors={phase.errors} />}
      {!ended && (
        <Form layout="vertical" disabled={busy}>
          <Form.Item label={t('observationImport.indicators')} extra={t('observationImport.templateHint')}>
            <Flex gap={8} wrap>
              <Select<string[]>
                mode="multiple"
                allowClear
                style={{ flex: '1 1 240px', minWidth: 0 }}
                value={codes}
                onChange={setCodes}
                loading={indicators.loading}
                placeholder={t('observationImport.indicatorsPlaceholder')}
                showSearch={{ optionFilterProp: 'label' }}
                options={(indicators.data ?? []).map((i) => ({ value: i.code, label: `${i.code} · ${indicatorName(i, locale)}` }))}
                data-testid="observation-import-indicators"
              />
              <Button icon={<DownloadOutlined />} disabled={codes.length === 0} loading={downloading} onClick={() => void downloadTemplate()} data-testid="observation-template">
                {t('observationImport.template')}
              </Button>
            </Flex>
          </Form.Item>
          <Form.Item label={t('observationImport.file')} required extra={t('observationImport.fileHint')}>
            <input
              ref={fileInput}
              type="file"
              accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
              onChange={(event) => setFile(event.target.files?.[0] ?? null)}
              style={{ maxWidth: '100%' }}
              data-testid="observation-import-file"
            />
          </Form.Item>
        </Form>
      )}
      {phase.step === 'uploading' && (
        <div style={{ marginTop: 16 }} data-testid="observation-import-progress">
          <Typography.Text type="secondary">{t('observationImport.uploading')}</Typography.Text>
          <Progress percent={phase.percent} />
        </div>
      )}
      {phase.step === 'background' && (
        <div style={{ marginTop: 16 }} data-testid="observation-import-progress" data-state={status?.state ?? 'queued'}>
          <Alert type="info" showIcon title={t('observationImport.background')} style={{ marginBottom: 8 }} />
          <Typography.Text type="secondary">
            {t(`observationImport.states.${status?.state ?? 'queued'}`)}
            {status ? ` · ${t('observationImport.rows', { processed: status.processedRows, total: status.totalRows })}` : ''}
          </Typography.Text>
          <Progress percent={status?.progress ?? 0} />
        </div>
      )}
    </Modal>
  );
}
