/**
 * Entering an observation: only the scopes this user may write are offered
 * (the Office any; a liaison or editor their own member and its cities).
 * A period must fit the indicator's frequency; a value its kind and bounds.
 * Only the Office may enter a value as final at once.
 */
import { Flex, Form, Input, Modal, Select, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Indicator, ObservationDetail, ObservationStatus } from '../../api/types.ts';
import { useLocale } from '../../i18n/useLocale.ts';
import { ErrorAlert } from '../../shell/ErrorAlert.tsx';
import { ModalFormFooter } from '../../shell/ModalFormFooter.tsx';
import { useFormSave } from '../../shell/useFormSave.ts';
import { useReference } from '../region/reference.ts';
import { NumberField } from '../tasks/NumberField.tsx';
import { indicatorsApi } from './indicatorsApi.ts';
import { indicatorUnit, PERIOD_EXAMPLE, PERIOD_PATTERN, scopeOptions } from './labels.ts';
import { useConfirmClose } from './useConfirmClose.ts';

interface Values {
  scopeCode: string;
  period: string;
  value: number;
  status: ObservationStatus;
  source?: string;
  note?: string;
}

interface Props {
  open: boolean;
  indicator: Indicator;
  scopes: string[];
  /** Preselected scope (the list's filter), when the user may write it. */
  defaultScope?: string;
  /** The Office may enter a value as final. */
  canSetFinal: boolean;
  onClose: () => void;
  onSaved: (observation: ObservationDetail) => void;
}

/** The value's bounds as the server checks them: the indicator's own, else 0–100 for a percent. */
export function valueBounds(indicator: Indicator): { min?: number; max?: number } {
  const min = indicator.minValue ?? (indicator.valueKind === 'percent' ? 0 : null);
  const max = indicator.maxValue ?? (indicator.valueKind === 'percent' ? 100 : null);
  return { min: min ?? undefined, max: max ?? undefined };
}

export function ObservationFormModal({ open, indicator, scopes, defaultScope, canSetFinal, onClose, onSaved }: Props) {
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
      const saved = await indicatorsApi.createObservation({
        indicatorCode: indicator.code,
        scopeCode: values.scopeCode,
        period: values.period.trim(),
        value: values.value,
        status: values.status,
        source: values.source?.trim() ?? '',
        note: values.note?.trim() ?? '',
      });
      close();
      onSaved(saved);
    });

  return (
    <Modal
      open={open}
      title={t('indicators.enter.title')}
      width={640}
      onCancel={askClose}
      mask={{ closable: false }}
      destroyOnHidden
      rootClassName="yrd-indicators"
      footer={<ModalFormFooter form={form} onCancel={askClose} saving={saving} submitLabel={t('indicators.enter.submit')} submitTestId="observation-form-submit" />}
    >
      <ErrorAlert error={error} testId="observation-form-error" />
      <Form<Values>
        form={form}
        layout="vertical"
        preserve={false}
        initialValues={{ scopeCode: defaultScope && scopes.includes(defaultScope) ? defaultScope : scopes.length === 1 ? scopes[0] : undefined, status: 'provisional' }}
        onFinish={(v) => void submit(v)}
        autoComplete="off"
        data-testid="observation-form"
      >
        <Form.Item name="scopeCode" label={t('indicators.fields.scope')} rules={[{ required: true, message: t('indicators.enter.scopeRequired') }]}>
          <Select showSearch={{ optionFilterProp: 'label' }} options={scopeOptions(indicator.level, scopes, reference, locale, t('indicators.scope.region'))} data-testid="observation-form-scope" />
        </Form.Item>
        <Flex gap={16} wrap>
          <Form.Item
            name="period"
            label={t('indicators.fields.period')}
            extra={t('indicators.enter.periodHint', { example: PERIOD_EXAMPLE[indicator.frequency], frequency: t(`indicators.frequency.${indicator.frequency}`) })}
            style={{ flex: '1 1 200px', minWidth: 0 }}
            rules={[
              { required: true, message: t('indicators.enter.periodRequired') },
              { pattern: PERIOD_PATTERN[indicator.frequency], message: t('indicators.enter.periodRule', { example: PERIOD_EXAMPLE[indicator.frequency] }) },
            ]}
          >
            <Input placeholder={PERIOD_EXAMPLE[indicator.frequency]} data-testid="observation-form-period" />
          </Form.Item>
          <Form.Item
            name="value"
            label={unit ? `${t('indicators.fields.value')} (${unit})` : t('indicators.fields.value')}
            style={{ flex: '1 1 200px', minWidth: 0 }}
            rules={[{ required: true, message: t('indicators.enter.valueRequired') }]}
          >
            <NumberField
              style={{ width: '100%' }}
              min={bounds.min}
              max={bounds.max}
              precision={indicator.valueKind === 'integer' ? 0 : undefined}
              testId="observation-form-value"
            />
          </Form.Item>
        </Flex>
        {canSetFinal && (
          <Form.Item name="status" label={t('indicators.fields.status')}>
            <Select
              options={(['provisional', 'final'] as const).map((s) => ({ value: s, label: t(`indicators.observationStatus.${s}`) }))}
              data-testid="observation-form-status"
            />
          </Form.Item>
        )}
        <Form.Item name="source" label={t('indicators.fields.source')} rules={[{ max: 500 }]}>
          <Input data-testid="observation-form-source" />
        </Form.Item>
        <Form.Item name="note" label={t('indicators.fields.note')} rules={[{ max: 2000 }]}>
          <Input.TextArea rows={2} />
        </Form.Item>
        {!canSetFinal && <Typography.Text type="secondary">{t('indicators.enter.provisionalNote')}</Typography.Text>}
      </Form>
    </Modal>
  );
}
