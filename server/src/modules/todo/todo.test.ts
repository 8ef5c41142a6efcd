import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, createUser, login, type Session, type TestContext } from '../../../test/helpers.ts';
import { makePlan, makeTask, shareOf } from '../../../test/work-fixtures.ts';
import { MINUTE } from '../../shared/clock.ts';

/**
 * The to-do queue for each role: its counts equal its items, each item opens
 * the exact record, and an item leaves the queue as soon as it is acted on.
 * Clock: 2026-03-02 (Q1 2026; February's monthly report still within grace).
 */
let ctx: TestContext;
const s: Record<string, Session> = {};
const names = ['office', 'js.liaison', 'js.editor', 'js.body.editor', 'zj.liaison', 'observer', 'admin'] as const;
type Who = (typeof names)[number];
let planId: string;
let monthlyPlanId: string;

interface Item { kind: string; key: string; memberCode: string | null; link: string; dueDate: string | null; overdue: boolean; code: string | null; titleZh: string; reportId: string | null }
interface Queue { items: Item[]; counts: Record<string, number>; total: number; capped: boolean; nextCursor: string | null }

beforeAll(async () => {
  ctx = await createTestContext();
  const db = ctx.database.appDb;
  await createUser(db, 'office', [{ role: 'office' }]);
  await createUser(db, 'js.liaison', [{ role: 'liaison', memberCode: '320000' }]);
  await createUser(db, 'js.editor', [{ role: 'editor', memberCode: '320000' }]);
  await createUser(db, 'js.body.editor', [{ role: 'editor', memberCode: '320000', bodyCode: 'drc-320000' }]);
  await createUser(db, 'zj.liaison', [{ role: 'liaison', memberCode: '330000' }]);
  await createUser(db, 'observer', [{ role: 'observer' }]);
  await createUser(db, 'admin', [{ role: 'admin' }]);
  for (const n of names) s[n] = await login(ctx.app, n);
  planId = await makePlan(ctx.deps, { code: 'TODO-Q', reportingCadence: 'quarterly', periodStart: '2024-01-01', periodEnd: '2026-12-31' });
  monthlyPlanId = await makePlan(ctx.deps, { code: 'TODO-M', reportingCadence: 'monthly', periodStart: '2024-01-01', periodEnd: '2026-12-31' });
  // Reports are due only on plans under supervision.
  await db.updateTable('plans').set({ status: 'in_force' }).where('id', 'in', [planId, monthlyPlanId]).execute();
});
afterAll(() => ctx.close());

const api = (who: Who, method: 'GET' | 'POST' | 'PATCH', url: string, payload?: object) =>
  ctx.app.inject({ method, url, headers: s[who]!.headers, ...(payload ? { payload } : {}) });

async function queue(who: Who, query = 'limit=200'): Promise<Queue> {
  const response = await api(who, 'GET', `/api/v1/todo?${query}`);
  expect(response.statusCode, response.body).toBe(200);
  const body = response.json() as Queue;
  // The badge: per kind and in all, the counts are the items.
  const byKind: Record<string, number> = {};
  for (const item of body.items) byKind[item.kind] = (byKind[item.kind] ?? 0) + 1;
  for (const [kind, n] of Object.entries(body.counts)) expect(n, `${who} ${kind}`).toBe(byKind[kind] ?? 0);
  expect(body.total).toBe(body.items.length);
  expect(new Set(body.items.map((i) => i.key)).size).toBe(body.items.length);
  return body;
}
const kinds = async (who: Who) => (await queue(who)).items.map((i) => `${i.kind}:${i.code ?? i.titleZh}${i.memberCode ? `@${i.memberCode}` : ''}`).sort();

async function everyQueue() {
  const out: Partial<Record<Who, Queue>> = {};
  for (const who of names) out[who] = await queue(who);
  return out;
}

describe('the to-do queue', () => {
  it('reports: due → filed (to review) → returned → revised → accepted; each step leaves and enters the right queues', async () => {
    const taskId = await makeTask(ctx.deps, planId, { code: '1.1', leadMemberCode: '320000', participantMemberCodes: ['330000'] });
    const own = await shareOf(ctx.deps, taskId, '320000');
    expect(await kinds('js.liaison')).toEqual(['report_due:1.1@320000']);
    expect(await kinds('js.editor')).toEqual(['report_due:1.1@320000']);
    expect(await kinds('zj.liaison')).toEqual(['report_due:1.1@330000']);
    expect(await kinds('js.body.editor')).toEqual([]); // the share is not its body's
    const due = (await queue('js.editor')).items[0]!;
    expect(due).toMatchObject({ dueDate: '2026-04-07', overdue: false, link: `/tasks/${taskId}?share=${own.id}&period=2026-Q1` });
    expect(await kinds('office')).toEqual([]);

    const filed = await api('js.editor', 'POST', `/api/v1/shares/${own.id}/reports`, { period: '2026-Q1', body: '进展', percent: 30, status: 'on_track' });
    expect(filed.statusCode, filed.body).toBe(201);
    const reportId = filed.json().id as string;
    expect(await kinds('js.liaison')).toEqual([]);
    expect(await kinds('office')).toEqual(['report_review:1.1@320000']);
    expect((await queue('office')).items[0]).toMatchObject({ reportId, link: `/tasks/${taskId}?report=${reportId}`, dueDate: null });

    ctx.clock.advance(MINUTE);
    expect((await api('office', 'POST', `/api/v1/reports/${reportId}/review`, { decision: 'return', comment: '请补充', version: 1 })).statusCode).toBe(200);
    expect(await kinds('office')).toEqual([]);
    expect(await kinds('js.editor')).toEqual(['report_returned:1.1@320000']);
    expect((await queue('js.liaison')).items[0]).toMatchObject({ reportId, link: `/tasks/${taskId}?report=${reportId}`, dueDate: '2026-04-07' });

    const revised = await api('js.liaison', 'POST', `/api/v1/reports/${reportId}/revise`, { body: '已补充', percent: 40, status: 'on_track', version: 2 });
    expect(revised.statusCode, revised.body).toBe(201);
    expect(await kinds('js.editor')).toEqual([]);
    expect(await kinds('office')).toEqual(['report_review:1.1@320000']);
    expect((await api('office', 'POST', `/api/v1/reports/${revised.json().id}/review`, { decision: 'accept', version: 1 })).statusCode).toBe(200);
    expect(await kinds('office')).toEqual([]);
    expect(await kinds('js.liaison')).toEqual([]);
    expect(await kinds('zj.liaison')).toEqual(['report_due:1.1@330000']); // the other member still owes its own
  });

  it("lists the month before while its report is within grace, and a body editor's own shares", async () => {
    const taskId = await makeTask(ctx.deps, monthlyPlanId, { code: '2.1', leadMemberCode: '320000', leadOwnerBodyCode: 'drc-320000', participantMemberCodes: [] });
    const share = await shareOf(ctx.deps, taskId, '320000');
    expect((await queue('js.body.editor')).items.filter((i) => i.code === '2.1').map((i) => i.link.split('period=')[1])).toEqual(['2026-03']); // new today: February is not owed
    await ctx.database.appDb.updateTable('task_shares').set({ created_at: new Date('2026-01-10T02:00:00Z') }).where('id', '=', share.id).execute();
    const items = (await queue('js.body.editor')).items.filter((i) => i.code === '2.1');
    expect(items.map((i) => [i.link.split('period=')[1], i.dueDate, i.overdue])).toEqual([['2026-02', '2026-03-07', false], ['2026-03', '2026-04-07', false]]);
    // Filing February's report takes February off; March stays.
    expect((await api('js.body.editor', 'POST', `/api/v1/shares/${share.id}/reports`, { period: '2026-02', body: '二月进展', percent: 10, status: 'on_track' })).statusCode).toBe(201);
    expect((await queue('js.body.editor')).items.filter((i) => i.code === '2.1').map((i) => i.link.split('period=')[1])).toEqual(['2026-03']);
    await ctx.database.appDb.updateTable('task_shares').set({ status: 'completed', percent: 100 }).where('id', '=', share.id).execute();
    expect((await queue('js.body.editor')).items.filter((i) => i.code === '2.1')).toEqual([]);
  });

  it('minutes: to approve for each participating liaison, then to finalise for the Office, then gone', async () => {
    const meeting = await api('office', 'POST', '/api/v1/meetings', {
      type: 'joint_meeting', tier: 'coordination', startsAt: '2026-02-20T01:00:00Z', endsAt: '2026-02-20T09:00:00Z', titleZh: '联席会议（待办）',
      participants: [{ nameZh: '甲', memberCode: '320000', role: 'attendee' }, { nameZh: '乙', memberCode: '330000', role: 'attendee' }],
    });
    const meetingId = meeting.json().id as string;
    expect((await api('office', 'POST', `/api/v1/meetings/${meetingId}/minutes`, { bodyZh: '纪要' })).statusCode).toBe(200);
    const approve = (await queue('js.liaison')).items.find((i) => i.kind === 'minutes_approve');
    expect(approve).toMatchObject({ memberCode: '320000', link: `/meetings/${meetingId}?minutes=1`, titleZh: '联席会议（待办）' });
    expect((await queue('js.editor')).items.some((i) => i.kind === 'minutes_approve')).toBe(false); // editors do not approve minutes
    expect((await queue('zj.liaison')).items.filter((i) => i.kind === 'minutes_approve')).toHaveLength(1);

    // A requested change waits for the Office's redraft: it leaves the liaison's queue, and does not make the minutes ready.
    await api('zj.liaison', 'POST', `/api/v1/meetings/${meetingId}/minutes/verdicts`, { memberCode: '330000', verdict: 'request_change', comment: '请修改' });
    expect((await queue('zj.liaison')).items.some((i) => i.kind === 'minutes_approve')).toBe(false);
    await api('js.liaison', 'POST', `/api/v1/meetings/${meetingId}/minutes/verdicts`, { memberCode: '320000', verdict: 'approve' });
    expect((await queue('js.liaison')).items.some((i) => i.kind === 'minutes_approve')).toBe(false);
    expect((await queue('office')).items.some((i) => i.kind === 'minutes_finalise')).toBe(false);

    // Redrafted: both are asked again; both approve; the Office finalises.
    await api('office', 'POST', `/api/v1/meetings/${meetingId}/minutes`, { bodyZh: '纪要（修订）' });
    for (const [who, member] of [['js.liaison', '320000'], ['zj.liaison', '330000']] as const) {
      expect((await queue(who)).items.find((i) => i.kind === 'minutes_approve')?.link).toBe(`/meetings/${meetingId}?minutes=2`);
      await api(who, 'POST', `/api/v1/meetings/${meetingId}/minutes/verdicts`, { memberCode: member, verdict: 'approve' });
    }
    expect((await queue('office')).items.filter((i) => i.kind === 'minutes_finalise').map((i) => i.link)).toEqual([`/meetings/${meetingId}?minutes=2`]);
    expect((await api('office', 'POST', `/api/v1/meetings/${meetingId}/minutes/finalise`)).statusCode).toBe(200);
    expect((await queue('office')).items.some((i) => i.kind === 'minutes_finalise')).toBe(false);
  });

  it('matters past their deadline: for the Office and the parties’ liaisons, until moved on', async () => {
    const raised = await api('js.liaison', 'POST', '/api/v1/matters', { titleZh: '跨省断头路', raisedByMemberCode: '320000', affectedMemberCodes: ['330000'] });
    expect(raised.statusCode, raised.body).toBe(201);
    const matterId = raised.json().id as string;
    const before = await everyQueue();
    expect(Object.values(before).some((q) => q!.items.some((i) => i.kind === 'matter_overdue'))).toBe(false);
    await ctx.database.appDb.updateTable('major_matters').set({ execution_deadline: new Date(ctx.clock.now().getTime() - MINUTE) }).where('id', '=', matterId).execute();
    const after = await everyQueue();
    const holders = names.filter((who) => after[who]!.items.some((i) => i.kind === 'matter_overdue' && i.link === `/matters/${matterId}`));
    expect(holders.sort()).toEqual(['js.liaison', 'office', 'zj.liaison']);
    expect(after.office!.items.find((i) => i.kind === 'matter_overdue')).toMatchObject({ overdue: true, dueDate: '2026-03-02' });
    const escalated = await api('office', 'POST', `/api/v1/matters/${matterId}/tier`, { direction: 'up', reason: '需协调层协调' });
    expect(escalated.statusCode, escalated.body).toBe(200);
    for (const who of names) expect((await queue(who)).items.some((i) => i.kind === 'matter_overdue')).toBe(false);
  });

  it("flags: the share's people see them; the Office once they reach its rung; resolved ones leave", async () => {
    const taskId = await makeTask(ctx.deps, planId, { code: '3.1', leadMemberCode: '320000', participantMemberCodes: [] });
    const share = await shareOf(ctx.deps, taskId, '320000');
    await ctx.database.appDb.updateTable('task_shares').set({ status: 'completed', percent: 100 }).where('id', '=', share.id).execute(); // no report due: only the flag
    const flag = await ctx.database.appDb
      .insertInto('supervision_flags')
      .values({ kind: 'overdue_share', severity: 'red', subject_key: `todo-test:${share.id}`, task_id: taskId, share_id: share.id, member_code: '320000', detail: JSON.stringify({ dueDate: '2026-02-28' }), raised_at: ctx.clock.now() })
      .returning('id')
      .executeTakeFirstOrThrow();
    const holders = async () => {
      const out: string[] = [];
      for (const who of names) if ((await queue(who)).items.some((i) => i.kind === 'flag' && i.code === '3.1')) out.push(who);
      return out.sort();
    };
    expect(await holders()).toEqual(['js.editor', 'js.liaison']);
    expect((await queue('js.editor')).items.find((i) => i.kind === 'flag')).toMatchObject({ dueDate: '2026-02-28', overdue: true, link: `/tasks/${taskId}?flag=${flag.id}` });
    await ctx.database.appDb.updateTable('supervision_flags').set({ escalation_level: 2 }).where('id', '=', flag.id).execute();
    expect(await holders()).toEqual(['js.editor', 'js.liaison', 'office']);
    await ctx.database.appDb.updateTable('supervision_flags').set({ resolved_at: ctx.clock.now() }).where('id', '=', flag.id).execute();
    expect(await holders()).toEqual([]);
  });

  it('is most urgent first, and pages one kind by cursor with every item once', async () => {
    const taskIds = [];
    for (let i = 0; i < 3; i++) taskIds.push(await makeTask(ctx.deps, planId, { code: `4.${i}`, leadMemberCode: '340000', participantMemberCodes: [] }));
    const ah = await createUser(ctx.database.appDb, 'ah.editor', [{ role: 'editor', memberCode: '340000' }]);
    expect(ah).toBeTruthy();
    s['ah.editor' as Who] = await login(ctx.app, 'ah.editor');
    for (const taskId of taskIds) {
      const share = await shareOf(ctx.deps, taskId, '340000');
      ctx.clock.advance(MINUTE);
      expect((await api('ah.editor' as Who, 'POST', `/api/v1/shares/${share.id}/reports`, { period: '2026-Q1', body: '进展', percent: 5, status: 'on_track' })).statusCode).toBe(201);
    }
    const all = await queue('office');
    const reviews = all.items.filter((i) => i.kind === 'report_review');
    expect(reviews.map((i) => i.code)).toEqual(['2.1', '4.0', '4.1', '4.2']); // oldest first (2.1's report was filed in an earlier test)
    const walked: string[] = [];
    let cursor: string | null = null;
    do {
      const page: Queue = (await api('office', 'GET', `/api/v1/todo?kind=report_review&limit=1${cursor ? `&cursor=${cursor}` : ''}`)).json();
      expect(page.counts.report_review).toBe(4);
      walked.push(...page.items.map((i) => i.key));
      cursor = page.nextCursor;
    } while (cursor);
    expect(walked).toEqual(reviews.map((i) => i.key));
    // Accepting all of them at once empties the Office's review queue.
    const batch = await api('office', 'POST', '/api/v1/reports/review-batch', { items: reviews.map((i) => ({ id: i.reportId, decision: 'accept', version: 1 })) });
    expect(batch.statusCode, batch.body).toBe(200);
    expect((await queue('office')).items.filter((i) => i.kind === 'report_review')).toEqual([]);
  });

  it('answers an empty queue for roles without work, and refuses the anonymous', async () => {
    expect((await queue('observer')).items).toEqual([]);
    expect((await queue('admin')).items).toEqual([]);
    expect((await ctx.app.inject({ method: 'GET', url: '/api/v1/todo' })).statusCode).toBe(401);
  });
});

describe('done (已办)', () => {
  it("lists what the user acted on, newest first, each naming its record and linking to it; nobody else's", async () => {
    const editor = (await api('js.editor', 'GET', '/api/v1/todo/done?limit=200')).json().items as { action: string; code: string | null; link: string; titleZh: string }[];
    expect(editor.map((e) => e.action)).toEqual(['report.submit']);
    expect(editor[0]).toMatchObject({ code: '1.1', link: expect.stringMatching(/^\/tasks\/[0-9a-f-]+\?report=[0-9a-f-]+$/) });
    const liaison = (await api('js.liaison', 'GET', '/api/v1/todo/done?limit=200')).json().items as { action: string }[];
    expect(liaison.map((e) => e.action)).toEqual(['matter.raise', 'meeting.minutes.approve', 'meeting.minutes.approve', 'report.revise']);
    const office = (await api('office', 'GET', '/api/v1/todo/done?limit=2')).json();
    expect(office.items.map((e: { action: string }) => e.action)).toEqual(['report.accept', 'report.accept']);
    expect(office.nextCursor).not.toBeNull();
    const next = (await api('office', 'GET', `/api/v1/todo/done?limit=200&cursor=${office.nextCursor}`)).json().items.map((e: { action: string }) => e.action);
    expect(next).toContain('meeting.minutes.finalise');
    expect(next).toContain('report.return');
    expect((await api('observer', 'GET', '/api/v1/todo/done')).json().items).toEqual([]);
  });
});
