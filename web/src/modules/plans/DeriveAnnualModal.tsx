/**
 * Deriving an annual work plan from a three-year plan (Office): the year, its
 * code and titles, the three-year plan's tasks chosen for the year, and
 * optionally an earlier annual plan whose unfinished tasks carry over. Tasks
 * are included by reference: each is still tracked once.
 */
import { Flex, Form, Input, Modal, Select, Table, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useApi } from '../../api/hooks.ts';
import type { Plan, PlanDetail, TaskListItem } from '../../api/types.ts';
import { useLocale } from '../../i18n/useLocale.ts';
import { ErrorAlert } from '../../shell/ErrorAlert.tsx';
import { ModalFormFooter } from '../../shell/ModalFormFooter.tsx';
import { useFormSave } from '../../shell/useFormSave.ts';
import { planOptions, titleOf } from '../tasks/labels.ts';
import { tasksApi } from '../tasks/tasksApi.ts';
import { StatusProgress } from '../tasks/WorkTags.tsx';
import { plansApi } from './plansApi.ts';
import { NumberField } from '../tasks/NumberField.tsx';

interface Values {
  year: number;
  code: string;
  titleZh: string;
  titleEn: string;
  carryOverFromPlanId?: string;
}

interface Props {
  open: boolean;
  plan: PlanDetail;
  /** Annual plans already derived from this plan (to carry over from). */
  annualPlans: Plan[];
  onClose: () => void;
  onDerived: (id: string) => void;
}

export function DeriveAnnualModal({ open, plan, annualPlans, onClose, onDerived }: Props) {
  const { t } = useTranslation();
  const locale = useLocale();
  const [form] = Form.useForm<Values>();
  const [selected, setSelected] = useState<string[]>([]);
  const { saving, error, setError, save } = useFormSave(form);
  const tasks = useApi((signal) => (open ? tasksApi.allOfPlan(plan.id, signal) : Promise.resolve([])), `derive:${plan.id}:${open}`);
  const firstYear = Number(plan.periodStart.slice(0, 4));
  const lastYear = Number(plan.periodEnd.slice(0, 4));
  const taken = new Set(annualPlans.map((p) => Number(p.periodStart.slice(0, 4))));
  const suggestedYear = Array.from({ length: lastYear - firstYear + 1 }, (_, i) => firstYear + i).find((y) => !taken.has(y)) ?? lastYear;

  const suggest = (year: number | null) => {
    if (!year) return;
    form.setFieldsValue({ code: `AWP-${year}`, titleZh: `${year}年度工作计划`, titleEn: `Annual Work Plan ${year}` });
  };

  const close = () => {
    setError(undefined);
    setSelected([]);
    onClose();
  };

  const submit = (values: Values) =>
    save(async () => {
      const { id } = await plansApi.deriveAnnual(plan.id, {
        year: values.year,
        code: values.code.trim(),
        titleZh: values.titleZh.trim(),
        titleEn: values.titleEn.trim(),
        taskIds: selected,
        carryOverFromPlanId: values.carryOverFromPlanId ?? null,
      });
      close();
      onDerived(id);
    });

  return (
    <Modal
      open={open}
      title={t('plans.derive.title', { code: plan.code })}
      width={900}
      onCancel={close}
      mask={{ closable: false }}
      destroyOnHidden
      footer={
        <ModalFormFooter form={form} onCancel={close} saving={saving} submitLabel={t('plans.derive.submit')} submitTestId="plan-derive-submit" />
      }
    >
      <ErrorAlert error={error} testId="plan-derive-error" />
      <Form<Values>
        form={form}
        layout="vertical"
        preserve={false}
        initialValues={{ year: suggestedYear, code: `AWP-${suggestedYear}`, titleZh: `${suggestedYear}年度工作计划`, titleEn: `Annual Work Plan ${suggestedYear}` }}
        onFinish={(v) => void submit(v)}
      >
        <Flex gap={16}>
          <Form.Item name="year" label={t('plans.derive.year')} style={{ width: 140 }} rules={[{ required: true }]}>
            <NumberField min={firstYear} max={lastYear} style={{ width: '100%' }} onChange={suggest} testId="plan-derive-year" />
          </Form.Item>
          <Form.Item name="code" label={t('plans.form.code')} style={{ flex: 1 }} rules={[{ required: true, pattern: /^[A-Za-z0-9][A-Za-z0-9._-]*$/, max: 50, message: t('plans.form.codePattern') }]}>
            <Input data-testid="plan-derive-code" />
          </Form.Item>
          <Form.Item name="carryOverFromPlanId" label={t('plans.derive.carryOver')} style={{ flex: 1 }} extra={t('plans.derive.carryOverHint')}>
            <Select
              allowClear
              options={planOptions(annualPlans, locale)}
              data-testid="plan-derive-carry"
            />
          </Form.Item>
        </Flex>
        <Flex gap={16}>
          <Form.Item name="titleZh" label={t('plans.form.titleZh')} style={{ flex: 1 }} rules={[{ required: true, whitespace: true, max: 300, message: t('plans.form.titleRequired') }]}>
            <Input data-testid="plan-derive-title-zh" />
          </Form.Item>
          <Form.Item name="titleEn" label={t('plans.form.titleEn')} style={{ flex: 1 }} rules={[{ required: true, whitespace: true, max: 300, message: t('plans.form.titleRequired') }]}>
            <Input data-testid="plan-derive-title-en" />
          </Form.Item>
        </Flex>
      </Form>
      <Typography.Text strong>{t('plans.derive.tasks', { count: selected.length })}</Typography.Text>
      <ErrorAlert error={tasks.error} />
      <Table<TaskListItem>
        data-testid="plan-derive-tasks"
        rowKey="id"
        size="small"
        loading={tasks.loading}
        dataSource={tasks.data ?? []}
        pagination={false}
        scroll={{ y: 300 }}
        rowSelection={{ selectedRowKeys: selected, onChange: (keys) => setSelected(keys.map(String)) }}
        columns={[
          { title: t('tasks.columns.code'), dataIndex: 'code', width: 80 },
          { title: t('tasks.columns.title'), key: 'title', render: (_, task) => titleOf(task, locale) },
          { title: t('tasks.columns.due'), dataIndex: 'dueDate', width: 110, render: (d: string | null) => d ?? '—' },
          { title: t('tasks.columns.status'), key: 'status', width: 230, render: (_, task) => <StatusProgress status={task.status} percent={task.progress} /> },
        ]}
      />
    </Modal>
  );
}
