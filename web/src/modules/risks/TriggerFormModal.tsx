/**
 * A trigger threshold on an indicator, in a dialog that asks before throwing
 * typed input away: indicator code, scope (a member or city code, or any),
 * comparison, threshold, and how many consecutive periods must cross.
 */
import { Flex, Form, Input, Modal, Select, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { SaveErrorAlert } from '../../shell/ErrorAlert.tsx';
import { ModalFormFooter } from '../../shell/ModalFormFooter.tsx';
import { useFormSave } from '../../shell/useFormSave.ts';
import { useConfirmClose } from '../indicators/useConfirmClose.ts';
import { NumberField } from '../tasks/NumberField.tsx';
import { COMPARISONS, risksApi, type Comparison } from './risksApi.ts';

const half = { flex: '1 1 200px', minWidth: 0 };
interface TriggerValues { indicatorCode: string; scopeCode?: string; comparison: Comparison; threshold: number; periods: number }

export function TriggerFormModal({ riskId, onClose, onSaved }: { riskId: string; onClose: () => void; onSaved: () => void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<TriggerValues>();
  const { saving, error, save } = useFormSave(form);
  const askClose = useConfirmClose(form, onClose);
  const submit = (v: TriggerValues) =>
    save(async () => {
      await risksApi.addTrigger(riskId, { indicatorCode: v.indicatorCode.trim(), scopeCode: v.scopeCode?.trim() || null, comparison: v.comparison, threshold: v.threshold, periods: v.periods });
      onSaved();
    });
  return (
    <Modal
      open title={t('risks.triggers.add')} width={640} onCancel={askClose} mask={{ closable: false }} destroyOnHidden
      footer={<ModalFormFooter form={form} onCancel={askClose} saving={saving} submitLabel={t('common.save')} submitTestId="trigger-form-submit" />}
    >
      <SaveErrorAlert error={error} testId="trigger-form-error" onReload={onClose} />
      <Typography.Paragraph type="secondary">{t('risks.triggers.hint')}</Typography.Paragraph>
      <Form<TriggerValues> form={form} layout="vertical" autoComplete="off" onFinish={(v) => void submit(v)} initialValues={{ comparison: '<', periods: 2 }} data-testid="trigger-form">
        <Flex gap={16} wrap>
          <Form.Item name="indicatorCode" label={t('risks.triggers.indicator')} style={half} rules={[{ required: true, whitespace: true }]}>
            <Input placeholder="WATER_QUALITY" data-testid="trigger-form-indicator" />
          </Form.Item>
          <Form.Item name="scopeCode" label={t('risks.triggers.scope')} extra={t('risks.triggers.scopeHint')} style={half}>
            <Input placeholder="320500" data-testid="trigger-form-scope" />
          </Form.Item>
          <Form.Item name="comparison" label={t('risks.triggers.comparison')} style={half} rules={[{ required: true }]}>
            <Select options={COMPARISONS.map((c) => ({ value: c, label: t(`risks.comparison.${c}`) }))} data-testid="trigger-form-comparison" />
          </Form.Item>
          <Form.Item name="threshold" label={t('risks.triggers.threshold')} style={half} rules={[{ required: true }]}>
            <NumberField style={{ width: '100%' }} testId="trigger-form-threshold" />
          </Form.Item>
          <Form.Item name="periods" label={t('risks.triggers.periods')} style={half} rules={[{ required: true }]}>
            <NumberField min={1} max={36} precision={0} style={{ width: '100%' }} testId="trigger-form-periods" />
          </Form.Item>
        </Flex>
      </Form>
    </Modal>
  );
}
