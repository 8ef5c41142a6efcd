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

const myWork = async (session: Session) => {
  const response = await ctx.app.inject({ method: 'GET', url: '/api/v1/my-work', headers: session.headers });
  expect(response.statusCode, response.body).toBe(200);
  return response.json();
};

describe('my work', () => {
  it("shows a liaison the member's open shares by due date, what is due this period, returned reports and open flags", async () => {
    const work = await myWork(ahLiaison);
    expect(work).toMatchObject({ timeZone: 'Asia/Shanghai', today: '2026-03-02', currentPeriods: { monthly: '2026-03', quarterly: '2026-Q1' }, memberCodes: ['340000'] });
    expect(work.views).toEqual({ member: true, office: false, observer: false });
    expect(work.shares.map((s: { taskCode: string }) => s.taskCode)).toEqual(['1.1', '2.1', '1.2']);
    const [late, soon, later] = work.shares;
    expect(late).toMatchObject({ overdue: true, cadence: 'quarterly', currentPeriod: '2026-Q1', currentReport: null, reportDue: true, role: 'lead', ownerBodyCode: 'drc-340000' });
    expect(soon).toMatchObject({ overdue: false, cadence: 'monthly', currentPeriod: '2026-03', reportDue: false, role: 'participant', planCode: 'WORK-M' });
    expect(soon.currentReport).toMatchObject({ id: ids.pending, state: 'submitted', revision: 1 });
    expect(later).toMatchObject({ currentReport: { id: ids.returned, state: 'returned' }, reportDue: true });
    expect(work.returnedReports.map((r: { id: string }) => r.id)).toEqual([ids.returned]);
    expect(work.returnedReports[0]).toMatchObject({ comment: '请补充', editable: true });
    expect(work.awaitingReview).toEqual([]);
    expect(work.flags.map((f: { kind: string }) => f.kind)).toEqual(['overdue_share']);
    expect(work.counts).toEqual({ openShares: 3, reportsDue: 2, overdueShares: 1, returnedReports: 1, awaitingReview: 0, openFlags: 1, redFlags: 1 });
  });

  it('shows an editor tied to a body only the shares that body owns', async () => {
    const work = await myWork(ahBodyEditor);
    expect(work.shares.map((s: { taskCode: string }) => s.taskCode)).toEqual(['1.1']);
    expect(work.returnedReports).toEqual([]);
  });

  it('shows the Office the reports awaiting review, oldest first, and the red flags', async () => {
    const work = await myWork(office);
    expect(work.views).toEqual({ member: false, office: true, observer: false });
    expect(work.shares).toEqual([]);
    expect(work.awaitingReview.map((r: { id: string }) => r.id)).toEqual([ids.pending, ids.olderPending]);
    expect(work.awaitingReview[0]).toMatchObject({ state: 'submitted', reviewable: true, submittedBy: 'ah.liaison', memberCode: '340000' });
    expect(work.flags.map((f: { kind: string; severity: string }) => `${f.kind}:${f.severity}`)).toEqual(['overdue_share:red']);
    expect(work.counts).toMatchObject({ awaitingReview: 2, openFlags: 2, redFlags: 1 });
  });

  it('gives an observer the counts only', async () => {
    const work = await myWork(observer);
    expect(work.views).toEqual({ member: false, office: false, observer: true });
    expect([work.shares, work.returnedReports, work.awaitingReview, work.flags]).toEqual([[], [], [], []]);
    expect(work.counts).toMatchObject({ awaitingReview: 2, openFlags: 2, redFlags: 1 });
  });

  it('moves with the clock: a new quarter makes the report due again', async () => {
    ctx.clock.set('2026-04-01T01:00:00Z');
    const liaison = await login(ctx.app, 'ah.liaison');
    const work = await myWork(liaison);
    expect(work.currentPeriods).toEqual({ monthly: '2026-04', quarterly: '2026-Q2' });
    expect(work.shares.every((s: { reportDue: boolean; currentReport: unknown }) => s.reportDue && s.currentReport === null)).toBe(true);
  });
});
