/**
 * iCalendar (RFC 5545) text for meetings. Times are written in the region's
 * time zone with a TZID and its VTIMEZONE when the zone keeps one offset all
 * year (Asia/Shanghai: 09:00 stays 09:00+08:00 in every client); a zone with
 * daylight saving falls back to UTC times ("Z"), which are always exact.
 * Hand-written rather than ical-generator: decision 0015 says why.
 */
export type EventStatus = 'TENTATIVE' | 'CONFIRMED' | 'CANCELLED';

export interface CalendarEvent {
  uid: string;
  start: Date;
  end: Date;
  summary: string;
  description?: string;
  location?: string;
  updated: Date;
  /** Higher on every change a client must apply (time, place, title, status). */
  sequence: number;
  status: EventStatus;
}

const pad = (n: number) => String(n).padStart(2, '0');
const utcStamp = (d: Date) => `${d.getUTCFullYear()}${pad(d.getUTCMonth() + 1)}${pad(d.getUTCDate())}T${pad(d.getUTCHours())}${pad(d.getUTCMinutes())}${pad(d.getUTCSeconds())}Z`;

/** The zone's offset at an instant, in minutes east of UTC. */
export function offsetMinutes(timeZone: string, at: Date): number {
  const name = new Intl.DateTimeFormat('en-US', { timeZone, timeZoneName: 'longOffset' }).formatToParts(at).find((p) => p.type === 'timeZoneName')?.value ?? 'GMT';
  const m = /GMT([+-])(\d{2}):?(\d{2})?/.exec(name);
  if (!m) return 0;
  return (m[1] === '-' ? -1 : 1) * (Number(m[2]) * 60 + Number(m[3] ?? 0));
}

/** One offset for every event and both halves of their years: then a one-rule VTIMEZONE is exact. */
function fixedOffset(timeZone: string, events: CalendarEvent[], now: Date): number | null {
  const years = new Set([now.getUTCFullYear(), ...events.map((e) => e.start.getUTCFullYear())]);
  const probes = [...years].flatMap((y) => [new Date(Date.UTC(y, 0, 15)), new Date(Date.UTC(y, 6, 15))]);
  const offsets = new Set([...probes, ...events.map((e) => e.start)].map((d) => offsetMinutes(timeZone, d)));
  return offsets.size === 1 ? [...offsets][0]! : null;
}

/**
 * TEXT values (RFC 5545 3.3.11): a line break of any kind (CRLF, a bare CR, LF)
 * becomes \\n and a tab a space; every other control character (NUL, BEL,
 * ESC… and DEL) is dropped — none may appear in a content line.
 */
export function escapeText(s: string): string {
  return s
    .replace(/\r\n?/g, '\n')
    .replace(/\t/g, ' ')
    // eslint-disable-next-line no-control-regex
    .replace(/[\u0000-\u0008\u000b-\u001f\u007f]/g, '')
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\n/g, '\\n');
}

/** Lines longer than 75 octets are folded (continuation lines start with a space), never inside a UTF-8 character. */
function fold(line: string): string {
  const out: string[] = [];
  let current = '';
  let bytes = 0;
  for (const ch of line) {
    const size = Buffer.byteLength(ch);
    if (bytes + size > (out.length === 0 ? 75 : 74)) {
      out.push(current);
      current = '';
      bytes = 0;
    }
    current += ch;
    bytes += size;
  }
  out.push(current);
  return out.join('\r\n ');
}

export function toICalendar(events: CalendarEvent[], options: { name: string; timeZone: string; now: Date }): string {
  const offset = fixedOffset(options.timeZone, events, options.now);
  const sign = offset !== null && offset < 0 ? '-' : '+';
  const tzOffset = offset === null ? '' : `${sign}${pad(Math.floor(Math.abs(offset) / 60))}${pad(Math.abs(offset) % 60)}`;
  const local = (d: Date) => {
    const shifted = new Date(d.getTime() + (offset ?? 0) * 60_000);
    return utcStamp(shifted).slice(0, -1);
  };
  const time = (prop: string, d: Date) => (offset === null ? `${prop}:${utcStamp(d)}` : `${prop};TZID=${options.timeZone}:${local(d)}`);
  const lines = ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//YRD Cooperation Platform//Meetings//ZH', 'CALSCALE:GREGORIAN', 'METHOD:PUBLISH', `X-WR-CALNAME:${escapeText(options.name)}`, `X-WR-TIMEZONE:${options.timeZone}`];
  if (offset !== null) {
    lines.push('BEGIN:VTIMEZONE', `TZID:${options.timeZone}`, 'BEGIN:STANDARD', 'DTSTART:19700101T000000', `TZOFFSETFROM:${tzOffset}`, `TZOFFSETTO:${tzOffset}`, 'END:STANDARD', 'END:VTIMEZONE');
  }
  for (const e of events) {
    lines.push('BEGIN:VEVENT', `UID:${e.uid}`, `SEQUENCE:${e.sequence}`, `DTSTAMP:${utcStamp(options.now)}`, `LAST-MODIFIED:${utcStamp(e.updated)}`, time('DTSTART', e.start), time('DTEND', e.end), `SUMMARY:${escapeText(e.summary)}`);
    if (e.location) lines.push(`LOCATION:${escapeText(e.location)}`);
    if (e.description) lines.push(`DESCRIPTION:${escapeText(e.description)}`);
    lines.push(`STATUS:${e.status}`, 'END:VEVENT');
  }
  lines.push('END:VCALENDAR');
  return lines.map(fold).join('\r\n') + '\r\n';
}
