/**
 * Creating a task (Office) or changing its definition. Participants are
 * chosen here on creation; afterwards they are added and removed on the
 * shares of the task. Editing sends the version it was loaded with.
 */
import { DatePicker, Flex, Form, Input, Modal, Select, TreeSelect } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { PRIORITIES, type CreateTaskInput, type Plan, type Priority, type TaskDetail } from '../../api/types.ts';
import { useLocale } from '../../i18n/useLocale.ts';
import { DescriptionFields } from '../../shell/DescriptionFields.tsx';
import { SaveErrorAlert } from '../../shell/ErrorAlert.tsx';
import { notBeforeDateIn } from '../../shell/formRules.ts';
import { ModalFormFooter } from '../../shell/ModalFormFooter.tsx';
import { useFormSave } from '../../shell/useFormSave.ts';
import { areaTreeOptions, useAreas } from '../plans/areas.ts';
import { bodyName, memberOptions } from '../region/labels.ts';
import { useReference } from '../region/reference.ts';
import { planOptions } from './labels.ts';
import { tasksApi } from './tasksApi.ts';

interface Values {
  planId: string;
  code: string;
  titleZh: string;
  titleEn?: string;
  descriptionZh?: string;
  descriptionEn?: string;
  focusAreaId?: string;
  leadMemberCode: string;
  leadOwnerBodyCode?: string;
  participantMemberCodes?: string[];
  bodyCodes?: string[];
  startDate?: Dayjs | null;
  dueDate?: Dayjs | null;
  priority: Priority;
  tags?: string[];
}

interface Props {
  open: boolean;
  plans: Plan[];
  /** Editing this task; creating when absent. */
  task?: TaskDetail;
  defaultPlanId?: string;
  onClose: () => void;
  onSaved: (id: string, task?: TaskDetail) => void;
  onReload?: () => void;
}

const CODE_PATTERN = /^[0-9A-Za-z]+([.-][0-9A-Za-z]+)*$/;
const day = (value: Dayjs | null | undefined) => (value ? value.format('YYYY-MM-DD') : null);

export function TaskFormModal({ open, plans, task, defaultPlanId, onClose, onSaved, onReload }: Props) {
  const { t } = useTranslation();
  const locale = useLocale();
  const { reference } = useReference();
  const { areas } = useAreas();
  const [form] = Form.useForm<Values>();
  const { saving, error, setError, save } = useFormSave(form);
  const lead = Form.useWatch('leadMemberCode', form);

  const close = () => {
    setError(undefined);
    onClose();
  };

  const submit = (values: Values) =>
    save(async () => {
      const common = {
        code: values.code.trim(),
        titleZh: values.titleZh.trim(),
        titleEn: values.titleEn?.trim() ?? '',
        descriptionZh: values.descriptionZh ?? '',
        descriptionEn: values.descriptionEn ?? '',
        focusAreaId: values.focusAreaId ?? null,
        leadMemberCode: values.leadMemberCode,
        bodyCodes: values.bodyCodes ?? [],
        startDate: day(values.startDate),
        dueDate: day(values.dueDate),
        priority: values.priority,
        tags: (values.tags ?? []).map((tag) => tag.trim()).filter(Boolean),
      };
      if (task) {
        const saved = await tasksApi.update(task.id, { version: task.version, ...common });
        onSaved(task.id, saved);
      } else {
        const input: CreateTaskInput = {
          ...common,
          planId: values.planId,
          leadOwnerBodyCode: values.leadOwnerBodyCode ?? null,
          participantMemberCodes: (values.participantMemberCodes ?? []).filter((code) => code !== values.leadMemberCode),
        };
        const { id } = await tasksApi.create(input);
        onSaved(id);
      }
      form.resetFields();
      onClose();
    });

  const members = memberOptions(reference?.members ?? [], locale);
  const bodies = (memberCode?: string) =>
    (reference?.bodies ?? [])
      .filter((b) => !memberCode || b.memberCode === memberCode || b.memberCode === null)
      .map((b) => ({ value: b.code, label: bodyName(b, locale) }));
  const initial: Partial<Values> = task
    ? {
        planId: task.planId,
        code: task.code,
        titleZh: task.titleZh,
        titleEn: task.titleEn,
        descriptionZh: task.descriptionZh,
        descriptionEn: task.descriptionEn,
        focusAreaId: task.focusAreaId ?? undefined,
        leadMemberCode: task.leadMemberCode,
        bodyCodes: task.bodyCodes,
        startDate: task.startDate ? dayjs(task.startDate) : null,
        dueDate: task.dueDate ? dayjs(task.dueDate) : null,
        priority: task.priority,
        tags: task.tags,
      }
    : { planId: defaultPlanId, priority: 'normal', participantMemberCodes: [], tags: [] };

  return (
    <Modal
      open={open}
      title={task ? t('tasks.edit.title', { code: task.code }) : t('tasks.create.title')}
      width={820}
      onCancel={close}
      mask={{ closable: false }}
      destroyOnHidden
      footer={
        <ModalFormFooter
          form={form}
          onCancel={close}
          saving={saving}
          submitLabel={task ? t('common.save') : t('tasks.create.submit')}
          submitTestId="task-form-submit"
        />
      }
    >
      <SaveErrorAlert
        error={error}
        testId="task-form-error"
        onReload={() => {
          close();
          onReload?.();
        }}
      />
      <Form<Values> form={form} layout="vertical" preserve={false} initialValues={initial} onFinish={(values) => void submit(values)} autoComplete="off">
        <Flex gap={16}>
          <Form.Item name="planId" label={t('tasks.fields.plan')} style={{ flex: 2 }} rules={[{ required: true, message: t('tasks.fields.planRequired') }]}>
            <Select
              disabled={Boolean(task)}
              showSearch={{ optionFilterProp: 'label' }}
              options={planOptions(plans.filter((p) => p.status !== 'closed' || p.id === task?.planId), locale)}
              data-testid="task-form-plan"
            />
          </Form.Item>
          <Form.Item
            name="code"
            label={t('tasks.fields.code')}
            style={{ flex: 1 }}
            extra={t('tasks.fields.codeHint')}
            rules={[
              { required: true, message: t('tasks.fields.codeRequired') },
              { pattern: CODE_PATTERN, max: 30, message: t('tasks.fields.codePattern') },
            ]}
          >
            <Input data-testid="task-form-code" />
          </Form.Item>
        </Flex>
        <Form.Item name="titleZh" label={t('tasks.fields.titleZh')} rules={[{ required: true, whitespace: true, max: 300, message: t('tasks.fields.titleRequired') }]}>
          <Input lang="zh-CN" data-testid="task-form-title-zh" />
        </Form.Item>
        <Form.Item name="titleEn" label={t('tasks.fields.titleEn')} rules={[{ max: 300 }]}>
          <Input lang="en" data-testid="task-form-title-en" />
        </Form.Item>
        <Flex gap={16}>
          <Form.Item name="focusAreaId" label={t('tasks.fields.area')} style={{ flex: 1 }}>
            <TreeSelect allowClear treeDefaultExpandAll treeData={areaTreeOptions(areas, locale)} data-testid="task-form-area" />
          </Form.Item>
          <Form.Item name="priority" label={t('tasks.fields.priority')} style={{ width: 160 }}>
            <Select options={PRIORITIES.map((p) => ({ value: p, label: t(`work.priority.${p}`) }))} data-testid="task-form-priority" />
          </Form.Item>
        </Flex>
        <Flex gap={16}>
          <Form.Item name="leadMemberCode" label={t('tasks.fields.lead')} style={{ flex: 1 }} rules={[{ required: true, message: t('tasks.fields.leadRequired') }]}>
            <Select options={members} data-testid="task-form-lead" />
          </Form.Item>
          {!task && (
            <Form.Item name="leadOwnerBodyCode" label={t('tasks.fields.leadOwnerBody')} style={{ flex: 1 }}>
              <Select allowClear showSearch={{ optionFilterProp: 'label' }} options={bodies(lead)} disabled={!lead} />
            </Form.Item>
          )}
        </Flex>
        {!task && (
          <Form.Item name="participantMemberCodes" label={t('tasks.fields.participants')} extra={t('tasks.fields.participantsHint')}>
            <Select mode="multiple" options={members.filter((m) => m.value !== lead)} data-testid="task-form-participants" />
          </Form.Item>
        )}
        <Form.Item name="bodyCodes" label={t('tasks.fields.bodies')}>
          <Select mode="multiple" showSearch={{ optionFilterProp: 'label' }} options={bodies()} />
        </Form.Item>
        <Flex gap={16}>
          <Form.Item name="startDate" label={t('tasks.fields.startDate')} style={{ flex: 1 }}>
            <DatePicker style={{ width: '100%' }} data-testid="task-form-start" />
          </Form.Item>
          <Form.Item
            name="dueDate"
            label={t('tasks.fields.dueDate')}
            style={{ flex: 1 }}
            dependencies={['startDate']}
            rules={[notBeforeDateIn('startDate', t('tasks.fields.dueBeforeStart'))]}
          >
            <DatePicker style={{ width: '100%' }} data-testid="task-form-due" />
          </Form.Item>
          <Form.Item name="tags" label={t('tasks.fields.tags')} style={{ flex: 1 }}>
            <Select mode="tags" tokenSeparators={[',', '，']} open={false} suffixIcon={null} />
          </Form.Item>
        </Flex>
        <DescriptionFields labelZh={t('tasks.fields.descriptionZh')} labelEn={t('tasks.fields.descriptionEn')} />
      </Form>
    </Modal>
  );
}
