import { sql, type RawBuilder } from 'kysely';
import type { Db } from '../../db/database.ts';
import type { ReviewState, WorkStatus } from '../../db/schema.ts';
import type { Trx } from '../audit/audit.usecases.ts';
import { REGION_TIME_ZONE } from '../../shared/calendar-year.ts';

type Executor = Db | Trx;

/** The share with its task and the task's home plan (whose cadence and period govern the report). */
export function shareContext(db: Executor, shareId: string) {
  return db
    .selectFrom('task_shares as s')
    .innerJoin('tasks as t', 't.id', 's.task_id')
    .innerJoin('plans as p', 'p.id', 't.plan_id')
    .select([
      's.id', 's.task_id', 's.member_code', 's.owner_body_code', 't.code as task_code', 't.is_demo',
      'p.id as plan_id', 'p.reporting_cadence', 'p.period_start', 'p.period_end', 'p.status as plan_status',
    ])
    .where('s.id', '=', shareId)
    .executeTakeFirst();
}

export const hasSuccessor = sql<boolean>`EXISTS (SELECT 1 FROM progress_reports nx WHERE nx.previous_report_id = r.id)`;

/** Reports still in play for a share and period: waiting for review, or returned and not yet revised. */
export function openReportsForPeriod(db: Executor, shareId: string, period: string) {
  return db
    .selectFrom('progress_reports as r')
    .select(['r.id', 'r.review_state'])
    .where('r.share_id', '=', shareId)
    .where('r.period', '=', period)
    .where(sql<boolean>`(r.review_state = 'submitted' OR (r.review_state = 'returned' AND NOT ${hasSuccessor}))`)
    .execute();
}

export async function insertReport(
  trx: Trx,
  report: {
    share_id: string; task_id: string; member_code: string; period: string; body: string; percent: number; status: WorkStatus;
    revision: number; previous_report_id: string | null; submitted_by: string | null; submitted_at: Date; is_demo: boolean;
  },
): Promise<string> {
  return (await trx.insertInto('progress_reports').values(report).returning('id').executeTakeFirstOrThrow()).id;
}

export function findReportForUpdate(trx: Trx, id: string) {
  return trx.selectFrom('progress_reports').selectAll().where('id', '=', id).forUpdate().executeTakeFirst();
}

export async function successorOf(db: Executor, id: string): Promise<string | undefined> {
  return (await db.selectFrom('progress_reports').select('id').where('previous_report_id', '=', id).executeTakeFirst())?.id;
}

export async function setReview(trx: Trx, id: string, review: { state: ReviewState; by: string | null; at: Date; comment: string | null }) {
  await trx
    .updateTable('progress_reports')
    .set({ review_state: review.state, reviewed_by: review.by, reviewed_at: review.at, review_comment: review.comment, version: sql<number>`version + 1` })
    .where('id', '=', id)
    .execute();
}

/** Evidence changes the report a reviewer looks at: its version moves so a stale review is refused. */
export async function bumpVersion(trx: Trx, id: string) {
  await trx.updateTable('progress_reports').set({ version: sql<number>`version + 1` }).where('id', '=', id).execute();
}

export async function acceptedPeriods(db: Executor, shareId: string): Promise<string[]> {
  const rows = await db.selectFrom('progress_reports').select('period').where('share_id', '=', shareId).where('review_state', '=', 'accepted').execute();
  return rows.map((r) => r.period);
}

// --- reading reports ---------------------------------------------------------

export function reportSelect(db: Executor) {
  return db
    .selectFrom('progress_reports as r')
    .innerJoin('tasks as t', 't.id', 'r.task_id')
    .innerJoin('task_shares as s', 's.id', 'r.share_id')
    .leftJoin('users as su', 'su.id', 'r.submitted_by')
    .leftJoin('users as ru', 'ru.id', 'r.reviewed_by')
    .select([
      'r.id', 'r.share_id', 'r.task_id', 't.code as task_code', 't.title_zh as task_title_zh', 't.title_en as task_title_en', 't.plan_id',
      'r.member_code', 's.owner_body_code', 'r.period', 'r.percent', 'r.status', 'r.review_state', 'r.revision', 'r.previous_report_id',
      'r.submitted_at', 'su.username as submitted_by_username', 'r.reviewed_at', 'ru.username as reviewed_by_username',
      'r.review_comment', 'r.is_demo', 'r.version',
    ])
    .select((eb) => [
      eb.selectFrom('report_evidence as e').select(sql<string>`count(*)`.as('n')).whereRef('e.report_id', '=', 'r.id').as('evidence_count'),
      eb.selectFrom('progress_reports as nx').select('nx.id').whereRef('nx.previous_report_id', '=', 'r.id').limit(1).as('next_report_id'),
    ]);
}

export type ReportRow = Awaited<ReturnType<ReturnType<typeof reportSelect>['execute']>>[number];

export function findReport(db: Executor, id: string) {
  return reportSelect(db).select('r.body').where('r.id', '=', id).executeTakeFirst();
}

/** A task's report timeline: every revision, newest first. */
export function reportsOfTask(db: Executor, taskId: string) {
  return reportSelect(db).select('r.body').where('r.task_id', '=', taskId).orderBy('r.submitted_at', 'desc').orderBy('r.revision', 'desc').orderBy('r.id', 'desc').execute();
}

/** The last day of a report's period ('2025-03' → 2025-03-31, '2025-Q1' → 2025-03-31), as a date; `period` is the period's column or value. */
const periodEndOf = (period: RawBuilder<unknown>) => sql<string>`(CASE WHEN substr(${period}, 6, 1) = 'Q'
  THEN (make_date(left(${period}, 4)::int, substr(${period}, 7, 1)::int * 3, 1) + interval '1 month')::date - 1
  ELSE (to_date(${period} || '-01', 'YYYY-MM-DD') + interval '1 month')::date - 1 END)`;

/**
 * The instant after which a first filing for `period` is late: the start of the day after the period's
 * last day plus the grace days, in the region's calendar. A filing is on time when it came before it.
 */
export const filingDeadline = (period: RawBuilder<unknown>, graceDays: number) =>
  sql<Date>`((${periodEndOf(period)} + ${graceDays}::int + 1)::timestamp AT TIME ZONE ${REGION_TIME_ZONE})`;

/**
 * Whether report `r` was filed on time: the member's FIRST filing for the share and period (a revision after a
 * return keeps that date) fell on or before the period's last day plus the grace days, in the region's calendar.
 * The same rule flags a missing report in supervision (YRD_REPORT_GRACE_DAYS).
 */
export function filedOnTime(graceDays: number) {
  return sql<boolean>`((SELECT min(f.submitted_at) FROM progress_reports f WHERE f.share_id = r.share_id AND f.period = r.period)
    < ${filingDeadline(sql.ref('r.period'), graceDays)})`;
}

export interface ReportFilter {
  state?: ReviewState;
  memberCode?: string;
  taskId?: string;
  planId?: string;
  period?: string;
  /** Periods of this year. */
  year?: number;
  /** With the grace days of the rule (see filedOnTime). */
  timeliness?: { value: 'on_time' | 'late'; graceDays: number };
  after?: [string, string];
  limit: number;
}

/** Newest first, by keyset on (submitted_at, id). */
export function listReports(db: Executor, f: ReportFilter) {
  let query = reportSelect(db)
    .select(sql<string>`left(r.body, 200)`.as('excerpt'))
    .orderBy('r.submitted_at', 'desc')
    .orderBy('r.id', 'desc')
    .limit(f.limit + 1);
  if (f.state) query = query.where('r.review_state', '=', f.state);
  if (f.memberCode) query = query.where('r.member_code', '=', f.memberCode);
  if (f.taskId) query = query.where('r.task_id', '=', f.taskId);
  if (f.period) query = query.where('r.period', '=', f.period);
  if (f.year !== undefined) query = query.where('r.period', 'like', `${f.year}-%`);
  if (f.timeliness) query = query.where(f.timeliness.value === 'on_time' ? filedOnTime(f.timeliness.graceDays) : sql<boolean>`NOT ${filedOnTime(f.timeliness.graceDays)}`);
  if (f.planId) {
    const planId = f.planId;
    query = query.where((eb) => eb.exists(eb.selectFrom('plan_tasks as pt').select(sql`1`.as('x')).whereRef('pt.task_id', '=', 'r.task_id').where('pt.plan_id', '=', planId)));
  }
  if (f.after) query = query.where(sql<boolean>`(r.submitted_at, r.id) < (${f.after[0]}::timestamptz, ${f.after[1]}::uuid)`);
  return query.execute();
}

// --- evidence ------------------------------------------------------------------

const evidenceMeta = ['e.id', 'e.report_id', 'e.file_name', 'e.content_type', 'e.size_bytes', 'e.sha256', 'e.uploaded_at', 'uu.username as uploaded_by_username'] as const;

export function evidenceOfReports(db: Executor, reportIds: string[]) {
  if (reportIds.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('report_evidence as e')
    .leftJoin('users as uu', 'uu.id', 'e.uploaded_by')
    .select(evidenceMeta)
    .where('e.report_id', 'in', reportIds)
    .orderBy('e.uploaded_at')
    .orderBy('e.id')
    .execute();
}

export function findEvidence(db: Executor, id: string) {
  return db.selectFrom('report_evidence as e').leftJoin('users as uu', 'uu.id', 'e.uploaded_by').select(evidenceMeta).where('e.id', '=', id).executeTakeFirst();
}

export function evidenceContent(db: Executor, id: string) {
  return db.selectFrom('report_evidence').select(['file_name', 'content_type', 'size_bytes', 'content']).where('id', '=', id).executeTakeFirst();
}

export async function countEvidence(db: Executor, reportId: string): Promise<number> {
  return Number((await db.selectFrom('report_evidence').select(sql<string>`count(*)`.as('n')).where('report_id', '=', reportId).executeTakeFirstOrThrow()).n);
}

export async function insertEvidence(
  trx: Trx,
  e: { report_id: string; file_name: string; content_type: string; size_bytes: number; sha256: string; content: Buffer; uploaded_by: string | null; uploaded_at: Date },
): Promise<string> {
  return (await trx.insertInto('report_evidence').values(e).returning('id').executeTakeFirstOrThrow()).id;
}

export async function deleteEvidence(trx: Trx, id: string): Promise<void> {
  await trx.deleteFrom('report_evidence').where('id', '=', id).execute();
}

/** A revision starts with the evidence of the report it revises (copied inside PostgreSQL; the returned one keeps its own). */
export async function copyEvidence(trx: Trx, fromReportId: string, toReportId: string): Promise<number> {
  const result = await sql`
    INSERT INTO report_evidence (report_id, file_name, content_type, size_bytes, sha256, content, uploaded_by, uploaded_at)
    SELECT ${toReportId}::uuid, file_name, content_type, size_bytes, sha256, content, uploaded_by, uploaded_at
    FROM report_evidence WHERE report_id = ${fromReportId}::uuid ORDER BY uploaded_at, id`.execute(trx);
  return Number(result.numAffectedRows ?? 0);
}
