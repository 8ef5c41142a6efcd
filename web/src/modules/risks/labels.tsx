import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Locale } from '../../api/types.ts';
import type { Reference } from '../region/reference.ts';
import type { RiskStatus } from './risksApi.ts';

const STATUS_COLOR: Record<RiskStatus, string> = { open: 'red', mitigated: 'gold', closed: 'default' };

export function RiskStatusTag({ status }: { status: RiskStatus }) {
  const { t } = useTranslation();
  return <Tag color={STATUS_COLOR[status]} data-testid={`risk-status-${status}`}>{t(`risks.status.${status}`)}</Tag>;
}

/** Score 1–25: the colour of its band (low, medium, high, very high). */
export function ScoreTag({ score }: { score: number }) {
  const color = score >= 16 ? 'magenta' : score >= 10 ? 'volcano' : score >= 5 ? 'gold' : 'green';
  return <Tag color={color}>{score}</Tag>;
}

export const riskTitle = (r: { titleZh: string; titleEn: string }, locale: Locale) => (locale === 'en' ? r.titleEn || r.titleZh : r.titleZh);
export function memberNames(codes: string[], reference: Reference | undefined, locale: Locale): string {
  return codes.map((code) => {
    const m = reference?.memberByCode.get(code);
    return m ? (locale === 'en' ? m.shortEn || m.nameEn : m.shortZh || m.nameZh) : code;
  }).join(locale === 'en' ? ', ' : '、');
}
export function scopeName(code: string | null, reference: Reference | undefined, locale: Locale, any: string): string {
  if (code === null) return any;
  const m = reference?.memberByCode.get(code);
  if (m) return locale === 'en' ? m.shortEn || m.nameEn : m.shortZh || m.nameZh;
  const c = reference?.cityByCode.get(code);
  return c ? (locale === 'en' ? c.nameEn : c.nameZh) : code;
}
