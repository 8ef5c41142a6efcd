/** Names of a matter's pieces in the current language. */
import type { Locale, Matter } from '../../api/types.ts';
import { textOf } from '../../shell/format.ts';
import { todayIn } from '../tasks/labels.ts';

/** The deadline of the tier the matter is at, if any. */
export function currentDeadline(matter: Matter): string | null {
  return matter.deadlines[matter.tier];
}

/** An instant as the calendar day in the region's zone: "2026-12-31". */
export function dayOf(iso: string | null | undefined, timeZone: string): string {
  return iso ? todayIn(timeZone, new Date(iso)) : '—';
}

export function descriptionOf(matter: { descriptionZh: string; descriptionEn: string }, locale: Locale): string {
  return textOf(matter.descriptionZh, matter.descriptionEn, locale);
}
