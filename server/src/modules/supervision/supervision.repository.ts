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

export interface BoardCountRow {
  area_id: string | null;
  member_code: string;
  total: string;
  red: string;
  yellow: string;
}

/**
 * The board's counts, one row per (top-level focus area, member): the member's
 * shares of the area's tasks (sub-areas roll into their parent by code:
 * 1.2 → 1), and the (task, member) pairs whose worst open flag is red or
 * yellow. For the whole region they are read from the counts the triggers keep
 * (migration 0011: summing a few hundred rows, not 200k shares); for one plan
 * they are counted from its tasks.
 */
export function boardCounts(db: Executor, planId: string | undefined): Promise<BoardCountRow[]> {
  return foldIntoTopAreas(db, planId ? countedCells(planId) : keptCells);
}

/** The same counts, always counted from the records: what the kept counts must equal. */
export function boardCountsFromRecords(db: Executor, planId?: string): Promise<BoardCountRow[]> {
  return foldIntoTopAreas(db, countedCells(planId));
}

/** Folds the whole changes log of the kept counts into one row per cell (run by a job). */
export async function compactBoardCounts(db: Executor): Promise<void> {
  await sql`SELECT yrd_board_compact()`.execute(db);
}

const keptCells = sql`
  SELECT focus_area_id, member_code, sum(total) AS total, sum(red) AS red, sum(yellow) AS yellow
    FROM board_cell_deltas GROUP BY focus_area_id, member_code`;

function countedCells(planId: string | undefined) {
  const inPlan = (task: string) =>
    planId ? sql`AND EXISTS (SELECT 1 FROM plan_tasks pt WHERE pt.task_id = ${sql.ref(task)} AND pt.plan_id = ${planId})` : sql``;
  return sql`
    SELECT focus_area_id, member_code, sum(total) AS total, sum(red) AS red, sum(yellow) AS yellow FROM (
      SELECT t.focus_area_id, s.member_code, count(*) AS total, 0 AS red, 0 AS yellow
        FROM task_shares s JOIN tasks t ON t.id = s.task_id
       WHERE true ${inPlan('s.task_id')}
       GROUP BY t.focus_area_id, s.member_code
      UNION ALL
      SELECT t.focus_area_id, p.member_code, 0, count(*) FILTER (WHERE p.red), count(*) FILTER (WHERE NOT p.red)
        FROM (SELECT f.task_id, f.member_code, bool_or(f.severity = 'red') AS red
                FROM supervision_flags f
               WHERE f.resolved_at IS NULL AND f.member_code IS NOT NULL ${inPlan('f.task_id')}
               GROUP BY f.task_id, f.member_code) p
        JOIN tasks t ON t.id = p.task_id
       GROUP BY t.focus_area_id, p.member_code
    ) c GROUP BY focus_area_id, member_code`;
}

async function foldIntoTopAreas(db: Executor, cells: ReturnType<typeof countedCells>): Promise<BoardCountRow[]> {
  const result = await sql<BoardCountRow>`
    SELECT top.id AS area_id, c.member_code, sum(c.total)::text AS total, sum(c.red)::text AS red, sum(c.yellow)::text AS yellow
      FROM (${cells}) c
      LEFT JOIN focus_areas a ON a.id = c.focus_area_id
      LEFT JOIN focus_areas top ON top.code = split_part(a.code, '.', 1)
     GROUP BY top.id, c.member_code
    HAVING sum(c.total) <> 0 OR sum(c.red) <> 0 OR sum(c.yellow) <> 0`.execute(db);
  return result.rows;
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

/** One flag (open or resolved) with its task's code and titles: the supervision sheet (督办单) prints it. */
export function findFlag(db: Executor, id: string) {
  return db
    .selectFrom('supervision_flags as f')
    .innerJoin('tasks as t', 't.id', 'f.task_id')
    .selectAll('f')
    .select(['t.code as task_code', 't.title_zh as task_title_zh', 't.title_en as task_title_en'])
    .where('f.id', '=', id)
    .executeTakeFirst();
}

export async function planExists(db: Executor, id: string): Promise<boolean> {
  return (await db.selectFrom('plans').select('id').where('id', '=', id).executeTakeFirst()) !== undefined;
}
