import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, createUser, login, type Session, type TestContext } from '../../../test/helpers.ts';
import { makePlan, makeTask, shareOf } from '../../../test/work-fixtures.ts';

let ctx: TestContext;
let office: Session;
let jsEditor: Session;
let jsLiaison: Session;
let zjLiaison: Session;
let observer: Session;
let planId: string;

beforeAll(async () => {
  ctx = await createTestContext();
  const db = ctx.database.appDb;
  await createUser(db, 'office.r', [{ role: 'office' }]);
  await createUser(db, 'js.editor', [{ role: 'editor', memberCode: '320000' }]);
  await createUser(db, 'js.liaison', [{ role: 'liaison', memberCode: '320000' }]);
  await createUser(db, 'js.body.editor', [{ role: 'editor', memberCode: '320000', bodyCode: 'drc-320000' }]);
  await createUser(db, 'zj.liaison', [{ role: 'liaison', memberCode: '330000' }]);
  await createUser(db, 'observer.r', [{ role: 'observer' }]);
  planId = await makePlan(ctx.deps, { code: 'REPORTS-Q', reportingCadence: 'quarterly', periodStart: '2024-01-01', periodEnd: '2026-12-31' });
});
afterAll(() => ctx.close());

/** Sets the clock and signs everyone in afresh (sessions expire when time jumps). */
async function at(iso: string) {
  ctx.clock.set(iso);
  [office, jsEditor, jsLiaison, zjLiaison, observer] = await Promise.all([login(ctx.app, 'office.r'), login(ctx.app, 'js.editor'), login(ctx.app, 'js.liaison'), login(ctx.app, 'zj.liaison'), login(ctx.app, 'observer.r')]);
}

const api = (session: Session, method: 'GET' | 'POST' | 'PATCH' | 'DELETE', url: string, payload?: object) =>
  ctx.app.inject({ method, url, headers: session.headers, ...(payload ? { payload } : {}) });

const report = (overrides: Record<string, unknown> = {}) => ({ period: '2026-Q1', body: '已完成方案起草，正在征求意见。', percent: 40, status: 'on_track', ...overrides });

async function newTask() {
  const taskId = await makeTask(ctx.deps, planId, { leadMemberCode: '320000', participantMemberCodes: ['330000'] });
  return { taskId, own: await shareOf(ctx.deps, taskId, '320000'), other: await shareOf(ctx.deps, taskId, '330000') };
}

describe('the review loop', () => {
  it('files, returns with a comment, revises, accepts; the share and task move; every revision and event stays', async () => {
    await at('2026-03-02T01:00:00Z');
    const { taskId, own } = await newTask();
    const filed = await api(jsEditor, 'POST', `/api/v1/shares/${own.id}/reports`, report());
    expect(filed.statusCode, filed.body).toBe(201);
    const firstId = filed.json().id as string;

    const first = (await api(office, 'GET', `/api/v1/reports/${firstId}`)).json();
    expect(first).toMatchObject({ state: 'submitted', revision: 1, period: '2026-Q1', percent: 40, status: 'on_track', submittedBy: 'js.editor', memberCode: '320000', version: 1, reviewable: true });
    expect((await api(jsEditor, 'GET', `/api/v1/reports/${firstId}`)).json()).toMatchObject({ editable: true, reviewable: false });

    const noComment = await api(office, 'POST', `/api/v1/reports/${firstId}/review`, { decision: 'return', version: 1 });
    expect(noComment.statusCode).toBe(400);
    expect(noComment.json().error.fields[0]).toMatchObject({ field: 'comment', rule: 'required' });

    ctx.clock.set('2026-03-02T01:05:00Z');
    const returned = await api(office, 'POST', `/api/v1/reports/${firstId}/review`, { decision: 'return', comment: '请补充资金到位情况。', version: 1 });
    expect(returned.statusCode, returned.body).toBe(200);
    expect(returned.json()).toMatchObject({ state: 'returned', comment: '请补充资金到位情况。', reviewedBy: 'office.r', reviewedAt: '2026-03-02T01:05:00.000Z', version: 2 });
    const shareAfterReturn = await shareOf(ctx.deps, taskId, '320000');
    expect(Number(shareAfterReturn.percent)).toBe(0);

    ctx.clock.set('2026-03-02T01:10:00Z');
    const revised = await api(jsEditor, 'POST', `/api/v1/reports/${firstId}/revise`, { body: '已补充：省级资金 2 亿元已到位。', percent: 55, status: 'at_risk', version: 2 });
    expect(revised.statusCode, revised.body).toBe(201);
    const secondId = revised.json().id as string;
    expect((await api(office, 'GET', `/api/v1/reports/${secondId}`)).json()).toMatchObject({ state: 'submitted', revision: 2, previousReportId: firstId, period: '2026-Q1' });
    expect((await api(jsEditor, 'GET', `/api/v1/reports/${firstId}`)).json()).toMatchObject({ state: 'returned', nextReportId: secondId, editable: false });

    ctx.clock.set('2026-03-02T01:15:00Z');
    const accepted = await api(office, 'POST', `/api/v1/reports/${secondId}/review`, { decision: 'accept', version: 1 });
    expect(accepted.statusCode, accepted.body).toBe(200);
    expect(accepted.json()).toMatchObject({ state: 'accepted', reviewedBy: 'office.r' });

    const share = await shareOf(ctx.deps, taskId, '320000');
    expect({ percent: Number(share.percent), status: share.status, version: share.version }).toEqual({ percent: 55, status: 'at_risk', version: own.version + 1 });
    expect(share.last_progress_at?.toISOString()).toBe('2026-03-02T01:15:00.000Z');
    const task = (await api(office, 'GET', `/api/v1/tasks/${taskId}`)).json();
    expect(task).toMatchObject({ progress: 27.5, status: 'at_risk' });

    const timeline = (await api(observer, 'GET', `/api/v1/tasks/${taskId}/reports`)).json().items;
    expect(timeline.map((r: { revision: number; state: string }) => `${r.revision}:${r.state}`)).toEqual(['2:accepted', '1:returned']);
    expect(timeline[1].comment).toBe('请补充资金到位情况。');
    expect(timeline[0].body).toBe('已补充：省级资金 2 亿元已到位。');

    const history = (await api(office, 'GET', `/api/v1/tasks/${taskId}/history`)).json().items;
    expect(history.slice(0, 4).map((e: { action: string }) => e.action)).toEqual(['report.accept', 'report.revise', 'report.return', 'report.submit']);
    expect(history[0].summary).toMatchObject({ reportId: secondId, shareId: own.id, period: '2026-Q1', appliedToShare: true, rollup: { progress: 27.5, status: 'at_risk' } });
    expect(history[3]).toMatchObject({ actorUsername: 'js.editor', actorMemberCode: '320000', objectId: taskId });
  });

  it('allows one pending report per share and period, and asks to revise a returned one rather than start over', async () => {
    await at('2026-03-02T01:00:00Z');
    const { own } = await newTask();
    const first = (await api(jsLiaison, 'POST', `/api/v1/shares/${own.id}/reports`, report())).json().id;
    const again = await api(jsEditor, 'POST', `/api/v1/shares/${own.id}/reports`, report({ percent: 45 }));
    expect(again.statusCode).toBe(409);
    expect(again.json().error).toMatchObject({ code: 'reports.pending_exists', details: { reportId: first } });
    // Two at once for a fresh period: the share row lock lets exactly one through.
    const racing = await Promise.all([jsEditor, jsLiaison].map((s) => api(s, 'POST', `/api/v1/shares/${own.id}/reports`, report({ period: '2025-Q3' }))));
    expect(racing.map((r) => r.statusCode).sort()).toEqual([201, 409]);
    // Another period is a different report.
    expect((await api(jsEditor, 'POST', `/api/v1/shares/${own.id}/reports`, report({ period: '2025-Q4' }))).statusCode).toBe(201);

    await api(office, 'POST', `/api/v1/reports/${first}/review`, { decision: 'return', comment: '数据有误', version: 1 });
    const fresh = await api(jsEditor, 'POST', `/api/v1/shares/${own.id}/reports`, report());
    expect(fresh.statusCode).toBe(409);
    expect(fresh.json().error.code).toBe('reports.revise_instead');
    const reviewAgain = await api(office, 'POST', `/api/v1/reports/${first}/review`, { decision: 'accept', version: 2 });
    expect(reviewAgain.statusCode).toBe(409);
    expect(reviewAgain.json().error.code).toBe('reports.not_submitted');
  });

  it('refuses a stale version with the current one, and a second revision of the same returned report', async () => {
    await at('2026-03-02T01:00:00Z');
    const { own } = await newTask();
    const id = (await api(jsEditor, 'POST', `/api/v1/shares/${own.id}/reports`, report())).json().id;
    const stale = await api(office, 'POST', `/api/v1/reports/${id}/review`, { decision: 'accept', version: 7 });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().error).toMatchObject({ code: 'common.version_conflict', details: { currentVersion: 1 } });
    await api(office, 'POST', `/api/v1/reports/${id}/review`, { decision: 'return', comment: '请补充', version: 1 });
    const staleRevise = await api(jsEditor, 'POST', `/api/v1/reports/${id}/revise`, { body: '修改', percent: 50, status: 'on_track', version: 1 });
    expect(staleRevise.json().error).toMatchObject({ code: 'common.version_conflict', details: { currentVersion: 2 } });
    const [a, b] = await Promise.all([
      api(jsEditor, 'POST', `/api/v1/reports/${id}/revise`, { body: '修改 A', percent: 50, status: 'on_track', version: 2 }),
      api(jsLiaison, 'POST', `/api/v1/reports/${id}/revise`, { body: '修改 B', percent: 60, status: 'on_track', version: 2 }),
    ]);
    expect([a.statusCode, b.statusCode].sort()).toEqual([201, 409]);
    expect((a.statusCode === 409 ? a : b).json().error.code).toBe('reports.already_revised');
    const notReturned = await api(jsEditor, 'POST', `/api/v1/reports/${(a.statusCode === 201 ? a : b).json().id}/revise`, { body: 'x', percent: 1, status: 'on_track', version: 1 });
    expect(notReturned.json().error.code).toBe('reports.not_returned');
  });

  it('does not move a share back when an older period is accepted after a later one', async () => {
    await at('2026-03-02T01:00:00Z');
    const { taskId, own } = await newTask();
    const older = (await api(jsEditor, 'POST', `/api/v1/shares/${own.id}/reports`, report({ period: '2025-Q4', percent: 30 }))).json().id;
    const newer = (await api(jsEditor, 'POST', `/api/v1/shares/${own.id}/reports`, report({ period: '2026-Q1', percent: 60 }))).json().id;
    await api(office, 'POST', `/api/v1/reports/${newer}/review`, { decision: 'accept', version: 1 });
    await api(office, 'POST', `/api/v1/reports/${older}/review`, { decision: 'accept', version: 1 });
    expect(Number((await shareOf(ctx.deps, taskId, '320000')).percent)).toBe(60);
  });
});

describe('periods', () => {
  it("must match the home plan's cadence, have started, and lie within the plan", async () => {
    await at('2026-03-02T01:00:00Z');
    const { own } = await newTask();
    const monthly = await api(jsEditor, 'POST', `/api/v1/shares/${own.id}/reports`, report({ period: '2026-02' }));
    expect(monthly.statusCode).toBe(400);
    expect(monthly.json().error.fields[0]).toMatchObject({ field: 'period', rule: 'reports.period_cadence' });
    expect(monthly.json().error.message).toContain('2025-Q1');
    const future = await api(jsEditor, 'POST', `/api/v1/shares/${own.id}/reports`, report({ period: '2026-Q2' }));
    expect(future.json().error.fields[0]).toMatchObject({ field: 'period', rule: 'reports.period_in_future' });
    const before = await api(jsEditor, 'POST', `/api/v1/shares/${own.id}/reports`, report({ period: '2023-Q4' }));
    expect(before.json().error.fields[0]).toMatchObject({ field: 'period', rule: 'reports.period_outside_plan' });
    const malformed = await api(jsEditor, 'POST', `/api/v1/shares/${own.id}/reports`, report({ period: '2026-13' }));
    expect(malformed.json().error.fields[0]).toMatchObject({ field: 'period', rule: 'pattern' });

    const monthlyPlan = await makePlan(ctx.deps, { code: 'REPORTS-M', reportingCadence: 'monthly' });
    const monthlyTask = await makeTask(ctx.deps, monthlyPlan, { leadMemberCode: '320000', participantMemberCodes: [] });
    const monthlyShare = await shareOf(ctx.deps, monthlyTask, '320000');
    const quarter = await api(jsEditor, 'POST', `/api/v1/shares/${monthlyShare.id}/reports`, report({ period: '2026-Q1' }));
    expect(quarter.json().error.fields[0]).toMatchObject({ field: 'period', rule: 'reports.period_cadence' });
    expect((await api(jsEditor, 'POST', `/api/v1/shares/${monthlyShare.id}/reports`, report({ period: '2026-03' }))).statusCode).toBe(201);
  });

  it('reads the current period in the region time zone (Asia/Shanghai)', async () => {
    const { own } = await newTask();
    await at('2026-03-31T15:30:00Z'); // 23:30 on 31 March in Shanghai: still Q1
    expect((await api(jsEditor, 'POST', `/api/v1/shares/${own.id}/reports`, report({ period: '2026-Q2' }))).statusCode).toBe(400);
    await at('2026-03-31T16:30:00Z'); // 00:30 on 1 April in Shanghai: Q2 has begun
    expect((await api(jsEditor, 'POST', `/api/v1/shares/${own.id}/reports`, report({ period: '2026-Q2' }))).statusCode).toBe(201);
  });

  it('refuses blank text and control characters, naming the field', async () => {
    await at('2026-03-02T01:00:00Z');
    const { own } = await newTask();
    const blank = await api(jsEditor, 'POST', `/api/v1/shares/${own.id}/reports`, report({ body: '   \n ' }));
    expect(blank.json().error.fields[0]).toMatchObject({ field: 'body', rule: 'reports.body_blank' });
    const nul = await api(jsEditor, 'POST', `/api/v1/shares/${own.id}/reports`, report({ body: 'a\u0000b' }));
    expect(nul.json().error.fields[0]).toMatchObject({ field: 'body', rule: 'text' }); // the validation layer's one text rule (issue 14, item 7)
    const markup = await api(jsEditor, 'POST', `/api/v1/shares/${own.id}/reports`, report({ body: '<script>alert(1)</script> 进展' }));
    expect(markup.statusCode).toBe(201);
    expect((await api(office, 'GET', `/api/v1/reports/${markup.json().id}`)).json().body).toBe('<script>alert(1)</script> 进展');
  });
});

describe('who may do what', () => {
  it('only the own member files and revises; only the Office reviews', async () => {
    await at('2026-03-02T01:00:00Z');
    const { taskId, own, other } = await newTask();
    const foreign = await api(zjLiaison, 'POST', `/api/v1/shares/${own.id}/reports`, report());
    expect(foreign.statusCode).toBe(403);
    expect(foreign.json().error.code).toBe('reports.not_your_share');
    expect((await api(observer, 'POST', `/api/v1/shares/${own.id}/reports`, report())).statusCode).toBe(403);
    const bodyEditor = await login(ctx.app, 'js.body.editor');
    expect((await api(bodyEditor, 'POST', `/api/v1/shares/${own.id}/reports`, report())).json().error.code).toBe('reports.not_your_share');
    expect((await api(zjLiaison, 'POST', `/api/v1/shares/${other.id}/reports`, report())).statusCode).toBe(201);
    // The Office may file for a member.
    expect((await api(office, 'POST', `/api/v1/shares/${own.id}/reports`, report({ period: '2025-Q3' }))).statusCode).toBe(201);

    const id = (await api(jsEditor, 'POST', `/api/v1/shares/${own.id}/reports`, report())).json().id;
    const byLiaison = await api(jsLiaison, 'POST', `/api/v1/reports/${id}/review`, { decision: 'accept', version: 1 });
    expect(byLiaison.statusCode).toBe(403);
    expect(byLiaison.json().error.code).toBe('common.forbidden');
    await api(office, 'POST', `/api/v1/reports/${id}/review`, { decision: 'return', comment: '请补充', version: 1 });
    const foreignRevise = await api(zjLiaison, 'POST', `/api/v1/reports/${id}/revise`, { body: '改', percent: 10, status: 'on_track', version: 2 });
    expect(foreignRevise.statusCode).toBe(403);
    expect(foreignRevise.json().error.code).toBe('reports.not_your_share');

    const list = (await api(zjLiaison, 'GET', `/api/v1/reports?taskId=${taskId}`)).json().items;
    expect(new Set(list.map((r: { memberCode: string }) => r.memberCode))).toEqual(new Set(['320000', '330000']));
    expect(list.every((r: { editable: boolean; memberCode: string }) => r.editable === (r.memberCode === '330000' && r.editable))).toBe(true);
  });

  it('lists with filters and keyset pages', async () => {
    await at('2026-03-02T01:00:00Z');
    const { taskId, own } = await newTask();
    for (const period of ['2025-Q1', '2025-Q2', '2025-Q3']) {
      ctx.clock.advance(60_000);
      await api(jsEditor, 'POST', `/api/v1/shares/${own.id}/reports`, report({ period }));
    }
    const page1 = (await api(observer, 'GET', `/api/v1/reports?taskId=${taskId}&limit=2`)).json();
    expect(page1.items.map((r: { period: string }) => r.period)).toEqual(['2025-Q3', '2025-Q2']);
    const page2 = (await api(observer, 'GET', `/api/v1/reports?taskId=${taskId}&limit=2&cursor=${page1.nextCursor}`)).json();
    expect(page2.items.map((r: { period: string }) => r.period)).toEqual(['2025-Q1']);
    expect(page2.nextCursor).toBeNull();
    const filtered = (await api(observer, 'GET', `/api/v1/reports?planId=${planId}&memberCode=320000&state=submitted&period=2025-Q2&taskId=${taskId}`)).json().items;
    expect(filtered).toHaveLength(1);
    expect(filtered[0]).toMatchObject({ taskCode: expect.any(String), excerpt: report().body, evidenceCount: 0, isDemo: false });
    expect((await api(observer, 'GET', '/api/v1/reports?cursor=bogus')).statusCode).toBe(400);
  });
});
