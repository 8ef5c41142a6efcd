import { sql } from 'kysely';
import type { Db } from '../../db/database.ts';
import type { PlanKind, PlanStatus } from '../../db/schema.ts';
import type { Trx } from '../audit/audit.usecases.ts';

/** decision_ref is free text (a decision's id, or a reference outside the platform). */
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

type Executor = Db | Trx;

export interface PlanListFilter {
  kind?: PlanKind;
  status?: PlanStatus;
  /** Plans whose period overlaps this calendar year. */
  year?: number;
  /** Plans holding a task of this focus area or one of its sub-areas (plans themselves have no area). */
  areaId?: string;
  /** Substring of the code or either title. */
  q?: string;
}

export function listPlans(db: Executor, filter: PlanListFilter & { after?: [string, string]; limit: number }) {
  let query = db
    .selectFrom('plans')
    .selectAll('plans')
    .select((eb) =>
      eb.selectFrom('plan_tasks').select((e) => e.fn.countAll<string>().as('n')).whereRef('plan_tasks.plan_id', '=', 'plans.id').as('task_count'),
    )
    .orderBy('period_start', 'desc')
    .orderBy('id')
    .limit(filter.limit + 1);
  if (filter.kind) query = query.where('kind', '=', filter.kind);
  if (filter.status) query = query.where('status', '=', filter.status);
  if (filter.year !== undefined) {
    query = query.where('period_start', '<=', `${filter.year}-12-31`).where('period_end', '>=', `${filter.year}-01-01`);
  }
  if (filter.q) {
    const like = `%${filter.q.replace(/[%_\\]/g, '\\$&')}%`;
    query = query.where((eb) => eb.or([eb('code', 'ilike', like), eb('title_zh', 'ilike', like), eb('title_en', 'ilike', like)]));
  }
  if (filter.areaId) {
    const areaId = filter.areaId;
    query = query.where((eb) =>
      eb.exists(
        eb.selectFrom('plan_tasks')
          .innerJoin('tasks', 'tasks.id', 'plan_tasks.task_id')
          .innerJoin('focus_areas as sub', 'sub.id', 'tasks.focus_area_id')
          .innerJoin('focus_areas as chosen', (join) => join.on('chosen.id', '=', areaId))
          .select(sql`1`.as('x'))
          .whereRef('plan_tasks.plan_id', '=', 'plans.id')
          .where((e) => e.or([e('sub.code', '=', e.ref('chosen.code')), e('sub.code', 'like', sql<string>`chosen.code || '.%'`)])),
      ),
    );
  }
  if (filter.after) query = query.where(sql<boolean>`(period_start, id) < (${filter.after[0]}::date, ${filter.after[1]}::uuid)`).orderBy('id');
  return query.execute();
}

export function findPlan(db: Executor, id: string) {
  return db.selectFrom('plans').selectAll().where('id', '=', id).executeTakeFirst();
}

export function findPlanForUpdate(trx: Trx, id: string) {
  return trx.selectFrom('plans').selectAll().where('id', '=', id).forUpdate().executeTakeFirst();
}

export async function findPlanIdByCode(db: Executor, code: string): Promise<string | undefined> {
  const row = await db.selectFrom('plans').select('id').where('code', '=', code).executeTakeFirst();
  return row?.id;
}

export function findPlanByCode(db: Executor, code: string) {
  return db.selectFrom('plans').select(['id', 'status']).where('code', '=', code).executeTakeFirst();
}

/** Names the decision behind a step already recorded without one (the meeting records' adoption). */
export async function linkTransitionToDecision(trx: Trx, planId: string, to: PlanStatus, decisionId: string): Promise<void> {
  await trx.updateTable('plan_transitions').set({ decision_ref: decisionId })
    .where('plan_id', '=', planId).where('to_status', '=', to).where('decision_ref', 'is', null).execute();
}

export async function planCodeExists(db: Executor, code: string): Promise<boolean> {
  return (await db.selectFrom('plans').select('id').where('code', '=', code).executeTakeFirst()) !== undefined;
}

export interface PlanRow {
  kind: PlanKind;
  code: string;
  title_zh: string;
  title_en: string;
  description_zh: string;
  description_en: string;
  period_start: string;
  period_end: string;
  parent_plan_id: string | null;
  reporting_cadence: 'monthly' | 'quarterly';
  stalled_after_days: number;
  is_demo: boolean;
  created_by: string | null;
}

export async function insertPlan(db: Executor, plan: PlanRow, now: Date): Promise<string> {
  const row = await db.insertInto('plans').values({ ...plan, created_at: now, updated_at: now }).returning('id').executeTakeFirstOrThrow();
  return row.id;
}

export async function updatePlan(trx: Trx, id: string, fields: Partial<PlanRow> & { status?: PlanStatus; baseline_frozen_at?: Date }, now: Date) {
  await trx
    .updateTable('plans')
    .set({ ...fields, updated_at: now, version: sql<number>`version + 1` })
    .where('id', '=', id)
    .execute();
}

export async function insertTransition(
  trx: Trx,
  t: { planId: string; from: PlanStatus; to: PlanStatus; at: Date; actorUserId: string | null; actorUsername: string; note: string; decisionRef: string | null },
) {
  await trx
    .insertInto('plan_transitions')
    .values({
      plan_id: t.planId,
      from_status: t.from,
      to_status: t.to,
      occurred_at: t.at,
      actor_user_id: t.actorUserId,
      actor_username: t.actorUsername,
      note: t.note,
      decision_ref: t.decisionRef,
    })
    .execute();
}

/** A plan's steps; a step taken by a decision whose record gives the day only (decisions.time_of_day_known) has a nominal time too. */
export async function listTransitions(db: Executor, planId: string) {
  const steps = await db.selectFrom('plan_transitions').selectAll().where('plan_id', '=', planId).orderBy('occurred_at').execute();
  const refs = [...new Set(steps.flatMap((t) => (t.decision_ref && UUID.test(t.decision_ref) ? [t.decision_ref.toLowerCase()] : [])))];
  const dayOnly = new Set(
    refs.length === 0
      ? []
      : (await db.selectFrom('decisions').select('id').where('id', 'in', refs).where('time_of_day_known', '=', false).execute()).map((d) => d.id),
  );
  return steps.map((t) => ({ ...t, time_of_day_known: !(t.decision_ref && dayOnly.has(t.decision_ref.toLowerCase())) }));
}

/** Status counts of the plan's tasks, for the plan overview. */
export async function taskStatusCounts(db: Executor, planId: string) {
  return db
    .selectFrom('plan_tasks')
    .innerJoin('tasks', 'tasks.id', 'plan_tasks.task_id')
    .select(['tasks.status', (eb) => eb.fn.countAll<string>().as('n')])
    .where('plan_tasks.plan_id', '=', planId)
    .groupBy('tasks.status')
    .execute();
}

/** Freezes each home task of the plan as it stands: the baseline later years compare against. */
export async function freezeBaseline(trx: Trx, planId: string, at: Date): Promise<number> {
  const result = await sql`
    INSERT INTO task_baselines (task_id, plan_id, frozen_at, snapshot)
    SELECT t.id, t.plan_id, ${at}, jsonb_build_object(
      'code', t.code, 'titleZh', t.title_zh, 'titleEn', t.title_en, 'leadMemberCode', t.lead_member_code,
      'startDate', t.start_date, 'dueDate', t.due_date, 'focusAreaId', t.focus_area_id,
      'participants', (SELECT coalesce(jsonb_agg(s.member_code ORDER BY s.member_code), '[]') FROM task_shares s WHERE s.task_id = t.id),
      'milestones', (SELECT coalesce(jsonb_agg(jsonb_build_object('titleZh', m.title_zh, 'dueDate', m.due_date) ORDER BY m.sort_order), '[]')
                     FROM task_milestones m WHERE m.task_id = t.id)
    )
    FROM tasks t WHERE t.plan_id = ${planId}
    ON CONFLICT (task_id) DO NOTHING`.execute(trx);
  return Number(result.numAffectedRows ?? 0);
}

export function baselineComparison(db: Executor, planId: string) {
  return db
    .selectFrom('tasks')
    .leftJoin('task_baselines', 'task_baselines.task_id', 'tasks.id')
    .select([
      'tasks.id', 'tasks.code', 'tasks.title_zh', 'tasks.title_en', 'tasks.due_date', 'tasks.status', 'tasks.progress',
      'tasks.lead_member_code', 'task_baselines.snapshot', 'task_baselines.frozen_at',
    ])
    .where('tasks.plan_id', '=', planId)
    .orderBy('tasks.code')
    .execute();
}

export async function addPlanTasks(trx: Trx, planId: string, taskIds: string[], inclusion: 'home' | 'selected' | 'carried_over', now: Date) {
  if (taskIds.length === 0) return;
  await trx
    .insertInto('plan_tasks')
    .values(taskIds.map((taskId) => ({ plan_id: planId, task_id: taskId, inclusion, added_at: now })))
    .onConflict((oc) => oc.doNothing())
    .execute();
}

export async function taskIdsInPlan(db: Executor, planId: string, onlyUnfinished = false): Promise<string[]> {
  let query = db.selectFrom('plan_tasks').innerJoin('tasks', 'tasks.id', 'plan_tasks.task_id').select('tasks.id').where('plan_tasks.plan_id', '=', planId);
  if (onlyUnfinished) query = query.where('tasks.status', '!=', 'completed');
  return (await query.execute()).map((r) => r.id);
}

// --- focus areas ------------------------------------------------------------

export function listAreas(db: Executor) {
  return db.selectFrom('focus_areas').selectAll().orderBy('sort_order').orderBy('code').execute();
}

export function findArea(db: Executor, id: string) {
  return db.selectFrom('focus_areas').selectAll().where('id', '=', id).executeTakeFirst();
}

export function findAreaForUpdate(trx: Trx, id: string) {
  return trx.selectFrom('focus_areas').selectAll().where('id', '=', id).forUpdate().executeTakeFirst();
}

export function findAreaByCode(db: Executor, code: string) {
  return db.selectFrom('focus_areas').selectAll().where('code', '=', code).executeTakeFirst();
}

export async function insertArea(
  db: Executor,
  area: { code: string; parent_id: string | null; name_zh: string; name_en: string; description_zh: string; description_en: string; sort_order: number; is_demo?: boolean },
): Promise<string> {
  return (await db.insertInto('focus_areas').values(area).returning('id').executeTakeFirstOrThrow()).id;
}

export async function updateArea(trx: Trx, id: string, fields: { name_zh?: string; name_en?: string; description_zh?: string; description_en?: string; sort_order?: number }, now: Date) {
  await trx.updateTable('focus_areas').set({ ...fields, updated_at: now, version: sql<number>`version + 1` }).where('id', '=', id).execute();
}
