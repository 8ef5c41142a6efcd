import path from 'node:path';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { projectRoot } from '../../config.ts';
import { systemActor } from '../../shared/principal.ts';
import { createTestContext, createUser, login, type TestContext } from '../../../test/helpers.ts';
import { loadPlanRecords, readRecordFiles } from '../plans/plans.records.ts';
import { loadMeetingRecords, readMeetingRecordFiles } from '../meetings/meetings.records.ts';
import { loadDemoData } from './demo.usecases.ts';
import { up as repairDemoPlan } from '../../db/migrations/0021_demo_plan_repair.ts';
import { up as repairRecords2024 } from '../../db/migrations/0025_records_2024.ts';
import { DEMO_PLAN_CODE, loadDemoWork, REAL_PLAN_CODE } from './demo.work.ts';
import { loadDemoGovernance } from './demo.governance.ts';

let ctx: TestContext;
beforeAll(async () => {
  ctx = await createTestContext();
  for (const { records } of readRecordFiles(path.join(projectRoot, 'data', 'records'))) {
    await loadPlanRecords({ ...ctx.deps, actor: systemActor('test') }, records);
  }
  for (const { records } of readMeetingRecordFiles(path.join(projectRoot, 'data', 'records'))) {
    await loadMeetingRecords({ ...ctx.deps, actor: systemActor('test') }, records);
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
    const plan = plans.find((p: { code: string }) => p.code === REAL_PLAN_CODE);
    expect(plan).toMatchObject({ status: 'adopted_in_principle', isDemo: false, periodStart: '2024-01-01', periodEnd: '2026-12-31' });
    const detail = (await ctx.app.inject({ method: 'GET', url: `/api/v1/plans/${plan.id}`, headers: { cookie: session.cookie } })).json();
    expect(detail.transitions[0].occurredAt).toBe('2024-06-05T10:00:00.000Z');
    expect(plans.some((p: { kind: string; titleEn: string }) => p.kind === 'implementation' && /Regional Cooperation Office/.test(p.titleEn))).toBe(true);
  });

  it('agree with themselves and the source: adoption at the decision, 职能 throughout, results after the symposium, three focuses', async () => {
    const db = ctx.database.ownerDb;
    const symposium = await db.selectFrom('meetings').selectAll().where('record_key', '=', 'yrd-2024-symposium').executeTakeFirstOrThrow();
    const results = await db.selectFrom('meetings').selectAll().where('record_key', '=', 'yrd-2024-results-conference').executeTakeFirstOrThrow();
    expect(results.starts_at.getTime()).toBeGreaterThanOrEqual(symposium.ends_at.getTime());
    const decisions = await db.selectFrom('decisions').select(['title_zh', 'decided_at']).where('meeting_id', '=', symposium.id).execute();
    for (const d of decisions) expect(d.decided_at.getTime()).toBeLessThanOrEqual(symposium.ends_at.getTime());
    const adoption = decisions.find((d) => d.title_zh.includes('三年行动计划'))!;
    const plan = await db.selectFrom('plans').select(['id', 'description_zh', 'description_en']).where('code', '=', REAL_PLAN_CODE).executeTakeFirstOrThrow();
    const transition = await db.selectFrom('plan_transitions').select('occurred_at').where('plan_id', '=', plan.id).executeTakeFirstOrThrow();
    expect(transition.occurred_at.getTime()).toBe(adoption.decided_at.getTime());
    const texts = [...decisions.map((d) => d.title_zh), ...(await db.selectFrom('agenda_items').select('title_zh').execute()).map((a) => a.title_zh),
      ...(await db.selectFrom('plans').select('title_zh').execute()).map((p) => p.title_zh)];
    expect(texts.filter((t) => t.includes('合作办公室功能'))).toEqual([]);
    expect(plan.description_zh).toContain('三个方面');
    expect(plan.description_en).not.toMatch(/^[^.]*\. Six aspects/);
  });

  it('an install that loaded the old record files is corrected by migration 0025, keeping later edits', async () => {
    const db = ctx.database.ownerDb;
    const symposium = await db.selectFrom('meetings').select('id').where('record_key', '=', 'yrd-2024-symposium').executeTakeFirstOrThrow();
    await db.updateTable('meetings').set({ ends_at: new Date('2024-06-06T12:00:00+08:00') }).where('id', '=', symposium.id).execute();
    await db.updateTable('meetings').set({ starts_at: new Date('2024-06-06T10:00:00+08:00') }).where('record_key', '=', 'yrd-2024-results-conference').execute();
    await db.updateTable('decisions').set({ title_zh: sql<string>`replace(title_zh, '合作办公室职能', '合作办公室功能')` }).where('meeting_id', '=', symposium.id).execute();
    // An edit made by the Office after loading: not the loaded value, so kept.
    await db.updateTable('meetings').set({ starts_at: new Date('2024-06-06T11:00:00+08:00') }).where('record_key', '=', 'yrd-2024-results-conference').execute();
    await repairRecords2024(db);
    const after = await db.selectFrom('meetings').select(['record_key', 'starts_at', 'ends_at']).where('record_key', 'in', ['yrd-2024-symposium', 'yrd-2024-results-conference']).execute();
    expect(after.find((m) => m.record_key === 'yrd-2024-symposium')!.ends_at.toISOString()).toBe('2024-06-06T02:00:00.000Z');
    expect(after.find((m) => m.record_key === 'yrd-2024-results-conference')!.starts_at.toISOString()).toBe('2024-06-06T03:00:00.000Z');
    const titles = await db.selectFrom('decisions').select('title_zh').where('meeting_id', '=', symposium.id).execute();
    expect(titles.filter((t) => t.title_zh.includes('合作办公室功能'))).toEqual([]);
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

  it('freezes the demo baseline in a demo plan and derives a demo annual plan for 2025 from it', async () => {
    const db = ctx.database.ownerDb;
    const demoPlan = await db.selectFrom('plans').selectAll().where('code', '=', DEMO_PLAN_CODE).executeTakeFirstOrThrow();
    expect(demoPlan).toMatchObject({ kind: 'three_year', is_demo: true });
    expect(demoPlan.title_zh.startsWith('【演示】')).toBe(true);
    expect(demoPlan.baseline_frozen_at).not.toBeNull();
    const annual = await db.selectFrom('plans').selectAll().where('code', '=', 'DEMO-AWP-2025').executeTakeFirstOrThrow();
    expect(annual).toMatchObject({ kind: 'annual', is_demo: true, parent_plan_id: demoPlan.id });
    const baseline = await db.selectFrom('task_baselines').select('task_id').where('plan_id', '=', demoPlan.id).execute();
    expect(baseline.length).toBeGreaterThanOrEqual(24);
  });

  it('never touches a real record: no real record references a demo one, the real plan has no demo task and no baseline', async () => {
    const db = ctx.database.ownerDb;
    const realPlan = await db.selectFrom('plans').selectAll().where('code', '=', REAL_PLAN_CODE).executeTakeFirstOrThrow();
    expect(realPlan.is_demo).toBe(false);
    expect(realPlan.baseline_frozen_at).toBeNull();
    expect(await db.selectFrom('task_baselines').select('task_id').where('plan_id', '=', realPlan.id).execute()).toEqual([]);
    expect(await db.selectFrom('tasks').select('id').where('plan_id', '=', realPlan.id).where('is_demo', '=', true).execute()).toEqual([]);
    // Real tasks under demo plans, real plans under demo parents, real plan links to demo tasks: none.
    expect(await db.selectFrom('tasks').innerJoin('plans', 'plans.id', 'tasks.plan_id')
      .select('tasks.id').where('tasks.is_demo', '=', false).where('plans.is_demo', '=', true).execute()).toEqual([]);
    expect(await db.selectFrom('plans as child').innerJoin('plans as parent', 'parent.id', 'child.parent_plan_id')
      .select('child.id').where('child.is_demo', '=', false).where('parent.is_demo', '=', true).execute()).toEqual([]);
    expect(await db.selectFrom('plan_tasks').innerJoin('plans', 'plans.id', 'plan_tasks.plan_id').innerJoin('tasks', 'tasks.id', 'plan_tasks.task_id')
      .select('plan_tasks.task_id').where('plans.is_demo', '=', false).where('tasks.is_demo', '=', true).execute()).toEqual([]);
  });

  it('an install from before the fix is repaired by migration 0021: demo tasks, links and baseline move to the demo plan', async () => {
    const db = ctx.database.ownerDb;
    const realId = (await db.selectFrom('plans').select('id').where('code', '=', REAL_PLAN_CODE).executeTakeFirstOrThrow()).id;
    const demo = await db.selectFrom('plans').select(['id', 'baseline_frozen_at']).where('code', '=', DEMO_PLAN_CODE).executeTakeFirstOrThrow();
    const demoTasks = (await db.selectFrom('tasks').select('id').where('plan_id', '=', demo.id).execute()).map((t) => t.id);
    // The old loader's state: the demo tasks, their links and baseline under the real plan, the annual plan its child.
    await db.updateTable('tasks').set({ plan_id: realId }).where('id', 'in', demoTasks).execute();
    await db.updateTable('plan_tasks').set({ plan_id: realId }).where('plan_id', '=', demo.id).execute();
    await db.updateTable('task_baselines').set({ plan_id: realId }).where('plan_id', '=', demo.id).execute();
    await db.updateTable('plans').set({ parent_plan_id: realId }).where('code', '=', 'DEMO-AWP-2025').execute();
    await db.updateTable('plans').set({ baseline_frozen_at: demo.baseline_frozen_at }).where('id', '=', realId).execute();
    await db.deleteFrom('plans').where('id', '=', demo.id).execute();

    await repairDemoPlan(db);

    const repaired = await db.selectFrom('plans').select(['id', 'is_demo']).where('code', '=', DEMO_PLAN_CODE).executeTakeFirstOrThrow();
    expect(repaired.is_demo).toBe(true);
    expect(await db.selectFrom('tasks').select('id').where('plan_id', '=', realId).execute()).toEqual([]);
    expect((await db.selectFrom('tasks').select('id').where('plan_id', '=', repaired.id).execute()).length).toBe(demoTasks.length);
    expect((await db.selectFrom('task_baselines').select('task_id').where('plan_id', '=', repaired.id).execute()).length).toBe(demoTasks.length);
    expect(await db.selectFrom('plan_tasks').select('task_id').where('plan_id', '=', realId).execute()).toEqual([]);
    expect((await db.selectFrom('plans').select('parent_plan_id').where('code', '=', 'DEMO-AWP-2025').executeTakeFirstOrThrow()).parent_plan_id).toBe(repaired.id);
    expect((await db.selectFrom('plans').select('baseline_frozen_at').where('id', '=', realId).executeTakeFirstOrThrow()).baseline_frozen_at).toBeNull();
    // Run again: nothing left to repair, nothing changes.
    await repairDemoPlan(db);
    expect((await db.selectFrom('tasks').select('id').where('plan_id', '=', repaired.id).execute()).length).toBe(demoTasks.length);
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
    // The real 2024 meetings (loaded from the record files, with a record key) are not demo; every other one is.
    const meetings = await db.selectFrom('meetings').select(['id', 'is_demo', 'title_zh', 'title_en']).where('record_key', 'is', null).execute();
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
