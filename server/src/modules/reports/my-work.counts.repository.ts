/**
 * My work's totals, read from the counts the database keeps (migration 0022,
 * decision 0017): a sum over a few rows per bucket, whatever the size of the
 * member's workload. The same totals counted from the records are in
 * my-work.repository.ts (`openShareTotals` and the other counts); the tests
 * compare the two after random concurrent changes. The job that compacts them
 * is in my-work.counts.ts.
 */
import { sql } from 'kysely';
import type { Db } from '../../db/database.ts';
import type { Trx } from '../audit/audit.usecases.ts';
import type { CurrentPeriods, ShareScope } from './my-work.repository.ts';

type Executor = Db | Trx;

export interface ShareTotals {
  open: number;
  byStatus: { notStarted: number; onTrack: number; atRisk: number; delayed: number };
  overdue: number;
  reportsDue: number;
}

/** The rows of the member's (or body's) scope in the kept counts. */
function keptScope(scope: ShareScope[]) {
  const parts = scope.map((g) => (g.bodyCode ? sql`(d.member_code = ${g.memberCode} AND d.body_code = ${g.bodyCode})` : sql`d.member_code = ${g.memberCode}`));
  return sql<boolean>`(${sql.join(parts, sql` OR `)})`;
}

/** Open shares by status, overdue (a due date before `today`) and with a report due for the current period. */
export async function keptShareTotals(db: Executor, scope: ShareScope[], periods: CurrentPeriods, today: string): Promise<ShareTotals> {
  const memberCodes = [...new Set(scope.map((g) => g.memberCode))];
  const done = [`done:monthly:${periods.monthly}`, `done:quarterly:${periods.quarterly}`];
  const named = ['open:not_started', 'open:on_track', 'open:at_risk', 'open:delayed', ...done];
  const sumOf = (condition: ReturnType<typeof sql>) => sql<string>`coalesce(sum(d.n) FILTER (WHERE ${condition}), 0)`;
  const result = await sql<Record<'not_started' | 'on_track' | 'at_risk' | 'delayed' | 'overdue' | 'done', string>>`
    SELECT ${sumOf(sql`d.bucket = 'open:not_started'`)} AS not_started,
           ${sumOf(sql`d.bucket = 'open:on_track'`)} AS on_track,
           ${sumOf(sql`d.bucket = 'open:at_risk'`)} AS at_risk,
           ${sumOf(sql`d.bucket = 'open:delayed'`)} AS delayed,
           ${sumOf(sql`d.bucket LIKE 'due:%'`)} AS overdue,
           ${sumOf(sql`d.bucket LIKE 'done:%'`)} AS done
      FROM my_work_count_deltas d
     WHERE d.member_code IN (${sql.join(memberCodes)}) AND ${keptScope(scope)}
       AND (d.bucket IN (${sql.join(named)}) OR (d.bucket >= 'due:' AND d.bucket < ${`due:${today}`}))`.execute(db);
  const row = result.rows[0]!;
  const byStatus = { notStarted: Number(row.not_started), onTrack: Number(row.on_track), atRisk: Number(row.at_risk), delayed: Number(row.delayed) };
  const open = byStatus.notStarted + byStatus.onTrack + byStatus.atRisk + byStatus.delayed;
  return { open, byStatus, overdue: Number(row.overdue), reportsDue: open - Number(row.done) };
}

/** Returned reports in scope still waiting for their revision. */
export async function keptReturned(db: Executor, scope: ShareScope[]): Promise<number> {
  const memberCodes = [...new Set(scope.map((g) => g.memberCode))];
  const result = await sql<{ n: string }>`
    SELECT coalesce(sum(d.n), 0) AS n FROM my_work_count_deltas d
     WHERE d.member_code IN (${sql.join(memberCodes)}) AND d.bucket = 'returned' AND ${keptScope(scope)}`.execute(db);
  return Number(result.rows[0]!.n);
}

/** Reports waiting for the Office's review, region-wide. */
export async function keptAwaitingReview(db: Executor): Promise<number> {
  const result = await sql<{ n: string }>`SELECT coalesce(sum(n), 0) AS n FROM my_work_count_deltas WHERE bucket = 'review'`.execute(db);
  return Number(result.rows[0]!.n);
}

/** Open flags by severity: of these members, or region-wide (incl. flags without a member). */
export async function keptOpenFlags(db: Executor, memberCodes?: string[]): Promise<{ red: number; yellow: number }> {
  const ofMembers = memberCodes ? sql`AND member_code IN (${sql.join(memberCodes.length > 0 ? memberCodes : [''])})` : sql``;
  const result = await sql<{ red: string; yellow: string }>`
    SELECT coalesce(sum(n) FILTER (WHERE bucket = 'flag:red'), 0) AS red, coalesce(sum(n) FILTER (WHERE bucket = 'flag:yellow'), 0) AS yellow
      FROM my_work_count_deltas WHERE bucket IN ('flag:red', 'flag:yellow') ${ofMembers}`.execute(db);
  return { red: Number(result.rows[0]!.red), yellow: Number(result.rows[0]!.yellow) };
}

/**
 * Folds the kept counts' changes into one row per key, and the due dates before `foldBefore`
 * (the region's today) into one row per (member, body) (migration 0033): the answers do not
 * change for any today on or after `foldBefore`.
 */
export async function compactMyWorkCounts(db: Executor, foldBefore: string | null): Promise<void> {
  await sql`SELECT yrd_my_work_compact(${foldBefore}::text)`.execute(db);
}

/** Recounts everything from the records (after a restore, or to repair). */
export async function rebuildMyWorkCounts(db: Executor): Promise<void> {
  await sql`SELECT yrd_my_work_rebuild()`.execute(db);
}
