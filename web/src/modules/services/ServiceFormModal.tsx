/**
 * Forms of the services pages, each in a dialog that asks before throwing typed
 * input away (useConfirmClose): a service (the Office), a member's availability,
 * one usage count, and declaring a usage series as an indicator. Server field
 * errors land on their fields; a stale version offers to reload.
 */
import { App, Checkbox, DatePicker, Flex, Form, Input, InputNumber, Modal, Radio, Select, Typography } from 'antd';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import { useLocale } from '../../i18n/useLocale.ts';
import { SaveErrorAlert } from '../../shell/ErrorAlert.tsx';
import { ModalFormFooter } from '../../shell/ModalFormFooter.tsx';
import { useFormSave } from '../../shell/useFormSave.ts';
import { useConfirmClose } from '../indicators/useConfirmClose.ts';
import { useReference } from '../region/reference.ts';
import { cityName, memberName, serviceName } from './labels.tsx';
import { BASES, CATEGORIES, CHANNELS, servicesApi, STATUSES, type Availability, type Basis, type Category, type Channel, type AvailabilityStatus, type ServiceDetail } from './servicesApi.ts';

const half = { flex: '1 1 220px', minWidth: 0 };
const text = (v?: string) => v?.trim() ?? '';

interface ServiceValues { code: string; nameZh: string; nameEn?: string; category: Category; legalBasisZh?: string; legalBasisEn?: string; bodies?: Record<string, string | undefined> }

export function ServiceFormModal({ service, onClose, onSaved, onReload }: { service?: ServiceDetail; onClose: () => void; onSaved: (id: string) => void; onReload?: () => void }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const { reference } = useReference();
  const [form] = Form.useForm<ServiceValues>();
  const { saving, error, save } = useFormSave(form);
  const askClose = useConfirmClose(form, onClose);
  const submit = (v: ServiceValues) =>
    save(async () => {
      const bodies = Object.entries(v.bodies ?? {}).flatMap(([memberCode, bodyCode]) => (bodyCode ? [{ memberCode, bodyCode }] : []));
      const described = { nameZh: v.nameZh.trim(), nameEn: text(v.nameEn), category: v.category, legalBasisZh: text(v.legalBasisZh), legalBasisEn: text(v.legalBasisEn), bodies };
      if (service) {
        await servicesApi.update(service.id, { ...described, version: service.version });
        onSaved(service.id);
      } else onSaved((await servicesApi.create({ ...described, code: v.code.trim() })).id);
    });
  return (
    <Modal
      open
      title={service ? `${t('services.edit')}: ${service.code}` : t('services.create')}
      width={760}
      onCancel={askClose}
      mask={{ closable: false }}
      destroyOnHidden
      footer={<ModalFormFooter form={form} onCancel={askClose} saving={saving} submitLabel={t('common.save')} submitTestId="service-form-submit" />}
    >
      <SaveErrorAlert error={error} testId="service-form-error" onReload={() => { onClose(); onReload?.(); }} />
      <Form<ServiceValues>
        form={form}
        layout="vertical"
        autoComplete="off"
        onFinish={(v) => void submit(v)}
        data-testid="service-form"
        initialValues={service ? {
          code: service.code, nameZh: service.nameZh, nameEn: service.nameEn, category: service.category, legalBasisZh: service.legalBasisZh, legalBasisEn: service.legalBasisEn,
          bodies: Object.fromEntries(service.bodies.map((b) => [b.memberCode, b.bodyCode])),
        } : undefined}
      >
        <Flex gap={16} wrap>
          <Form.Item name="code" label={t('services.fields.code')} style={half} rules={[{ required: true, pattern: /^[A-Z][A-Z0-9_-]{1,39}$/ }]}>
            <Input disabled={Boolean(service)} data-testid="service-form-code" />
          </Form.Item>
          <Form.Item name="category" label={t('services.fields.category')} style={half} rules={[{ required: true }]}>
            <Select options={CATEGORIES.map((c) => ({ value: c, label: t(`services.category.${c}`) }))} data-testid="service-form-category" />
          </Form.Item>
          <Form.Item name="nameZh" label={t('services.fields.nameZh')} style={half} rules={[{ required: true, whitespace: true }]}>
            <Input maxLength={300} data-testid="service-form-name-zh" />
          </Form.Item>
          <Form.Item name="nameEn" label={t('services.fields.nameEn')} style={half}><Input maxLength={300} /></Form.Item>
          <Form.Item name="legalBasisZh" label={t('services.fields.legalBasisZh')} style={half}><Input.TextArea rows={2} maxLength={5000} /></Form.Item>
          <Form.Item name="legalBasisEn" label={t('services.fields.legalBasisEn')} style={half}><Input.TextArea rows={2} maxLength={5000} /></Form.Item>
        </Flex>
        <Typography.Text strong>{t('services.fields.bodies')}</Typography.Text>
        <Flex gap={16} wrap style={{ marginTop: 8 }}>
          {(reference?.members ?? []).map((m) => (
            <Form.Item key={m.code} name={['bodies', m.code]} label={memberName(m.code, reference, locale)} style={half}>
              <Select
                allowClear
                options={(reference?.bodies ?? []).filter((b) => b.memberCode === m.code).map((b) => ({ value: b.code, label: locale === 'en' ? b.nameEn : b.nameZh }))}
                data-testid={`service-form-body-${m.code}`}
              />
            </Form.Item>
          ))}
        </Flex>
      </Form>
    </Modal>
  );
}

interface AvailabilityValues { status: AvailabilityStatus; since?: dayjs.Dayjs | null; channels: Channel[]; coverage: 'all' | 'some'; cityCodes?: string[]; note?: string }

export function AvailabilityFormModal({ service, memberCode, current, onClose, onSaved }: { service: ServiceDetail; memberCode: string; current?: Availability; onClose: () => void; onSaved: () => void }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const { reference } = useReference();
  const [form] = Form.useForm<AvailabilityValues>();
  const { saving, error, save } = useFormSave(form);
  const askClose = useConfirmClose(form, onClose);
  const coverage = Form.useWatch('coverage', form);
  const submit = (v: AvailabilityValues) =>
    save(async () => {
      await servicesApi.putAvailability(service.id, memberCode, {
        status: v.status, since: v.since ? v.since.format('YYYY-MM-DD') : null, channels: v.channels ?? [], allCities: v.coverage === 'all',
        ...(v.coverage === 'some' ? { cityCodes: v.cityCodes ?? [] } : {}), note: text(v.note), ...(current ? { version: current.version } : {}),
      });
      onSaved();
    });
  return (
    <Modal
      open
      title={t('services.availability.editTitle', { member: memberName(memberCode, reference, locale), service: serviceName(service, locale) })}
      width={640}
      onCancel={askClose}
      mask={{ closable: false }}
      destroyOnHidden
      footer={<ModalFormFooter form={form} onCancel={askClose} saving={saving} submitLabel={t('common.save')} submitTestId="availability-form-submit" />}
    >
      <SaveErrorAlert error={error} testId="availability-form-error" onReload={onSaved} />
      <Form<AvailabilityValues>
        form={form}
        layout="vertical"
        onFinish={(v) => void submit(v)}
        data-testid="availability-form"
        initialValues={{
          status: current?.status ?? 'planned', since: current?.since ? dayjs(current.since) : null, channels: current?.channels ?? [],
          coverage: current && !current.allCities ? 'some' : 'all', cityCodes: current?.cityCodes ?? [], note: current?.note ?? '',
        }}
      >
        <Flex gap={16} wrap>
          <Form.Item name="status" label={t('services.fields.status')} style={half} rules={[{ required: true }]}>
            <Select options={STATUSES.map((s) => ({ value: s, label: t(`services.status.${s}`) }))} data-testid="availability-form-status" />
          </Form.Item>
          <Form.Item name="since" label={t('services.fields.since')} style={half}><DatePicker style={{ width: '100%' }} data-testid="availability-form-since" /></Form.Item>
        </Flex>
        <Form.Item name="channels" label={t('services.fields.channels')}>
          <Checkbox.Group options={CHANNELS.map((c) => ({ value: c, label: t(`services.channel.${c}`) }))} data-testid="availability-form-channels" />
        </Form.Item>
        <Form.Item name="coverage" label={t('services.fields.coverage')}>
          <Radio.Group options={[{ value: 'all', label: t('services.fields.allCities') }, { value: 'some', label: t('services.fields.someCities') }]} />
        </Form.Item>
        {coverage === 'some' && (
          <Form.Item name="cityCodes" label={t('services.fields.cities')} rules={[{ required: true, type: 'array', min: 1 }]}>
            <Select
              mode="multiple"
              optionFilterProp="label"
              options={(reference?.cities ?? []).filter((c) => c.memberCode === memberCode).map((c) => ({ value: c.code, label: `${cityName(c.code, reference, locale)} ${c.code}` }))}
              data-testid="availability-form-cities"
            />
          </Form.Item>
        )}
        <Form.Item name="note" label={t('services.fields.note')}><Input.TextArea rows={2} maxLength={2000} /></Form.Item>
      </Form>
    </Modal>
  );
}

interface UsageValues { origin: string; destination: string; month: dayjs.Dayjs; count: number }

/** One count; the origin member owns the row, so a member's user picks only its own origin. */
export function UsageFormModal({ service, origins, onClose, onSaved }: { service: ServiceDetail; origins: 'all' | string[]; onClose: () => void; onSaved: () => void }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const { message } = App.useApp();
  const { reference } = useReference();
  const [form] = Form.useForm<UsageValues>();
  const { saving, error, save } = useFormSave(form);
  const askClose = useConfirmClose(form, onClose);
  const members = reference?.members ?? [];
  const submit = (v: UsageValues) =>
    save(async () => {
      const month = v.month.format('YYYY-MM');
      // The current version, if the row exists: a change must name it (409 when someone else was first).
      const existing = (await servicesApi.usage(service.id, { from: month, to: month })).find((r) => r.originMemberCode === v.origin && r.destinationMemberCode === v.destination);
      await servicesApi.putUsage(service.id, v.origin, v.destination, month, { count: v.count, ...(existing ? { version: existing.version } : {}) });
      message.success(t('services.usage.saved'));
      onSaved();
    });
  return (
    <Modal
      open
      title={t('services.usage.enterTitle', { service: serviceName(service, locale) })}
      width={560}
      onCancel={askClose}
      mask={{ closable: false }}
      destroyOnHidden
      footer={<ModalFormFooter form={form} onCancel={askClose} saving={saving} submitLabel={t('common.save')} submitTestId="usage-form-submit" />}
    >
      <Typography.Paragraph type="secondary">{t('services.usage.ownerRule')}</Typography.Paragraph>
      <SaveErrorAlert error={error} testId="usage-form-error" onReload={onSaved} />
      <Form<UsageValues> form={form} layout="vertical" onFinish={(v) => void submit(v)} data-testid="usage-form">
        <Flex gap={16} wrap>
          <Form.Item name="origin" label={t('services.fields.origin')} style={half} rules={[{ required: true }]}>
            <Select options={members.filter((m) => origins === 'all' || origins.includes(m.code)).map((m) => ({ value: m.code, label: memberName(m.code, reference, locale) }))} data-testid="usage-form-origin" />
          </Form.Item>
          <Form.Item name="destination" label={t('services.fields.destination')} style={half} rules={[{ required: true }]}>
            <Select options={members.map((m) => ({ value: m.code, label: memberName(m.code, reference, locale) }))} data-testid="usage-form-destination" />
          </Form.Item>
          <Form.Item name="month" label={t('services.fields.month')} style={half} rules={[{ required: true }]}>
            <DatePicker picker="month" style={{ width: '100%' }} disabledDate={(d) => d.isAfter(dayjs(), 'month')} data-testid="usage-form-month" />
          </Form.Item>
          <Form.Item name="count" label={t('services.fields.count')} style={half} rules={[{ required: true, type: 'integer', min: 0 }]}>
            <InputNumber min={0} precision={0} style={{ width: '100%' }} data-testid="usage-form-count" />
          </Form.Item>
        </Flex>
      </Form>
    </Modal>
  );
}

interface DeclareValues { basis: Basis; code: string }

export function DeclareIndicatorModal({ service, onClose, onSaved }: { service: ServiceDetail; onClose: () => void; onSaved: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<DeclareValues>();
  const { saving, error, save } = useFormSave(form);
  const askClose = useConfirmClose(form, onClose);
  const submit = (v: DeclareValues) =>
    save(async () => {
      const result = await servicesApi.declareIndicator(service.id, { basis: v.basis, code: v.code.trim() });
      message.success(t('services.indicator.done', { code: result.code, created: result.observations.created, revised: result.observations.revised }));
      onSaved();
    });
  return (
    <Modal
      open
      title={t('services.indicator.title')}
      width={560}
      onCancel={askClose}
      mask={{ closable: false }}
      destroyOnHidden
      footer={<ModalFormFooter form={form} onCancel={askClose} saving={saving} submitLabel={t('common.save')} submitTestId="declare-form-submit" />}
    >
      <Typography.Paragraph type="secondary">{t('services.indicator.hint')}</Typography.Paragraph>
      <SaveErrorAlert error={error} testId="declare-form-error" onReload={onSaved} />
      <Form<DeclareValues> form={form} layout="vertical" onFinish={(v) => void submit(v)} initialValues={{ basis: 'total', code: `${service.code.replace(/-/g, '_')}_USE` }}>
        <Form.Item name="basis" label={t('services.indicator.basis')} rules={[{ required: true }]}>
          <Radio.Group options={BASES.map((b) => ({ value: b, label: t(`services.indicator.basisLabel.${b}`) }))} />
        </Form.Item>
        <Form.Item name="code" label={t('services.indicator.code')} rules={[{ required: true, pattern: /^[A-Z][A-Z0-9_]{1,39}$/ }]}>
          <Input data-testid="declare-form-code" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
