import ICAL from 'ical.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, createUser, login, type Session, type TestContext } from '../../../test/helpers.ts';
import { systemActor } from '../../shared/principal.ts';
import { createMeeting } from '../meetings/meetings.usecases.ts';
import { toICalendar } from './calendar.ics.ts';

let ctx: TestContext;
let liaison: Session;
beforeAll(async () => {
  ctx = await createTestContext();
  await createUser(ctx.database.appDb, 'cal.liaison', [{ role: 'liaison', memberCode: '320000' }]);
  liaison = await login(ctx.app, 'cal.liaison');
  const deps = { ...ctx.deps, actor: systemActor('test') };
  // 09:00–17:30 Shanghai time on 5 June 2024.
  await createMeeting(deps, { type: 'annual_symposium', tier: 'decision', status: 'held', startsAt: '2024-06-05T09:00:00+08:00', endsAt: '2024-06-05T17:30:00+08:00', titleZh: '2024年度长三角地区主要领导座谈会', titleEn: 'Annual Symposium, Wenzhou', venueZh: '温州' });
  await createMeeting(deps, { type: 'working_group', tier: 'execution', status: 'planned', startsAt: '2026-04-01T02:00:00Z', endsAt: '2026-04-01T04:00:00Z', titleZh: '专题组会议（未发布）' });
});
afterAll(() => ctx.close());

function events(text: string) {
  const calendar = new ICAL.Component(ICAL.parse(text));
  for (const tz of calendar.getAllSubcomponents('vtimezone')) ICAL.TimezoneService.register(new ICAL.Timezone(tz));
  return calendar.getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));
}

describe('iCalendar feeds', () => {
  it('the published feed parses and shows 09:00 Shanghai time as 09:00+08:00', async () => {
    const response = await ctx.app.inject({ method: 'GET', url: '/api/v1/calendar/published.ics' });
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toContain('text/calendar');
    const list = events(response.body);
    expect(list.map((e) => e.summary)).toEqual(['2024年度长三角地区主要领导座谈会 / Annual Symposium, Wenzhou']);
    const start = list[0]!.startDate;
    expect(start.toString()).toBe('2024-06-05T09:00:00');
    expect(start.zone?.tzid).toBe('Asia/Shanghai');
    expect(start.utcOffset()).toBe(8 * 3600);
    expect(start.toJSDate().toISOString()).toBe('2024-06-05T01:00:00.000Z');
  });

  it('a personal feed is reached by its secret token and shows every meeting to a work role', async () => {
    const issued = await ctx.app.inject({ method: 'POST', url: '/api/v1/calendar/token', headers: liaison.headers });
    expect(issued.statusCode, issued.body).toBe(200);
    const feed = await ctx.app.inject({ method: 'GET', url: issued.json().path });
    expect(feed.statusCode).toBe(200);
    expect(events(feed.body)).toHaveLength(2);
    const again = await ctx.app.inject({ method: 'POST', url: '/api/v1/calendar/token', headers: liaison.headers });
    const old = await ctx.app.inject({ method: 'GET', url: issued.json().path });
    expect(old.statusCode).toBe(404);
    expect(old.json().error.code).toBe('calendar.feed_not_found');
    expect((await ctx.app.inject({ method: 'GET', url: again.json().path })).statusCode).toBe(200);
  });

  it('falls back to UTC times for a zone with daylight saving, and folds long lines', () => {
    const text = toICalendar(
      [{ uid: 'x', start: new Date('2024-06-05T13:00:00Z'), end: new Date('2024-06-05T14:00:00Z'), updated: new Date(0), summary: '长'.repeat(60), sequence: 0, status: 'CONFIRMED' }],
      { name: 'n', timeZone: 'Europe/Berlin', now: new Date(0) },
    );
    expect(text).toContain('DTSTART:20240605T130000Z');
    expect(text.split('\r\n').every((line) => Buffer.byteLength(line) <= 75)).toBe(true);
    expect(events(text)[0]!.summary).toBe('长'.repeat(60));
  });

  it("probes the zone's offset in the clock's year, not the machine's", () => {
    // Moscow kept summer time until 2010 and is a fixed +03 since 2014.
    const event = { uid: 'y', start: new Date('2024-06-05T10:00:00Z'), end: new Date('2024-06-05T11:00:00Z'), updated: new Date(0), summary: 's', sequence: 0, status: 'CONFIRMED' as const };
    expect(toICalendar([event], { name: 'n', timeZone: 'Europe/Moscow', now: new Date('2024-01-10T00:00:00Z') })).toContain('DTSTART;TZID=Europe/Moscow:20240605T130000');
    expect(toICalendar([event], { name: 'n', timeZone: 'Europe/Moscow', now: new Date('2009-01-10T00:00:00Z') })).toContain('DTSTART:20240605T100000Z');
  });
});
