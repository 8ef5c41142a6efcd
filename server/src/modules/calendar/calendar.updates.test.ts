/**
 * Calendar clients update what they hold only when told: SEQUENCE grows with
 * every change of a meeting's time, place, title or status, and a cancelled
 * (or withdrawn) meeting stays in each feed it was in as STATUS:CANCELLED until
 * it is past. Feeds are parsed with ical.js before and after each change.
 */
import ICAL from 'ical.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, createUser, login, type Session, type TestContext } from '../../../test/helpers.ts';
import { systemActor } from '../../shared/principal.ts';
import { createMeeting } from '../meetings/meetings.usecases.ts';
import { escapeText, toICalendar } from './calendar.ics.ts';

let ctx: TestContext;
let office: Session;
let liaisonFeed: string;

beforeAll(async () => {
  ctx = await createTestContext();
  await createUser(ctx.database.appDb, 'cal.office', [{ role: 'office' }]);
  await createUser(ctx.database.appDb, 'cal.work', [{ role: 'liaison', memberCode: '330000' }]);
  office = await login(ctx.app, 'cal.office');
  const liaison = await login(ctx.app, 'cal.work');
  liaisonFeed = (await ctx.app.inject({ method: 'POST', url: '/api/v1/calendar/token', headers: liaison.headers })).json().path;
});
afterAll(() => ctx.close());

interface Seen {
  sequence: number;
  status: string;
  summary: string;
  location: string;
  start: string;
}

/** Each event of a feed by UID, as ical.js reads it. */
async function feed(url: string): Promise<Map<string, Seen>> {
  const response = await ctx.app.inject({ method: 'GET', url });
  expect(response.statusCode, response.body).toBe(200);
  const calendar = new ICAL.Component(ICAL.parse(response.body));
  const seen = new Map<string, Seen>();
  for (const vevent of calendar.getAllSubcomponents('vevent')) {
    const event = new ICAL.Event(vevent);
    seen.set(event.uid, {
      sequence: event.sequence,
      status: String(vevent.getFirstPropertyValue('status')),
      summary: event.summary,
      location: event.location,
      start: event.startDate.toString(),
    });
  }
  return seen;
}
const published = () => feed('/api/v1/calendar/published.ics');
const work = () => feed(liaisonFeed);
const uidOf = (id: string) => `meeting-${id}@yrd-platform`;

async function meeting(input: Partial<Parameters<typeof createMeeting>[1]> = {}): Promise<string> {
  return createMeeting(
    { ...ctx.deps, actor: systemActor('test') },
    { type: 'joint_meeting', tier: 'coordination', status: 'published', startsAt: '2026-05-10T01:00:00Z', endsAt: '2026-05-10T04:00:00Z', titleZh: '联席会议', venueZh: '合肥', ...input },
  );
}

async function patch(id: string, changes: Record<string, unknown>) {
  const current = await ctx.app.inject({ method: 'GET', url: `/api/v1/meetings/${id}`, headers: office.headers });
  const response = await ctx.app.inject({ method: 'PATCH', url: `/api/v1/meetings/${id}`, headers: office.headers, payload: { ...changes, version: current.json().version } });
  expect(response.statusCode, response.body).toBe(200);
}

describe('SEQUENCE', () => {
  it('starts at 0 and grows by one on each change of time, place, title and status, in every feed', async () => {
    const id = await meeting();
    const uid = uidOf(id);
    expect((await published()).get(uid)).toMatchObject({ sequence: 0, status: 'CONFIRMED', summary: '联席会议', location: '合肥', start: '2026-05-10T09:00:00' });
    expect((await work()).get(uid)).toMatchObject({ sequence: 0, status: 'CONFIRMED' });

    await patch(id, { startsAt: '2026-05-10T02:00:00Z', endsAt: '2026-05-10T05:00:00Z' });
    expect((await published()).get(uid)).toMatchObject({ sequence: 1, start: '2026-05-10T10:00:00' });
    await patch(id, { venueZh: '芜湖' });
    expect((await published()).get(uid)).toMatchObject({ sequence: 2, location: '芜湖' });
    await patch(id, { titleZh: '联席会议（调整）', titleEn: 'Joint meeting (moved)' });
    expect((await published()).get(uid)).toMatchObject({ sequence: 3, summary: '联席会议（调整） / Joint meeting (moved)' });
    // The theme is not what a calendar client must reschedule for; the count stays.
    await patch(id, { themeZh: '议题补充' });
    expect((await published()).get(uid)).toMatchObject({ sequence: 3 });
    expect((await work()).get(uid)).toMatchObject({ sequence: 3, status: 'CONFIRMED' });

    await patch(id, { status: 'cancelled' });
    expect((await published()).get(uid)).toMatchObject({ sequence: 4, status: 'CANCELLED', summary: '联席会议（调整） / Joint meeting (moved)' });
    expect((await work()).get(uid)).toMatchObject({ sequence: 4, status: 'CANCELLED' });
  });

  it('is counted by the database, whoever writes the meeting', async () => {
    const id = await meeting({ titleZh: '直接写入' });
    await ctx.deps.db.updateTable('meetings').set({ venue_zh: '嘉兴' }).where('id', '=', id).execute();
    await ctx.deps.db.updateTable('meetings').set({ theme_en: 'unrelated' }).where('id', '=', id).execute();
    const row = await ctx.deps.db.selectFrom('meetings').select(['ical_sequence', 'ical_public']).where('id', '=', id).executeTakeFirstOrThrow();
    expect(row).toEqual({ ical_sequence: 1, ical_public: true });
  });
});

describe('cancelled and withdrawn meetings', () => {
  it('a cancelled meeting stays in every feed as STATUS:CANCELLED until it is past, then leaves', async () => {
    const id = await meeting({ titleZh: '将取消的会议', startsAt: '2026-04-01T01:00:00Z', endsAt: '2026-04-01T03:00:00Z' });
    await patch(id, { status: 'cancelled' });
    expect((await published()).get(uidOf(id))).toMatchObject({ status: 'CANCELLED', sequence: 1 });
    expect((await work()).get(uidOf(id))).toMatchObject({ status: 'CANCELLED', sequence: 1 });

    ctx.clock.set('2026-04-01T03:00:01Z');
    try {
      expect((await published()).has(uidOf(id))).toBe(false);
      expect((await work()).has(uidOf(id))).toBe(false);
    } finally {
      ctx.clock.set('2026-03-02T01:00:00.000Z');
    }
  });

  it('a published meeting taken back to planned is cancelled for the public and tentative for work roles', async () => {
    const id = await meeting({ titleZh: '撤回发布的会议' });
    await patch(id, { status: 'planned' });
    expect((await published()).get(uidOf(id))).toMatchObject({ status: 'CANCELLED', sequence: 1 });
    expect((await work()).get(uidOf(id))).toMatchObject({ status: 'TENTATIVE', sequence: 1 });
  });

  it('a meeting never published never reaches the public feed, cancelled or not', async () => {
    const id = await meeting({ titleZh: '内部筹备会', status: 'planned' });
    expect((await work()).get(uidOf(id))).toMatchObject({ status: 'TENTATIVE', sequence: 0 });
    await patch(id, { status: 'cancelled' });
    expect((await published()).has(uidOf(id))).toBe(false);
    expect((await work()).get(uidOf(id))).toMatchObject({ status: 'CANCELLED', sequence: 1 });
  });
});

describe('control characters', () => {
  it('never reach a text property: line breaks (a bare CR too) become \\n, tabs spaces, the rest is dropped', async () => {
    expect(escapeText('a\rb\r\nc\nd\te\u0000f\u0007g\u001bh\u007fi;,\\')).toBe('a\\nb\\nc\\nd ef' + 'ghi\\;\\,\\\\');
    // Through the API a bare CR and a tab are accepted text; anything else may come from older data.
    const id = await meeting({ titleZh: '第一行\r第二行', themeZh: '议题\t一' });
    await ctx.deps.db.updateTable('meetings').set({ venue_zh: '会场\u0007\u001b A 厅\u0008' }).where('id', '=', id).execute();
    const response = await ctx.app.inject({ method: 'GET', url: '/api/v1/calendar/published.ics' });
    const text = response.body;
    // Only CRLF line ends: no other control character anywhere in the feed.
    // eslint-disable-next-line no-control-regex
    expect(text.replace(/\r\n/g, '').match(/[\u0000-\u001f\u007f]/g)).toBeNull();
    expect((await published()).get(uidOf(id))).toMatchObject({ summary: '第一行\n第二行', location: '会场 A 厅' });
    const unit = toICalendar(
      [{ uid: 'u', start: new Date(0), end: new Date(0), updated: new Date(0), summary: 'x\u0001y', sequence: 7, status: 'CANCELLED' }],
      { name: 'n\u0002', timeZone: 'Asia/Shanghai', now: new Date(0) },
    );
    expect(unit).toContain('SUMMARY:xy\r\n');
    expect(unit).toContain('X-WR-CALNAME:n\r\n');
    expect(unit).toContain('SEQUENCE:7\r\n');
  });
});
