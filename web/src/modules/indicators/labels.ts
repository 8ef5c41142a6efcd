/**
 * Indicator labels in the current language: scopes by name (cities with their
 * member, since names repeat), values with their unit, periods by frequency.
 */
import type { Indicator, IndicatorFrequency, IndicatorLevel, Locale, ScopeSeries } from '../../api/types.ts';
import { formatNumber, indicatorUnit } from '../dashboard/labels.ts';
import { cityName, memberName } from '../region/labels.ts';
import type { Reference } from '../region/reference.ts';

export { formatNumber, indicatorLabel, indicatorName, indicatorUnit } from '../dashboard/labels.ts';

/** A scope's display name: the region, a member, or a city (never a bare code when the reference data knows it). */
export function scopeName(code: string, reference: Reference | undefined, locale: Locale, regionLabel: string): string {
  if (code === 'region') return regionLabel;
  const member = reference?.memberByCode.get(code);
  if (member) return memberName(member, locale);
  const city = reference?.cityByCode.get(code);
  return city ? cityName(city, locale) : code;
}

/** Every scope an indicator's level takes, in reference order. */
export function scopesOfLevel(level: IndicatorLevel, reference: Reference | undefined): string[] {
  if (level === 'region') return ['region'];
  if (level === 'member') return (reference?.members ?? []).map((m) => m.code);
  return (reference?.cities ?? []).map((c) => c.code);
}

/**
 * Options of a scope select: cities grouped under their member (the same
 * name can belong to two members), members and the region plain.
 */
export type ScopeOption = { value: string; label: string } | { label: string; title: string; options: { value: string; label: string }[] };

export function scopeOptions(level: IndicatorLevel, codes: readonly string[], reference: Reference | undefined, locale: Locale, regionLabel: string): ScopeOption[] {
  // A municipality's code is both a member's and a city's (310000): the level says which is meant.
  if (level !== 'city') return codes.map((c) => ({ value: c, label: scopeName(c, reference, locale, regionLabel) }));
  const groups = new Map<string, { value: string; label: string }[]>();
  for (const c of codes.filter((code) => reference?.cityByCode.has(code))) {
    const city = reference!.cityByCode.get(c)!;
    groups.set(city.memberCode, [...(groups.get(city.memberCode) ?? []), { value: c, label: `${cityName(city, locale)} · ${c}` }]);
  }
  return [...groups].map(([memberCode, options]) => {
    const member = reference?.memberByCode.get(memberCode);
    return { label: member ? memberName(member, locale) : memberCode, title: memberCode, options };
  });
}

/** "41.5 %", "1,203 万人": a value with the indicator's unit. */
export function formatValue(value: number | null | undefined, indicator: Pick<Indicator, 'unitZh' | 'unitEn'> | undefined, locale: Locale): string {
  if (value === null || value === undefined) return '—';
  const number = formatNumber(value, locale);
  const unit = indicator ? indicatorUnit(indicator, locale) : '';
  if (!unit) return number;
  return unit === '%' ? `${number}%` : `${number} ${unit}`;
}

/** How periods are written for a frequency (also the input's hint). */
export const PERIOD_EXAMPLE: Record<IndicatorFrequency, string> = { yearly: '2024', quarterly: '2024-Q1', monthly: '2024-03' };
export const PERIOD_PATTERN: Record<IndicatorFrequency, RegExp> = {
  yearly: /^\d{4}$/,
  quarterly: /^\d{4}-Q[1-4]$/,
  monthly: /^\d{4}-(0[1-9]|1[0-2])$/,
};

/** Text of the current language, the Chinese (the working language) when the English is empty. */
export function bilingual(zh: string, en: string, locale: Locale): { text: string; fallback: boolean } {
  if (locale === 'en') return en.trim() ? { text: en, fallback: false } : { text: zh, fallback: zh.trim() !== '' };
  return zh.trim() ? { text: zh, fallback: false } : { text: en, fallback: en.trim() !== '' };
}

/** The first day of a stored period ('2024' → 2024-01-01, '2024-Q2' → 2024-04-01, '2024-03' → 2024-03-01): a point on a time axis. */
export function periodStart(period: string): string {
  const year = period.slice(0, 4);
  const quarter = /^\d{4}-Q([1-4])$/.exec(period);
  if (quarter) return `${year}-${String((Number(quarter[1]) - 1) * 3 + 1).padStart(2, '0')}-01`;
  if (/^\d{4}-\d{2}$/.test(period)) return `${period}-01`;
  return `${year}-01-01`;
}

/** A scope's [time, value] pairs for a line chart; firstValues when asked and sent. */
export function seriesPairs(s: ScopeSeries, which: 'values' | 'firstValues' = 'values'): [string, number][] {
  const values = (which === 'firstValues' ? s.firstValues : s.values) ?? [];
  return s.periods.map((p, i) => [periodStart(p), values[i]!]);
}
