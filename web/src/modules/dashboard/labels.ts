/** Indicator labels in the current language. */
import type { Indicator, Locale } from '../../api/types.ts';

export function indicatorName(indicator: Pick<Indicator, 'nameZh' | 'nameEn'>, locale: Locale): string {
  return locale === 'en' ? indicator.nameEn || indicator.nameZh : indicator.nameZh;
}

export function indicatorUnit(indicator: Pick<Indicator, 'unitZh' | 'unitEn'>, locale: Locale): string {
  return locale === 'en' ? indicator.unitEn || indicator.unitZh : indicator.unitZh;
}

/** "GDP per capita (yuan)" — the name with its unit, when it has one. */
export function indicatorLabel(indicator: Indicator, locale: Locale): string {
  const unit = indicatorUnit(indicator, locale);
  return unit ? `${indicatorName(indicator, locale)} (${unit})` : indicatorName(indicator, locale);
}

export function formatNumber(value: number, locale: Locale): string {
  return value.toLocaleString(locale, { maximumFractionDigits: 2 });
}

/** An API answer that says "this does not exist (yet)": shown as an empty state, not as a failure. */
export function isMissing(error: unknown): boolean {
  return typeof error === 'object' && error !== null && 'status' in error && (error as { status: number }).status === 404;
}
