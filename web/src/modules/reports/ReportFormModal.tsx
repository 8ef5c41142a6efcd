/**
 * Filing a progress report on a share, or revising a returned one. The period
 * is prefilled with the current one of the plan's cadence; percent and status
 * start from the share as it stands. Evidence chosen here is uploaded once the
 * report exists (a report is filed even if a file is then refused, and the
 * user is told which file failed).
 */
import { DeleteOutlined, PaperClipOutlined } from '@ant-design/icons';
import { Alert, App, Button, Flex, Form, Input, Modal, Select, Space, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { WORK_STATUSES, type Cadence, type ReportDetail, type WorkStatus } from '../../api/types.ts';
import { ErrorAlert } from '../../shell/ErrorAlert.tsx';
import { isVersionConflict } from '../../shell/errors.ts';
import { ModalFormFooter } from '../../shell/ModalFormFooter.tsx';
import { useFormSave } from '../../shell/useFormSave.ts';
import { useFormGuard } from '../../shell/unsaved.tsx';
import { progressRules } from '../todo/progressRules.ts';
import { useReference } from '../region/reference.ts';
import { formatBytes } from '../../shell/FilePicker.tsx';
import { EvidencePicker, useEvidenceUpload } from './Evidence.tsx';
import { currentPeriod, recentPeriods } from './periods.ts';
import { reportsApi } from './reportsApi.ts';
import { NumberField } from '../tasks/NumberField.tsx';

export type ReportTarget =
  | {
      kind: 'file';
      shareId: string;
      memberLabel: string;
      cadence: Cadence;
      planStart: string;
      planEnd: string;
      percent: number;
      status: WorkStatus;
      /** The server's current period, when known (My work); else counted here. */
      defaultPeriod?: string;
    }
  | { kind: 'revise'; memberLabel: string; report: ReportDetail };

interface Values {
  period: string;
  percent: number;
  status: WorkStatus;
  body: string;
}

interface Props {
  target: ReportTarget | null;
  onClose: () => void;
  /** The report was filed (or revised); evidence failures are reported separately. */
  onDone: () => void;
}

export function ReportFormModal({ target, onClose, onDone }: Props) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const { timeZone } = useReference();
  const [form] = Form.useForm<Values>();
  const [files, setFiles] = useState<File[]>([]);
  const { saving, error, setError, save } = useFormSave(form);
  const [failedFiles, setFailedFiles] = useState<{ file: File; error: string }[]>([]);
  const evidence = useEvidenceUpload();
  // A half-written report asks before it is dropped (Esc, Cancel, navigation, closing the tab) and is kept as a local draft.
  const draftKey = target ? (target.kind === 'file' ? `report:file:${target.shareId}` : `report:revise:${target.report.id}`) : null;
  // Chosen files count as typed content too (they are not kept in the draft).
  const guard = useFormGuard({ form, open: target !== null, draftKey, draftFields: ['period', 'percent', 'status', 'body'], alsoDirty: files.length > 0 });
  const rules = progressRules(t);

  const close = () => {
    setFiles([]);
    setError(undefined);
    setFailedFiles([]);
    onClose();
  };
  const cancel = () => guard.confirmClose(close);

  const submit = async (values: Values) => {
    if (!target) return;
    await save(async () => {
      const body = { body: values.body, percent: values.percent, status: values.status };
      const { id } =
        target.kind === 'file'
          ? await reportsApi.file(target.shareId, { ...body, period: values.period })
          : await reportsApi.revise(target.report.id, { ...body, version: target.report.version });
      guard.submitted();
      const failed = files.length > 0 ? await evidence.upload(id, files) : [];
      onDone();
      if (failed.length > 0) {
        // The report stands; show which files were refused and why, and keep the dialog for that.
        setFailedFiles(failed);
        setFiles([]);
      } else {
        void message.success(target.kind === 'file' ? t('reports.form.filed') : t('reports.form.revised'));
        close();
      }
    });
  };

  const periods =
    target?.kind === 'file' ? recentPeriods(target.cadence, timeZone, target.planStart, target.planEnd) : target ? [target.report.period] : [];
  const initial: Partial<Values> =
    target?.kind === 'file'
      ? {
          period: [target.defaultPeriod, currentPeriod(target.cadence, timeZone)].find((p) => p && periods.includes(p)) ?? periods[0],
          percent: target.percent,
          status: target.status,
        }
      : target
        ? { period: target.report.period, percent: target.report.percent, status: target.report.status, body: target.report.body }
        : {};

  const title = target?.kind === 'revise' ? t('reports.form.reviseTitle', { member: target.memberLabel }) : t('reports.form.fileTitle', { member: target?.memberLabel ?? '' });
  const done = failedFiles.length > 0;
  return (
    <Modal
      open={target !== null}
      title={title}
      width={720}
      onCancel={done ? close : cancel}
      mask={{ closable: false }}
      destroyOnHidden
      footer={
        done ? (
          <Button type="primary" onClick={close}>
            {t('common.close')}
          </Button>
        ) : (
          <ModalFormFooter
            form={form}
            onCancel={cancel}
            saving={saving || evidence.busy}
            submitLabel={target?.kind === 'revise' ? t('reports.form.resubmit') : t('reports.form.submit')}
            submitTestId="report-form-submit"
          />
        )
      }
    >
      {done ? (
        <Alert
          type="warning"
          showIcon
          data-testid="report-evidence-failed"
          title={t('reports.form.filedButFiles')}
          description={
            <ul style={{ margin: 0, paddingInlineStart: 18 }}>
              {failedFiles.map((f) => (
                <li key={f.file.name}>
                  {f.file.name}: {f.error}
                </li>
              ))}
            </ul>
          }
        />
      ) : (
        <>
          {isVersionConflict(error) ? (
            <Alert type="warning" showIcon title={t('work.conflict.title')} description={t('reports.form.conflict')} style={{ marginBottom: 16 }} />
          ) : (
            <ErrorAlert error={error} testId="report-form-error" />
          )}
          {guard.banner}
          {target?.kind === 'revise' && target.report.comment && (
            <Alert type="info" showIcon title={t('reports.form.returnedWith')} description={target.report.comment} style={{ marginBottom: 16 }} />
          )}
          <Form<Values> form={form} layout="vertical" preserve={false} initialValues={initial} onValuesChange={guard.onValuesChange} onFinish={(values) => void submit(values)}>
            <Flex gap={16} wrap>
              <Form.Item
                name="period"
                label={t('reports.form.period')}
                style={{ flex: 1 }}
                extra={target?.kind === 'file' ? t(`reports.form.periodHint.${target.cadence}`) : undefined}
                rules={[{ required: true, message: t('reports.form.periodRequired') }]}
              >
                <Select disabled={target?.kind === 'revise'} options={periods.map((p) => ({ value: p, label: p }))} data-testid="report-form-period" />
              </Form.Item>
              <Form.Item name="percent" label={t('reports.form.percent')} style={{ width: 140 }} dependencies={['status']} rules={[{ required: true, message: t('reports.form.percentRequired') }, rules.percent]}>
                <NumberField min={0} max={100} step={5} suffix="%" style={{ width: '100%' }} testId="report-form-percent" />
              </Form.Item>
              <Form.Item name="status" label={t('reports.form.status')} style={{ width: 180 }} dependencies={['percent']} rules={[{ required: true }, rules.status]}>
                <Select options={WORK_STATUSES.map((s) => ({ value: s, label: t(`work.status.${s}`) }))} data-testid="report-form-status" />
              </Form.Item>
            </Flex>
            <Form.Item
              name="body"
              label={t('reports.form.body')}
              extra={t('reports.form.bodyHint')}
              rules={[{ required: true, whitespace: true, max: 20000, message: t('reports.form.bodyRequired') }]}
            >
              <Input.TextArea rows={7} maxLength={20000} showCount data-testid="report-form-body" />
            </Form.Item>
            <Form.Item label={t('reports.form.evidence')} extra={target?.kind === 'revise' ? t('reports.form.evidenceCarried') : t('reports.form.evidenceHint')}>
              <Space orientation="vertical" size={4} style={{ width: '100%' }}>
                <EvidencePicker testId="evidence-upload" onFiles={(picked) => setFiles((previous) => [...previous, ...picked])} disabled={saving} />
                {files.map((file, index) => (
                  <Space key={`${file.name}:${index}`} size={6} data-testid="evidence-pending">
                    <PaperClipOutlined />
                    <span>{file.name}</span>
                    <Typography.Text type="secondary">{formatBytes(file.size)}</Typography.Text>
                    <Button
                      size="small"
                      type="text"
                      icon={<DeleteOutlined />}
                      aria-label={t('reports.evidence.remove')}
                      onClick={() => setFiles((previous) => previous.filter((_, i) => i !== index))}
                    />
                  </Space>
                ))}
                {evidence.bar}
              </Space>
            </Form.Item>
          </Form>
        </>
      )}
    </Modal>
  );
}
