/**
 * The dashboard's counts: one aggregate statement per block, grouped in the
 * database (a handful of rows come back, never the records themselves). Each
 * condition is the one the matching list applies to its filters, so a figure
 * and its drill-down list agree.
 */
import { sql } from 'kysely';
import type { Db } from '../../db/database.ts';
import type { WorkStatus } from '../../db/schema.ts';
import { instantInYear } from '../../shared/calendar-year.ts';
import { isImplemented } from '../decisions/decisions.repository.ts';
import { filingDeadline } from '../reports/reports.repository.ts';

const yearStart = (year: number) => `${year}-01-01`;
const yearEnd = (year: number) => `${year}-12-31`;

/** Tasks due in the year by status, demo flag and overdue (due before `today`, not completed): at most 20 rows. */
export function taskCounts(db: Db, year: number, today: string) {
  return db
    .selectFrom('tasks as t')
    .select(['t.status', 't.is_demo', sql<boolean>`(t.status <> 'completed' AND t.due_date < ${today}::date)`.as('overdue'), sql<string>`count(*)`.as('n')])
    .where('t.due_date', '>=', yearStart(year))
    .where('t.due_date', '<=', yearEnd(year))
    .groupBy(['t.status', 't.is_demo', sql`3`])
    .execute();
}

/**
 * Tasks due in the year by top-level focus area and status. A task counts under the root of its area's code
 * ('1.2.3' → '1'), as the task list's area filter includes sub-areas by code; null = no focus area.
 */
export function tasksByArea(db: Db, year: number) {
  return db
    .selectFrom('tasks as t')
    .leftJoin('focus_areas as a', 'a.id', 't.focus_area_id')
    .leftJoin('focus_areas as root', (join) => join.on(sql<boolean>`root.code = split_part(a.code, '.', 1)`))
    .select([
      sql<string | null>`coalesce(root.id, a.id)`.as('area_id'),
      't.status',
      sql<string>`count(*)`.as('n'),
      sql<string>`count(*) FILTER (WHERE t.is_demo)`.as('demo'),
      sql<string>`coalesce(sum(t.progress), 0)`.as('progress_sum'),
    ])
    .where('t.due_date', '>=', yearStart(year))
    .where('t.due_date', '<=', yearEnd(year))
    .groupBy([sql`1`, 't.status'])
    .execute();
}

/** Each member's shares of the tasks due in the year, by the share's own status. */
export function sharesByMember(db: Db, year: number) {
  return db
    .selectFrom('task_shares as s')
    .innerJoin('tasks as t', 't.id', 's.task_id')
    .select([
      's.member_code',
      's.status',
      sql<string>`count(*)`.as('n'),
      sql<string>`count(*) FILTER (WHERE t.is_demo)`.as('demo'),
      sql<string>`coalesce(sum(s.percent), 0)`.as('percent_sum'),
    ])
    .where('t.due_date', '>=', yearStart(year))
    .where('t.due_date', '<=', yearEnd(year))
    .groupBy(['s.member_code', 's.status'])
    .execute();
}

/**
 * Accepted reports of the year's periods, and how many were first filed on time (reports.repository's
 * rule). Each report's first filing (of its share and period) comes from one window over the year's
 * reports, and each period's deadline is computed once for the year's sixteen possible periods: per
 * report the check is one comparison. (A lookup per report and the deadline's date arithmetic per
 * report took 2.7 s over the 460,000 accepted reports of a year of the 1× bench data.)
 */
export async function reportCounts(db: Db, year: number, graceDays: number) {
  const periods = [...Array.from({ length: 12 }, (_, i) => `${year}-${String(i + 1).padStart(2, '0')}`), ...[1, 2, 3, 4].map((q) => `${year}-Q${q}`)];
  const { rows } = await sql<{ accepted: string; accepted_demo: string; on_time: string; on_time_demo: string }>`
    WITH filings AS (
      SELECT f.period, f.review_state, f.is_demo, min(f.submitted_at) OVER (PARTITION BY f.share_id, f.period) AS first_at
        FROM progress_reports f WHERE f.period LIKE ${`${year}-%`}
    ), deadlines AS (
      SELECT p.period, ${filingDeadline(sql.ref('p.period'), graceDays)} AS due FROM unnest(${periods}::text[]) AS p(period)
    )
    SELECT count(*) AS accepted, count(*) FILTER (WHERE r.is_demo) AS accepted_demo,
           count(*) FILTER (WHERE r.first_at < d.due) AS on_time, count(*) FILTER (WHERE r.first_at < d.due AND r.is_demo) AS on_time_demo
      FROM filings r LEFT JOIN deadlines d ON d.period = r.period
     WHERE r.review_state = 'accepted'`.execute(db);
  return rows[0]!;
}

/** Matters resolved by a decision taken in the year. */
export function resolvedMatterCounts(db: Db, year: number) {
  return db
    .selectFrom('major_matters as m')
    .select([sql<string>`count(*)`.as('n'), sql<string>`count(*) FILTER (WHERE m.is_demo)`.as('demo')])
    .where('m.status', '=', 'resolved')
    .where('m.resolved_by_decision_id', 'in', db.selectFrom('decisions as d').select('d.id').where(instantInYear('d.decided_at', year)))
    .executeTakeFirstOrThrow();
}

/** Decisions taken in the year, and those implemented (IMPLEMENTED_RULE). */
export function decisionCounts(db: Db, year: number) {
  return db
    .selectFrom('decisions as d')
    .select([
      sql<string>`count(*)`.as('n'),
      sql<string>`count(*) FILTER (WHERE d.is_demo)`.as('demo'),
      sql<string>`count(*) FILTER (WHERE ${isImplemented})`.as('implemented'),
      sql<string>`count(*) FILTER (WHERE ${isImplemented} AND d.is_demo)`.as('implemented_demo'),
    ])
    .where(instantInYear('d.decided_at', year))
    .executeTakeFirstOrThrow();
}

/** The top-level focus areas (codes without a dot, as the grouping above), in their order. */
export function rootAreas(db: Db) {
  return db.selectFrom('focus_areas').select(['id', 'code', 'name_zh', 'name_en']).where('code', 'not like', '%.%').orderBy('sort_order').orderBy('code').execute();
}

export function members(db: Db) {
  return db.selectFrom('members').select(['code', 'name_zh', 'name_en', 'short_zh', 'short_en']).orderBy('sort_order').orderBy('code').execute();
}

export type StatusRow = { status: WorkStatus; n: string; demo: string };
