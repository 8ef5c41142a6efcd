import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, createUser, login, walkPages, type Session, type TestContext } from '../../../test/helpers.ts';
import { areaId, makePlan, makeTask, shareOf } from '../../../test/work-fixtures.ts';

let ctx: TestContext;
let office: Session;
let observer: Session;
let planId: string;

/** Sets the clock and signs in afresh (sessions end when time jumps). */
async function at(iso: string) {
  ctx.clock.set(iso);
  [office, observer] = await Promise.all([login(ctx.app, 'dash.office'), login(ctx.app, 'dash.observer')]);
}

const api = (session: Session, method: 'GET' | 'POST' | 'PATCH', url: string, payload?: object) =>
  ctx.app.inject({ method, url, headers: session.headers, ...(payload ? { payload } : {}) });

async function ok(session: Session, method: 'POST' | 'PATCH', url: string, payload: object) {
  const response = await api(session, method, url, payload);
  if (response.statusCode >= 300) throw new Error(`${method} ${url}: ${response.statusCode} ${response.body}`);
  return response.json();
}

async function setShare(taskId: string, memberCode: string, status: string, percent: number) {
  const share = await shareOf(ctx.deps, taskId, memberCode);
  await ok(office, 'PATCH', `/api/v1/shares/${share.id}`, { version: share.version, status, percent });
}

interface FigureJson {
  value: number;
  demo: number;
  drill: string;
  api: string;
}

/** The figure equals the number of records its list answers (every page). */
async function expectListed(figure: FigureJson, label: string) {
  const listed = await walkPages(ctx.app, observer, `${figure.api}&limit=2`);
  expect(listed.ids.length, `${label}: ${figure.api}`).toBe(figure.value);
  expect(new Set(listed.ids).size, `${label}: no record twice`).toBe(listed.ids.length);
}

beforeAll(async () => {
  ctx = await createTestContext();
  await createUser(ctx.database.appDb, 'dash.office', [{ role: 'office' }]);
  await createUser(ctx.database.appDb, 'dash.observer', [{ role: 'observer' }]);
  await at('2026-03-02T01:00:00Z');
  planId = await makePlan(ctx.deps, { code: 'DASH', reportingCadence: 'quarterly', periodStart: '2024-01-01', periodEnd: '2026-12-31' });
});
afterAll(() => ctx.close());

describe('the dashboard summary', () => {
  let tasks: Record<string, string>;

  beforeAll(async () => {
    const area1 = await areaId(ctx.deps, '1');
    const area4 = await areaId(ctx.deps, '4');
    const sub = await ok(office, 'POST', '/api/v1/focus-areas', { code: '1.9', nameZh: '测试子领域', nameEn: 'Test sub-area' });
    const task = (code: string, dueDate: string | null, focusAreaId: string | null, participants = ['330000']) =>
      makeTask(ctx.deps, planId, { code, dueDate, focusAreaId, leadMemberCode: '320000', participantMemberCodes: participants });
    tasks = {
      done: await task('D.1', '2026-06-30', area1),
      doneSub: await task('D.2', '2026-02-15', sub.id),
      onTrack: await task('D.3', '2026-09-30', area4),
      atRisk: await task('D.4', '2026-01-31', area4), // overdue on 2026-03-02
      delayed: await task('D.5', '2026-12-31', null),
      notStarted: await task('D.6', '2026-02-01', area1), // overdue too
      lastYear: await task('D.7', '2025-12-31', area1),
      noDue: await task('D.8', null, area1),
    };
    for (const key of ['done', 'doneSub']) {
      await setShare(tasks[key]!, '320000', 'completed', 100);
      await setShare(tasks[key]!, '330000', 'completed', 100);
    }
    await setShare(tasks.onTrack!, '320000', 'on_track', 40);
    await setShare(tasks.atRisk!, '330000', 'at_risk', 20); // 320000 stays not started: the task is at risk
    await setShare(tasks.delayed!, '320000', 'delayed', 10);
    await setShare(tasks.delayed!, '330000', 'completed', 100);
    await setShare(tasks.lastYear!, '320000', 'completed', 100);
  });

  it('counts the year’s tasks by status, each figure the length of its task list', async () => {
    const summary = (await api(observer, 'GET', '/api/v1/dashboard/summary?year=2026')).json();
    expect(summary.year).toBe(2026);
    expect(summary.today).toBe('2026-03-02');
    const figures = summary.tasks as Record<string, FigureJson>;
    expect(Object.fromEntries(Object.entries(figures).map(([k, f]) => [k, f.value]))).toEqual({
      total: 6, completed: 2, onTrack: 1, behind: 2, notStarted: 1, overdue: 2,
    });
    expect(figures.behind!.drill).toBe('/tasks?dueYear=2026&status=at_risk&status=delayed');
    for (const [key, figure] of Object.entries(figures)) await expectListed(figure, `tasks.${key}`);
    expect(figures.completed!.demo).toBe(0);
    expect(summary.rules.tasks.zh).toMatch(/到期日/);
    expect(summary.rules.tasks.en).toMatch(/due date/);
  });

  it('breaks the tasks down by top-level focus area (sub-areas included) and by member share, each bar segment listing its records', async () => {
    const summary = (await api(observer, 'GET', '/api/v1/dashboard/summary?year=2026')).json();
    const area1 = summary.byArea.find((a: { code: string | null }) => a.code === '1');
    expect(area1.total.value).toBe(3); // done, doneSub (in 1.9), notStarted
    expect(area1.statuses.find((s: { status: string }) => s.status === 'completed').value).toBe(2);
    expect(area1.meanProgress).toBe(66.7);
    const none = summary.byArea.find((a: { areaId: string | null }) => a.areaId === null);
    expect(none.total.value).toBe(1);
    expect(summary.byArea.reduce((n: number, a: { total: FigureJson }) => n + a.total.value, 0)).toBe(6);
    for (const area of summary.byArea) {
      if (area.total.value === 0) continue;
      await expectListed(area.total, `area ${area.code}`);
      for (const segment of area.statuses) if (segment.value > 0) await expectListed(segment, `area ${area.code} ${segment.status}`);
    }

    const zj = summary.byMember.find((m: { memberCode: string }) => m.memberCode === '330000');
    const zjStatuses = Object.fromEntries(zj.statuses.map((s: { status: string; value: number }) => [s.status, s.value]));
    // Zhejiang's own shares: completed in done, doneSub, delayed; at risk in atRisk; not started in onTrack and notStarted.
    expect(zjStatuses).toEqual({ completed: 3, on_track: 0, at_risk: 1, delayed: 0, not_started: 2 });
    expect(zj.total.value).toBe(6);
    expect(zj.meanProgress).toBe(53.3);
    for (const member of summary.byMember) {
      if (member.total.value === 0) continue;
      await expectListed(member.total, `member ${member.memberCode}`);
      for (const segment of member.statuses) if (segment.value > 0) await expectListed(segment, `member ${member.memberCode} ${segment.status}`);
    }
    const sh = summary.byMember.find((m: { memberCode: string }) => m.memberCode === '310000');
    expect(sh).toMatchObject({ total: { value: 0 }, meanProgress: null });
  });

  it('counts accepted reports of the year and those first filed on time (a revision keeps the first filing’s date)', async () => {
    const report = (period: string) => ({ period, body: '进展情况。', percent: 50, status: 'on_track' });
    const accept = async (id: string, version = 1) => ok(office, 'POST', `/api/v1/reports/${id}/review`, { decision: 'accept', version });
    const share = async (key: string, member: string) => (await shareOf(ctx.deps, tasks[key]!, member)).id;

    // Filed within 2026-Q1: on time.
    const early = await ok(office, 'POST', `/api/v1/shares/${await share('onTrack', '330000')}/reports`, report('2026-Q1'));
    await accept(early.id);
    // Filed in time, returned, revised after the deadline, accepted: still on time.
    const first = await ok(office, 'POST', `/api/v1/shares/${await share('atRisk', '320000')}/reports`, report('2026-Q1'));
    await ok(office, 'POST', `/api/v1/reports/${first.id}/review`, { decision: 'return', comment: '请补充。', version: 1 });
    // 2025-Q4 for another share: due by 2026-01-07, filed 2026-03-02: late, and of 2025.
    const old = await ok(office, 'POST', `/api/v1/shares/${await share('notStarted', '330000')}/reports`, report('2025-Q4'));
    await accept(old.id);
    // Waiting for review: not counted.
    await ok(office, 'POST', `/api/v1/shares/${await share('notStarted', '320000')}/reports`, report('2026-Q1'));

    await at('2026-04-20T02:00:00Z'); // 2026-Q1 ended 2026-03-31; grace 7 days → due 2026-04-07
    const revised = await ok(office, 'POST', `/api/v1/reports/${first.id}/revise`, { body: '已补充。', percent: 30, status: 'at_risk', version: 2 });
    await accept(revised.id);
    const late = await ok(office, 'POST', `/api/v1/shares/${await share('onTrack', '320000')}/reports`, report('2026-Q1'));
    await accept(late.id);

    const summary = (await api(observer, 'GET', '/api/v1/dashboard/summary?year=2026')).json();
    expect(summary.reports.accepted.value).toBe(3);
    expect(summary.reports.acceptedOnTime.value).toBe(2);
    expect(summary.reports.acceptedOnTime.drill).toBe('/reports?year=2026&state=accepted&timeliness=on_time');
    await expectListed(summary.reports.accepted, 'reports.accepted');
    await expectListed(summary.reports.acceptedOnTime, 'reports.acceptedOnTime');
    const lateIds = (await walkPages(ctx.app, observer, '/api/v1/reports?year=2026&state=accepted&timeliness=late')).ids;
    expect(lateIds).toEqual([late.id]);

    const lastYear = (await api(observer, 'GET', '/api/v1/dashboard/summary?year=2025')).json();
    expect([lastYear.reports.accepted.value, lastYear.reports.acceptedOnTime.value]).toEqual([1, 0]);
    expect(summary.rules.reports.en).toMatch(/7 days after the period ended/);
  });

  it('counts matters resolved by the year’s decisions and decisions implemented by the stated rule', async () => {
    const meeting = await ok(office, 'POST', '/api/v1/meetings', {
      type: 'joint_meeting', tier: 'coordination', startsAt: '2026-01-10T01:00:00Z', endsAt: '2026-01-10T09:00:00Z', titleZh: '联席会议',
    });
    const raise = async (titleZh: string) => (await ok(office, 'POST', '/api/v1/matters', { titleZh, raisedByMemberCode: '320000', affectedMemberCodes: ['330000'] })).id as string;
    const decide = (titleZh: string, decidedAt: string, effects: object[]) =>
      ok(office, 'POST', `/api/v1/meetings/${meeting.id}/decisions`, { titleZh, decidedAt, effects });

    const m1 = await raise('事项一');
    const m2 = await raise('事项二');
    await raise('事项三（未解决）');
    // 2025-12-31T17:00Z is 2026-01-01 01:00 in Shanghai: a decision of 2026.
    const resolving = await decide('解决事项一', '2025-12-31T17:00:00Z', [{ kind: 'resolve_matter', matterId: m1 }]);
    await decide('解决事项二', '2025-06-01T02:00:00Z', [{ kind: 'resolve_matter', matterId: m2 }]);
    const withTasks = await decide('部署任务', '2026-02-01T02:00:00Z', [
      { kind: 'create_tasks', planId, tasks: [{ code: 'DEC.1', titleZh: '决定任务一', leadMemberCode: '320000', dueDate: '2027-06-30' }, { code: 'DEC.2', titleZh: '决定任务二', leadMemberCode: '330000', dueDate: '2027-06-30' }] },
    ]);
    await decide('仅有文字', '2026-02-02T02:00:00Z', []);

    let summary = (await api(observer, 'GET', '/api/v1/dashboard/summary?year=2026')).json();
    expect(summary.matters.resolved.value).toBe(1);
    expect(summary.matters.resolved.drill).toBe('/matters?view=list&status=resolved&resolvedYear=2026');
    await expectListed(summary.matters.resolved, 'matters.resolved');
    expect((await walkPages(ctx.app, observer, '/api/v1/matters?status=resolved&resolvedYear=2026')).ids).toEqual([m1]);
    expect([summary.decisions.total.value, summary.decisions.implemented.value]).toEqual([3, 1]);
    await expectListed(summary.decisions.total, 'decisions.total');
    await expectListed(summary.decisions.implemented, 'decisions.implemented');
    expect((await walkPages(ctx.app, observer, summary.decisions.implemented.api)).ids).toEqual([resolving.id]);

    // Completing every task the decision created makes it implemented.
    const created = await ctx.database.appDb.selectFrom('tasks').select('id').where('source_ref', '=', withTasks.id).execute();
    for (const t of created) {
      const share = await ctx.database.appDb.selectFrom('task_shares').selectAll().where('task_id', '=', t.id).executeTakeFirstOrThrow();
      await ok(office, 'PATCH', `/api/v1/shares/${share.id}`, { version: share.version, status: 'completed', percent: 100 });
    }
    summary = (await api(observer, 'GET', '/api/v1/dashboard/summary?year=2026')).json();
    expect(summary.decisions.implemented.value).toBe(2);
    await expectListed(summary.decisions.implemented, 'decisions.implemented after');
    const list = (await api(observer, 'GET', '/api/v1/decisions?year=2026')).json();
    expect(list.rule.zh).toMatch(/已落实/);
    expect(list.items.find((d: { id: string }) => d.id === withTasks.id)).toMatchObject({ taskCount: 2, completedTasks: 2, implemented: true, effectKinds: ['create_tasks'] });
    expect(summary.rules.decisions.en).toMatch(/every task it created is completed/);
  });

  it('defaults to the region’s current year and refuses a year out of range', async () => {
    expect((await api(observer, 'GET', '/api/v1/dashboard/summary')).json().year).toBe(2026);
    const bad = await api(observer, 'GET', '/api/v1/dashboard/summary?year=99');
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.fields[0].field).toMatch(/year/);
  });
});
