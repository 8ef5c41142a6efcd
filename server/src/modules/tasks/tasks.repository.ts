import { sql } from 'kysely';
import type { Db } from '../../db/database.ts';
import type { WorkStatus } from '../../db/schema.ts';
import type { Trx } from '../audit/audit.usecases.ts';

type Executor = Db | Trx;

export interface TaskRow {
  plan_id: string;
  code: string;
  title_zh: string;
  title_en: string;
  description_zh: string;
  description_en: string;
  focus_area_id: string | null;
  lead_member_code: string;
  start_date: string | null;
  due_date: string | null;
  priority: 'high' | 'normal' | 'low';
  tags: string[];
  source_ref: string | null;
  is_demo: boolean;
}

export async function codeTakenInPlan(db: Executor, planId: string, code: string, exceptTaskId?: string): Promise<boolean> {
  let query = db
    .selectFrom('plan_tasks')
    .innerJoin('tasks', 'tasks.id', 'plan_tasks.task_id')
    .select('tasks.id')
    .where('plan_tasks.plan_id', '=', planId)
    .where('tasks.code', '=', code);
  if (exceptTaskId) query = query.where('tasks.id', '!=', exceptTaskId);
  return (await query.executeTakeFirst()) !== undefined;
}

export async function insertTask(trx: Trx, task: TaskRow, now: Date): Promise<string> {
  const row = await trx.insertInto('tasks').values({ ...task, created_at: now, updated_at: now }).returning('id').executeTakeFirstOrThrow();
  await trx.insertInto('plan_tasks').values({ plan_id: task.plan_id, task_id: row.id, inclusion: 'home', added_at: now }).execute();
  return row.id;
}

export async function insertShare(
  trx: Trx,
  share: { taskId: string; memberCode: string; role: 'lead' | 'participant'; ownerBodyCode: string | null; dueDate: string | null },
  now: Date,
): Promise<string> {
  const row = await trx
    .insertInto('task_shares')
    .values({
      task_id: share.taskId,
      member_code: share.memberCode,
      role: share.role,
      owner_body_code: share.ownerBodyCode,
      due_date: share.dueDate,
      created_at: now,
      updated_at: now,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

export async function replaceBodies(trx: Trx, taskId: string, bodyCodes: string[]): Promise<void> {
  await trx.deleteFrom('task_bodies').where('task_id', '=', taskId).execute();
  if (bodyCodes.length > 0) await trx.insertInto('task_bodies').values(bodyCodes.map((b) => ({ task_id: taskId, body_code: b }))).execute();
}

export async function insertMilestone(trx: Trx, m: { taskId: string; titleZh: string; titleEn: string; dueDate: string; sortOrder: number }): Promise<string> {
  const row = await trx
    .insertInto('task_milestones')
    .values({ task_id: m.taskId, title_zh: m.titleZh, title_en: m.titleEn, due_date: m.dueDate, sort_order: m.sortOrder })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

export function findTask(db: Executor, id: string) {
  return db.selectFrom('tasks').selectAll().where('id', '=', id).executeTakeFirst();
}

export function findTaskForUpdate(trx: Trx, id: string) {
  return trx.selectFrom('tasks').selectAll().where('id', '=', id).forUpdate().executeTakeFirst();
}

export async function updateTaskFields(trx: Trx, id: string, fields: Partial<TaskRow>, now: Date): Promise<void> {
  await trx.updateTable('tasks').set({ ...fields, updated_at: now, version: sql<number>`version + 1` }).where('id', '=', id).execute();
}

/** Rolled-up values are not user edits: no version bump, so they never cause a conflict. */
export async function setRollup(trx: Trx, id: string, status: WorkStatus, progress: number, now: Date): Promise<void> {
  await trx.updateTable('tasks').set({ status, progress, updated_at: now }).where('id', '=', id).execute();
}

export function sharesOfTask(db: Executor, taskId: string) {
  return db.selectFrom('task_shares').selectAll().where('task_id', '=', taskId).orderBy('role').orderBy('member_code').execute();
}

export function milestonesOfTask(db: Executor, taskId: string) {
  return db.selectFrom('task_milestones').selectAll().where('task_id', '=', taskId).orderBy('sort_order').orderBy('due_date').execute();
}

export async function bodiesOfTask(db: Executor, taskId: string): Promise<string[]> {
  return (await db.selectFrom('task_bodies').select('body_code').where('task_id', '=', taskId).orderBy('body_code').execute()).map((r) => r.body_code);
}

export function plansOfTask(db: Executor, taskId: string) {
  return db
    .selectFrom('plan_tasks')
    .innerJoin('plans', 'plans.id', 'plan_tasks.plan_id')
    .select(['plans.id', 'plans.code', 'plans.kind', 'plans.title_zh', 'plans.title_en', 'plans.status', 'plan_tasks.inclusion'])
    .where('plan_tasks.task_id', '=', taskId)
    .orderBy('plans.period_start')
    .execute();
}

export function openFlagsOfTask(db: Executor, taskId: string) {
  return db
    .selectFrom('supervision_flags')
    .selectAll()
    .where('task_id', '=', taskId)
    .where('resolved_at', 'is', null)
    .orderBy('raised_at')
    .execute();
}

export function findShare(db: Executor, id: string) {
  return db.selectFrom('task_shares').selectAll().where('id', '=', id).executeTakeFirst();
}

export function findShareForUpdate(trx: Trx, id: string) {
  return trx.selectFrom('task_shares').selectAll().where('id', '=', id).forUpdate().executeTakeFirst();
}

export async function updateShareFields(
  trx: Trx,
  id: string,
  fields: { status?: WorkStatus; percent?: number; notes?: string; owner_body_code?: string | null; due_date?: string | null; weight?: number; last_progress_at?: Date },
  now: Date,
): Promise<void> {
  await trx.updateTable('task_shares').set({ ...fields, updated_at: now, version: sql<number>`version + 1` }).where('id', '=', id).execute();
}

/** Moving the lead: the role changes without a version step (as before the move into the repository). */
export async function setShareRole(trx: Trx, id: string, role: 'lead' | 'participant', now: Date): Promise<void> {
  await trx.updateTable('task_shares').set({ role, updated_at: now }).where('id', '=', id).execute();
}

export async function deleteShare(trx: Trx, id: string): Promise<void> {
  await trx.deleteFrom('task_shares').where('id', '=', id).execute();
}

export async function countReportsOfShare(db: Executor, shareId: string): Promise<number> {
  const row = await db.selectFrom('progress_reports').select((eb) => eb.fn.countAll<string>().as('n')).where('share_id', '=', shareId).executeTakeFirstOrThrow();
  return Number(row.n);
}

export function findMilestoneForUpdate(trx: Trx, id: string) {
  return trx.selectFrom('task_milestones').selectAll().where('id', '=', id).forUpdate().executeTakeFirst();
}

export async function updateMilestone(trx: Trx, id: string, fields: { title_zh?: string; title_en?: string; due_date?: string; completed_at?: Date | null }) {
  await trx.updateTable('task_milestones').set(fields).where('id', '=', id).execute();
}

export async function areaExists(db: Executor, id: string): Promise<boolean> {
  return (await db.selectFrom('focus_areas').select('id').where('id', '=', id).executeTakeFirst()) !== undefined;
}

// --- the task list -----------------------------------------------------------

export type TaskSort = 'code' | 'due' | 'updated';

export interface TaskFilter {
  planId?: string;
  areaId?: string;
  memberCode?: string;
  memberRole?: 'lead' | 'participant' | 'any';
  status?: WorkStatus[];
  shareStatus?: WorkStatus[];
  flag?: 'red' | 'yellow' | 'any' | 'yellow_only' | 'none';
  overdue?: boolean;
  dueYear?: number;
  q?: string;
  today: string;
  sort: TaskSort;
  after?: unknown[];
  limit: number;
}

const tasksWithHome = (db: Executor) => db.selectFrom('tasks').innerJoin('plans as home', 'home.id', 'tasks.plan_id');

/** pg_trgm needs three characters: a shorter pattern cannot use tasks_search_idx. */
const TRIGRAM = 3;

/**
 * The same rows as tasksWithHome with the text filter applied plan by plan:
 * for a pattern no index can serve, walking the plans in code order stops
 * after the first page of matches. (Left to itself, the planner scans and
 * filters every task first: it prices ILIKE far below its real cost on Chinese
 * text — 330 ms instead of 4 ms for q=太湖 on 50k tasks.) OFFSET 0 keeps the
 * subquery from being merged back into a plain join.
 */
function tasksWithHomeMatching(db: Executor, pattern: string) {
  return db
    .selectFrom('plans as home')
    .innerJoinLateral(
      (eb) => eb.selectFrom('tasks').selectAll().whereRef('tasks.plan_id', '=', 'home.id').where('tasks.search_text', 'ilike', pattern).offset(0).as('tasks'),
      (join) => join.onTrue(),
    ) as unknown as ReturnType<typeof tasksWithHome>;
}

/**
 * One query for every filter combination, paged by keyset (never OFFSET) so
 * that page N costs the same as page 1.
 */
export function listTasks(db: Executor, f: TaskFilter) {
  const pattern = f.q ? `%${f.q.replace(/[%_\\]/g, '\\$&')}%` : undefined;
  const walkPlans = pattern !== undefined && f.sort === 'code' && [...f.q!].length < TRIGRAM;
  let query = (walkPlans ? tasksWithHomeMatching(db, pattern) : tasksWithHome(db))
    .leftJoin('focus_areas as area', 'area.id', 'tasks.focus_area_id')
    .select([
      'tasks.id', 'tasks.plan_id', 'home.code as plan_code', 'tasks.code', 'tasks.title_zh', 'tasks.title_en',
      'tasks.focus_area_id', 'area.code as area_code', 'area.name_zh as area_name_zh', 'area.name_en as area_name_en',
      'tasks.lead_member_code', 'tasks.start_date', 'tasks.due_date', 'tasks.priority', 'tasks.tags', 'tasks.status',
      'tasks.progress', 'tasks.is_demo', 'tasks.version', 'tasks.updated_at',
    ])
    .select((eb) => [
      // Read from task_shares_task_role_member_idx alone (index-only, already in member order).
      eb
        .selectFrom('task_shares')
        .select(sql<string[]>`coalesce(array_agg(member_code ORDER BY member_code), '{}')`.as('codes'))
        .whereRef('task_shares.task_id', '=', 'tasks.id')
        .where('task_shares.role', '=', 'participant')
        .as('participant_codes'),
      // Scalar subqueries, not a LATERAL join: they run only for the rows of the page, after the sort and the limit.
      eb
        .selectFrom('supervision_flags')
        .select(sql<string>`count(*) FILTER (WHERE severity = 'red')`.as('n'))
        .whereRef('supervision_flags.task_id', '=', 'tasks.id')
        .where('supervision_flags.resolved_at', 'is', null)
        .as('red_flags'),
      eb
        .selectFrom('supervision_flags')
        .select(sql<string>`count(*) FILTER (WHERE severity = 'yellow')`.as('n'))
        .whereRef('supervision_flags.task_id', '=', 'tasks.id')
        .where('supervision_flags.resolved_at', 'is', null)
        .as('yellow_flags'),
    ])
    .limit(f.limit + 1);

  if (f.planId) {
    const planId = f.planId;
    query = query.where((eb) => eb.exists(eb.selectFrom('plan_tasks').select(sql`1`.as('x')).whereRef('plan_tasks.task_id', '=', 'tasks.id').where('plan_tasks.plan_id', '=', planId)));
  }
  if (f.areaId === 'none') query = query.where('tasks.focus_area_id', 'is', null);
  else if (f.areaId) {
    // An area includes its sub-areas (codes 1.2, 1.2.3 under 1). Their ids are
    // computed once (ARRAY(...) is an init plan), so the list can walk an index
    // in its sort order and stop after a page; a join on the area code let the
    // planner sort every task of the area first (focus_areas is too small for
    // autovacuum ever to give it statistics).
    const areaIds = db
      .selectFrom('focus_areas as sub')
      .innerJoin('focus_areas as chosen', (join) => join.on('chosen.id', '=', f.areaId!))
      .select('sub.id')
      .where((e) => e.or([e('sub.code', '=', e.ref('chosen.code')), e('sub.code', 'like', sql<string>`chosen.code || '.%'`)]));
    query = query.where(sql<boolean>`tasks.focus_area_id = ANY(ARRAY(${areaIds}))`);
  }
  if (f.memberCode) {
    const member = f.memberCode;
    const role = f.memberRole ?? 'any';
    if (role === 'lead') query = query.where('tasks.lead_member_code', '=', member);
    else
      query = query.where((eb) =>
        eb.exists(
          eb
            .selectFrom('task_shares as ms')
            .select(sql`1`.as('x'))
            .whereRef('ms.task_id', '=', 'tasks.id')
            .where('ms.member_code', '=', member)
            .$if(role === 'participant', (q) => q.where('ms.role', '=', 'participant')),
        ),
      );
  }
  if (f.status && f.status.length > 0) query = query.where('tasks.status', 'in', f.status);
  if (f.shareStatus && f.shareStatus.length > 0) {
    // The member's own part of the task (the dashboard's progress by member counts shares, not rolled-up tasks).
    const statuses = f.shareStatus;
    const member = f.memberCode;
    query = query.where((eb) =>
      eb.exists(
        eb
          .selectFrom('task_shares as ss')
          .select(sql`1`.as('x'))
          .whereRef('ss.task_id', '=', 'tasks.id')
          .where('ss.status', 'in', statuses)
          .$if(member !== undefined, (q) => q.where('ss.member_code', '=', member!)),
      ),
    );
  }
  if (f.dueYear !== undefined) query = query.where('tasks.due_date', '>=', `${f.dueYear}-01-01`).where('tasks.due_date', '<=', `${f.dueYear}-12-31`);
  if (f.flag) {
    const member = f.memberCode;
    const flagged = (severity: 'red' | 'yellow' | undefined) =>
      sql<boolean>`EXISTS (${db
        .selectFrom('supervision_flags as fl')
        .select(sql`1`.as('x'))
        .where(sql<boolean>`fl.task_id = tasks.id`)
        .where('fl.resolved_at', 'is', null)
        .$if(severity !== undefined, (q) => q.where('fl.severity', '=', severity!))
        // With a member chosen, only that member's flags count (as on the supervision board).
        .$if(member !== undefined, (q) => q.where('fl.member_code', '=', member!))})`;
    const condition = {
      red: flagged('red'),
      yellow: flagged('yellow'),
      any: flagged(undefined),
      yellow_only: sql<boolean>`(${flagged('yellow')} AND NOT ${flagged('red')})`,
      none: sql<boolean>`NOT ${flagged(undefined)}`,
    }[f.flag];
    query = query.where(condition);
  }
  if (f.overdue) query = query.where('tasks.due_date', '<', f.today).where('tasks.status', '!=', 'completed');
  if (pattern && !walkPlans) query = query.where('tasks.search_text', 'ilike', pattern);

  switch (f.sort) {
    case 'code':
      query = query.orderBy('home.code').orderBy('tasks.code').orderBy('tasks.id');
      // The row comparison spans two tables, so no index can seek with it; the redundant bound on the plan code
      // lets the scan of plans start at the cursor's plan instead of reading and discarding every earlier task.
      if (f.after) query = query.where(sql<boolean>`(home.code, tasks.code, tasks.id) > (${f.after[0]}, ${f.after[1]}, ${f.after[2]}::uuid)`).where(sql<boolean>`home.code >= ${f.after[0]}`);
      break;
    case 'due':
      // Tasks without a due date come last: coalesce to a far date for a total order.
      query = query.orderBy(sql`coalesce(tasks.due_date, '9999-12-31')`).orderBy('tasks.id');
      if (f.after) query = query.where(sql<boolean>`(coalesce(tasks.due_date, '9999-12-31'), tasks.id) > (${f.after[0]}::date, ${f.after[1]}::uuid)`);
      break;
    case 'updated':
      query = query.orderBy('tasks.updated_at', 'desc').orderBy('tasks.id', 'desc');
      if (f.after) query = query.where(sql<boolean>`(tasks.updated_at, tasks.id) < (${f.after[0]}::timestamptz, ${f.after[1]}::uuid)`);
      break;
  }
  return query.execute();
}

export type TaskListRow = Awaited<ReturnType<typeof listTasks>>[number];

export function sortKeyOf(row: TaskListRow, sort: TaskSort): unknown[] {
  if (sort === 'code') return [row.plan_code, row.code, row.id];
  if (sort === 'due') return [row.due_date ?? '9999-12-31', row.id];
  return [row.updated_at.toISOString(), row.id];
}

// --- saved views ---------------------------------------------------------

export function listViews(db: Executor, userId: string, scope: string) {
  return db.selectFrom('saved_views').selectAll().where('user_id', '=', userId).where('scope', '=', scope).orderBy('name').execute();
}

export async function insertView(db: Executor, view: { userId: string; scope: string; name: string; filters: Record<string, unknown> }): Promise<string | undefined> {
  const row = await db
    .insertInto('saved_views')
    .values({ user_id: view.userId, scope: view.scope, name: view.name, filters: JSON.stringify(view.filters) })
    .onConflict((oc) => oc.doNothing())
    .returning('id')
    .executeTakeFirst();
  return row?.id;
}

export async function deleteView(db: Executor, userId: string, id: string): Promise<boolean> {
  const result = await db.deleteFrom('saved_views').where('id', '=', id).where('user_id', '=', userId).executeTakeFirst();
  return Number(result.numDeletedRows) > 0;
}
