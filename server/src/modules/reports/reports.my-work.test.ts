import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, createUser, login, type Session, type TestContext } from '../../../test/helpers.ts';
import { makePlan, makeTask, shareOf } from '../../../test/work-fixtures.ts';

let ctx: TestContext;
let office: Session;
let ahLiaison: Session;
let ahBodyEditor: Session;
let observer: Session;
const ids: Record<string, string> = {};

/** Anhui (340000) has three open shares and one completed; one report waits for review, one was returned. */
beforeAll(async () => {
  ctx = await createTestContext();
  const db = ctx.database.appDb;
  await createUser(db, 'office.w', [{ role: 'office' }]);
  await createUser(db, 'ah.liaison', [{ role: 'liaison', memberCode: '340000' }]);
  await createUser(db, 'ah.body.editor', [{ role: 'editor', memberCode: '340000', bodyCode: 'drc-340000' }]);
  await createUser(db, 'observer.w', [{ role: 'observer' }]);
  ctx.clock.set('2026-03-02T01:00:00Z');
  [office, ahLiaison, ahBodyEditor, observer] = await Promise.all([login(ctx.app, 'office.w'), login(ctx.app, 'ah.liaison'), login(ctx.app, 'ah.body.editor'), login(ctx.app, 'observer.w')]);

  const quarterly = await makePlan(ctx.deps, { code: 'WORK-Q', reportingCadence: 'quarterly' });
  const monthly = await makePlan(ctx.deps, { code: 'WORK-M', reportingCadence: 'monthly' });
  ids.late = await makeTask(ctx.deps, quarterly, { code: '1.1', leadMemberCode: '340000', leadOwnerBodyCode: 'drc-340000', participantMemberCodes: ['310000'], dueDate: '2026-01-31' });
  ids.soon = await makeTask(ctx.deps, monthly, { code: '2.1', leadMemberCode: '310000', participantMemberCodes: ['340000'], dueDate: '2026-06-30' });
  ids.later = await makeTask(ctx.deps, quarterly, { code: '1.2', leadMemberCode: '340000', participantMemberCodes: [], dueDate: '2026-12-31' });
  ids.done = await makeTask(ctx.deps, quarterly, { code: '1.3', leadMemberCode: '340000', participantMemberCodes: [], dueDate: '2025-12-31' });
  await db.updateTable('task_shares').set({ status: 'completed', percent: 100 }).where('task_id', '=', ids.done).execute();

  const post = async (taskId: string, period: string) => {
    const share = await shareOf(ctx.deps, taskId, '340000');
    const response = await ctx.app.inject({ method: 'POST', url: `/api/v1/shares/${share.id}/reports`, headers: ahLiaison.headers, payload: { period, body: '进展', percent: 10, status: 'on_track' } });
    expect(response.statusCode, response.body).toBe(201);
    return response.json().id as string;
  };
  ids.pending = await post(ids.soon, '2026-03');
  ctx.clock.advance(60_000);
  ids.returned = await post(ids.later, '2026-Q1');
  await ctx.app.inject({ method: 'POST', url: `/api/v1/reports/${ids.returned}/review`, headers: office.headers, payload: { decision: 'return', comment: '请补充', version: 1 } });
  ctx.clock.advance(60_000);
  ids.olderPending = await post(ids.late, '2025-Q4');

  const lateShare = await shareOf(ctx.deps, ids.late, '340000');
  await db
    .insertInto('supervision_flags')
    .values([
      { kind: 'overdue_share', severity: 'red', subject_key: `overdue_share:${lateShare.id}`, task_id: ids.late, share_id: lateShare.id, member_code: '340000', raised_at: new Date('2026-02-01T00:00:00Z') },
      { kind: 'stalled', severity: 'yellow', subject_key: `stalled:${ids.soon}:310000`, task_id: ids.soon, member_code: '310000', raised_at: new Date('2026-02-02T00:00:00Z') },
      { kind: 'missing_report', severity: 'red', subject_key: 'missing_report:resolved', task_id: ids.later, member_code: '340000', raised_at: new Date('2026-01-01T00:00:00Z'), resolved_at: new Date('2026-01-05T00:00:00Z') },
    ])
    .execute();
});
afterAll(() => ctx.close());

const get = async (session: Session, url: string) => {
  const response = await ctx.app.inject({ method: 'GET', url, headers: session.headers });
  expect(response.statusCode, response.body).toBe(200);
  return response.json();
};
const summary = (session: Session) => get(session, '/api/v1/my-work');

/** Every page of a section, following nextCursor. */
async function walk<T>(session: Session, section: string, limit: number): Promise<{ items: T[]; pages: number }> {
  const items: T[] = [];
  let cursor: string | null = null;
  let pages = 0;
  do {
    const page: { items: T[]; nextCursor: string | null } = await get(session, `/api/v1/my-work/${section}?limit=${limit}${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`);
    expect(page.items.length).toBeLessThanOrEqual(limit);
    items.push(...page.items);
    cursor = page.nextCursor;
    pages += 1;
  } while (cursor && pages < 100);
  return { items, pages };
}

const all = async (session: Session) => ({
  work: await summary(session),
  shares: (await walk<{ taskCode: string; shareId: string } & Record<string, unknown>>(session, 'shares', 200)).items,
  returnedReports: (await walk<{ id: string } & Record<string, unknown>>(session, 'returned-reports', 200)).items,
  awaitingReview: (await walk<{ id: string } & Record<string, unknown>>(session, 'awaiting-review', 200)).items,
  flags: (await walk<{ kind: string; severity: string }>(session, 'flags', 200)).items,
});

describe('my work', () => {
  it("shows a liaison the member's open shares by due date, what is due this period, returned reports and open flags", async () => {
    const { work, shares, returnedReports, awaitingReview, flags } = await all(ahLiaison);
    expect(work).toMatchObject({ timeZone: 'Asia/Shanghai', today: '2026-03-02', currentPeriods: { monthly: '2026-03', quarterly: '2026-Q1' }, memberCodes: ['340000'] });
    expect(work.views).toEqual({ member: true, office: false, observer: false });
    expect(shares.map((s) => s.taskCode)).toEqual(['1.1', '2.1', '1.2']);
    const [late, soon, later] = shares;
    expect(late).toMatchObject({ overdue: true, cadence: 'quarterly', currentPeriod: '2026-Q1', currentReport: null, reportDue: true, role: 'lead', ownerBodyCode: 'drc-340000' });
    expect(soon).toMatchObject({ overdue: false, cadence: 'monthly', currentPeriod: '2026-03', reportDue: false, role: 'participant', planCode: 'WORK-M' });
    expect(soon!.currentReport).toMatchObject({ id: ids.pending, state: 'submitted', revision: 1 });
    expect(later).toMatchObject({ currentReport: { id: ids.returned, state: 'returned' }, reportDue: true });
    expect(returnedReports.map((r) => r.id)).toEqual([ids.returned]);
    expect(returnedReports[0]).toMatchObject({ comment: '请补充', editable: true });
    expect(awaitingReview).toEqual([]);
    expect(flags.map((f) => f.kind)).toEqual(['overdue_share']);
    expect(work.counts).toEqual({
      openShares: 3, sharesByStatus: { notStarted: 3, onTrack: 0, atRisk: 0, delayed: 0 }, reportsDue: 2, overdueShares: 1,
      returnedReports: 1, awaitingReview: 0, openFlags: 1, redFlags: 1, yellowFlags: 0,
    });
  });

  it('shows an editor tied to a body only the shares that body owns', async () => {
    const { work, shares, returnedReports } = await all(ahBodyEditor);
    expect(shares.map((s) => s.taskCode)).toEqual(['1.1']);
    expect(returnedReports).toEqual([]);
    expect(work.counts).toMatchObject({ openShares: 1, reportsDue: 1, overdueShares: 1, returnedReports: 0 });
  });

  it('shows the Office the reports awaiting review, oldest first, and the red flags', async () => {
    const { work, shares, awaitingReview, flags } = await all(office);
    expect(work.views).toEqual({ member: false, office: true, observer: false });
    expect(shares).toEqual([]);
    expect(awaitingReview.map((r) => r.id)).toEqual([ids.pending, ids.olderPending]);
    expect(awaitingReview[0]).toMatchObject({ state: 'submitted', reviewable: true, submittedBy: 'ah.liaison', memberCode: '340000' });
    expect(flags.map((f) => `${f.kind}:${f.severity}`)).toEqual(['overdue_share:red']);
    expect(work.counts).toMatchObject({ openShares: 0, awaitingReview: 2, openFlags: 2, redFlags: 1, yellowFlags: 1 });
  });

  it('gives an observer the counts only', async () => {
    const { work, shares, returnedReports, awaitingReview, flags } = await all(observer);
    expect(work.views).toEqual({ member: false, office: false, observer: true });
    expect([shares, returnedReports, awaitingReview, flags]).toEqual([[], [], [], []]);
    expect(work.counts).toMatchObject({ awaitingReview: 2, openFlags: 2, redFlags: 1 });
  });

  it('pages every section by cursor: each share, report and flag exactly once, in order, and the totals match', async () => {
    // More Anhui shares than a page: several on one due date (ordered by share id), some without a due date (last).
    const plan = await makePlan(ctx.deps, { code: 'WORK-PAGED', reportingCadence: 'quarterly' });
    for (let i = 1; i <= 9; i++) {
      const dueDate = i <= 4 ? '2026-05-31' : i <= 7 ? null : '2026-04-30';
      await makeTask(ctx.deps, plan, { code: `9.${i}`, leadMemberCode: i % 2 ? '340000' : '310000', participantMemberCodes: i % 2 ? [] : ['340000'], dueDate });
    }
    const taskIds = (await ctx.deps.db.selectFrom('tasks').select('id').where('code', 'like', '9.%').execute()).map((t) => t.id);
    await ctx.deps.db.updateTable('task_shares').set({ status: 'delayed' }).where('task_id', 'in', taskIds.slice(0, 2)).where('member_code', '=', '340000').execute();

    const work = await summary(ahLiaison);
    const bigPage = await walk<{ shareId: string; taskCode: string; dueDate: string | null; status: string; overdue: boolean; reportDue: boolean }>(ahLiaison, 'shares', 200);
    expect(bigPage.pages).toBe(1);
    for (const limit of [1, 2, 5]) {
      const { items, pages } = await walk<{ shareId: string }>(ahLiaison, 'shares', limit);
      expect(pages).toBe(Math.ceil(items.length / limit));
      expect(new Set(items.map((s) => s.shareId)).size).toBe(items.length);
      expect(items.map((s) => s.shareId)).toEqual(bigPage.items.map((s) => s.shareId));
    }
    const shares = bigPage.items;
    expect(shares).toHaveLength(12);
    expect([...shares.map((s) => s.taskCode)].sort()).toEqual(['1.1', '1.2', '2.1', '9.1', '9.2', '9.3', '9.4', '9.5', '9.6', '9.7', '9.8', '9.9']);
    // Due date first (none last), then share id: the order the (member, due date, id) index reads.
    const byDueThenId = [...shares].sort((a, b) => (a.dueDate ?? '9999-12-31').localeCompare(b.dueDate ?? '9999-12-31') || a.shareId.localeCompare(b.shareId));
    expect(shares.map((s) => s.shareId)).toEqual(byDueThenId.map((s) => s.shareId));
    expect(shares.slice(-3).every((s) => s.dueDate === null)).toBe(true);
    const byStatus = (status: string) => shares.filter((s) => s.status === status).length;
    expect(work.counts).toMatchObject({
      openShares: shares.length,
      sharesByStatus: { notStarted: byStatus('not_started'), onTrack: byStatus('on_track'), atRisk: byStatus('at_risk'), delayed: byStatus('delayed') },
      reportsDue: shares.filter((s) => s.reportDue).length,
      overdueShares: shares.filter((s) => s.overdue).length,
    });
    expect(work.counts.sharesByStatus.delayed).toBe(2);

    const reviews = await walk<{ id: string }>(office, 'awaiting-review', 1);
    expect(reviews.items.map((r) => r.id)).toEqual([ids.pending, ids.olderPending]);
    expect((await summary(office)).counts.awaitingReview).toBe(reviews.items.length);
    const flags = await walk<{ id: string }>(observer, 'flags', 1);
    expect(flags.items).toEqual([]);
  });

  it('refuses a cursor it did not make', async () => {
    const response = await ctx.app.inject({ method: 'GET', url: '/api/v1/my-work/shares?cursor=bm90LWpzb24', headers: ahLiaison.headers });
    expect(response.statusCode).toBe(400);
  });

  it('moves with the clock: a new quarter makes the report due again', async () => {
    ctx.clock.set('2026-04-01T01:00:00Z');
    const liaison = await login(ctx.app, 'ah.liaison');
    const work = await summary(liaison);
    expect(work.currentPeriods).toEqual({ monthly: '2026-04', quarterly: '2026-Q2' });
    const { items } = await walk<{ reportDue: boolean; currentReport: unknown }>(liaison, 'shares', 50);
    expect(items.every((s) => s.reportDue && s.currentReport === null)).toBe(true);
    expect(work.counts.reportsDue).toBe(items.length);
  });
});
