/**
 * A risk in a dialog that asks before throwing typed input away
 * (useConfirmClose): what it is, its 5×5 assessment (a change needs a reason,
 * kept in the assessment history), owner members, review date, and its joint
 * measures — each a task (found by code or title) or an agreement clause
 * (picked by its agreement, then its number and text: ClausePicker). Server field errors land on their
 * fields; a stale version offers to reload.
 */
import { MinusCircleOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, DatePicker, Flex, Form, Input, Modal, Radio, Select, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client.ts';
import { useLocale } from '../../i18n/useLocale.ts';
import { SaveErrorAlert } from '../../shell/ErrorAlert.tsx';
import { ModalFormFooter } from '../../shell/ModalFormFooter.tsx';
import { useFormSave } from '../../shell/useFormSave.ts';
import { useConfirmClose } from '../indicators/useConfirmClose.ts';
import { useReference } from '../region/reference.ts';
import { ClausePicker } from './ClausePicker.tsx';
import { memberNames } from './labels.tsx';
import { AREAS, risksApi, STATUSES, type Area, type RiskDetail, type RiskStatus } from './risksApi.ts';

const half = { flex: '1 1 220px', minWidth: 0 };
const LEVELS = [1, 2, 3, 4, 5];
const text = (v?: string) => v?.trim() ?? '';

interface MeasureValues { kind: 'task' | 'clause'; taskId?: string; clauseId?: string; textZh?: string; textEn?: string }
interface RiskValues {
  code: string; titleZh: string; titleEn?: string; descriptionZh?: string; descriptionEn?: string; area: Area; likelihood: number; impact: number;
  ownerMemberCodes: string[]; reviewDate?: Dayjs | null; status?: RiskStatus; reason?: string; measures?: MeasureValues[];
}

/** A task picked by its code or title (the global search), showing the one already linked. */
function TaskPicker({ value, onChange, initial }: { value?: string; onChange?: (v: string) => void; initial?: { id: string; label: string } }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const [options, setOptions] = useState<{ value: string; label: string }[]>(initial ? [{ value: initial.id, label: initial.label }] : []);
  const find = async (q: string) => {
    if (q.trim().length < 1) return;
    const found = await api.get<{ items: { id: string; code: string | null; titleZh: string; titleEn: string }[] }>('/api/v1/search', { q, kinds: 'task', limit: '20' });
    setOptions(found.items.map((h) => ({ value: h.id, label: `${h.code ?? ''} ${locale === 'en' ? h.titleEn || h.titleZh : h.titleZh}`.trim() })));
  };
  return (
    <Select showSearch filterOption={false} value={value} onChange={onChange} onSearch={(q) => void find(q)} options={options}
      placeholder={t('risks.measures.findTask')} aria-label={t('risks.measures.task')} data-testid="measure-task" />
  );
}

export function RiskFormModal({ risk, onClose, onSaved, onReload }: { risk?: RiskDetail; onClose: () => void; onSaved: (id: string) => void; onReload?: () => void }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const { reference } = useReference();
  const [form] = Form.useForm<RiskValues>();
  const { saving, error, save } = useFormSave(form);
  const askClose = useConfirmClose(form, onClose);
  const submit = (v: RiskValues) =>
    save(async () => {
      const measures = (v.measures ?? []).map((m) => ({
        ...(m.kind === 'task' ? { taskId: m.taskId } : { clauseId: text(m.clauseId) }), textZh: text(m.textZh), textEn: text(m.textEn),
      }));
      const fields = {
        titleZh: v.titleZh.trim(), titleEn: text(v.titleEn), descriptionZh: text(v.descriptionZh), descriptionEn: text(v.descriptionEn), area: v.area,
        likelihood: v.likelihood, impact: v.impact, ownerMemberCodes: v.ownerMemberCodes, reviewDate: v.reviewDate ? v.reviewDate.format('YYYY-MM-DD') : null,
        measures, ...(text(v.reason) ? { reason: text(v.reason) } : {}),
      };
      if (risk) {
        await risksApi.update(risk.id, { ...fields, status: v.status, version: risk.version });
        onSaved(risk.id);
      } else onSaved((await risksApi.create({ ...fields, code: v.code.trim() })).id);
    });
  const levelOptions = LEVELS.map((l) => ({ value: l, label: String(l) }));
  return (
    <Modal
      open title={risk ? `${t('risks.edit')}: ${risk.code}` : t('risks.create')} width={820} onCancel={askClose} mask={{ closable: false }} destroyOnHidden
      footer={<ModalFormFooter form={form} onCancel={askClose} saving={saving} submitLabel={t('common.save')} submitTestId="risk-form-submit" />}
    >
      <SaveErrorAlert error={error} testId="risk-form-error" onReload={() => { onClose(); onReload?.(); }} />
      <Form<RiskValues>
        form={form} layout="vertical" autoComplete="off" onFinish={(v) => void submit(v)} data-testid="risk-form"
        initialValues={risk ? {
          code: risk.code, titleZh: risk.titleZh, titleEn: risk.titleEn, descriptionZh: risk.descriptionZh, descriptionEn: risk.descriptionEn, area: risk.area,
          likelihood: risk.likelihood, impact: risk.impact, ownerMemberCodes: risk.ownerMemberCodes, reviewDate: risk.reviewDate ? dayjs(risk.reviewDate) : null, status: risk.status,
          measures: risk.measures.map((m) => ({ kind: m.task ? 'task' : 'clause', taskId: m.task?.id, clauseId: m.clause?.id, textZh: m.textZh, textEn: m.textEn })),
        } : { likelihood: 3, impact: 3, measures: [] }}
      >
        <Flex gap={16} wrap>
          <Form.Item name="code" label={t('risks.fields.code')} style={half} rules={[{ required: true, pattern: /^[A-Z][A-Z0-9_-]{1,39}$/, message: t('risks.form.codeRule') }]}>
            <Input disabled={Boolean(risk)} placeholder="RISK-ENERGY-01" data-testid="risk-form-code" />
          </Form.Item>
          <Form.Item name="area" label={t('risks.fields.area')} style={half} rules={[{ required: true }]}>
            <Select options={AREAS.map((a) => ({ value: a, label: t(`risks.area.${a}`) }))} data-testid="risk-form-area" />
          </Form.Item>
          <Form.Item name="titleZh" label={t('risks.fields.titleZh')} style={half} rules={[{ required: true, whitespace: true }]}>
            <Input maxLength={300} data-testid="risk-form-title-zh" />
          </Form.Item>
          <Form.Item name="titleEn" label={t('risks.fields.titleEn')} style={half}><Input maxLength={300} /></Form.Item>
          <Form.Item name="descriptionZh" label={t('risks.fields.descriptionZh')} style={half}><Input.TextArea rows={2} maxLength={5000} /></Form.Item>
          <Form.Item name="descriptionEn" label={t('risks.fields.descriptionEn')} style={half}><Input.TextArea rows={2} maxLength={5000} /></Form.Item>
          <Form.Item name="likelihood" label={t('risks.fields.likelihood')} style={half} rules={[{ required: true }]}>
            <Radio.Group options={levelOptions} optionType="button" data-testid="risk-form-likelihood" />
          </Form.Item>
          <Form.Item name="impact" label={t('risks.fields.impact')} style={half} rules={[{ required: true }]}>
            <Radio.Group options={levelOptions} optionType="button" data-testid="risk-form-impact" />
          </Form.Item>
          <Form.Item name="ownerMemberCodes" label={t('risks.fields.owners')} style={half} rules={[{ required: true, type: 'array', min: 1 }]}>
            <Select mode="multiple" options={(reference?.members ?? []).map((m) => ({ value: m.code, label: memberNames([m.code], reference, locale) }))} data-testid="risk-form-owners" />
          </Form.Item>
          <Form.Item name="reviewDate" label={t('risks.fields.reviewDate')} style={half}><DatePicker style={{ width: '100%' }} /></Form.Item>
          {risk && (
            <Form.Item name="status" label={t('risks.fields.status')} style={half}>
              <Select options={STATUSES.map((s) => ({ value: s, label: t(`risks.status.${s}`) }))} data-testid="risk-form-status" />
            </Form.Item>
          )}
          <Form.Item name="reason" label={t('risks.fields.reason')} extra={t('risks.form.reasonHint')} style={{ flex: '1 1 100%' }}>
            <Input.TextArea rows={2} maxLength={2000} data-testid="risk-form-reason" />
          </Form.Item>
        </Flex>
        <Typography.Text strong>{t('risks.measures.title')}</Typography.Text>
        <Form.List name="measures">
          {(items, { add, remove }) => (
            <>
              {items.map((item) => (
                <Flex key={item.key} gap={8} wrap align="start" style={{ marginTop: 8 }}>
                  <Form.Item name={[item.name, 'kind']} style={{ flex: '0 0 auto' }} initialValue="task">
                    <Radio.Group optionType="button" options={[{ value: 'task', label: t('risks.measures.task') }, { value: 'clause', label: t('risks.measures.clause') }]} />
                  </Form.Item>
                  <Form.Item noStyle shouldUpdate>
                    {() => form.getFieldValue(['measures', item.name, 'kind']) === 'clause' ? (
                      <Form.Item name={[item.name, 'clauseId']} style={{ flex: '1 1 100%', minWidth: 0 }} rules={[{ required: true, message: t('risks.measures.clauseRule') }]}>
                        <ClausePicker initialAgreementId={risk?.measures[item.name]?.clause?.agreementId} />
                      </Form.Item>
                    ) : (
                      <Form.Item name={[item.name, 'taskId']} style={half} rules={[{ required: true, message: t('risks.measures.taskRule') }]}>
                        <TaskPicker initial={(() => { const m = risk?.measures[item.name]; return m?.task ? { id: m.task.id, label: `${m.task.code} ${locale === 'en' ? m.task.titleEn || m.task.titleZh : m.task.titleZh}` } : undefined; })()} />
                      </Form.Item>
                    )}
                  </Form.Item>
                  <Form.Item name={[item.name, 'textZh']} style={half}><Input placeholder={t('risks.measures.textZh')} aria-label={t('risks.measures.textZh')} maxLength={2000} /></Form.Item>
                  <Button type="text" icon={<MinusCircleOutlined />} aria-label={t('risks.measures.remove')} onClick={() => remove(item.name)} />
                </Flex>
              ))}
              <Button type="dashed" icon={<PlusOutlined />} onClick={() => add({ kind: 'task' })} style={{ marginTop: 8 }} data-testid="measure-add">{t('risks.measures.add')}</Button>
            </>
          )}
        </Form.List>
      </Form>
    </Modal>
  );
}
