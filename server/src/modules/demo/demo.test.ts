import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { projectRoot } from '../../config.ts';
import { systemActor } from '../../shared/principal.ts';
import { createTestContext, createUser, login, type TestContext } from '../../../test/helpers.ts';
import { loadPlanRecords, readRecordFiles } from '../plans/plans.records.ts';
import { loadDemoData } from './demo.usecases.ts';
import { DEMO_PLAN_CODE, loadDemoWork } from './demo.work.ts';
import { loadDemoGovernance } from './demo.governance.ts';

let ctx: TestContext;
beforeAll(async () => {
  ctx = await createTestContext();
  for (const { records } of readRecordFiles(path.join(projectRoot, 'data', 'records'))) {
    await loadPlanRecords({ ...ctx.deps, actor: systemActor('test') }, records);
  }
  await loadDemoData(ctx.deps);
  await loadDemoWork(ctx.deps);
  await loadDemoGovernance(ctx.deps);
  await createUser(ctx.database.appDb, 'obs', [{ role: 'observer' }]);
});
afterAll(() => ctx.close());

describe('records from the source text', () => {
  it('hold the Three-Year Action Plan, adopted in principle on 5 June 2024, as a real (not demo) record', async () => {
    const session = await login(ctx.app, 'obs');
    const plans = (await ctx.app.inject({ method: 'GET', url: '/api/v1/plans', headers: { cookie: session.cookie } })).json().items;
    const plan = plans.find((p: { code: string }) => p.code === DEMO_PLAN_CODE);
    expect(plan).toMatchObject({ status: 'adopted_in_principle', isDemo: false, periodStart: '2024-01-01', periodEnd: '2026-12-31' });
    const detail = (await ctx.app.inject({ method: 'GET', url: `/api/v1/plans/${plan.id}`, headers: { cookie: session.cookie } })).json();
    expect(detail.transitions[0].occurredAt).toBe('2024-06-05T01:00:00.000Z');
    expect(plans.some((p: { kind: string; titleEn: string }) => p.kind === 'implementation' && /Regional Cooperation Office/.test(p.titleEn))).toBe(true);
  });

  it('load once: a second run creates nothing', async () => {
    for (const { records } of readRecordFiles(path.join(projectRoot, 'data', 'records'))) {
      expect(await loadPlanRecords({ ...ctx.deps, actor: systemActor('test') }, records)).toBe(0);
    }
  });
});

describe('demo data', () => {
  it('is labelled as demo in the data and in the titles', async () => {
    const tasks = await ctx.database.ownerDb.selectFrom('tasks').select(['is_demo', 'title_zh', 'title_en']).execute();
    expect(tasks.length).toBeGreaterThanOrEqual(24);
    expect(tasks.every((t) => t.is_demo && t.title_zh.startsWith('【演示】') && t.title_en.startsWith('[Demo]'))).toBe(true);
    const accounts = await ctx.database.ownerDb.selectFrom('users').select(['is_demo', 'password_hash']).where('username', 'like', 'demo.%').execute();
    expect(accounts.every((a) => a.is_demo && a.password_hash === null)).toBe(true);
  });

  it('covers every member and every focus area, with shares whose roll-up matches the rule', async () => {
    const shares = await ctx.database.ownerDb.selectFrom('task_shares').select(['member_code']).execute();
    expect(new Set(shares.map((s) => s.member_code))).toEqual(new Set(['310000', '320000', '330000', '340000']));
    const areas = await ctx.database.ownerDb
      .selectFrom('tasks')
      .innerJoin('focus_areas', 'focus_areas.id', 'tasks.focus_area_id')
      .select('focus_areas.code')
      .distinct()
      .execute();
    expect(areas.map((a) => a.code).sort()).toEqual(['1', '2', '3', '4', '5', '6', '7']);
    const statuses = await ctx.database.ownerDb.selectFrom('tasks').select('status').distinct().execute();
    expect(statuses.length).toBeGreaterThanOrEqual(3);
  });

  it('freezes the demo baseline and derives a demo annual plan for 2025', async () => {
    const annual = await ctx.database.ownerDb.selectFrom('plans').selectAll().where('code', '=', 'DEMO-AWP-2025').executeTakeFirstOrThrow();
    expect(annual).toMatchObject({ kind: 'annual', is_demo: true });
    const baseline = await ctx.database.ownerDb.selectFrom('task_baselines').select('task_id').execute();
    expect(baseline.length).toBeGreaterThanOrEqual(24);
  });

  it('loads once', async () => {
    expect((await loadDemoWork(ctx.deps)).loaded).toBe(false);
  });
});

describe('demo reports and supervision', () => {
  it('has a quarterly report history with one awaiting review and one returned, all marked demo', async () => {
    const reports = await ctx.database.ownerDb.selectFrom('progress_reports').select(['review_state', 'is_demo', 'body']).execute();
    expect(reports.length).toBeGreaterThan(100);
    expect(reports.every((r) => r.is_demo && r.body.startsWith('【演示】'))).toBe(true);
    const states = new Set(reports.map((r) => r.review_state));
    expect(states).toEqual(new Set(['accepted', 'submitted', 'returned']));
  });

  it('gives the supervision board a mix of colours, not a wall of red', async () => {
    const { runScan } = await import('../supervision/supervision.usecases.ts');
    await runScan({ ...ctx.deps, actor: systemActor('test') });
    const flags = await ctx.database.ownerDb.selectFrom('supervision_flags').select(['severity', 'task_id']).where('resolved_at', 'is', null).execute();
    const tasks = await ctx.database.ownerDb.selectFrom('tasks').select('id').where('is_demo', '=', true).execute();
    const flagged = new Set(flags.map((f) => f.task_id));
    expect(flagged.size).toBeGreaterThan(0);
    expect(flagged.size).toBeLessThan(tasks.length);
  });
});

describe('demo governance', () => {
  it('labels every meeting, matter and agreement as demo, with minutes awaiting two members and a matter at the coordination tier', async () => {
    const db = ctx.database.ownerDb;
    const meetings = await db.selectFrom('meetings').select(['id', 'is_demo', 'title_zh', 'title_en']).execute();
    const matters = await db.selectFrom('major_matters').select(['is_demo', 'title_zh', 'tier', 'raised_by_member_code']).execute();
    const agreements = await db.selectFrom('agreements').select(['is_demo', 'title_zh', 'status']).execute();
    for (const rows of [meetings, matters, agreements]) {
      expect(rows.length).toBeGreaterThanOrEqual(2);
      expect(rows.every((r) => r.is_demo && r.title_zh.startsWith('【演示】'))).toBe(true);
    }
    expect(matters.map((m) => m.tier).sort()).toEqual(['coordination', 'execution']);
    expect(agreements.map((a) => a.status).sort()).toEqual(['draft', 'in_force']);

    const session = await login(ctx.app, 'obs');
    const joint = meetings.find((m) => m.title_en.includes('Joint Meeting'))!;
    const detail = (await ctx.app.inject({ method: 'GET', url: `/api/v1/meetings/${joint.id}`, headers: { cookie: session.cookie } })).json();
    expect(detail.isDemo).toBe(true);
    const verdicts = Object.fromEntries(detail.minutes[0].approvals.map((a: { memberCode: string; verdict: string }) => [a.memberCode, a.verdict]));
    expect(verdicts).toEqual({ '310000': 'approve', '330000': 'request_change' });
    const actors = await db.selectFrom('audit_events').select('actor_username').distinct().where('action', 'like', 'meeting.minutes.%').execute();
    expect(actors.map((a) => a.actor_username).sort()).toEqual(['demo.office', 'demo.sh.liaison', 'demo.zj.liaison']);
  });

  it('loads once', async () => {
    expect((await loadDemoGovernance(ctx.deps)).loaded).toBe(false);
  });
});
