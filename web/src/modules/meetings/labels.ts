/**
 * Meetings in the current language and the region's time zone: a meeting's day
 * and hours are those of the region, whatever zone the browser is in.
 */
import dayjs, { type Dayjs } from 'dayjs';
import type { Meeting, MeetingTier, MeetingType } from '../../api/types.ts';
import { formatDateTime, wallTimeToIso } from '../../shell/format.ts';
import { todayIn } from '../tasks/labels.ts';

/** "2024-06-05" — the calendar day of an instant in the region's zone. */
export function dayIn(iso: string, timeZone: string): string {
  return todayIn(timeZone, new Date(iso));
}

/** Every region day a meeting touches, first to last (a two-day symposium shows on both days). */
export function daysOf(meeting: Pick<Meeting, 'startsAt' | 'endsAt'>, timeZone: string): string[] {
  const first = dayIn(meeting.startsAt, timeZone);
  const last = dayIn(meeting.endsAt, timeZone);
  const days = [first];
  let day = dayjs(first);
  // Bounded: a mistyped end date must not draw a year of cells.
  for (let i = 0; i < 62 && days.at(-1)! < last; i++) {
    day = day.add(1, 'day');
    days.push(day.format('YYYY-MM-DD'));
  }
  return days;
}

/** "2024-06-05 09:00 – 12:00", or with both dates when it spans days; region time. */
export function formatRange(startsAt: string, endsAt: string, timeZone: string, timeOfDayKnown = true): string {
  const start = formatDateTime(startsAt, timeZone).slice(0, 16);
  const end = formatDateTime(endsAt, timeZone).slice(0, 16);
  // A record that gives the day only is shown by its days: its stored times are nominal.
  if (!timeOfDayKnown) return start.slice(0, 10) === end.slice(0, 10) ? start.slice(0, 10) : `${start.slice(0, 10)} – ${end.slice(0, 10)}`;
  return start.slice(0, 10) === end.slice(0, 10) ? `${start} – ${end.slice(11)}` : `${start} – ${end}`;
}

/** A decision's time, or its day when the record gives the day only. */
export function formatDecidedAt(decidedAt: string, timeZone: string, timeOfDayKnown = true): string {
  const text = formatDateTime(decidedAt, timeZone);
  return timeOfDayKnown ? text : text.slice(0, 10);
}

/** A region wall-clock time as a picker value (the picker reads dayjs in the browser's zone: only the wall time matters). */
export function pickerValueOf(iso: string, timeZone: string): Dayjs {
  return dayjs(formatDateTime(iso, timeZone));
}

/** A picked wall-clock time, read in the region's zone, as ISO 8601 with the zone's offset. */
export function isoOfPicked(value: Dayjs, timeZone: string): string {
  return wallTimeToIso(value.format('YYYY-MM-DDTHH:mm:00'), timeZone);
}

/** The tier a meeting of this type normally sits in (the form proposes it; the Office may change it). */
export const DEFAULT_TIER: Record<MeetingType, MeetingTier> = {
  annual_symposium: 'decision',
  results_conference: 'decision',
  site_visit: 'decision',
  joint_meeting: 'coordination',
  sg_symposium: 'coordination',
  research_symposium: 'coordination',
  working_group: 'execution',
  forum: 'execution',
};
