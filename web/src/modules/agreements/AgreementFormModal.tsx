/**
 * Recording an agreement (the Office): titles, two or more parties (members or
 * bodies), where or when it was signed (at a meeting, or on a date), its term,
 * and its clauses, each linked to the tasks that carry it out.
 */
import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Card, DatePicker, Flex, Form, Input, Modal, Radio, Select, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { useApi } from '../../api/hooks.ts';
import type { CreateAgreementInput } from '../../api/types.ts';
import { useLocale } from '../../i18n/useLocale.ts';
import { ErrorAlert } from '../../shell/ErrorAlert.tsx';
import { notBeforeDateIn } from '../../shell/formRules.ts';
import { ModalFormFooter } from '../../shell/ModalFormFooter.tsx';
import { useFormSave } from '../../shell/useFormSave.ts';
import { bodyName, memberOptions } from '../region/labels.ts';
import { useReference } from '../region/reference.ts';
import { titleOf, todayIn } from '../tasks/labels.ts';
import { agreementsApi } from './agreementsApi.ts';
import { TaskPicker, type PickedTask } from './TaskPicker.tsx';

interface Values {
  titleZh: string;
  titleEn?: string;
  status: 'draft' | 'signed' | 'in_force';
  partyMembers?: string[];
  partyBodies?: string[];
  signedHow: 'meeting' | 'date';
  meetingId?: string;
  signedOn?: Dayjs;
  termStart?: Dayjs;
  termEnd?: Dayjs;
  clauses?: { textZh: string; textEn?: string; tasks?: PickedTask[] }[];
}

interface Props {
  open: boolean;
  onClose: () => void;
  onCreated: (id: string) => void;
}

const day = (value: Dayjs | undefined) => (value ? value.format('YYYY-MM-DD') : null);

export function AgreementFormModal({ open, onClose, onCreated }: Props) {
  const { t } = useTranslation();
  const locale = useLocale();
  const { reference, timeZone } = useReference();
  const [form] = Form.useForm<Values>();
  const { saving, error, setError, save } = useFormSave(form);
  const signedHow = Form.useWatch('signedHow', form);
  const meetings = useApi((signal) => (open ? agreementsApi.meetings(signal) : Promise.resolve([])), `meetings:${open}`);

  const close = () => {
    setError(undefined);
    onClose();
  };

  const submit = (values: Values) =>
    save(async () => {
      const input: CreateAgreementInput = {
        titleZh: values.titleZh.trim(),
        titleEn: values.titleEn?.trim() ?? '',
        status: values.status,
        parties: [...(values.partyMembers ?? []).map((memberCode) => ({ memberCode })), ...(values.partyBodies ?? []).map((bodyCode) => ({ bodyCode }))],
        meetingId: values.signedHow === 'meeting' ? (values.meetingId ?? null) : null,
        signedOn: values.signedHow === 'date' ? day(values.signedOn) : null,
        termStart: day(values.termStart),
        termEnd: day(values.termEnd),
        clauses: (values.clauses ?? []).map((c) => ({ textZh: c.textZh.trim(), textEn: c.textEn?.trim() ?? '', taskIds: (c.tasks ?? []).map((task) => task.value) })),
      };
      const { id } = await agreementsApi.create(input);
      onClose();
      onCreated(id);
    });

  return (
    <Modal
      open={open}
      title={t('agreements.form.title')}
      width={860}
      onCancel={close}
      mask={{ closable: false }}
      destroyOnHidden
      footer={<ModalFormFooter form={form} onCancel={close} saving={saving} submitLabel={t('agreements.form.submit')} submitTestId="agreement-form-submit" />}
    >
      <ErrorAlert error={error} testId="agreement-form-error" />
      <Form<Values>
        form={form}
        layout="vertical"
        preserve={false}
        initialValues={{ status: 'draft', signedHow: 'meeting', clauses: [] }}
        onFinish={(v) => void submit(v)}
        autoComplete="off"
      >
        <Form.Item name="titleZh" label={t('agreements.form.titleZh')} rules={[{ required: true, whitespace: true, max: 300, message: t('agreements.form.titleRequired') }]}>
          <Input lang="zh-CN" data-testid="agreement-form-title-zh" />
        </Form.Item>
        <Form.Item name="titleEn" label={t('agreements.form.titleEn')} rules={[{ max: 300 }]}>
          <Input lang="en" data-testid="agreement-form-title-en" />
        </Form.Item>
        <Typography.Text type="secondary" style={{ display: 'block', marginBottom: 8 }}>
          {t('agreements.form.parties')} · {t('agreements.form.partiesHint')}
        </Typography.Text>
        <Flex gap={16} wrap>
          <Form.Item
            name="partyMembers"
            label={t('agreements.form.partyMembers')}
            style={{ flex: 1, minWidth: 260 }}
            dependencies={['partyBodies']}
            rules={[
              ({ getFieldValue }) => ({
                validator: (_, members: string[] | undefined) =>
                  (members?.length ?? 0) + ((getFieldValue('partyBodies') as string[] | undefined)?.length ?? 0) >= 2
                    ? Promise.resolve()
                    : Promise.reject(new Error(t('agreements.form.tooFewParties'))),
              }),
            ]}
          >
            <Select mode="multiple" allowClear options={memberOptions(reference?.members ?? [], locale)} data-testid="agreement-form-members" />
          </Form.Item>
          <Form.Item name="partyBodies" label={t('agreements.form.partyBodies')} style={{ flex: 1, minWidth: 260 }}>
            <Select
              mode="multiple"
              allowClear
              showSearch={{ optionFilterProp: 'label' }}
              options={(reference?.bodies ?? []).map((b) => ({ value: b.code, label: bodyName(b, locale) }))}
              data-testid="agreement-form-bodies"
            />
          </Form.Item>
        </Flex>
        <Flex gap={16} wrap align="flex-start">
          <Form.Item name="signedHow" label={t('agreements.form.signedHow')}>
            <Radio.Group
              optionType="button"
              options={(['meeting', 'date'] as const).map((k) => ({ value: k, label: t(`agreements.form.signedHows.${k}`) }))}
              data-testid="agreement-form-signed-how"
            />
          </Form.Item>
          {signedHow === 'date' ? (
            <Form.Item name="signedOn" label={t('agreements.form.signedOn')} rules={[{ required: true, message: t('agreements.form.signedOnRequired') }]}>
              <DatePicker data-testid="agreement-form-signed-on" />
            </Form.Item>
          ) : (
            <Form.Item
              name="meetingId"
              label={t('agreements.form.meeting')}
              style={{ flex: 1, minWidth: 320 }}
              rules={[{ required: true, message: t('agreements.form.meetingRequired') }]}
            >
              <Select
                showSearch={{ optionFilterProp: 'label' }}
                loading={meetings.loading}
                options={(meetings.data ?? []).map((m) => ({ value: m.id, label: `${todayIn(timeZone, new Date(m.startsAt))} ${titleOf(m, locale)}` }))}
                data-testid="agreement-form-meeting"
              />
            </Form.Item>
          )}
          <Form.Item name="status" label={t('agreements.form.status')}>
            <Select
              style={{ width: 130 }}
              options={(['draft', 'signed', 'in_force'] as const).map((s) => ({ value: s, label: t(`agreements.status.${s}`) }))}
              data-testid="agreement-form-status"
            />
          </Form.Item>
        </Flex>
        <ErrorAlert error={meetings.error} />
        <Flex gap={16}>
          <Form.Item name="termStart" label={t('agreements.form.termStart')} style={{ flex: 1 }}>
            <DatePicker style={{ width: '100%' }} data-testid="agreement-form-term-start" />
          </Form.Item>
          <Form.Item
            name="termEnd"
            label={t('agreements.form.termEnd')}
            style={{ flex: 1 }}
            dependencies={['termStart']}
            rules={[notBeforeDateIn('termStart', t('agreements.form.endBeforeStart'))]}
          >
            <DatePicker style={{ width: '100%' }} data-testid="agreement-form-term-end" />
          </Form.Item>
        </Flex>
        <Typography.Text strong style={{ display: 'block' }}>
          {t('agreements.form.clauses')}
        </Typography.Text>
        <Typography.Text type="secondary" style={{ display: 'block', marginBottom: 8 }}>
          {t('agreements.form.clausesHint')}
        </Typography.Text>
        <Form.List name="clauses">
          {(fields, { add, remove }) => (
            <Flex vertical gap={8}>
              {fields.map((field, index) => (
                <Card
                  key={field.key}
                  size="small"
                  title={t('agreements.form.clause', { n: index + 1 })}
                  data-testid={`agreement-form-clause-${index}`}
                  extra={
                    <Button size="small" type="text" danger icon={<DeleteOutlined />} onClick={() => remove(field.name)} aria-label={t('agreements.form.removeClause')} />
                  }
                >
                  <Flex gap={16}>
                    <Form.Item
                      name={[field.name, 'textZh']}
                      label={t('agreements.form.clauseZh')}
                      style={{ flex: 1 }}
                      rules={[{ required: true, whitespace: true, max: 5000, message: t('agreements.form.clauseRequired') }]}
                    >
                      <Input.TextArea rows={2} data-testid={`agreement-form-clause-${index}-zh`} />
                    </Form.Item>
                    <Form.Item name={[field.name, 'textEn']} label={t('agreements.form.clauseEn')} style={{ flex: 1 }} rules={[{ max: 5000 }]}>
                      <Input.TextArea rows={2} data-testid={`agreement-form-clause-${index}-en`} />
                    </Form.Item>
                  </Flex>
                  <Form.Item name={[field.name, 'tasks']} label={t('agreements.form.tasks')} style={{ marginBottom: 0 }}>
                    <TaskPicker testId={`agreement-form-clause-${index}-tasks`} />
                  </Form.Item>
                </Card>
              ))}
              <Button icon={<PlusOutlined />} onClick={() => add({ textZh: '', textEn: '', tasks: [] })} data-testid="agreement-form-add-clause">
                {t('agreements.form.addClause')}
              </Button>
            </Flex>
          )}
        </Form.List>
      </Form>
    </Modal>
  );
}
