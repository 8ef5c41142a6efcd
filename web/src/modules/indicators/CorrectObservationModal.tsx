/**
 * Correcting a value: it adds a revision (who, when, why) and never
 * overwrites; the reason is required and kept in the history.
 */
import { Descriptions, Form, Input, Modal } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Indicator, Observation, ObservationDetail } from '../../api/types.ts';
import { useLocale } from '../../i18n/useLocale.ts';
import { SaveErrorAlert } from '../../shell/ErrorAlert.tsx';
import { ModalFormFooter } from '../../shell/ModalFormFooter.tsx';
import { useFormSave } from '../../shell/useFormSave.ts';
import { useReference } from '../region/reference.ts';
import { NumberField } from '../tasks/NumberField.tsx';
import { indicatorsApi } from './indicatorsApi.ts';
import { formatValue, indicatorUnit, scopeName } from './labels.ts';
import { valueBounds } from './ObservationFormModal.tsx';
import { useConfirmClose } from './useConfirmClose.ts';

interface Values {
  value: number;
  reason: string;
  source?: string;
  note?: string;
}

interface Props {
  observation: Observation | null;
  indicator: Indicator;
  onClose: () => void;
  onSaved: (observation: ObservationDetail) => void;
  /** After a version conflict: read the list again. */
  onReload: () => void;
}

export function CorrectObservationModal({ observation, indicator, onClose, onSaved, onReload }: Props) {
  const { t } = useTranslation();
  const locale = useLocale();
  const { reference } = useReference();
  const [form] = Form.useForm<Values>();
  const { saving, error, setError, save } = useFormSave(form);
  const close = () => {
    setError(undefined);
    onClose();
  };
  const askClose = useConfirmClose(form, close);
  const bounds = valueBounds(indicator);
  const unit = indicatorUnit(indicator, locale);

  const submit = (values: Values) =>
    save(async () => {
      if (!observation) return;
      const saved = await indicatorsApi.correct(observation.id, {
        value: values.value,
        reason: values.reason.trim(),
        source: values.source?.trim() ?? '',
        note: values.note?.trim() ?? '',
        version: observation.version,
      });
      close();
      onSaved(saved);
    });

  return (
    <Modal
      open={observation !== null}
      title={t('indicators.correct.title')}
      width={600}
      onCancel={askClose}
      mask={{ closable: false }}
      destroyOnHidden
      rootClassName="yrd-indicators"
      footer={<ModalFormFooter form={form} onCancel={askClose} saving={saving} submitLabel={t('indicators.correct.submit')} submitTestId="correct-submit" />}
    >
      <SaveErrorAlert
        error={error}
        testId="correct-error"
        conflictTitle={t('indicators.correct.conflictTitle')}
        conflictDescription={t('indicators.correct.conflictText')}
        onReload={() => {
          close();
          onReload();
        }}
      />
      {observation && (
        <>
          <Descriptions
            size="small"
            column={1}
            style={{ marginBottom: 16 }}
            items={[
              { key: 'scope', label: t('indicators.fields.scope'), children: `${scopeName(observation.scopeCode, reference, locale, t('indicators.scope.region'))} · ${observation.period}` },
              { key: 'latest', label: t('indicators.view.latest'), children: formatValue(observation.value, indicator, locale) },
              { key: 'first', label: t('indicators.view.first'), children: formatValue(observation.firstValue, indicator, locale) },
            ]}
          />
          <Form<Values>
            form={form}
            layout="vertical"
            preserve={false}
            initialValues={{ value: observation.value, source: observation.source, note: observation.note }}
            onFinish={(v) => void submit(v)}
            autoComplete="off"
            data-testid="correct-form"
          >
            <Form.Item
              name="value"
              label={unit ? `${t('indicators.correct.newValue')} (${unit})` : t('indicators.correct.newValue')}
              rules={[{ required: true, message: t('indicators.enter.valueRequired') }]}
            >
              <NumberField style={{ width: '100%' }} min={bounds.min} max={bounds.max} precision={indicator.valueKind === 'integer' ? 0 : undefined} testId="correct-value" />
            </Form.Item>
            <Form.Item name="reason" label={t('indicators.correct.reason')} extra={t('indicators.correct.reasonHint')} rules={[{ required: true, whitespace: true, max: 2000, message: t('indicators.correct.reasonRequired') }]}>
              <Input.TextArea rows={3} data-testid="correct-reason" />
            </Form.Item>
            <Form.Item name="source" label={t('indicators.fields.source')} rules={[{ max: 500 }]}>
              <Input />
            </Form.Item>
            <Form.Item name="note" label={t('indicators.fields.note')} rules={[{ max: 2000 }]}>
              <Input.TextArea rows={2} />
            </Form.Item>
          </Form>
        </>
      )}
    </Modal>
  );
}
