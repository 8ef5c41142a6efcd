/**
 * Defining or editing an indicator (the Office). Code, level and frequency
 * are fixed once created: every stored scope and period depends on them.
 * Field errors from the server land on their fields; closing with typed
 * content asks first.
 */
import { Flex, Form, Input, InputNumber, Modal, Select, TreeSelect } from 'antd';
import { useTranslation } from 'react-i18next';
import {
  INDICATOR_FREQUENCIES,
  INDICATOR_LEVELS,
  type Indicator,
  type IndicatorDirection,
  type IndicatorFrequency,
  type IndicatorInput,
  type IndicatorLevel,
  type IndicatorValueKind,
} from '../../api/types.ts';
import { useLocale } from '../../i18n/useLocale.ts';
import { ModalFormFooter } from '../../shell/ModalFormFooter.tsx';
import { SaveErrorAlert } from '../../shell/ErrorAlert.tsx';
import { useFormSave } from '../../shell/useFormSave.ts';
import { useAreas } from '../plans/areas.ts';
import { areaCodeTreeOptions } from './focusAreas.ts';
import { indicatorsApi } from './indicatorsApi.ts';
import { useConfirmClose } from './useConfirmClose.ts';

const VALUE_KINDS: IndicatorValueKind[] = ['percent', 'integer', 'decimal'];
const DIRECTIONS: IndicatorDirection[] = ['higher', 'lower'];

interface Values {
  code: string;
  nameZh: string;
  nameEn?: string;
  definitionZh?: string;
  definitionEn?: string;
  unitZh?: string;
  unitEn?: string;
  valueKind: IndicatorValueKind;
  minValue?: number | null;
  maxValue?: number | null;
  focusAreaCode?: string | null;
  direction: IndicatorDirection;
  level: IndicatorLevel;
  frequency: IndicatorFrequency;
  sourceOrgZh?: string;
  sourceOrgEn?: string;
  methodNotesZh?: string;
  methodNotesEn?: string;
}

interface Props {
  open: boolean;
  /** The indicator being edited; none: a new one. */
  indicator?: Indicator;
  onClose: () => void;
  onSaved: (indicator: { code: string }) => void;
  /** After a version conflict: load the current record again. */
  onReload?: () => void;
}

const text = (value: string | undefined) => value?.trim() ?? '';

function initialValues(indicator: Indicator | undefined): Partial<Values> {
  if (!indicator) return { valueKind: 'decimal', direction: 'higher', level: 'member', frequency: 'yearly' };
  return { ...indicator };
}

export function IndicatorFormModal({ open, indicator, onClose, onSaved, onReload }: Props) {
  const { t } = useTranslation();
  const locale = useLocale();
  const { areas } = useAreas();
  const [form] = Form.useForm<Values>();
  const { saving, error, setError, save } = useFormSave(form);
  const valueKind = Form.useWatch('valueKind', form);
  const editing = Boolean(indicator);

  const close = () => {
    setError(undefined);
    onClose();
  };
  const askClose = useConfirmClose(form, close);

  const submit = (values: Values) =>
    save(async () => {
      const described = {
        nameZh: values.nameZh.trim(),
        nameEn: text(values.nameEn),
        definitionZh: text(values.definitionZh),
        definitionEn: text(values.definitionEn),
        unitZh: text(values.unitZh),
        unitEn: text(values.unitEn),
        valueKind: values.valueKind,
        minValue: values.minValue ?? null,
        maxValue: values.maxValue ?? null,
        focusAreaCode: values.focusAreaCode ?? null,
        direction: values.direction,
        sourceOrgZh: text(values.sourceOrgZh),
        sourceOrgEn: text(values.sourceOrgEn),
        methodNotesZh: text(values.methodNotesZh),
        methodNotesEn: text(values.methodNotesEn),
      };
      if (indicator) {
        const saved = await indicatorsApi.update(indicator.code, { ...described, version: indicator.version });
        close();
        onSaved(saved);
      } else {
        const input: IndicatorInput = { ...described, code: values.code.trim(), level: values.level, frequency: values.frequency };
        await indicatorsApi.create(input);
        close();
        onSaved({ code: input.code });
      }
    });

  const half = { flex: '1 1 240px', minWidth: 0 };

  return (
    <Modal
      open={open}
      title={editing ? t('indicators.form.editTitle', { code: indicator?.code }) : t('indicators.form.createTitle')}
      width={860}
      onCancel={askClose}
      mask={{ closable: false }}
      destroyOnHidden
      rootClassName="yrd-indicators"
      footer={<ModalFormFooter form={form} onCancel={askClose} saving={saving} submitLabel={t('common.save')} submitTestId="indicator-form-submit" />}
    >
      <SaveErrorAlert
        error={error}
        testId="indicator-form-error"
        onReload={() => {
          close();
          onReload?.();
        }}
      />
      <Form<Values>
        form={form}
        layout="vertical"
        preserve={false}
        initialValues={initialValues(indicator)}
        onFinish={(v) => void submit(v)}
        autoComplete="off"
        data-testid="indicator-form"
      >
        <Flex gap={16} wrap>
          <Form.Item
            name="code"
            label={t('indicators.fields.code')}
            extra={editing ? t('indicators.form.fixedHint') : t('indicators.form.codeHint')}
            style={half}
            rules={[{ required: true, pattern: /^[A-Z][A-Z0-9_]{1,39}$/, message: t('indicators.form.codeRule') }]}
          >
            <Input disabled={editing} data-testid="indicator-form-code" />
          </Form.Item>
          <Form.Item name="level" label={t('indicators.fields.level')} style={half} rules={[{ required: true }]}>
            <Select disabled={editing} options={INDICATOR_LEVELS.map((l) => ({ value: l, label: t(`indicators.level.${l}`) }))} data-testid="indicator-form-level" />
          </Form.Item>
          <Form.Item name="frequency" label={t('indicators.fields.frequency')} style={half} rules={[{ required: true }]}>
            <Select disabled={editing} options={INDICATOR_FREQUENCIES.map((f) => ({ value: f, label: t(`indicators.frequency.${f}`) }))} data-testid="indicator-form-frequency" />
          </Form.Item>
        </Flex>
        <Flex gap={16} wrap>
          <Form.Item name="nameZh" label={t('indicators.fields.nameZh')} style={half} rules={[{ required: true, whitespace: true, max: 200, message: t('indicators.form.nameRequired') }]}>
            <Input lang="zh-CN" data-testid="indicator-form-name-zh" />
          </Form.Item>
          <Form.Item name="nameEn" label={t('indicators.fields.nameEn')} style={half} rules={[{ max: 200 }]}>
            <Input lang="en" data-testid="indicator-form-name-en" />
          </Form.Item>
        </Flex>
        <Flex gap={16} wrap>
          <Form.Item name="definitionZh" label={t('indicators.fields.definitionZh')} style={half} rules={[{ max: 4000 }]}>
            <Input.TextArea lang="zh-CN" rows={3} />
          </Form.Item>
          <Form.Item name="definitionEn" label={t('indicators.fields.definitionEn')} style={half} rules={[{ max: 4000 }]}>
            <Input.TextArea lang="en" rows={3} />
          </Form.Item>
        </Flex>
        <Flex gap={16} wrap>
          <Form.Item name="unitZh" label={t('indicators.fields.unitZh')} style={half} rules={[{ max: 50 }]}>
            <Input lang="zh-CN" data-testid="indicator-form-unit-zh" />
          </Form.Item>
          <Form.Item name="unitEn" label={t('indicators.fields.unitEn')} style={half} rules={[{ max: 50 }]}>
            <Input lang="en" />
          </Form.Item>
        </Flex>
        <Flex gap={16} wrap>
          <Form.Item name="valueKind" label={t('indicators.fields.valueKind')} style={half} rules={[{ required: true }]}>
            <Select options={VALUE_KINDS.map((k) => ({ value: k, label: t(`indicators.valueKind.${k}`) }))} data-testid="indicator-form-value-kind" />
          </Form.Item>
          <Form.Item name="minValue" label={t('indicators.fields.minValue')} style={half} extra={valueKind === 'percent' ? t('indicators.form.percentBounds') : undefined}>
            <InputNumber<number> style={{ width: '100%' }} />
          </Form.Item>
          <Form.Item
            name="maxValue"
            label={t('indicators.fields.maxValue')}
            style={half}
            dependencies={['minValue']}
            rules={[
              ({ getFieldValue }) => ({
                validator: (_, max: number | null | undefined) => {
                  const min = getFieldValue('minValue') as number | null | undefined;
                  return min !== null && min !== undefined && max !== null && max !== undefined && max < min
                    ? Promise.reject(new Error(t('indicators.form.boundsRule')))
                    : Promise.resolve();
                },
              }),
            ]}
          >
            <InputNumber<number> style={{ width: '100%' }} />
          </Form.Item>
        </Flex>
        <Flex gap={16} wrap>
          <Form.Item name="direction" label={t('indicators.fields.direction')} style={half} rules={[{ required: true }]}>
            <Select options={DIRECTIONS.map((d) => ({ value: d, label: t(`indicators.direction.${d}`) }))} data-testid="indicator-form-direction" />
          </Form.Item>
          <Form.Item name="focusAreaCode" label={t('indicators.fields.focusArea')} style={half}>
            <TreeSelect<string> allowClear treeDefaultExpandAll treeData={areaCodeTreeOptions(areas, locale)} data-testid="indicator-form-area" />
          </Form.Item>
        </Flex>
        <Flex gap={16} wrap>
          <Form.Item name="sourceOrgZh" label={t('indicators.fields.sourceOrgZh')} style={half} rules={[{ max: 300 }]}>
            <Input lang="zh-CN" />
          </Form.Item>
          <Form.Item name="sourceOrgEn" label={t('indicators.fields.sourceOrgEn')} style={half} rules={[{ max: 300 }]}>
            <Input lang="en" />
          </Form.Item>
        </Flex>
        <Flex gap={16} wrap>
          <Form.Item name="methodNotesZh" label={t('indicators.fields.methodNotesZh')} style={half} rules={[{ max: 4000 }]}>
            <Input.TextArea lang="zh-CN" rows={3} />
          </Form.Item>
          <Form.Item name="methodNotesEn" label={t('indicators.fields.methodNotesEn')} style={half} rules={[{ max: 4000 }]}>
            <Input.TextArea lang="en" rows={3} />
          </Form.Item>
        </Flex>
      </Form>
    </Modal>
  );
}
