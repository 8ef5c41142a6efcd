import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Locale } from '../../api/types.ts';
import type { Reference } from '../region/reference.ts';
import type { AvailabilityStatus } from './servicesApi.ts';

const STATUS_COLOR: Record<AvailabilityStatus, string> = { planned: 'default', pilot: 'gold', available: 'green', suspended: 'red' };

export function StatusTag({ status }: { status: AvailabilityStatus | null }) {
  const { t } = useTranslation();
  if (!status) return <Tag data-testid="service-status-none">{t('services.notOffered')}</Tag>;
  return <Tag color={STATUS_COLOR[status]} data-testid={`service-status-${status}`}>{t(`services.status.${status}`)}</Tag>;
}

export const serviceName = (s: { nameZh: string; nameEn: string; code: string }, locale: Locale) => (locale === 'en' ? s.nameEn || s.nameZh : s.nameZh) || s.code;
export function memberName(code: string, reference: Reference | undefined, locale: Locale): string {
  const m = reference?.memberByCode.get(code);
  if (!m) return code;
  return locale === 'en' ? m.shortEn || m.nameEn : m.shortZh || m.nameZh;
}
export function cityName(code: string, reference: Reference | undefined, locale: Locale): string {
  const c = reference?.cityByCode.get(code);
  return c ? (locale === 'en' ? c.nameEn : c.nameZh) : code;
}
/** Integers with thousands separators in the user's language. */
export const formatCount = (n: number, locale: Locale) => n.toLocaleString(locale === 'en' ? 'en-GB' : 'zh-CN');
