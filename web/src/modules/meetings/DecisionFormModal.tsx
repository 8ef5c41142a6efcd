/**
 * Recording what a meeting decided (the Office): title and text, when, and its
 * typed effects — adopt a plan, approve a draft agreement, resolve an open
 * major matter, fix the next host, create tasks in a plan. The server applies
 * the decision and all its effects in one transaction, or none of it.
 */
import { MinusCircleOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Card, DatePicker, Flex, Form, Input, InputNumber, Modal, Select, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { useApi } from '../../api/hooks.ts';
import { DECISION_EFFECT_KINDS, type CreateDecisionInput, type DecisionEffectInput, type DecisionEffectKind, type MeetingDetail } from '../../api/types.ts';
import { useLocale } from '../../i18n/useLocale.ts';
import { ErrorAlert } from '../../shell/ErrorAlert.tsx';
import { ModalFormFooter } from '../../shell/ModalFormFooter.tsx';
import { useFormSave } from '../../shell/useFormSave.ts';
import { useFormGuard } from '../../shell/unsaved.tsx';
import { plansApi } from '../plans/plansApi.ts';
import { cityName, memberOptions } from '../region/labels.ts';
import { useReference } from '../region/reference.ts';
import { planOptions } from '../tasks/labels.ts';
import { isoOfPicked, pickerValueOf } from './labels.ts';
import { textOf } from '../../shell/format.ts';
import { meetingsApi } from './meetingsApi.ts';

interface TaskValues {
  code: string;
  titleZh: string;
  titleEn?: string;
  leadMemberCode: string;
  participantMemberCodes?: string[];
  dueDate?: Dayjs | null;
}

interface EffectValues {
  kind: DecisionEffectKind;
  planId?: string;
  to?: 'adopted_in_principle' | 'adopted' | 'in_force';
  note?: string;
  agreementId?: string;
  matterId?: string;
  year?: number;
  memberCode?: string;
  cityCode?: string;
  tasks?: TaskValues[];
}

interface Values {
  titleZh: string;
  titleEn?: string;
  bodyZh?: string;
  bodyEn?: string;
  decidedAt?: Dayjs;
  effects?: EffectValues[];
}

interface Props {
  open: boolean;
  meeting: MeetingDetail;
  /** An effect to start with (e.g. fixing the host the rotation proposes). */
  preset?: Partial<EffectValues>;
  onClose: () => void;
  onSaved: (id: string) => void;
}

const TASK_CODE = /^[0-9A-Za-z]+([.-][0-9A-Za-z]+)*$/;
const trimmed = (value: string | undefined) => value?.trim() ?? '';

function effectInput(e: EffectValues): DecisionEffectInput {
  switch (e.kind) {
    case 'adopt_plan':
      return { kind: 'adopt_plan', planId: e.planId!, to: e.to ?? 'adopted', ...(trimmed(e.note) ? { note: trimmed(e.note) } : {}) };
    case 'approve_agreement':
      return { kind: 'approve_agreement', agreementId: e.agreementId! };
    case 'resolve_matter':
      return { kind: 'resolve_matter', matterId: e.matterId!, ...(trimmed(e.note) ? { note: trimmed(e.note) } : {}) };
    case 'fix_next_host':
      return { kind: 'fix_next_host', year: e.year!, memberCode: e.memberCode!, cityCode: e.cityCode ?? null };
    case 'create_tasks':
      return {
        kind: 'create_tasks',
        planId: e.planId!,
        tasks: (e.tasks ?? []).map((task) => ({
          code: task.code.trim(),
          titleZh: task.titleZh.trim(),
          titleEn: trimmed(task.titleEn),
          leadMemberCode: task.leadMemberCode,
          participantMemberCodes: (task.participantMemberCodes ?? []).filter((c) => c !== task.leadMemberCode),
          dueDate: task.dueDate ? task.dueDate.format('YYYY-MM-DD') : null,
        })),
      };
  }
}

export function DecisionFormModal({ open, meeting, preset, onClose, onSaved }: Props) {
  const { t } = useTranslation();
  const locale = useLocale();
  const [form] = Form.useForm<Values>();
  const { saving, error, setError, save } = useFormSave(form);
  const { reference, timeZone } = useReference();
  const effects = Form.useWatch('effects', form) as EffectValues[] | undefined;
  const plans = useApi((signal) => (open ? plansApi.all(signal) : Promise.resolve([])), `decision-plans:${open}`);
  const kinds = new Set((effects ?? []).map((e) => e?.kind));
  const agreements = useApi(
    (signal) => (open && kinds.has('approve_agreement') ? meetingsApi.draftAgreements(signal) : Promise.resolve([])),
    `decision-agreements:${open && kinds.has('approve_agreement')}`,
  );
  const matters = useApi(
    (signal) => (open && kinds.has('resolve_matter') ? meetingsApi.openMatters(signal) : Promise.resolve([])),
    `decision-matters:${open && kinds.has('resolve_matter')}`,
  );

  // Typed text asks before it is dropped; titles and texts are kept as a local draft until the decision is recorded.
  const guard = useFormGuard({ form, open, draftKey: `decision:${meeting.id}`, draftFields: ['titleZh', 'titleEn', 'bodyZh', 'bodyEn'] });
  const close = () => {
    setError(undefined);
    onClose();
  };
  const cancel = () => guard.confirmClose(close);

  const submit = (values: Values) =>
    save(async () => {
      const input: CreateDecisionInput = {
        titleZh: values.titleZh.trim(),
        titleEn: trimmed(values.titleEn),
        bodyZh: values.bodyZh ?? '',
        bodyEn: values.bodyEn ?? '',
        ...(values.decidedAt ? { decidedAt: isoOfPicked(values.decidedAt, timeZone) } : {}),
        effects: (values.effects ?? []).map(effectInput),
      };
      const { id } = await meetingsApi.recordDecision(meeting.id, input);
      guard.submitted();
      onSaved(id);
      onClose();
    });

  const members = memberOptions(reference?.members ?? [], locale);
  const planChoices = planOptions(plans.data ?? [], locale);
  const citiesOf = (memberCode: string | undefined) =>
    (reference?.cities ?? []).filter((c) => !memberCode || c.memberCode === memberCode).map((c) => ({ value: c.code, label: cityName(c, locale) }));
  const targetOptions = (items: { id: string; titleZh: string; titleEn: string }[]) => items.map((i) => ({ value: i.id, label: textOf(i.titleZh, i.titleEn, locale) }));

  const effectFields = (name: number, kind: DecisionEffectKind | undefined) => {
    switch (kind) {
      case 'adopt_plan':
        return (
          <Flex gap={8} wrap>
            <Form.Item name={[name, 'planId']} label={t('meetings.decisionForm.plan')} style={{ flex: '2 1 260px' }} rules={[{ required: true, message: t('meetings.decisionForm.planRequired') }]}>
              <Select showSearch={{ optionFilterProp: 'label' }} options={planChoices} loading={plans.loading} data-testid={`decision-effect-plan-${name}`} />
            </Form.Item>
            <Form.Item name={[name, 'to']} label={t('meetings.decisionForm.planTo')} style={{ flex: '1 1 160px' }}>
              <Select options={(['adopted_in_principle', 'adopted', 'in_force'] as const).map((value) => ({ value, label: t(`plans.status.${value}`) }))} />
            </Form.Item>
            <Form.Item name={[name, 'note']} label={t('meetings.decisionForm.note')} style={{ flex: '2 1 260px' }} rules={[{ max: 2000 }]}>
              <Input />
            </Form.Item>
          </Flex>
        );
      case 'approve_agreement':
        return (
          <Form.Item name={[name, 'agreementId']} label={t('meetings.decisionForm.agreement')} rules={[{ required: true, message: t('meetings.decisionForm.agreementRequired') }]}>
            <Select
              showSearch={{ optionFilterProp: 'label' }}
              options={targetOptions(agreements.data ?? [])}
              loading={agreements.loading}
              notFoundContent={t('meetings.decisionForm.noAgreements')}
              data-testid={`decision-effect-agreement-${name}`}
            />
          </Form.Item>
        );
      case 'resolve_matter':
        return (
          <Flex gap={8} wrap>
            <Form.Item name={[name, 'matterId']} label={t('meetings.decisionForm.matter')} style={{ flex: '2 1 300px' }} rules={[{ required: true, message: t('meetings.decisionForm.matterRequired') }]}>
              <Select
                showSearch={{ optionFilterProp: 'label' }}
                options={targetOptions(matters.data ?? [])}
                loading={matters.loading}
                notFoundContent={t('meetings.decisionForm.noMatters')}
                data-testid={`decision-effect-matter-${name}`}
              />
            </Form.Item>
            <Form.Item name={[name, 'note']} label={t('meetings.decisionForm.note')} style={{ flex: '2 1 260px' }} rules={[{ max: 2000 }]}>
              <Input />
            </Form.Item>
          </Flex>
        );
      case 'fix_next_host':
        return (
          <Flex gap={8} wrap>
            <Form.Item name={[name, 'year']} label={t('meetings.decisionForm.year')} style={{ flex: '1 1 120px' }} rules={[{ required: true, message: t('meetings.decisionForm.yearRequired') }]}>
              <InputNumber min={2000} max={2200} precision={0} style={{ width: '100%' }} data-testid={`decision-effect-year-${name}`} />
            </Form.Item>
            <Form.Item name={[name, 'memberCode']} label={t('meetings.decisionForm.member')} style={{ flex: '1 1 180px' }} rules={[{ required: true, message: t('meetings.decisionForm.memberRequired') }]}>
              <Select options={members} data-testid={`decision-effect-member-${name}`} />
            </Form.Item>
            <Form.Item name={[name, 'cityCode']} label={t('meetings.decisionForm.city')} style={{ flex: '1 1 180px' }}>
              <Select allowClear showSearch={{ optionFilterProp: 'label' }} options={citiesOf(effects?.[name]?.memberCode)} />
            </Form.Item>
          </Flex>
        );
      case 'create_tasks':
        return (
          <>
            <Form.Item name={[name, 'planId']} label={t('meetings.decisionForm.plan')} rules={[{ required: true, message: t('meetings.decisionForm.planRequired') }]}>
              <Select showSearch={{ optionFilterProp: 'label' }} options={planChoices} loading={plans.loading} data-testid={`decision-effect-plan-${name}`} />
            </Form.Item>
            <Form.List
              name={[name, 'tasks']}
              rules={[{ validator: async (_, tasks?: unknown[]) => (tasks && tasks.length > 0 ? Promise.resolve() : Promise.reject(new Error(t('meetings.decisionForm.tasksRequired')))) }]}
            >
              {(fields, { add, remove }, { errors }) => (
                <Flex vertical>
                  {fields.map((field) => (
                    <Flex key={field.key} gap={8} align="flex-start" wrap={false}>
                      <Form.Item name={[field.name, 'code']} style={{ width: 110 }} rules={[{ required: true, pattern: TASK_CODE, max: 50, message: t('meetings.decisionForm.taskCodeRequired') }]}>
                        <Input placeholder={t('meetings.decisionForm.taskCode')} data-testid={`decision-task-code-${name}-${field.name}`} />
                      </Form.Item>
                      <Form.Item name={[field.name, 'titleZh']} style={{ flex: 2 }} rules={[{ required: true, whitespace: true, max: 300, message: t('meetings.decisionForm.taskTitleRequired') }]}>
                        <Input placeholder={t('meetings.decisionForm.taskTitleZh')} data-testid={`decision-task-title-${name}-${field.name}`} />
                      </Form.Item>
                      <Form.Item name={[field.name, 'titleEn']} style={{ flex: 2 }} rules={[{ max: 300 }]}>
                        <Input placeholder={t('meetings.decisionForm.taskTitleEn')} lang="en" />
                      </Form.Item>
                      <Form.Item name={[field.name, 'leadMemberCode']} style={{ width: 130 }} rules={[{ required: true, message: t('meetings.decisionForm.memberRequired') }]}>
                        <Select placeholder={t('meetings.decisionForm.taskLead')} options={members} data-testid={`decision-task-lead-${name}-${field.name}`} />
                      </Form.Item>
                      <Form.Item name={[field.name, 'participantMemberCodes']} style={{ width: 200 }}>
                        <Select mode="multiple" placeholder={t('meetings.decisionForm.taskParticipants')} options={members} maxTagCount="responsive" />
                      </Form.Item>
                      <Form.Item name={[field.name, 'dueDate']} style={{ width: 140 }}>
                        <DatePicker placeholder={t('meetings.decisionForm.taskDue')} style={{ width: '100%' }} />
                      </Form.Item>
                      <Button type="text" icon={<MinusCircleOutlined />} aria-label={t('meetings.decisionForm.remove')} onClick={() => remove(field.name)} />
                    </Flex>
                  ))}
                  <Button type="dashed" icon={<PlusOutlined />} onClick={() => add()} data-testid={`decision-task-add-${name}`}>
                    {t('meetings.decisionForm.taskAdd')}
                  </Button>
                  <Form.ErrorList errors={errors} />
                </Flex>
              )}
            </Form.List>
          </>
        );
      default:
        return null;
    }
  };

  return (
    <Modal
      open={open}
      title={t('meetings.decisionForm.title')}
      width={1080}
      onCancel={cancel}
      mask={{ closable: false }}
      destroyOnHidden
      footer={<ModalFormFooter form={form} onCancel={cancel} saving={saving} submitLabel={t('meetings.decisionForm.submit')} submitTestId="decision-form-submit" />}
    >
      <ErrorAlert error={error} testId="decision-form-error" />
      {guard.banner}
      <Form<Values>
        form={form}
        layout="vertical"
        preserve={false}
        initialValues={{ decidedAt: pickerValueOf(meeting.startsAt, timeZone), effects: preset?.kind ? [preset] : [] }}
        onValuesChange={guard.onValuesChange}
        onFinish={(v) => void submit(v)}
        autoComplete="off"
      >
        <Flex gap={16}>
          <Form.Item name="titleZh" label={t('meetings.decisionForm.titleZh')} style={{ flex: 1 }} rules={[{ required: true, whitespace: true, max: 300, message: t('meetings.decisionForm.titleRequired') }]}>
            <Input lang="zh-CN" data-testid="decision-form-title-zh" />
          </Form.Item>
          <Form.Item name="titleEn" label={t('meetings.decisionForm.titleEn')} style={{ flex: 1 }} rules={[{ max: 300 }]}>
            <Input lang="en" data-testid="decision-form-title-en" />
          </Form.Item>
        </Flex>
        <Flex gap={16}>
          <Form.Item name="bodyZh" label={t('meetings.decisionForm.bodyZh')} style={{ flex: 1 }}>
            <Input.TextArea rows={3} maxLength={20000} lang="zh-CN" />
          </Form.Item>
          <Form.Item name="bodyEn" label={t('meetings.decisionForm.bodyEn')} style={{ flex: 1 }}>
            <Input.TextArea rows={3} maxLength={20000} lang="en" />
          </Form.Item>
        </Flex>
        <Form.Item name="decidedAt" label={t('meetings.decisionForm.decidedAt')} extra={t('meetings.decisionForm.decidedAtHint', { timeZone })}>
          <DatePicker showTime={{ format: 'HH:mm' }} format="YYYY-MM-DD HH:mm" style={{ width: 240 }} />
        </Form.Item>
        <Typography.Text strong>{t('meetings.decisionForm.effects')}</Typography.Text>
        <Typography.Paragraph type="secondary">{t('meetings.decisionForm.effectsHint')}</Typography.Paragraph>
        <Form.List name="effects">
          {(fields, { add, remove }) => (
            <Flex vertical gap={12} data-testid="decision-form-effects">
              {fields.map((field) => (
                <Card
                  key={field.key}
                  size="small"
                  title={
                    <Form.Item name={[field.name, 'kind']} noStyle>
                      <Select
                        style={{ width: 240 }}
                        options={DECISION_EFFECT_KINDS.map((value) => ({ value, label: t(`meetings.effect.kind.${value}`) }))}
                        data-testid={`decision-effect-kind-${field.name}`}
                      />
                    </Form.Item>
                  }
                  extra={<Button type="text" icon={<MinusCircleOutlined />} aria-label={t('meetings.decisionForm.remove')} onClick={() => remove(field.name)} />}
                >
                  {effectFields(field.name, effects?.[field.name]?.kind)}
                </Card>
              ))}
              <Button type="dashed" icon={<PlusOutlined />} onClick={() => add({ kind: 'adopt_plan', to: 'adopted' })} data-testid="decision-effect-add">
                {t('meetings.decisionForm.effectAdd')}
              </Button>
            </Flex>
          )}
        </Form.List>
      </Form>
    </Modal>
  );
}
