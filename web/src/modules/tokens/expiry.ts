import type { Dayjs } from 'dayjs';

/** The chosen day's end in China Standard Time (no daylight saving), so the token lasts the whole day shown. */
export function endOfDayInShanghai(day: Dayjs): string {
  return new Date(`${day.format('YYYY-MM-DD')}T23:59:59+08:00`).toISOString();
}
