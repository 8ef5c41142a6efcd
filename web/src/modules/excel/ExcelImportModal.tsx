/**
 * Importing tasks from Excel (Office): pick the plan, download its template,
 * upload the filled sheet with a progress bar, choose "all or nothing" or
 * "only valid rows" (and optionally validate only). Large files are imported
 * in the background; the dialog follows the import until it is done.
 */
import { DownloadOutlined } from '@ant-design/icons';
import { Alert, App, Button, Checkbox, Flex, Form, Modal, Progress, Radio, Select, Typography } from 'antd';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../api/client.ts';
import { pollUntilSettled } from './transfer.ts';
import type { ImportMode, ImportReport, ImportStatus, Plan } from '../../api/types.ts';
import { useLocale } from '../../i18n/useLocale.ts';
import { ErrorAlert } from '../../shell/ErrorAlert.tsx';
import { errorMessage } from '../../shell/errors.ts';
import { planOptions } from '../tasks/labels.ts';
import { excelApi } from './excelApi.ts';
import { ImportResult } from './ImportResult.tsx';

interface Props {
  open: boolean;
  plans: Plan[];
  defaultPlanId?: string;
  onClose: () => void;
  /** Tasks were written: the list behind reloads. */
  onImported: () => void;
}

type Phase =
  | { step: 'form' }
  | { step: 'uploading'; percent: number }
  | { step: 'background'; status: ImportStatus | null }
  | { step: 'done'; report: ImportReport; rejected: boolean };


export function ExcelImportModal({ open, plans, defaultPlanId, onClose, onImported }: Props) {
  const { t } = useTranslation();
  const locale = useLocale();
  const { message } = App.useApp();
  const [planId, setPlanId] = useState<string | undefined>(defaultPlanId);
  const [mode, setMode] = useState<ImportMode>('all_or_nothing');
  const [dryRun, setDryRun] = useState(false);
  const [file, setFile] = useState<File | null>(null);
  const [phase, setPhase] = useState<Phase>({ step: 'form' });
  const [error, setError] = useState<unknown>(undefined);
  const [downloading, setDownloading] = useState(false);
  const fileInput = useRef<HTMLInputElement>(null);
  const polling = useRef<AbortController | null>(null);

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

  const finish = (report: ImportReport, rejected: boolean) => {
    setPhase({ step: 'done', report, rejected });
    if (!rejected && !report.dryRun && report.imported > 0) onImported();
  };

  /** Follows a background import until it is done or failed. */
  const follow = async (importId: string) => {
    const controller = new AbortController();
    polling.current = controller;
    setPhase({ step: 'background', status: null });
    const status = await pollUntilSettled((signal) => excelApi.importStatus(importId, signal), (next) => setPhase({ step: 'background', status: next }), controller.signal);
    if (!status) return;
    if (status.result) finish(status.result, status.state === 'failed');
    else setError(new ApiError(500, status.error ?? { code: 'excel.import_failed', message: t('excel.import.failed') }));
    if (status.state === 'failed' && !status.result) setPhase({ step: 'form' });
  };

  const submit = async () => {
    if (!planId || !file) return;
    setError(undefined);
    setPhase({ step: 'uploading', percent: 0 });
    try {
      const answer = await excelApi.importTasks(file, { planId, mode, dryRun }, (percent) => setPhase({ step: 'uploading', percent }));
      if (answer.kind === 'accepted') await follow(answer.accepted.importId);
      else finish(answer.report, false);
    } catch (failure) {
      if (failure instanceof DOMException && failure.name === 'AbortError') return;
      // All or nothing with bad rows: nothing was written; the report lists every error.
      const report = failure instanceof ApiError ? (failure.details.report as ImportReport | undefined) : undefined;
      if (report) finish(report, true);
      else {
        setError(failure);
        setPhase({ step: 'form' });
      }
    }
  };

  const downloadTemplate = async () => {
    if (!planId) return;
    setDownloading(true);
    try {
      await excelApi.downloadTemplate(planId);
    } catch (failure) {
      void message.error(errorMessage(failure, t));
    } finally {
      setDownloading(false);
    }
  };

  const busy = phase.step === 'uploading' || phase.step === 'background';
  return (
    <Modal
      open={open}
      title={t('excel.import.title')}
      width={900}
      onCancel={close}
      mask={{ closable: false }}
      destroyOnHidden
      footer={
        phase.step === 'done' ? (
          <>
            <Button onClick={reset} data-testid="excel-import-again">
              {t('excel.import.again')}
            </Button>
            <Button type="primary" onClick={close}>
              {t('excel.import.close')}
            </Button>
          </>
        ) : (
          <>
            <Button onClick={close}>{t('common.cancel')}</Button>
            <Button type="primary" loading={busy} disabled={!planId || !file} onClick={() => void submit()} data-testid="excel-import-submit">
              {dryRun ? t('excel.import.validate') : t('excel.import.submit')}
            </Button>
          </>
        )
      }
    >
      <ErrorAlert error={error} testId="excel-import-error" />
      {phase.step === 'done' ? (
        <ImportResult report={phase.report} rejected={phase.rejected} />
      ) : (
        <Form layout="vertical" disabled={busy}>
          <Form.Item label={t('excel.import.plan')} required>
            <Flex gap={8}>
              <Select<string>
                showSearch={{ optionFilterProp: 'label' }}
                style={{ flex: 1 }}
                value={planId}
                onChange={setPlanId}
                placeholder={t('excel.import.planPlaceholder')}
                options={planOptions(plans.filter((p) => p.status !== 'closed'), locale)}
                data-testid="excel-import-plan"
              />
              <Button icon={<DownloadOutlined />} disabled={!planId} loading={downloading} onClick={() => void downloadTemplate()} data-testid="excel-template">
                {t('excel.import.template')}
              </Button>
            </Flex>
          </Form.Item>
          <Form.Item label={t('excel.import.file')} required extra={t('excel.import.fileHint')}>
            <input
              ref={fileInput}
              type="file"
              accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
              onChange={(event) => setFile(event.target.files?.[0] ?? null)}
              data-testid="excel-import-file"
            />
          </Form.Item>
          <Form.Item label={t('excel.import.mode')}>
            <div data-testid="excel-import-mode">
              <Radio.Group value={mode} onChange={(event) => setMode(event.target.value as ImportMode)}>
                <Flex vertical gap={6}>
                  <Radio value="all_or_nothing">
                    {t('excel.import.modes.all_or_nothing')}
                    <Typography.Text type="secondary"> — {t('excel.import.modes.all_or_nothingHint')}</Typography.Text>
                  </Radio>
                  <Radio value="valid_rows_only">
                    {t('excel.import.modes.valid_rows_only')}
                    <Typography.Text type="secondary"> — {t('excel.import.modes.valid_rows_onlyHint')}</Typography.Text>
                  </Radio>
                </Flex>
              </Radio.Group>
            </div>
          </Form.Item>
          <Checkbox checked={dryRun} onChange={(event) => setDryRun(event.target.checked)} data-testid="excel-import-dryrun">
            {t('excel.import.dryRun')}
          </Checkbox>
        </Form>
      )}
      {phase.step === 'uploading' && (
        <div style={{ marginTop: 16 }} data-testid="excel-import-progress">
          <Typography.Text type="secondary">{t('excel.import.uploading')}</Typography.Text>
          <Progress percent={phase.percent} aria-label={t('common.uploadProgress')} />
        </div>
      )}
      {phase.step === 'background' && (
        <div style={{ marginTop: 16 }} data-testid="excel-import-progress">
          <Alert type="info" showIcon title={t('excel.import.background')} style={{ marginBottom: 8 }} />
          <Typography.Text type="secondary">
            {phase.status ? t(`excel.import.states.${phase.status.state}`) : t('excel.import.states.queued')}
            {phase.status ? ` · ${phase.status.processedRows}/${phase.status.totalRows}` : ''}
          </Typography.Text>
          <Progress
            percent={phase.status && phase.status.totalRows > 0 ? Math.round((phase.status.processedRows / phase.status.totalRows) * 100) : 0}
            aria-label={t('common.progress')}
          />
        </div>
      )}
    </Modal>
  );
}
