/**
 * Filters of the audit trail. Text filters apply on "Search" (not per
 * keystroke: the trail is large); times are read in the region's time zone.
 */
import { SearchOutlined } from '@ant-design/icons';
import { AutoComplete, Button, DatePicker, Flex, Form, Input, Select } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { AUDIT_OUTCOMES, type AuditOutcome } from '../../api/types.ts';
import { formatDateTime, wallTimeToIso } from '../../shell/format.ts';
import type { AuditFilters } from './auditApi.ts';

interface Values {
  action?: string;
  outcome?: AuditOutcome;
  objectType?: string;
  objectId?: string;
  range?: [Dayjs | null, Dayjs | null] | null;
}

/** Action families the server records today; any prefix can be typed. */
const ACTION_PREFIXES = [
  'auth.',
  'auth.login',
  'auth.logout',
  'auth.password_change',
  'user.',
  'user.create',
  'user.update',
  'user.role_grant',
  'user.role_revoke',
  'user.password_reset',
  'user.unlock',
  'access.denied',
  'region.load',
];
const OBJECT_TYPES = ['user', 'route', 'region'];

const trimmed = (value: string | undefined) => (value?.trim() ? value.trim() : undefined);

/** The form's values for filters read from the address (times shown on the region's clock, as they were picked). */
function valuesOf(filters: AuditFilters, timeZone: string): Values {
  const wall = (iso: string | undefined) => (iso ? dayjs(formatDateTime(iso, timeZone)) : null);
  return {
    action: filters.action,
    outcome: filters.outcome,
    objectType: filters.objectType,
    objectId: filters.objectId,
    range: filters.from || filters.to ? [wall(filters.from), wall(filters.to)] : null,
  };
}

export function AuditFilterBar({ timeZone, initial, onChange }: { timeZone: string; initial: AuditFilters; onChange: (filters: AuditFilters) => void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<Values>();

  const apply = (values: Values) => {
    const [from, to] = values.range ?? [null, null];
    onChange({
      // Filters the bar does not show (an actor or member from a link) stay until reset.
      actorUserId: initial.actorUserId,
      memberCode: initial.memberCode,
      action: trimmed(values.action),
      outcome: values.outcome,
      objectType: trimmed(values.objectType),
      objectId: trimmed(values.objectId),
      from: from ? wallTimeToIso(from.second(0).format('YYYY-MM-DDTHH:mm:ss'), timeZone) : undefined,
      to: to ? wallTimeToIso(to.second(59).format('YYYY-MM-DDTHH:mm:ss'), timeZone) : undefined,
    });
  };

  return (
    <Form<Values> form={form} layout="inline" initialValues={valuesOf(initial, timeZone)} onFinish={apply} style={{ marginBottom: 12, rowGap: 8 }} data-testid="audit-filters">
      <Form.Item name="action">
        <AutoComplete
          style={{ width: 200 }}
          placeholder={t('audit.filterAction')}
          aria-label={t('audit.filterAction')}
          options={ACTION_PREFIXES.map((value) => ({ value }))}
          allowClear
          data-testid="audit-filter-action"
        />
      </Form.Item>
      <Form.Item name="outcome">
        <Select<AuditOutcome>
          allowClear
          style={{ width: 130 }}
          placeholder={t('audit.outcome')}
          aria-label={t('audit.outcome')}
          options={AUDIT_OUTCOMES.map((o) => ({ value: o, label: t(`audit.outcomes.${o}`) }))}
          data-testid="audit-filter-outcome"
        />
      </Form.Item>
      <Form.Item name="objectType">
        <AutoComplete
          style={{ width: 140 }}
          placeholder={t('audit.objectType')}
          aria-label={t('audit.objectType')}
          options={OBJECT_TYPES.map((value) => ({ value }))}
          allowClear
          data-testid="audit-filter-object-type"
        />
      </Form.Item>
      <Form.Item name="objectId">
        <Input style={{ width: 200 }} placeholder={t('audit.objectId')} aria-label={t('audit.objectId')} allowClear data-testid="audit-filter-object-id" />
      </Form.Item>
      <Form.Item name="range">
        <DatePicker.RangePicker
          showTime={{ format: 'HH:mm' }}
          format="YYYY-MM-DD HH:mm"
          allowEmpty={[true, true]}
          placeholder={[t('audit.from'), t('audit.to')]}
          data-testid="audit-filter-range"
        />
      </Form.Item>
      <Flex gap={8}>
        <Button type="primary" htmlType="submit" icon={<SearchOutlined />} data-testid="audit-search">
          {t('common.search')}
        </Button>
        <Button
          onClick={() => {
            form.resetFields();
            onChange({});
          }}
        >
          {t('common.reset')}
        </Button>
      </Flex>
    </Form>
  );
}
