/**
 * Display names of work records in the current language. English titles are
 * optional on tasks (Chinese is the working language), so English falls back
 * to the Chinese title rather than showing nothing.
 */
import type { Locale } from '../../api/types.ts';
import { textOf } from '../../shell/format.ts';

interface Titled {
  titleZh: string;
  titleEn: string;
}

export function titleOf(item: Titled, locale: Locale): string {
  return textOf(item.titleZh, item.titleEn, locale);
}

/** Options of a plan select: the id is the value, "code title" the label. */
export function planOptions(plans: readonly (Titled & { id: string; code: string })[], locale: Locale): { value: string; label: string }[] {
  return plans.map((p) => ({ value: p.id, label: `${p.code} ${titleOf(p, locale)}` }));
}

export function areaLabel(area: { code: string | null; nameZh: string; nameEn: string }, locale: Locale): string {
  const name = locale === 'en' ? area.nameEn : area.nameZh;
  return area.code ? `${area.code} ${name}` : name;
}

/** "2026-11-24" ← today in the region's zone (dates of tasks are calendar dates there). */
export function todayIn(timeZone: string, at: Date = new Date()): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(at);
}
