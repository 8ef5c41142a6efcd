/**
 * The results reports over the API: the annual figures are the dashboard's for the same year, a
 * member's are the dashboard's row of that member, the quarterly bulletin counts its quarter only;
 * every figure's appendix list holds exactly the records it counts; the narratives are saved with a
 * version check and publishing freezes both languages.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditActions, createTestContext, createUser, login, type Session, type TestContext } from '../../../test/helpers.ts';
import { makePlan, makeTask, shareOf } from '../../../test/work-fixtures.ts';
import { systemActor } from '../../shared/principal.ts';
import { createMeeting } from '../meetings/meetings.usecases.ts';
import type { ResultsReport } from './results.schemas.ts';

let ctx: TestContext;
let office: Session;
let observer: Session;
let liaison: Session;
const tasks: Record<string, string> = {};

const api = (session: Session, method: 'GET' | 'POST' | 'PUT' | 'PATCH', url: string, payload?: object) =>
  ctx.app.inject({ method, url, headers: session.headers, ...(payload ? { payload } : {}) });

async function ok<T = Record<string, unknown>>(session: Session, method: 'GET' | 'POST' | 'PUT' | 'PATCH', url: string, payload?: object): Promise<T> {
  const response = await api(session, method, url, payload);
  if (response.statusCode >= 300) throw new Error(`${method} ${url}: ${response.statusCode} ${response.body}`);
  return response.json() as T;
}

async function setShare(taskId: string, memberCode: string, status: string, percent: number) {
  const share = await shareOf(ctx.deps, taskId, memberCode);
  await ok(office, 'PATCH', `/api/v1/shares/${share.id}`, { version: share.version, status, percent });
}

const figure = (report: ResultsReport, key: string) => {
  const block = report.blocks.find((b) => b.type === 'figures');
  const found = block?.type === 'figures' ? block.items.find((f) => f.key === key) : undefined;
  if (!found) throw new Error(`no figure ${key}`);
  return found;
};
const appendix = (report: ResultsReport, key: string) => report.appendix.find((a) => a.key === key)?.refs ?? [];

beforeAll(async () => {
  ctx = await createTestContext();
  await createUser(ctx.database.appDb, 'res.office', [{ role: 'office' }]);
  await createUser(ctx.database.appDb, 'res.observer', [{ role: 'observer' }]);
  await createUser(ctx.database.appDb, 'res.liaison', [{ role: 'liaison', memberCode: '320000' }]);
  ctx.clock.set('2026-03-02T01:00:00Z');
  [office, observer, liaison] = await Promise.all([login(ctx.app, 'res.office'), login(ctx.app, 'res.observer'), login(ctx.app, 'res.liaison')]);
  const planId = await makePlan(ctx.deps, { code: 'RES', reportingCadence: 'quarterly', periodStart: '2025-01-01', periodEnd: '2026-12-31' });
  const task = (code: string, titleZh: string, dueDate: string) => makeTask(ctx.deps, planId, { code, titleZh, titleEn: `Task ${code}`, dueDate, leadMemberCode: '320000', participantMemberCodes: ['330000'] });
  tasks.done = await task('R.1', '沪苏浙省界断头路全部打通', '2025-03-31');
  tasks.doneLate = await task('R.2', '长三角电子证照互认', '2025-11-30');
  tasks.delayed = await task('R.3', '跨省异地就医门诊直接结算扩面', '2025-05-31');
  tasks.onTrack = await task('R.4', '联合招商平台建设', '2025-08-31');
  tasks.nextYear = await task('R.5', '明年的任务', '2026-06-30');
  for (const key of ['done', 'doneLate']) {
    await setShare(tasks[key]!, '320000', 'completed', 100);
    await setShare(tasks[key]!, '330000', 'completed', 100);
  }
  await setShare(tasks.onTrack!, '320000', 'on_track', 40);
  const share = await shareOf(ctx.deps, tasks.delayed!, '320000');
  await ok(liaison, 'POST', `/api/v1/shares/${share.id}/reports`, { period: '2025-Q2', body: '医保结算系统改造因接口标准未统一而推迟。', percent: 30, status: 'delayed' });
  // The share's status is the Office's to set once the report is reviewed; here directly.
  await setShare(tasks.delayed!, '320000', 'delayed', 30);
  const deps = { ...ctx.deps, actor: systemActor('results-test') };
  await createMeeting(deps, { type: 'results_conference', tier: 'decision', hostMemberCode: '320000', startsAt: '2025-06-06T01:00:00Z', endsAt: '2025-06-06T09:00:00Z', titleZh: '长三角一体化发展成果发布会' } as Parameters<typeof createMeeting>[1]);
});
afterAll(() => ctx.close());

describe('the annual report', () => {
  it("carries the dashboard's figures for the year, each traced to its records", async () => {
    const [report, summary] = await Promise.all([
      ok<ResultsReport>(observer, 'GET', '/api/v1/results-reports?kind=annual&year=2025'),
      ok<{ tasks: Record<string, { value: number; drill: string }>; matters: { resolved: { value: number } }; decisions: { implemented: { value: number } }; reports: { acceptedOnTime: { value: number } } }>(observer, 'GET', '/api/v1/dashboard/summary?year=2025'),
    ]);
    expect(report.title).toBe('长三角区域合作 2025 年度成果报告');
    expect([report.periodStart, report.periodEnd]).toEqual(['2025-01-01', '2025-12-31']);
    for (const [key, dash] of [['tasks.total', summary.tasks.total], ['tasks.completed', summary.tasks.completed], ['tasks.onTrack', summary.tasks.onTrack], ['tasks.behind', summary.tasks.behind]] as const) {
      expect(figure(report, key).value, key).toBe(dash!.value);
      expect(figure(report, key).drillHref, key).toBe(dash!.drill);
    }
    expect(figure(report, 'matters.resolved').value).toBe(summary.matters.resolved.value);
    expect(figure(report, 'decisions.implemented').value).toBe(summary.decisions.implemented.value);
    expect(figure(report, 'reports.acceptedOnTime').value).toBe(summary.reports.acceptedOnTime.value);
    // The figures here, by hand: four tasks due in 2025, two completed, one on track, one delayed.
    expect([figure(report, 'tasks.total').value, figure(report, 'tasks.completed').value, figure(report, 'tasks.onTrack').value, figure(report, 'tasks.behind').value]).toEqual([4, 2, 1, 1]);
    // The appendix lists exactly the counted records.
    expect(appendix(report, 'tasks-completed').map((r) => r.id).sort()).toEqual([tasks.done, tasks.doneLate].sort());
    expect(appendix(report, 'tasks-behind').map((r) => r.href)).toEqual([`/tasks/${tasks.delayed}`]);
    expect(appendix(report, 'tasks-due')).toHaveLength(figure(report, 'tasks.total').value);
    expect(figure(report, 'meetings.held').value).toBe(appendix(report, 'meetings').length);
    expect(figure(report, 'meetings.held').value).toBe(1);
  });

  it('gives the reason of a task behind from its latest report, and lists the sections in order', async () => {
    const report = await ok<ResultsReport>(office, 'GET', '/api/v1/results-reports?kind=annual&year=2025');
    const behind = report.blocks.find((b) => b.type === 'table' && b.appendixKey === 'tasks-behind');
    expect(behind?.type === 'table' && behind.rows[0]!.cells).toContain('医保结算系统改造因接口标准未统一而推迟。');
    const headings = report.blocks.filter((b) => b.type === 'heading' && b.level === 1).map((b) => (b.type === 'heading' ? b.text : ''));
    expect(headings).toEqual(['前言', '主要数据', '分领域进展', '分成员进展', '完成的任务', '滞后的任务及原因', '会议与决定', '签署的合作协议', '解决的重大事项', '指标与一体化指数', '下一步工作展望']);
    expect(report.blocks.filter((b) => b.type === 'narrative').map((b) => (b.type === 'narrative' ? b.text : null))).toEqual(['', '']);
    expect(report.containsDemo).toBe(false);
  });

  it('in English, with English titles and the same figures', async () => {
    const [zh, en] = await Promise.all([
      ok<ResultsReport>(office, 'GET', '/api/v1/results-reports?kind=annual&year=2025'),
      ok<ResultsReport>(office, 'GET', '/api/v1/results-reports?kind=annual&year=2025&lang=en'),
    ]);
    expect(en.title).toBe('Yangtze River Delta Cooperation: Results Report 2025');
    expect(appendix(en, 'tasks-completed').map((r) => r.title).sort()).toEqual(['Task R.1', 'Task R.2']);
    const values = (r: ResultsReport) => r.blocks.flatMap((b) => (b.type === 'figures' ? b.items.map((f) => [f.key, f.value]) : []));
    expect(values(en)).toEqual(values(zh));
  });
});

describe('the member report and the quarterly bulletin', () => {
  it("a member's figures are the dashboard's row of that member (its own shares)", async () => {
    const [report, summary] = await Promise.all([
      ok<ResultsReport>(observer, 'GET', '/api/v1/results-reports?kind=member&year=2025&memberCode=330000'),
      ok<{ byMember: { memberCode: string; total: { value: number }; statuses: { status: string; value: number }[] }[] }>(observer, 'GET', '/api/v1/dashboard/summary?year=2025'),
    ]);
    const row = summary.byMember.find((m) => m.memberCode === '330000')!;
    expect(report.title).toContain('浙江省');
    expect(figure(report, 'shares.total').value).toBe(row.total.value);
    expect(figure(report, 'shares.completed').value).toBe(row.statuses.find((s) => s.status === 'completed')!.value);
    // Zhejiang's share of the delayed task was never touched: not behind for Zhejiang.
    expect(figure(report, 'shares.behind').value).toBe(0);
    expect(appendix(report, 'tasks-completed')).toHaveLength(2);
  });

  it('the quarterly bulletin counts the tasks due in its quarter only', async () => {
    const q1 = await ok<ResultsReport>(observer, 'GET', '/api/v1/results-reports?kind=quarterly&year=2025&quarter=1');
    expect([q1.periodStart, q1.periodEnd, q1.title]).toEqual(['2025-01-01', '2025-03-31', '长三角区域合作 2025 年第一季度工作简报']);
    expect(figure(q1, 'tasks.total').value).toBe(1);
    expect(appendix(q1, 'tasks-completed').map((r) => r.id)).toEqual([tasks.done]);
    const q2 = await ok<ResultsReport>(observer, 'GET', '/api/v1/results-reports?kind=quarterly&year=2025&quarter=2');
    expect(figure(q2, 'tasks.behind').value).toBe(1);
    expect(figure(q2, 'meetings.held').value).toBe(1);
  });

  it('answers a 400 naming the field for a key the kind does not take', async () => {
    const cases: [string, string][] = [
      ['kind=quarterly&year=2025', 'quarter'],
      ['kind=annual&year=2025&quarter=2', 'quarter'],
      ['kind=member&year=2025', 'memberCode'],
      ['kind=annual&year=2025&memberCode=320000', 'memberCode'],
      ['kind=member&year=2025&memberCode=999999', 'memberCode'],
      ['kind=annual&year=1999', 'year'],
      ['kind=yearly&year=2025', 'kind'],
    ];
    for (const [query, field] of cases) {
      const response = await ctx.app.inject({ method: 'GET', url: `/api/v1/results-reports?${query}`, headers: { ...observer.headers, 'accept-language': 'en' } });
      expect(response.statusCode, query).toBe(400);
      expect(JSON.stringify(response.json().error.fields), query).toContain(field);
    }
  });
});

describe('the edition: narratives and publishing', () => {
  const key = { kind: 'annual', year: 2025 };
  const narratives = { forewordZh: '2025 年，长三角一体化发展取得新成效。\n\n各方协同推进。', forewordEn: 'In 2025 integration made progress.', outlookZh: '2026 年继续推进。', outlookEn: '' };

  it('the Office saves with a version check; nobody else may', async () => {
    expect((await ok<{ version: number; id: null }>(observer, 'GET', '/api/v1/results-reports/edition?kind=annual&year=2025')).version).toBe(0);
    expect((await api(liaison, 'PUT', '/api/v1/results-reports/edition', { ...key, ...narratives, version: 0 })).statusCode).toBe(403);
    const created = await ok<{ version: number }>(office, 'PUT', '/api/v1/results-reports/edition', { ...key, ...narratives, version: 0 });
    expect(created.version).toBe(1);
    // A second writer who loaded version 0 (or a stale 1 after the next save) gets a 409, and the text stays.
    expect((await api(office, 'PUT', '/api/v1/results-reports/edition', { ...key, ...narratives, forewordZh: '覆盖', version: 0 })).statusCode).toBe(409);
    const saved = await ok<{ version: number }>(office, 'PUT', '/api/v1/results-reports/edition', { ...key, ...narratives, outlookEn: 'We go on in 2026.', version: 1 });
    expect(saved.version).toBe(2);
    expect((await api(office, 'PUT', '/api/v1/results-reports/edition', { ...key, ...narratives, version: 1 })).statusCode).toBe(409);
    const report = await ok<ResultsReport>(observer, 'GET', '/api/v1/results-reports?kind=annual&year=2025');
    expect(report.blocks.find((b) => b.type === 'narrative')).toEqual({ type: 'narrative', key: 'foreword', text: narratives.forewordZh });
    const en = await ok<ResultsReport>(observer, 'GET', '/api/v1/results-reports?kind=annual&year=2025&lang=en');
    expect(en.blocks.filter((b) => b.type === 'narrative').map((b) => (b.type === 'narrative' ? b.text : ''))).toEqual([narratives.forewordEn, 'We go on in 2026.']);
  });

  it('publishing freezes both languages; a later change of the records does not reach the published copy', async () => {
    expect((await api(office, 'POST', '/api/v1/results-reports/edition/publish', { kind: 'annual', year: 2024, version: 1 })).statusCode).toBe(409);
    expect((await api(office, 'POST', '/api/v1/results-reports/edition/publish', { ...key, version: 1 })).statusCode).toBe(409);
    const published = await ok<{ version: number; publishedAt: string }>(office, 'POST', '/api/v1/results-reports/edition/publish', { ...key, version: 2 });
    expect(published.publishedAt).toBeTruthy();
    const { latestPublishedReport } = await import('./results.usecases.ts');
    const frozen = await latestPublishedReport(ctx.deps, 'zh-CN');
    expect(frozen?.publishedAt).toBe(published.publishedAt);
    expect(figure(frozen!, 'tasks.completed').value).toBe(2);
    expect((await latestPublishedReport(ctx.deps, 'en'))?.title).toBe('Yangtze River Delta Cooperation: Results Report 2025');
    await setShare(tasks.onTrack!, '320000', 'completed', 100);
    await setShare(tasks.onTrack!, '330000', 'completed', 100);
    expect(figure(await ok<ResultsReport>(observer, 'GET', '/api/v1/results-reports?kind=annual&year=2025'), 'tasks.completed').value).toBe(3);
    expect(figure((await latestPublishedReport(ctx.deps, 'zh-CN'))!, 'tasks.completed').value).toBe(2);
    expect(await auditActions(ctx.database.appDb)).toEqual(expect.arrayContaining(['results.edition.create', 'results.edition.update', 'results.edition.publish']));
  });
});
