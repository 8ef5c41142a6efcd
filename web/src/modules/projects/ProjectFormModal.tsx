/**
 * Create or edit a key project in a dialog that asks before throwing typed input
 * away (useConfirmClose). Linked tasks and agreements are picked by id from the
 * lists; server field errors land on their fields; a stale version offers to reload.
 */
import { MinusCircleOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, DatePicker, Flex, Form, Input, InputNumber, Modal, Select, Typography } from 'antd';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client.ts';
import { useApi } from '../../api/hooks.ts';
import { useLocale } from '../../i18n/useLocale.ts';
import { SaveErrorAlert } from '../../shell/ErrorAlert.tsx';
import { ModalFormFooter } from '../../shell/ModalFormFooter.tsx';
import { useFormSave } from '../../shell/useFormSave.ts';
import { useConfirmClose } from '../indicators/useConfirmClose.ts';
import { useReference } from '../region/reference.ts';
import { memberName } from '../services/labels.tsx';
import { CURRENCIES, PHASES, projectsApi, TYPES, UNITS, type Currency, type InvestmentUnit, type ProjectDetail, type ProjectPhase, type ProjectType } from './projectsApi.ts';

const half = { flex: '1 1 220px', minWidth: 0 };
const text = (v?: string) => v?.trim() ?? '';
const day = (d?: dayjs.Dayjs | null) => (d ? d.format('YYYY-MM-DD') : null);
const toDay = (s: string | null | undefined) => (s ? dayjs(s) : null);

interface Values {
  code: string; titleZh: string; titleEn?: string; type: ProjectType; phase: ProjectPhase; leadMemberCode: string; memberCodes: string[];
  investments?: Record<string, number | null | undefined>; currency: Currency; unit: InvestmentUnit; totalInvestment?: number | null;
  start?: dayjs.Dayjs | null; completion?: dayjs.Dayjs | null; locationCityCode?: string | null; cityCodes?: string[];
  taskIds?: string[]; agreementIds?: string[]; descriptionZh?: string; descriptionEn?: string;
  milestones?: { id?: string; titleZh: string; titleEn?: string; due: dayjs.Dayjs; done?: dayjs.Dayjs | null }[];
}

interface Named { id: string; code?: string; titleZh: string; titleEn: string }

export function ProjectFormModal({ project, onClose, onSaved, onReload }: { project?: ProjectDetail; onClose: () => void; onSaved: (id: string) => void; onReload?: () => void }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const { reference } = useReference();
  const [form] = Form.useForm<Values>();
  const { saving, error, save } = useFormSave(form);
  const askClose = useConfirmClose(form, onClose);
  const memberCodes = Form.useWatch('memberCodes', form) ?? project?.members.map((m) => m.memberCode) ?? [];
  const tasks = useApi((signal) => api.get<{ items: Named[] }>('/api/v1/tasks', { limit: 200 }, signal).then((r) => r.items), 'project-form-tasks');
  const agreements = useApi((signal) => api.get<{ items: Named[] }>('/api/v1/agreements', { limit: 500 }, signal).then((r) => r.items), 'project-form-agreements');
  const name = (x: Named) => `${x.code ? `${x.code} ` : ''}${locale === 'en' ? x.titleEn || x.titleZh : x.titleZh}`;
  const cityOptions = (reference?.cities ?? []).filter((c) => memberCodes.includes(c.memberCode)).map((c) => ({ value: c.code, label: locale === 'en' ? c.nameEn : c.nameZh }));

  const submit = (v: Values) =>
    save(async () => {
      const codes = [...new Set([v.leadMemberCode, ...(v.memberCodes ?? [])])];
      const body = {
        titleZh: v.titleZh.trim(), titleEn: text(v.titleEn), type: v.type, phase: v.phase, leadMemberCode: v.leadMemberCode,
        members: codes.map((memberCode) => ({ memberCode, investment: v.investments?.[memberCode] ?? null })),
        currency: v.currency, unit: v.unit, totalInvestment: v.totalInvestment ?? null, startDate: day(v.start), plannedCompletion: day(v.completion),
        locationCityCode: v.locationCityCode ?? null, cityCodes: v.cityCodes ?? [], taskIds: v.taskIds ?? [], agreementIds: v.agreementIds ?? [],
        descriptionZh: text(v.descriptionZh), descriptionEn: text(v.descriptionEn),
        milestones: (v.milestones ?? []).map((m) => ({ ...(m.id ? { id: m.id } : {}), titleZh: m.titleZh.trim(), titleEn: text(m.titleEn), dueDate: day(m.due)!, doneOn: day(m.done) })),
      };
      if (project) {
        await projectsApi.update(project.id, { ...body, version: project.version });
        onSaved(project.id);
      } else onSaved((await projectsApi.create({ ...body, code: v.code.trim() })).id);
    });

  return (
    <Modal
      open title={project ? `${t('projects.edit')}: ${project.code}` : t('projects.create')} width={860} onCancel={askClose} mask={{ closable: false }} destroyOnHidden
      footer={<ModalFormFooter form={form} onCancel={askClose} saving={saving} submitLabel={t('common.save')} submitTestId="project-form-submit" />}
    >
      <SaveErrorAlert error={error} testId="project-form-error" onReload={() => { onClose(); onReload?.(); }} />
      <Form<Values>
        form={form} layout="vertical" autoComplete="off" onFinish={(v) => void submit(v)} data-testid="project-form"
        initialValues={project ? {
          code: project.code, titleZh: project.titleZh, titleEn: project.titleEn, type: project.type, phase: project.phase, leadMemberCode: project.leadMemberCode,
          memberCodes: project.members.map((m) => m.memberCode), investments: Object.fromEntries(project.members.map((m) => [m.memberCode, m.investment])),
          currency: project.currency, unit: project.unit, totalInvestment: project.totalInvestment, start: toDay(project.startDate), completion: toDay(project.plannedCompletion),
          locationCityCode: project.locationCityCode, cityCodes: project.cityCodes, taskIds: project.taskIds, agreementIds: project.agreementIds,
          descriptionZh: project.descriptionZh, descriptionEn: project.descriptionEn,
          milestones: project.milestones.map((m) => ({ id: m.id, titleZh: m.titleZh, titleEn: m.titleEn, due: dayjs(m.dueDate), done: toDay(m.doneOn) })),
        } : { currency: 'CNY', unit: 'hundred_million', phase: 'planning', memberCodes: [] }}
      >
        <Flex gap={16} wrap>
          <Form.Item name="code" label={t('projects.fields.code')} style={half} rules={[{ required: true, pattern: /^[A-Z][A-Z0-9_-]{1,39}$/ }]}>
            <Input disabled={Boolean(project)} data-testid="project-form-code" />
          </Form.Item>
          <Form.Item name="type" label={t('projects.fields.type')} style={half} rules={[{ required: true }]}>
            <Select options={TYPES.map((x) => ({ value: x, label: t(`projects.type.${x}`) }))} data-testid="project-form-type" />
          </Form.Item>
          <Form.Item name="titleZh" label={t('projects.fields.titleZh')} style={half} rules={[{ required: true, whitespace: true }]}>
            <Input maxLength={300} data-testid="project-form-title-zh" />
          </Form.Item>
          <Form.Item name="titleEn" label={t('projects.fields.titleEn')} style={half}><Input maxLength={300} /></Form.Item>
          <Form.Item name="phase" label={t('projects.fields.phase')} style={half} rules={[{ required: true }]}>
            <Select options={PHASES.map((x) => ({ value: x, label: t(`projects.phase.${x}`) }))} data-testid="project-form-phase" />
          </Form.Item>
          <Form.Item name="leadMemberCode" label={t('projects.fields.lead')} style={half} rules={[{ required: true }]}>
            <Select options={(reference?.members ?? []).map((m) => ({ value: m.code, label: memberName(m.code, reference, locale) }))} data-testid="project-form-lead" />
          </Form.Item>
          <Form.Item name="memberCodes" label={t('projects.fields.members')} style={half}>
            <Select mode="multiple" options={(reference?.members ?? []).map((m) => ({ value: m.code, label: memberName(m.code, reference, locale) }))} data-testid="project-form-members" />
          </Form.Item>
          <Form.Item name="locationCityCode" label={t('projects.fields.location')} style={half}>
            <Select allowClear showSearch optionFilterProp="label" options={cityOptions} data-testid="project-form-location" />
          </Form.Item>
          <Form.Item name="cityCodes" label={t('projects.fields.cities')} style={half}>
            <Select mode="multiple" optionFilterProp="label" options={cityOptions} />
          </Form.Item>
          <Form.Item name="start" label={t('projects.fields.start')} style={half}><DatePicker style={{ width: '100%' }} /></Form.Item>
          <Form.Item name="completion" label={t('projects.fields.completion')} style={half}><DatePicker style={{ width: '100%' }} /></Form.Item>
          <Form.Item name="currency" label={t('projects.fields.currency')} style={half}><Select options={CURRENCIES.map((c) => ({ value: c, label: c }))} /></Form.Item>
          <Form.Item name="unit" label={t('projects.fields.unit')} style={half}><Select options={UNITS.map((u) => ({ value: u, label: t(`projects.unit.${u}`) }))} /></Form.Item>
          <Form.Item name="totalInvestment" label={t('projects.fields.total')} style={half}><InputNumber min={0} style={{ width: '100%' }} /></Form.Item>
        </Flex>
        {memberCodes.length > 0 && <Typography.Text strong>{t('projects.fields.perMember')}</Typography.Text>}
        <Flex gap={16} wrap style={{ marginTop: 8 }}>
          {memberCodes.map((code) => (
            <Form.Item key={code} name={['investments', code]} label={memberName(code, reference, locale)} style={half}><InputNumber min={0} style={{ width: '100%' }} /></Form.Item>
          ))}
        </Flex>
        <Flex gap={16} wrap>
          <Form.Item name="taskIds" label={t('projects.fields.taskIds')} style={half}>
            <Select mode="multiple" optionFilterProp="label" loading={tasks.loading} options={(tasks.data ?? []).map((x) => ({ value: x.id, label: name(x) }))} />
          </Form.Item>
          <Form.Item name="agreementIds" label={t('projects.fields.agreementIds')} style={half}>
            <Select mode="multiple" optionFilterProp="label" loading={agreements.loading} options={(agreements.data ?? []).map((x) => ({ value: x.id, label: name(x) }))} />
          </Form.Item>
          <Form.Item name="descriptionZh" label={t('projects.fields.descriptionZh')} style={half}><Input.TextArea rows={2} maxLength={5000} /></Form.Item>
          <Form.Item name="descriptionEn" label={t('projects.fields.descriptionEn')} style={half}><Input.TextArea rows={2} maxLength={5000} /></Form.Item>
        </Flex>
        <Typography.Text strong>{t('projects.fields.milestones')}</Typography.Text>
        <Form.List name="milestones">
          {(fields, { add, remove }) => (
            <div style={{ marginTop: 8 }}>
              {fields.map((field) => (
                <Flex key={field.key} gap={8} wrap align="start">
                  <Form.Item name={[field.name, 'id']} hidden><Input /></Form.Item>
                  <Form.Item name={[field.name, 'titleZh']} style={{ flex: '2 1 180px' }} rules={[{ required: true, whitespace: true }]}><Input placeholder={t('projects.fields.milestone')} aria-label={t('projects.fields.milestone')} /></Form.Item>
                  <Form.Item name={[field.name, 'titleEn']} style={{ flex: '2 1 180px' }}><Input placeholder={t('projects.fields.titleEn')} aria-label={t('projects.fields.titleEn')} /></Form.Item>
                  <Form.Item name={[field.name, 'due']} style={{ flex: '1 1 140px' }} rules={[{ required: true }]}><DatePicker placeholder={t('projects.fields.dueDate')} style={{ width: '100%' }} /></Form.Item>
                  <Form.Item name={[field.name, 'done']} style={{ flex: '1 1 140px' }}><DatePicker placeholder={t('projects.fields.doneOn')} style={{ width: '100%' }} /></Form.Item>
                  <Button type="text" icon={<MinusCircleOutlined />} aria-label={t('projects.remove')} onClick={() => remove(field.name)} />
                </Flex>
              ))}
              <Button type="dashed" icon={<PlusOutlined />} onClick={() => add()} data-testid="project-form-add-milestone">{t('projects.addMilestone')}</Button>
            </div>
          )}
        </Form.List>
      </Form>
    </Modal>
  );
}
