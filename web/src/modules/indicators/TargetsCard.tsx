/**
 * An indicator's targets per scope and year, optionally tied to a plan. The
 * Office edits the whole list in one dialog (the server replaces it);
 * a field error names the row and field it belongs to.
 */
import { DeleteOutlined, EditOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Card, Flex, Form, Modal, Select, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { useApi } from '../../api/hooks.ts';
import type { IndicatorDetail, IndicatorTarget } from '../../api/types.ts';
import { useLocale } from '../../i18n/useLocale.ts';
import { ErrorAlert } from '../../shell/ErrorAlert.tsx';
import { ModalFormFooter } from '../../shell/ModalFormFooter.tsx';
import { useFormSave } from '../../shell/useFormSave.ts';
import { plansApi } from '../plans/plansApi.ts';
import { useReference } from '../region/reference.ts';
import { NumberField } from '../tasks/NumberField.tsx';
import { planOptions, titleOf } from '../tasks/labels.ts';
import { indicatorsApi } from './indicatorsApi.ts';
import { formatValue, scopeName, scopeOptions, scopesOfLevel, type ScopeOption } from './labels.ts';
import { useConfirmClose } from './useConfirmClose.ts';
import { ScrollableTable } from './ScrollableTable.tsx';

interface Props {
  indicator: IndicatorDetail;
  canEdit: boolean;
  onSaved: (indicator: IndicatorDetail) => void;
}

interface Values {
  items: { scopeCode?: string; year?: number; value?: number; planId?: string | null }[];
}

export function TargetsCard({ indicator, canEdit, onSaved }: Props) {
  const { t } = useTranslation();
  const locale = useLocale();
  const { reference } = useReference();
  const plans = useApi((signal) => plansApi.all(signal).catch(() => []), 'plans');
  const planById = new Map((plans.data ?? []).map((p) => [p.id, p]));
  const [editing, setEditing] = useState(false);
  const regionLabel = t('indicators.scope.region');
  const rows = [...indicator.targets].sort((a, b) => a.scopeCode.localeCompare(b.scopeCode) || a.year - b.year);

  return (
    <Card
      size="small"
      title={
        <Typography.Title level={2} style={{ fontSize: 15, margin: 0 }}>
          {t('indicators.targets.title')}
        </Typography.Title>
      }
      extra={
        canEdit &&
        indicator.status === 'active' && (
          <Button size="small" icon={<EditOutlined />} onClick={() => setEditing(true)} data-testid="targets-edit">
            {t('indicators.targets.edit')}
          </Button>
        )
      }
      data-testid="indicator-targets"
    >
      <ScrollableTable<IndicatorTarget>
        label={t('indicators.targets.title')}
        size="small"
        rowKey={(r) => `${r.scopeCode}:${r.year}`}
        dataSource={rows}
        pagination={rows.length > 20 ? { pageSize: 20, size: 'small' } : false}
        scroll={{ x: 520 }}
        locale={{ emptyText: t('indicators.targets.empty') }}
        columns={[
          { title: t('indicators.fields.scope'), key: 'scope', render: (_, r) => scopeName(r.scopeCode, reference, locale, regionLabel) },
          { title: t('indicators.fields.year'), dataIndex: 'year', width: 80 },
          { title: t('indicators.targets.value'), key: 'value', width: 140, render: (_, r) => formatValue(r.value, indicator, locale) },
          {
            title: t('indicators.targets.plan'),
            key: 'plan',
            render: (_, r) => {
              const plan = r.planId ? planById.get(r.planId) : undefined;
              return plan ? <Link to={`/plans/${plan.id}`}>{`${plan.code} ${titleOf(plan, locale)}`}</Link> : '—';
            },
          },
        ]}
      />
      {canEdit && (
        <TargetsModal
          open={editing}
          indicator={indicator}
          planChoices={planOptions(plans.data ?? [], locale)}
          onClose={() => setEditing(false)}
          onSaved={onSaved}
          scopeChoices={scopeOptions(indicator.level, scopesOfLevel(indicator.level, reference), reference, locale, regionLabel)}
        />
      )}
    </Card>
  );
}

function TargetsModal({
  open,
  indicator,
  planChoices,
  scopeChoices,
  onClose,
  onSaved,
}: {
  open: boolean;
  indicator: IndicatorDetail;
  planChoices: { value: string; label: string }[];
  scopeChoices: ScopeOption[];
  onClose: () => void;
  onSaved: (indicator: IndicatorDetail) => void;
}) {
  const { t } = useTranslation();
  const [form] = Form.useForm<Values>();
  const { saving, error, setError, save } = useFormSave(form);
  const close = () => {
    setError(undefined);
    onClose();
  };
  const askClose = useConfirmClose(form, close);
  const defaultScope = indicator.level === 'region' ? 'region' : undefined;

  const submit = (values: Values) =>
    save(async () => {
      const items = values.items.map((i) => ({ scopeCode: i.scopeCode!, year: i.year!, value: i.value!, planId: i.planId ?? null }));
      const saved = await indicatorsApi.putTargets(indicator.code, items);
      close();
      onSaved(saved);
    });

  return (
    <Modal
      open={open}
      title={t('indicators.targets.editTitle', { code: indicator.code })}
      width={820}
      onCancel={askClose}
      mask={{ closable: false }}
      destroyOnHidden
      rootClassName="yrd-indicators"
      footer={<ModalFormFooter form={form} onCancel={askClose} saving={saving} submitLabel={t('common.save')} submitTestId="targets-submit" />}
    >
      <ErrorAlert error={error} testId="targets-error" />
      <Typography.Paragraph type="secondary">{t('indicators.targets.replaceHint')}</Typography.Paragraph>
      <Form<Values>
        form={form}
        layout="vertical"
        preserve={false}
        initialValues={{ items: indicator.targets.map((r) => ({ scopeCode: r.scopeCode, year: r.year, value: r.value, planId: r.planId ?? null })) }}
        onFinish={(v) => void submit(v)}
        autoComplete="off"
      >
        <Form.List name="items">
          {(fields, { add, remove }) => (
            <Flex vertical gap={4}>
              {fields.map((field, index) => (
                <Flex key={field.key} gap={8} wrap align="flex-start" data-testid={`target-row-${index}`}>
                  <Form.Item
                    name={[field.name, 'scopeCode']}
                    label={t('indicators.fields.scope')}
                    style={{ flex: '1 1 180px', minWidth: 0, marginBottom: 8 }}
                    rules={[{ required: true, message: t('indicators.targets.scopeRequired') }]}
                  >
                    <Select showSearch={{ optionFilterProp: 'label' }} options={scopeChoices} data-testid={`target-${index}-scope`} />
                  </Form.Item>
                  <Form.Item
                    name={[field.name, 'year']}
                    label={t('indicators.fields.year')}
                    style={{ width: 110, marginBottom: 8 }}
                    rules={[{ required: true, message: t('indicators.targets.yearRequired') }]}
                  >
                    <NumberField min={1900} max={2200} precision={0} style={{ width: '100%' }} testId={`target-${index}-year`} />
                  </Form.Item>
                  <Form.Item
                    name={[field.name, 'value']}
                    label={t('indicators.targets.value')}
                    style={{ width: 140, marginBottom: 8 }}
                    rules={[{ required: true, message: t('indicators.targets.valueRequired') }]}
                  >
                    <NumberField style={{ width: '100%' }} testId={`target-${index}-value`} />
                  </Form.Item>
                  <Form.Item name={[field.name, 'planId']} label={t('indicators.targets.plan')} style={{ flex: '1 1 180px', minWidth: 0, marginBottom: 8 }}>
                    <Select allowClear showSearch={{ optionFilterProp: 'label' }} options={planChoices} />
                  </Form.Item>
                  <Button
                    type="text"
                    danger
                    icon={<DeleteOutlined />}
                    onClick={() => remove(field.name)}
                    aria-label={t('indicators.targets.remove', { n: index + 1 })}
                    style={{ marginTop: 30 }}
                  />
                </Flex>
              ))}
              <Button icon={<PlusOutlined />} onClick={() => add({ scopeCode: defaultScope, planId: null })} data-testid="target-add">
                {t('indicators.targets.add')}
              </Button>
            </Flex>
          )}
        </Form.List>
      </Form>
    </Modal>
  );
}
