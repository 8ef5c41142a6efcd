/**
 * Creating a plan (it starts as a draft) or editing one. Kind, code and parent
 * are fixed once created; the reporting cadence decides the report periods
 * (2025-03 or 2025-Q1) and "stalled after" the days without progress before a
 * share is flagged.
 */
import { DatePicker, Flex, Form, Input, InputNumber, Modal, Select } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { PLAN_KINDS, type Cadence, type Plan, type PlanDetail, type PlanKind } from '../../api/types.ts';
import { useLocale } from '../../i18n/useLocale.ts';
import { DescriptionFields } from '../../shell/DescriptionFields.tsx';
import { SaveErrorAlert } from '../../shell/ErrorAlert.tsx';
import { notBeforeDateIn } from '../../shell/formRules.ts';
import { ModalFormFooter } from '../../shell/ModalFormFooter.tsx';
import { useFormSave } from '../../shell/useFormSave.ts';
import { planOptions } from '../tasks/labels.ts';
import { plansApi } from './plansApi.ts';

interface Values {
  kind: PlanKind;
  code: string;
  titleZh: string;
  titleEn: string;
  descriptionZh?: string;
  descriptionEn?: string;
  periodStart: Dayjs;
  periodEnd: Dayjs;
  reportingCadence: Cadence;
  stalledAfterDays: number;
  parentPlanId?: string;
}

interface Props {
  open: boolean;
  plans: Plan[];
  plan?: PlanDetail;
  onClose: () => void;
  onSaved: (id: string, plan?: PlanDetail) => void;
  onReload?: () => void;
}

const CODE_PATTERN = /^[A-Za-z0-9][A-Za-z0-9._-]*$/;

export function PlanFormModal({ open, plans, plan, onClose, onSaved, onReload }: Props) {
  const { t } = useTranslation();
  const locale = useLocale();
  const [form] = Form.useForm<Values>();
  const { saving, error, setError, save } = useFormSave(form);
  const kind = Form.useWatch('kind', form);

  const close = () => {
    setError(undefined);
    onClose();
  };

  const submit = (values: Values) =>
    save(async () => {
      const common = {
        titleZh: values.titleZh.trim(),
        titleEn: values.titleEn.trim(),
        descriptionZh: values.descriptionZh ?? '',
        descriptionEn: values.descriptionEn ?? '',
        periodStart: values.periodStart.format('YYYY-MM-DD'),
        periodEnd: values.periodEnd.format('YYYY-MM-DD'),
        reportingCadence: values.reportingCadence,
        stalledAfterDays: values.stalledAfterDays,
      };
      if (plan) {
        const saved = await plansApi.update(plan.id, { version: plan.version, ...common });
        onSaved(plan.id, saved);
      } else {
        const { id } = await plansApi.create({ ...common, kind: values.kind, code: values.code.trim(), parentPlanId: values.parentPlanId ?? null });
        onSaved(id);
      }
      onClose();
    });

  const initial: Partial<Values> = plan
    ? {
        kind: plan.kind,
        code: plan.code,
        titleZh: plan.titleZh,
        titleEn: plan.titleEn,
        descriptionZh: plan.descriptionZh,
        descriptionEn: plan.descriptionEn,
        periodStart: dayjs(plan.periodStart),
        periodEnd: dayjs(plan.periodEnd),
        reportingCadence: plan.reportingCadence,
        stalledAfterDays: plan.stalledAfterDays,
        parentPlanId: plan.parentPlanId ?? undefined,
      }
    : { kind: 'three_year', reportingCadence: 'quarterly', stalledAfterDays: 45 };

  return (
    <Modal
      open={open}
      title={plan ? t('plans.form.editTitle', { code: plan.code }) : t('plans.form.createTitle')}
      width={760}
      onCancel={close}
      mask={{ closable: false }}
      destroyOnHidden
      footer={
        <ModalFormFooter
          form={form}
          onCancel={close}
          saving={saving}
          submitLabel={plan ? t('common.save') : t('plans.form.create')}
          submitTestId="plan-form-submit"
        />
      }
    >
      <SaveErrorAlert
        error={error}
        testId="plan-form-error"
        onReload={() => {
          close();
          onReload?.();
        }}
      />
      <Form<Values> form={form} layout="vertical" preserve={false} initialValues={initial} onFinish={(v) => void submit(v)} autoComplete="off">
        <Flex gap={16}>
          <Form.Item name="kind" label={t('plans.form.kind')} style={{ flex: 1 }}>
            <Select disabled={Boolean(plan)} options={PLAN_KINDS.map((k) => ({ value: k, label: t(`plans.kind.${k}`) }))} data-testid="plan-form-kind" />
          </Form.Item>
          <Form.Item
            name="code"
            label={t('plans.form.code')}
            style={{ flex: 1 }}
            rules={[
              { required: true, message: t('plans.form.codeRequired') },
              { pattern: CODE_PATTERN, max: 50, message: t('plans.form.codePattern') },
            ]}
          >
            <Input disabled={Boolean(plan)} data-testid="plan-form-code" />
          </Form.Item>
        </Flex>
        {!plan && kind !== 'three_year' && (
          <Form.Item name="parentPlanId" label={t('plans.form.parent')} extra={t('plans.form.parentHint')}>
            <Select allowClear options={planOptions(plans.filter((p) => p.kind === 'three_year'), locale)} />
          </Form.Item>
        )}
        <Form.Item name="titleZh" label={t('plans.form.titleZh')} rules={[{ required: true, whitespace: true, max: 300, message: t('plans.form.titleRequired') }]}>
          <Input lang="zh-CN" data-testid="plan-form-title-zh" />
        </Form.Item>
        <Form.Item name="titleEn" label={t('plans.form.titleEn')} rules={[{ required: true, whitespace: true, max: 300, message: t('plans.form.titleRequired') }]}>
          <Input lang="en" data-testid="plan-form-title-en" />
        </Form.Item>
        <Flex gap={16}>
          <Form.Item name="periodStart" label={t('plans.form.periodStart')} style={{ flex: 1 }} rules={[{ required: true, message: t('plans.form.periodRequired') }]}>
            <DatePicker style={{ width: '100%' }} data-testid="plan-form-start" />
          </Form.Item>
          <Form.Item
            name="periodEnd"
            label={t('plans.form.periodEnd')}
            style={{ flex: 1 }}
            dependencies={['periodStart']}
            rules={[{ required: true, message: t('plans.form.periodRequired') }, notBeforeDateIn('periodStart', t('plans.form.endBeforeStart'))]}
          >
            <DatePicker style={{ width: '100%' }} data-testid="plan-form-end" />
          </Form.Item>
          <Form.Item name="reportingCadence" label={t('plans.form.cadence')} style={{ flex: 1 }}>
            <Select options={(['quarterly', 'monthly'] as const).map((c) => ({ value: c, label: t(`reports.cadence.${c}`) }))} />
          </Form.Item>
          <Form.Item name="stalledAfterDays" label={t('plans.form.stalledAfter')} style={{ flex: 1 }} tooltip={t('plans.form.stalledHint')}>
            <InputNumber min={1} max={365} style={{ width: '100%' }} />
          </Form.Item>
        </Flex>
        <DescriptionFields labelZh={t('plans.form.descriptionZh')} labelEn={t('plans.form.descriptionEn')} />
      </Form>
    </Modal>
  );
}
