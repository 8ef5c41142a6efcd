import { sql } from 'kysely';
import type { Db } from '../../db/database.ts';
import type { FlagKind, PlanStatus } from '../../db/schema.ts';
import type { Trx } from '../audit/audit.usecases.ts';
import type { DesiredFlag } from './supervision.rules.ts';

type Executor = Db | Trx;

/** Plans whose tasks are supervised: from adoption in principle until closed (not drafts: their tasks bind no one yet). */
export const SUPERVISED_PLAN_STATUSES: PlanStatus[] = ['adopted_in_principle', 'adopted', 'in_force'];

/** One lock for the scan: two instances (or the schedule and a click) never scan at the same time. */
const SCAN_LOCK_KEY = 7_240_101;

export async function lockScan(trx: Trx): Promise<void> {
  await sql`SELECT pg_advisory_xact_lock(${SCAN_LOCK_KEY})`.execute(trx);
}

/** Every share of a task whose home plan is supervised, with what the rules need. */
export function supervisedShares(db: Executor) {
  return db
    .selectFrom('task_shares as s')
    .innerJoin('tasks as t', 't.id', 's.task_id')
    .innerJoin('plans as p', 'p.id', 't.plan_id')
    .select([
      's.id', 's.task_id', 's.member_code', 's.owner_body_code', 's.status', 's.percent', 's.due_date', 's.created_at', 's.last_progress_at',
      't.start_date', 'p.reporting_cadence', 'p.stalled_after_days', 'p.period_start', 'p.period_end',
    ])
    .select((eb) => eb.selectFrom('progress_reports as r').select((e) => e.fn.max('r.submitted_at').as('m')).whereRef('r.share_id', '=', 's.id').as('last_report_at'))
    .where('p.status', 'in', SUPERVISED_PLAN_STATUSES)
    .orderBy('s.id')
    .execute();
}

/** (share, period) pairs that have a submitted or accepted report. */
export function reportedPeriods(db: Executor) {
  return db
    .selectFrom('progress_reports as r')
    .innerJoin('tasks as t', 't.id', 'r.task_id')
    .innerJoin('plans as p', 'p.id', 't.plan_id')
    .select(['r.share_id', 'r.period'])
    .where('r.review_state', 'in', ['submitted', 'accepted'])
    .where('p.status', 'in', SUPERVISED_PLAN_STATUSES)
    .distinct()
    .execute();
}

/** Open milestones already past due, with the lead member and its share. */
export function lateMilestones(db: Executor, today: string) {
  return db
    .selectFrom('task_milestones as m')
    .innerJoin('tasks as t', 't.id', 'm.task_id')
    .innerJoin('plans as p', 'p.id', 't.plan_id')
    .leftJoin('task_shares as lead', (join) => join.onRef('lead.task_id', '=', 't.id').on('lead.role', '=', 'lead'))
    .select(['m.id', 'm.task_id', 'm.due_date', 'm.completed_at', 't.lead_member_code', 'lead.id as lead_share_id'])
    .where('p.status', 'in', SUPERVISED_PLAN_STATUSES)
    .where('m.completed_at', 'is', null)
    .where('m.due_date', '<', today)
    .execute();
}

export function openFlags(db: Executor) {
  return db.selectFrom('supervision_flags').selectAll().where('resolved_at', 'is', null).orderBy('raised_at').orderBy('id').execute();
}

export type FlagRow = Awaited<ReturnType<typeof openFlags>>[number];

export async function insertFlag(trx: Trx, flag: DesiredFlag, now: Date, nextEscalationAt: Date | null): Promise<FlagRow> {
  return trx
    .insertInto('supervision_flags')
    .values({
      kind: flag.kind,
      severity: flag.severity,
      subject_key: flag.subjectKey,
      task_id: flag.taskId,
      share_id: flag.shareId,
      milestone_id: flag.milestoneId,
      member_code: flag.memberCode,
      period: flag.period,
      detail: JSON.stringify(flag.detail),
      raised_at: now,
      next_escalation_at: nextEscalationAt,
    })
    .returningAll()
    .executeTakeFirstOrThrow();
}

export async function setSeverity(trx: Trx, id: string, severity: 'red' | 'yellow', detail: Record<string, unknown>): Promise<void> {
  await trx.updateTable('supervision_flags').set({ severity, detail: JSON.stringify(detail) }).where('id', '=', id).execute();
}

export async function resolveFlag(trx: Trx, id: string, now: Date): Promise<void> {
  await trx.updateTable('supervision_flags').set({ resolved_at: now, next_escalation_at: null }).where('id', '=', id).execute();
}

export async function escalateFlag(trx: Trx, id: string, level: number, next: Date | null): Promise<void> {
  await trx.updateTable('supervision_flags').set({ escalation_level: level, next_escalation_at: next }).where('id', '=', id).execute();
}

/** Role grants of active accounts: who the ladder can reach. */
export async function activeGrants(db: Executor) {
  return db
    .selectFrom('user_roles')
    .innerJoin('users', 'users.id', 'user_roles.user_id')
    .select(['user_roles.user_id', 'user_roles.role', 'user_roles.member_code', 'user_roles.body_code'])
    .where('users.status', '=', 'active')
    .execute();
}

export function tasksByIds(db: Executor, ids: string[]) {
  if (ids.length === 0) return Promise.resolve([]);
  return db.selectFrom('tasks').select(['id', 'code', 'title_zh', 'title_en']).where('id', 'in', ids).execute();
}

export function members(db: Executor) {
  return db.selectFrom('members').select(['code', 'name_zh', 'name_en', 'short_zh', 'short_en', 'sort_order']).orderBy('sort_order').orderBy('code').execute();
}

export function topLevelAreas(db: Executor) {
  return db.selectFrom('focus_areas').select(['id', 'code', 'name_zh', 'name_en']).where('parent_id', 'is', null).orderBy('sort_order').orderBy('code').execute();
}

/**
 * The board's counts, one row per (top-level focus area, member): the tasks of
 * the area (sub-areas roll into their parent by code: 1.2 → 1) in which the
 * member holds a share, by the worst open flag concerning that member on the
 * task. Counted in PostgreSQL (a share is one task for one member: task_id and
 * member_code are unique together), so the answer has one row per cell, not
 * one per share.
 */
export function boardCounts(db: Executor, planId: string | undefined) {
  const worst = db
    .selectFrom('supervision_flags as f')
    .select(['f.task_id', 'f.member_code', sql<boolean>`bool_or(f.severity = 'red')`.as('red')])
    .where('f.resolved_at', 'is', null)
    .where('f.member_code', 'is not', null)
    .groupBy(['f.task_id', 'f.member_code']);
  // Counted per (area, member) first, then folded into the top-level areas: mapping each of 200k shares to its
  // top area by code cost a third of the time (EXPLAIN ANALYZE at 50k tasks: 182 → 122 ms).
  let perArea = db
    .selectFrom('task_shares as s')
    .innerJoin('tasks as t', 't.id', 's.task_id')
    .leftJoin(worst.as('w'), (join) => join.onRef('w.task_id', '=', 's.task_id').onRef('w.member_code', '=', 's.member_code'))
    .select(['t.focus_area_id', 's.member_code'])
    .select([
      sql<string>`count(*)`.as('total'),
      sql<string>`count(*) FILTER (WHERE w.red)`.as('red'),
      sql<string>`count(*) FILTER (WHERE NOT w.red)`.as('yellow'),
    ])
    .groupBy(['t.focus_area_id', 's.member_code']);
  if (planId) perArea = perArea.where((eb) => eb.exists(eb.selectFrom('plan_tasks as pt').select(sql`1`.as('x')).whereRef('pt.task_id', '=', 't.id').where('pt.plan_id', '=', planId)));
  return db
    .with('per_area', () => perArea)
    .selectFrom('per_area as c')
    .leftJoin('focus_areas as a', 'a.id', 'c.focus_area_id')
    .leftJoin('focus_areas as top', (join) => join.on(sql<boolean>`top.code = split_part(a.code, '.', 1)`))
    .select(['top.id as area_id', 'c.member_code'])
    .select([sql<string>`sum(c.total)`.as('total'), sql<string>`sum(c.red)`.as('red'), sql<string>`sum(c.yellow)`.as('yellow')])
    .groupBy(['top.id', 'c.member_code'])
    .execute();
}

export interface FlagFilter {
  memberCode?: string;
  taskId?: string;
  severity?: 'red' | 'yellow';
  kind?: FlagKind;
  open: boolean;
  after?: [string, string];
  limit: number;
}

export function listFlags(db: Executor, f: FlagFilter) {
  let query = db
    .selectFrom('supervision_flags as f')
    .innerJoin('tasks as t', 't.id', 'f.task_id')
    .selectAll('f')
    .select(['t.code as task_code', 't.title_zh as task_title_zh', 't.title_en as task_title_en'])
    .orderBy('f.raised_at', 'desc')
    .orderBy('f.id', 'desc')
    .limit(f.limit + 1);
  query = f.open ? query.where('f.resolved_at', 'is', null) : query.where('f.resolved_at', 'is not', null);
  if (f.memberCode) query = query.where('f.member_code', '=', f.memberCode);
  if (f.taskId) query = query.where('f.task_id', '=', f.taskId);
  if (f.severity) query = query.where('f.severity', '=', f.severity);
  if (f.kind) query = query.where('f.kind', '=', f.kind);
  if (f.after) query = query.where(sql<boolean>`(f.raised_at, f.id) < (${f.after[0]}::timestamptz, ${f.after[1]}::uuid)`);
  return query.execute();
}

export async function planExists(db: Executor, id: string): Promise<boolean> {
  return (await db.selectFrom('plans').select('id').where('id', '=', id).executeTakeFirst()) !== undefined;
}
