/**
 * "My work" reads: a member user's open shares and returned reports, the
 * Office's queue of reports to review, open flags — each paged by keyset in its
 * own order, so a page costs the same whether the member has 40 shares or
 * 40,000 — and the totals of the summary, counted in PostgreSQL.
 */
import { sql } from 'kysely';
import type { Db } from '../../db/database.ts';
import type { Trx } from '../audit/audit.usecases.ts';
import { hasSuccessor, reportSelect } from './reports.repository.ts';

type Executor = Db | Trx;

/** The shares a member user works on: all of the member's, or only a body's for an editor tied to one. */
export interface ShareScope {
  memberCode: string;
  bodyCode: string | null;
}

export interface CurrentPeriods {
  monthly: string;
  quarterly: string;
}

function inScope(scope: ShareScope[]) {
  const parts = scope.map((g) => (g.bodyCode ? sql`(s.member_code = ${g.memberCode} AND s.owner_body_code = ${g.bodyCode})` : sql`s.member_code = ${g.memberCode}`));
  return sql<boolean>`(${sql.join(parts, sql` OR `)})`;
}

const currentPeriodOf = (periods: CurrentPeriods) => sql<string>`(CASE WHEN p.reporting_cadence = 'monthly' THEN ${periods.monthly} ELSE ${periods.quarterly} END)`;
const dueKey = sql<string>`coalesce(s.due_date, '9999-12-31')`;

/** Open shares (not completed) in scope, with the task and its home plan. */
function openShares(db: Executor, scope: ShareScope[]) {
  return db
    .selectFrom('task_shares as s')
    .innerJoin('tasks as t', 't.id', 's.task_id')
    .innerJoin('plans as p', 'p.id', 't.plan_id')
    .where('s.status', '!=', 'completed')
    .where(inScope(scope));
}

/**
 * One page of open shares, due date first (no due date last), then share id,
 * with the latest report for the current period of the home plan's cadence.
 * `after` is the previous page's last (due date, share id).
 */
export function openSharesPage(db: Executor, scope: ShareScope[], periods: CurrentPeriods, after: [string, string] | undefined, limit: number) {
  const currentPeriod = currentPeriodOf(periods);
  let query = openShares(db, scope)
    .leftJoinLateral(
      (eb) =>
        eb
          .selectFrom('progress_reports as cr')
          .select(['cr.id', 'cr.review_state', 'cr.revision', 'cr.submitted_at'])
          .whereRef('cr.share_id', '=', 's.id')
          .where('cr.period', '=', currentPeriod)
          .orderBy('cr.submitted_at', 'desc')
          .orderBy('cr.revision', 'desc')
          .limit(1)
          .as('cr'),
      (join) => join.onTrue(),
    )
    .select([
      's.id', 's.task_id', 't.code as task_code', 't.title_zh as task_title_zh', 't.title_en as task_title_en', 'p.id as plan_id', 'p.code as plan_code',
      's.member_code', 's.role', 's.owner_body_code', 's.status', 's.percent', 's.due_date', 's.last_progress_at', 's.version', 'p.reporting_cadence',
      'cr.id as report_id', 'cr.review_state as report_state', 'cr.revision as report_revision', 'cr.submitted_at as report_submitted_at',
    ])
    .select([currentPeriod.as('current_period'), dueKey.as('due_key')])
    // Read in this order from the (member, due date, id) index: a page never sorts a whole due date's shares.
    .orderBy(dueKey)
    .orderBy('s.id')
    .limit(limit + 1);
  // The redundant bound on the due date alone lets the index start at the cursor.
  if (after) query = query.where(sql<boolean>`(${dueKey}, s.id) > (${after[0]}::date, ${after[1]}::uuid)`).where(sql<boolean>`${dueKey} >= ${after[0]}::date`);
  return query.execute();
}

export type OpenShareRow = Awaited<ReturnType<typeof openSharesPage>>[number];

/**
 * The totals of the open shares in scope: by status, overdue (due before
 * `today`), and with a report due for the current period (none yet, or only a
 * returned one waiting for its revision — the same rule as each row's).
 */
export async function openShareTotals(db: Executor, scope: ShareScope[], periods: CurrentPeriods, today: string) {
  const currentPeriod = currentPeriodOf(periods);
  // The latest report of every share in the two current periods, read once for the scope's members from the
  // (member, period) index and joined, instead of one lookup per open share (tens of thousands for a member).
  const latest = db
    .selectFrom('progress_reports as cr')
    .distinctOn(['cr.share_id', 'cr.period'])
    .select(['cr.share_id', 'cr.period', 'cr.review_state'])
    .where('cr.member_code', 'in', [...new Set(scope.map((g) => g.memberCode))])
    .where('cr.period', 'in', [periods.monthly, periods.quarterly])
    .orderBy('cr.share_id')
    .orderBy('cr.period')
    .orderBy('cr.submitted_at', 'desc')
    .orderBy('cr.revision', 'desc')
    .as('cr');
  const row = await openShares(db, scope)
    .leftJoin(latest, (join) => join.onRef('cr.share_id', '=', 's.id').on(sql<boolean>`cr.period = ${currentPeriod}`))
    .select([
      sql<string>`count(*)`.as('open'),
      sql<string>`count(*) FILTER (WHERE s.status = 'not_started')`.as('not_started'),
      sql<string>`count(*) FILTER (WHERE s.status = 'on_track')`.as('on_track'),
      sql<string>`count(*) FILTER (WHERE s.status = 'at_risk')`.as('at_risk'),
      sql<string>`count(*) FILTER (WHERE s.status = 'delayed')`.as('delayed'),
      sql<string>`count(*) FILTER (WHERE s.due_date < ${today}::date)`.as('overdue'),
      sql<string>`count(*) FILTER (WHERE coalesce(cr.review_state, 'returned') = 'returned')`.as('reports_due'),
    ])
    .executeTakeFirstOrThrow();
  return {
    open: Number(row.open),
    byStatus: { notStarted: Number(row.not_started), onTrack: Number(row.on_track), atRisk: Number(row.at_risk), delayed: Number(row.delayed) },
    overdue: Number(row.overdue),
    reportsDue: Number(row.reports_due),
  };
}

const returned = (db: Executor, scope: ShareScope[]) =>
  reportSelect(db).where('r.review_state', '=', 'returned').where(sql<boolean>`NOT ${hasSuccessor}`).where(inScope(scope));

/** Returned reports that still wait for their revision, oldest return first; `after` is (reviewed_at, id). */
export function returnedPage(db: Executor, scope: ShareScope[], after: [string, string] | undefined, limit: number) {
  let query = returned(db, scope).select(sql<string>`left(r.body, 200)`.as('excerpt')).orderBy('r.reviewed_at').orderBy('r.id').limit(limit + 1);
  if (after) query = query.where(sql<boolean>`(r.reviewed_at, r.id) > (${after[0]}::timestamptz, ${after[1]}::uuid)`);
  return query.execute();
}

export async function countReturned(db: Executor, scope: ShareScope[]): Promise<number> {
  return Number((await returned(db, scope).clearSelect().select(sql<string>`count(*)`.as('n')).executeTakeFirstOrThrow()).n);
}

/** Reports waiting for the Office's review, oldest first; `after` is (submitted_at, id). */
export function awaitingReviewPage(db: Executor, after: [string, string] | undefined, limit: number) {
  let query = reportSelect(db).select(sql<string>`left(r.body, 200)`.as('excerpt')).where('r.review_state', '=', 'submitted').orderBy('r.submitted_at').orderBy('r.id').limit(limit + 1);
  if (after) query = query.where(sql<boolean>`(r.submitted_at, r.id) > (${after[0]}::timestamptz, ${after[1]}::uuid)`);
  return query.execute();
}

export async function countAwaitingReview(db: Executor): Promise<number> {
  return Number((await db.selectFrom('progress_reports').select(sql<string>`count(*)`.as('n')).where('review_state', '=', 'submitted').executeTakeFirstOrThrow()).n);
}

export interface FlagScope {
  memberCodes?: string[];
  severity?: 'red' | 'yellow';
}

/** Open flags, red first, then oldest first; `after` is (severity, raised_at, id). */
export function openFlagsPage(db: Executor, filter: FlagScope, after: [string, string, string] | undefined, limit: number) {
  let query = db
    .selectFrom('supervision_flags as f')
    .innerJoin('tasks as t', 't.id', 'f.task_id')
    .select(['f.id', 'f.kind', 'f.severity', 'f.task_id', 't.code as task_code', 't.title_zh as task_title_zh', 't.title_en as task_title_en', 'f.member_code', 'f.share_id', 'f.period', 'f.raised_at', 'f.escalation_level'])
    .where('f.resolved_at', 'is', null)
    .orderBy('f.severity', 'asc') // 'red' before 'yellow'
    .orderBy('f.raised_at')
    .orderBy('f.id')
    .limit(limit + 1);
  if (filter.memberCodes) query = query.where('f.member_code', 'in', filter.memberCodes.length > 0 ? filter.memberCodes : ['']);
  if (filter.severity) query = query.where('f.severity', '=', filter.severity);
  if (after) query = query.where(sql<boolean>`(f.severity, f.raised_at, f.id) > (${after[0]}, ${after[1]}::timestamptz, ${after[2]}::uuid)`);
  return query.execute();
}

/** Open flags by severity. */
export async function countOpenFlags(db: Executor, filter: FlagScope): Promise<{ red: number; yellow: number }> {
  let query = db
    .selectFrom('supervision_flags')
    .select([sql<string>`count(*) FILTER (WHERE severity = 'red')`.as('red'), sql<string>`count(*) FILTER (WHERE severity = 'yellow')`.as('yellow')])
    .where('resolved_at', 'is', null);
  if (filter.memberCodes) query = query.where('member_code', 'in', filter.memberCodes.length > 0 ? filter.memberCodes : ['']);
  const row = await query.executeTakeFirstOrThrow();
  return { red: Number(row.red), yellow: Number(row.yellow) };
}
