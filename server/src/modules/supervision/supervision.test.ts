import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, createUser, login, type Session, type TestContext } from '../../../test/helpers.ts';
import { areaId, makePlan, makeTask, shareOf } from '../../../test/work-fixtures.ts';
import { DAY } from '../../shared/clock.ts';
import { systemActor } from '../../shared/principal.ts';
import { createArea, transitionPlan } from '../plans/plans.usecases.ts';
import { createEndpoint } from '../notifications/webhooks.usecases.ts';
import { runScan } from './supervision.usecases.ts';

let ctx: TestContext;
let office: Session;
let jsLiaison: Session;
const users: Record<string, string> = {};
let planId: string;
const actor = systemActor('test');

/** A plan in force (drafts and closed plans are not supervised). */
async function planInForce(overrides: Parameters<typeof makePlan>[1] = {}) {
  const id = await makePlan(ctx.deps, overrides);
  await transitionPlan({ ...ctx.deps, actor }, id, { to: 'adopted', version: 1 });
  await transitionPlan({ ...ctx.deps, actor }, id, { to: 'in_force', version: 2 });
  return id;
}

beforeAll(async () => {
  ctx = await createTestContext({ escalationGraceDays: 3, reportGraceDays: 7 });
  const db = ctx.database.appDb;
  users.office = await createUser(db, 'sv.office', [{ role: 'office' }]);
  users.jsLiaison = await createUser(db, 'sv.js.liaison', [{ role: 'liaison', memberCode: '320000' }]);
  users.jsDrcEditor = await createUser(db, 'sv.js.drc', [{ role: 'editor', memberCode: '320000', bodyCode: 'drc-320000' }]);
  users.jsEditor = await createUser(db, 'sv.js.editor', [{ role: 'editor', memberCode: '320000' }]);
  users.zjLiaison = await createUser(db, 'sv.zj.liaison', [{ role: 'liaison', memberCode: '330000' }]);
  await createUser(db, 'sv.observer', [{ role: 'observer' }]);
  office = await login(ctx.app, 'sv.office');
  jsLiaison = await login(ctx.app, 'sv.js.liaison');
  planId = await planInForce({ code: 'SV-PLAN' });
});
afterAll(() => ctx.close());

const api = (session: Session, method: 'GET' | 'POST', url: string) => ctx.app.inject({ method, url, headers: session.headers });
const scan = () => runScan({ ...ctx.deps, actor });
const notificationsOf = (userId: string) =>
  ctx.deps.db.selectFrom('notifications').selectAll().where('user_id', '=', userId).orderBy('created_at').orderBy('title_en').execute();
const flagsOf = (taskId: string) => ctx.deps.db.selectFrom('supervision_flags').selectAll().where('task_id', '=', taskId).orderBy('member_code').execute();

describe('the ladder on an overdue share', () => {
  let taskId: string;
  beforeAll(async () => {
    taskId = await makeTask(ctx.deps, planId, { code: '1.1', leadMemberCode: '320000', leadOwnerBodyCode: 'drc-320000', participantMemberCodes: ['330000'], dueDate: '2026-02-27' });
  });

  it('raises a red flag per late share and tells its owners first', async () => {
    const response = await api(office, 'POST', '/api/v1/supervision/scan');
    expect(response.statusCode, response.body).toBe(200);
    expect(response.json()).toMatchObject({ today: '2026-03-02', raised: 2, escalated: 0, notifications: 2 });
    const flags = await flagsOf(taskId);
    expect(flags.map((f) => `${f.member_code}:${f.kind}:${f.severity}:L${f.escalation_level}`)).toEqual(['320000:overdue_share:red:L0', '330000:overdue_share:red:L0']);
    // Jiangsu's share is owned by its DRC: only that body's editor hears of it. Zhejiang has no editors: its liaison does.
    expect(await notificationsOf(users.jsDrcEditor!)).toHaveLength(1);
    expect(await notificationsOf(users.jsEditor!)).toHaveLength(0);
    expect(await notificationsOf(users.jsLiaison!)).toHaveLength(0);
    const [zj] = await notificationsOf(users.zjLiaison!);
    expect(zj).toMatchObject({ title_zh: '【红色】1.1 分工已逾期', title_en: '[RED] 1.1 share overdue', link: `/tasks/${taskId}` });
  });

  it('never sends the same reminder twice, also when two scans run at once', async () => {
    const [a, b] = await Promise.all([scan(), scan()]);
    expect(a.raised + b.raised + a.notifications + b.notifications).toBe(0);
    expect(await notificationsOf(users.jsDrcEditor!)).toHaveLength(1);
  });

  it('climbs to the member liaison after the grace period, then to the Office, then stops', async () => {
    ctx.clock.advance(3 * DAY - 1000);
    expect((await scan()).escalated).toBe(0);
    ctx.clock.advance(1000);
    expect((await scan()).escalated).toBe(2);
    expect((await notificationsOf(users.jsLiaison!)).map((n) => n.title_en)).toEqual(['[RED] 1.1 share overdue (escalated to the member liaison)']);
    expect(await notificationsOf(users.zjLiaison!)).toHaveLength(2);
    expect(await notificationsOf(users.office!)).toHaveLength(0);
    ctx.clock.advance(3 * DAY);
    expect((await scan()).escalated).toBe(2);
    expect((await notificationsOf(users.office!)).map((n) => n.title_zh)).toEqual(['【红色】1.1 分工已逾期（已升级至区域合作办公室）', '【红色】1.1 分工已逾期（已升级至区域合作办公室）']);
    ctx.clock.advance(30 * DAY);
    const later = await scan();
    expect((await flagsOf(taskId)).every((f) => f.escalation_level === 2 && f.next_escalation_at === null)).toBe(true);
    expect(later.escalated).toBe(0);
  });

  it('resolves the flag when the share is completed, and the task history tells the story', async () => {
    const share = await shareOf(ctx.deps, taskId, '330000');
    await ctx.deps.db.updateTable('task_shares').set({ status: 'completed', percent: 100 }).where('id', '=', share.id).execute();
    expect((await scan()).resolved).toBeGreaterThanOrEqual(1);
    const flags = await flagsOf(taskId);
    expect(flags.find((f) => f.member_code === '330000')?.resolved_at).not.toBeNull();
    expect(flags.find((f) => f.member_code === '320000')?.resolved_at).toBeNull();
    office = await login(ctx.app, 'sv.office'); // the clock moved on: sessions expired
    const history = (await api(office, 'GET', `/api/v1/tasks/${taskId}/history?limit=100`)).json().items.map((e: { action: string }) => e.action);
    expect(history.filter((a: string) => a.startsWith('supervision.'))).toEqual([
      'supervision.flag_resolve', 'supervision.flag_escalate', 'supervision.flag_escalate', 'supervision.flag_escalate', 'supervision.flag_escalate', 'supervision.flag_raise', 'supervision.flag_raise',
    ]);
    const scans = await ctx.deps.db.selectFrom('audit_events').select('summary').where('action', '=', 'supervision.scan').execute();
    expect(scans.length).toBeGreaterThanOrEqual(6);
  });
});

describe('missing reports, stalled work and milestones with an injected clock', () => {
  let taskId: string;
  beforeAll(async () => {
    ctx.clock.set('2026-03-02T01:00:00.000Z');
    const plan = await planInForce({ code: 'SV-REPORTS', stalledAfterDays: 45 });
    taskId = await makeTask(ctx.deps, plan, { code: '2.1', leadMemberCode: '320000', participantMemberCodes: [], dueDate: '2026-12-31', milestones: [{ titleZh: '方案', dueDate: '2026-04-10' }] });
  });

  it('turns a missing quarterly report yellow after the grace days, and a report clears it', async () => {
    ctx.clock.set('2026-04-07T15:00:00.000Z'); // 23:00 on 7 April in Shanghai: still within the grace
    await scan();
    expect(await flagsOf(taskId)).toEqual([]);
    ctx.clock.set('2026-04-07T16:30:00.000Z'); // 00:30 on 8 April in Shanghai
    await scan();
    expect((await flagsOf(taskId)).map((f) => `${f.kind}:${f.severity}:${f.period}`)).toEqual(['missing_report:yellow:2026-Q1']);
    const share = await shareOf(ctx.deps, taskId, '320000');
    await ctx.deps.db
      .insertInto('progress_reports')
      .values({ share_id: share.id, task_id: taskId, member_code: '320000', period: '2026-Q1', body: '一季度进展', percent: 20, status: 'on_track', submitted_at: ctx.clock.now() })
      .execute();
    await scan();
    expect((await flagsOf(taskId)).every((f) => f.resolved_at !== null)).toBe(true);
  });

  it('leaves the tasks of draft plans alone', async () => {
    const draft = await makePlan(ctx.deps, { code: 'SV-DRAFT' });
    const late = await makeTask(ctx.deps, draft, { code: 'D1', dueDate: '2025-01-01' });
    await scan();
    expect(await flagsOf(late)).toEqual([]);
  });

  it('flags an overdue milestone red and a share without progress for 45 days yellow', async () => {
    ctx.clock.set('2026-05-24T02:00:00.000Z'); // 45 days after the report of 8 April
    await scan();
    const open = (await flagsOf(taskId)).filter((f) => f.resolved_at === null);
    expect(open.map((f) => `${f.kind}:${f.severity}`).sort()).toEqual(['overdue_milestone:red', 'stalled:yellow']);
  });
});

describe('the board and the flag list', () => {
  let boardPlan: string;
  beforeAll(async () => {
    ctx.clock.set('2026-03-02T01:00:00.000Z');
    boardPlan = await planInForce({ code: 'SV-BOARD' });
    const sub = await createArea({ ...ctx.deps, actor }, { code: '4.9', nameZh: '太湖子领域', nameEn: 'Taihu sub-area' });
    await makeTask(ctx.deps, boardPlan, { code: 'B1', focusAreaId: await areaId(ctx.deps, '4'), leadMemberCode: '320000', participantMemberCodes: ['330000'], dueDate: '2026-02-01' });
    await makeTask(ctx.deps, boardPlan, { code: 'B2', focusAreaId: sub, leadMemberCode: '320000', participantMemberCodes: [], dueDate: '2026-12-31' });
    await makeTask(ctx.deps, boardPlan, { code: 'B3', focusAreaId: null, leadMemberCode: '340000', participantMemberCodes: [], dueDate: '2026-12-31' });
    await scan();
  });

  it('counts tasks per top-level area and member, sub-areas rolled up, coloured by the worst flag', async () => {
    jsLiaison = await login(ctx.app, 'sv.js.liaison');
    const response = await api(jsLiaison, 'GET', `/api/v1/supervision/board?planId=${boardPlan}`);
    expect(response.statusCode, response.body).toBe(200);
    const board = response.json();
    const area4 = await areaId(ctx.deps, '4');
    const cell = (area: string | null, member: string) => board.cells.find((c: { areaId: string | null; memberCode: string }) => c.areaId === area && c.memberCode === member);
    expect(cell(area4, '320000')).toMatchObject({ total: 2, red: 1, yellow: 0, none: 1, colour: 'red', filters: { areaId: area4, memberCode: '320000', flag: 'red' } });
    expect(cell(area4, '330000')).toMatchObject({ total: 1, red: 1, colour: 'red' });
    expect(cell(area4, '310000')).toMatchObject({ total: 0, colour: 'empty', filters: { flag: null } });
    expect(cell(null, '340000')).toMatchObject({ total: 1, none: 1, colour: 'green', filters: { areaId: 'none', flag: 'none' } });
    // Counts only: no cell lists its tasks.
    expect(board.cells.every((c: object) => !('taskIds' in c))).toBe(true);
    expect(board.areas.at(-1)).toMatchObject({ id: null, nameEn: 'No focus area' });
    expect(board.rule.zh).toMatch(/红/);
  });

  it("opens every cell's counts through the task list filters: each count is exactly what the list returns", async () => {
    // A yellow flag beside the red one in the same cell, and one under a red flag on the same task (red wins).
    const b2 = await ctx.deps.db.selectFrom('tasks').select('id').where('code', '=', 'B2').executeTakeFirstOrThrow();
    const b1 = await ctx.deps.db.selectFrom('tasks').select('id').where('code', '=', 'B1').executeTakeFirstOrThrow();
    await ctx.deps.db
      .insertInto('supervision_flags')
      .values([
        { kind: 'stalled', severity: 'yellow', subject_key: `stalled:${b2.id}:320000`, task_id: b2.id, member_code: '320000', raised_at: ctx.clock.now() },
        { kind: 'stalled', severity: 'yellow', subject_key: `stalled:${b1.id}:320000`, task_id: b1.id, member_code: '320000', raised_at: ctx.clock.now() },
      ])
      .execute();
    const board = (await api(office, 'GET', `/api/v1/supervision/board?planId=${boardPlan}`)).json();
    const area4 = await areaId(ctx.deps, '4');
    const cell4 = board.cells.find((c: { areaId: string | null; memberCode: string }) => c.areaId === area4 && c.memberCode === '320000');
    expect(cell4).toMatchObject({ total: 2, red: 1, yellow: 1, none: 0, colour: 'red' });

    type Cell = { total: number; red: number; yellow: number; none: number; colour: string; filters: { planId: string; areaId: string; memberCode: string; flag: string | null } };
    const count = async (filters: Cell['filters'], flag: string | null) => {
      const query = new URLSearchParams({ planId: filters.planId, areaId: filters.areaId, memberCode: filters.memberCode, limit: '200' });
      if (flag) query.set('flag', flag);
      const response = await api(office, 'GET', `/api/v1/tasks?${query}`);
      expect(response.statusCode, response.body).toBe(200);
      return response.json().items.length as number;
    };
    let checked = 0;
    for (const cell of board.cells as Cell[]) {
      if (cell.total === 0) continue;
      expect([cell.red + cell.yellow + cell.none, await count(cell.filters, null)]).toEqual([cell.total, cell.total]);
      expect(await count(cell.filters, 'red')).toBe(cell.red);
      expect(await count(cell.filters, 'yellow_only')).toBe(cell.yellow);
      expect(await count(cell.filters, 'none')).toBe(cell.none);
      // The cell's own filter lists the count of its colour.
      expect(await count(cell.filters, cell.filters.flag)).toBe(cell.colour === 'red' ? cell.red : cell.colour === 'yellow' ? cell.yellow : cell.none);
      checked += 1;
    }
    expect(checked).toBeGreaterThanOrEqual(3);
  });

  it('lists flags by member, severity and open state; every work role reads, others do not', async () => {
    [office, jsLiaison] = [await login(ctx.app, 'sv.office'), await login(ctx.app, 'sv.js.liaison')];
    const page = (await api(jsLiaison, 'GET', '/api/v1/supervision/flags?memberCode=330000&severity=red')).json();
    expect(page.items.length).toBeGreaterThan(0);
    expect(page.items.every((f: { memberCode: string; severity: string; resolvedAt: string | null }) => f.memberCode === '330000' && f.severity === 'red' && f.resolvedAt === null)).toBe(true);
    const closed = (await api(office, 'GET', '/api/v1/supervision/flags?open=false')).json();
    expect(closed.items.every((f: { resolvedAt: string | null }) => f.resolvedAt !== null)).toBe(true);
    expect((await api(jsLiaison, 'POST', '/api/v1/supervision/scan')).statusCode).toBe(403);
    const observer = await login(ctx.app, 'sv.observer');
    expect((await api(observer, 'GET', '/api/v1/supervision/board')).statusCode).toBe(200);
    const unknownPlan = await api(office, 'GET', '/api/v1/supervision/board?planId=00000000-0000-4000-8000-000000000000');
    expect(unknownPlan.json().error.fields[0]).toMatchObject({ field: 'planId', rule: 'supervision.plan_not_found' });
  });

  it('queues a signed webhook delivery for every raised flag', async () => {
    await createEndpoint({ ...ctx.deps, actor }, { name: 'Dashboard', url: 'https://hooks.example/hook', events: ['flag.raised'] });
    await makeTask(ctx.deps, boardPlan, { code: 'B4', leadMemberCode: '310000', participantMemberCodes: [], dueDate: '2026-02-01' });
    const result = await scan();
    expect(result.raised).toBe(1);
    const deliveries = await ctx.deps.db.selectFrom('webhook_deliveries').selectAll().execute();
    expect(deliveries).toHaveLength(1);
    expect(deliveries[0]).toMatchObject({ event: 'flag.raised', status: 'pending', payload: { kind: 'overdue_share', memberCode: '310000', severity: 'red' } });
    const jobs = await ctx.deps.db.selectFrom('jobs').select(['kind', 'dedup_key']).where('kind', '=', 'webhook.deliver').execute();
    expect(jobs).toEqual([{ kind: 'webhook.deliver', dedup_key: `webhook:${deliveries[0]!.id}` }]);
  });
});
