/**
 * Date-times as "2024-06-05 09:00:00" in the region's time zone: the same
 * reading for every user of the region, in both languages, whatever zone the
 * browser is in.
 */
import type { Locale } from '../api/types.ts';

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-CA', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    });
    formatters.set(timeZone, formatter);
  }
  return formatter;
}

export function formatDateTime(iso: string | null | undefined, timeZone: string): string {
  if (!iso) return '—';
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  const parts = formatterFor(timeZone).formatToParts(date);
  const get = (type: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === type)?.value ?? '';
  return `${get('year')}-${get('month')}-${get('day')} ${get('hour')}:${get('minute')}:${get('second')}`;
}

/** The zone's UTC offset at an instant, e.g. "+08:00" for Asia/Shanghai. */
export function zoneOffset(timeZone: string, at: Date): string {
  const name = new Intl.DateTimeFormat('en-US', { timeZone, timeZoneName: 'longOffset' })
    .formatToParts(at)
    .find((p) => p.type === 'timeZoneName')?.value;
  const match = /GMT([+-]\d{2}:\d{2})/.exec(name ?? '');
  return match?.[1] ?? '+00:00';
}

/** A wall-clock time picked in the UI ("2024-06-05T09:00:00"), read in the region's zone, as ISO 8601 with offset. */
export function wallTimeToIso(wallTime: string, timeZone: string): string {
  // The offset of the zone around that time; close enough at DST edges for a search filter.
  const approx = new Date(`${wallTime}Z`);
  return `${wallTime}${zoneOffset(timeZone, approx)}`;
}

/** A text in the current language: English falls back to the Chinese (the working language) rather than showing nothing. */
export function textOf(zh: string, en: string, locale: Locale): string {
  return locale === 'en' && en.trim() ? en : zh;
}
