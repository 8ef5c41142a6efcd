/**
 * The to-do queue's reads. Every kind is one query producing the same
 * columns, ordered by its own keyset (s1 date, s2 timestamp, s3 text): the
 * page reads `limit + 1` rows in that order, the count stops at COUNT_CAP + 1
 * rows. Each starts from an index: open shares by member, returned and
 * submitted reports, draft minutes, open flags, open matters.
 */
import { sql, type RawBuilder } from 'kysely';
import type { Db } from '../../db/database.ts';
import { SUPERVISED_PLAN_STATUSES } from '../supervision/supervision.repository.ts';
import { COUNT_CAP, DONE_ACTIONS, type ShareScope, type TodoKind, type TodoScope } from './todo.models.ts';

export interface TodoRow {
  kind: TodoKind;
  key: string;
  record_id: string;
  task_id: string | null;
  share_id: string | null;
  report_id: string | null;
  title_zh: string;
  title_en: string;
  code: string | null;
  member_code: string | null;
  period: string | null;
  revision: number | null;
  severity: string | null;
  /** The tier of a matter, the kind of a flag. */
  subkind: string | null;
  due_date: string | null;
  since: Date;
  s1: string;
  s2: Date;
  s3: string;
}

/** A reporting period that may still be reported on, with its deadline (last day + grace). */
export interface OpenPeriod {
  cadence: 'monthly' | 'quarterly';
  code: string;
  start: string;
  end: string;
  due: string;
}

export interface QueueContext {
  scope: TodoScope;
  now: Date;
  timeZone: string;
  graceDays: number;
  periods: OpenPeriod[];
}

const NEVER = sql`'9999-12-31'::date`;

function shareScope(scope: ShareScope[], share = 's') {
  const s = sql.ref(share);
  const parts = scope.map((g) =>
    g.bodyCode ? sql`(${s}.member_code = ${g.memberCode} AND ${s}.owner_body_code = ${g.bodyCode})` : sql`${s}.member_code = ${g.memberCode}`,
  );
  return sql`(${sql.join(parts, sql` OR `)})`;
}

/** The last day of a report's period: '2025-03' → 2025-03-31, '2025-Q1' → 2025-03-31. */
const periodEnd = (col: RawBuilder<unknown>) => sql`(CASE WHEN substr(${col}, 6, 1) = 'Q'
  THEN (make_date(left(${col}, 4)::int, substr(${col}, 7, 1)::int * 3, 1) + interval '1 month')::date - 1
  ELSE (to_date(${col} || '-01', 'YYYY-MM-DD') + interval '1 month')::date - 1 END)`;

function reportDue(c: QueueContext) {
  const periods = sql.join(c.periods.map((p) => sql`(${p.cadence}, ${p.code}, ${p.start}::date, ${p.end}::date, ${p.due}::date)`));
  return sql`
    SELECT 'report_due' AS kind, s.id::text || ':' || per.period AS key, t.id AS record_id, t.id AS task_id, s.id AS share_id, NULL::uuid AS report_id,
           t.title_zh, t.title_en, t.code, s.member_code, per.period, NULL::int AS revision, NULL::text AS severity, NULL::text AS subkind,
           per.due AS due_date, (per.first_day::timestamp AT TIME ZONE ${c.timeZone}) AS since,
           per.due AS s1, (per.first_day::timestamp AT TIME ZONE ${c.timeZone}) AS s2, s.id::text || ':' || per.period AS s3
      FROM task_shares s
      JOIN tasks t ON t.id = s.task_id
      JOIN plans p ON p.id = t.plan_id
      JOIN (VALUES ${periods}) AS per(cadence, period, first_day, last_day, due) ON per.cadence = p.reporting_cadence
     WHERE s.status <> 'completed' AND ${shareScope(c.scope.shares)}
       AND p.status IN (${sql.join(SUPERVISED_PLAN_STATUSES)})
       AND p.period_start <= per.last_day AND p.period_end >= per.first_day
       AND coalesce(t.start_date, per.first_day) <= per.last_day
       AND (s.created_at AT TIME ZONE ${c.timeZone})::date <= per.last_day
       AND NOT EXISTS (SELECT 1 FROM progress_reports r WHERE r.share_id = s.id AND r.period = per.period AND r.review_state IN ('submitted', 'accepted', 'returned'))`;
}

function reportReturned(c: QueueContext) {
  const due = sql`(${periodEnd(sql.ref('r.period'))} + ${c.graceDays}::int)`;
  return sql`
    SELECT 'report_returned' AS kind, r.id::text AS key, t.id AS record_id, t.id AS task_id, r.share_id, r.id AS report_id,
           t.title_zh, t.title_en, t.code, r.member_code, r.period, r.revision, NULL::text AS severity, NULL::text AS subkind,
           ${due} AS due_date, coalesce(r.reviewed_at, r.submitted_at) AS since, ${due} AS s1, coalesce(r.reviewed_at, r.submitted_at) AS s2, r.id::text AS s3
      FROM progress_reports r
      JOIN task_shares s ON s.id = r.share_id
      JOIN tasks t ON t.id = r.task_id
     WHERE r.review_state = 'returned' AND NOT EXISTS (SELECT 1 FROM progress_reports nx WHERE nx.previous_report_id = r.id)
       AND ${shareScope(c.scope.shares)}`;
}

function reportReview() {
  return sql`
    SELECT 'report_review' AS kind, r.id::text AS key, t.id AS record_id, t.id AS task_id, r.share_id, r.id AS report_id,
           t.title_zh, t.title_en, t.code, r.member_code, r.period, r.revision, NULL::text AS severity, NULL::text AS subkind,
           NULL::date AS due_date, r.submitted_at AS since, ${NEVER} AS s1, r.submitted_at AS s2, r.id::text AS s3
      FROM progress_reports r
      JOIN tasks t ON t.id = r.task_id
     WHERE r.review_state = 'submitted'`;
}

function minutesApprove(c: QueueContext) {
  return sql`
    SELECT 'minutes_approve' AS kind, v.id::text || ':' || mp.member_code AS key, m.id AS record_id, NULL::uuid AS task_id, NULL::uuid AS share_id, NULL::uuid AS report_id,
           m.title_zh, m.title_en, NULL::text AS code, mp.member_code, NULL::text AS period, v.revision, NULL::text AS severity, NULL::text AS subkind,
           NULL::date AS due_date, v.drafted_at AS since, ${NEVER} AS s1, v.drafted_at AS s2, v.id::text || ':' || mp.member_code AS s3
      FROM minutes_versions v
      JOIN meetings m ON m.id = v.meeting_id
      JOIN LATERAL (SELECT DISTINCT p.member_code FROM meeting_participants p WHERE p.meeting_id = v.meeting_id AND p.member_code IN (${sql.join(c.scope.liaisonOf)})) mp ON TRUE
     WHERE v.status = 'draft'
       AND NOT EXISTS (SELECT 1 FROM minutes_approvals a WHERE a.minutes_version_id = v.id AND a.member_code = mp.member_code)`;
}

function minutesFinalise() {
  const readySince = sql`coalesce((SELECT max(a.decided_at) FROM minutes_approvals a WHERE a.minutes_version_id = v.id), v.drafted_at)`;
  return sql`
    SELECT 'minutes_finalise' AS kind, v.id::text AS key, m.id AS record_id, NULL::uuid AS task_id, NULL::uuid AS share_id, NULL::uuid AS report_id,
           m.title_zh, m.title_en, NULL::text AS code, NULL::text AS member_code, NULL::text AS period, v.revision, NULL::text AS severity, NULL::text AS subkind,
           NULL::date AS due_date, ${readySince} AS since, ${NEVER} AS s1, ${readySince} AS s2, v.id::text AS s3
      FROM minutes_versions v
      JOIN meetings m ON m.id = v.meeting_id
     WHERE v.status = 'draft'
       AND NOT EXISTS (
         SELECT 1 FROM meeting_participants mp
          WHERE mp.meeting_id = v.meeting_id AND mp.member_code IS NOT NULL
            AND NOT EXISTS (SELECT 1 FROM minutes_approvals a WHERE a.minutes_version_id = v.id AND a.member_code = mp.member_code AND a.verdict = 'approve'))`;
}

function matterOverdue(c: QueueContext) {
  const deadline = sql`(CASE mm.tier WHEN 'execution' THEN mm.execution_deadline WHEN 'coordination' THEN mm.coordination_deadline ELSE mm.decision_deadline END)`;
  const mine = c.scope.office
    ? sql`TRUE`
    : sql`EXISTS (SELECT 1 FROM matter_members x WHERE x.matter_id = mm.id AND x.member_code IN (${sql.join(c.scope.matterMembers)}))`;
  return sql`
    SELECT 'matter_overdue' AS kind, mm.id::text AS key, mm.id AS record_id, NULL::uuid AS task_id, NULL::uuid AS share_id, NULL::uuid AS report_id,
           mm.title_zh, mm.title_en, NULL::text AS code, mm.raised_by_member_code AS member_code, NULL::text AS period, NULL::int AS revision, mm.urgency AS severity, mm.tier AS subkind,
           (${deadline} AT TIME ZONE ${c.timeZone})::date AS due_date, ${deadline} AS since,
           (${deadline} AT TIME ZONE ${c.timeZone})::date AS s1, ${deadline} AS s2, mm.id::text AS s3
      FROM major_matters mm
     WHERE mm.status = 'open' AND ${deadline} <= ${c.now} AND ${mine}`;
}

function flags(c: QueueContext) {
  const due = sql`(coalesce(f.detail->>'dueBy', f.detail->>'dueDate'))::date`;
  const parts = [];
  if (c.scope.office) parts.push(sql`f.escalation_level >= 2`);
  if (c.scope.shares.length) {
    // A flag on a share is the share owners'; a milestone flag (no share) is the lead member's, for its member-wide grants.
    const byShare = c.scope.shares.map((g) =>
      g.bodyCode ? sql`(f.member_code = ${g.memberCode} AND s.owner_body_code = ${g.bodyCode})` : sql`f.member_code = ${g.memberCode}`,
    );
    parts.push(sql`(${sql.join(byShare, sql` OR `)})`);
  }
  return sql`
    SELECT 'flag' AS kind, f.id::text AS key, t.id AS record_id, t.id AS task_id, f.share_id, NULL::uuid AS report_id,
           t.title_zh, t.title_en, t.code, f.member_code, f.period, NULL::int AS revision, f.severity, f.kind AS subkind,
           ${due} AS due_date, f.raised_at AS since, ${NEVER} AS s1, f.raised_at AS s2, f.id::text AS s3
      FROM supervision_flags f
      JOIN tasks t ON t.id = f.task_id
      LEFT JOIN task_shares s ON s.id = f.share_id
     WHERE f.resolved_at IS NULL AND (${sql.join(parts, sql` OR `)})`;
}

function base(kind: TodoKind, c: QueueContext) {
  switch (kind) {
    case 'report_due':
      return reportDue(c);
    case 'report_returned':
      return reportReturned(c);
    case 'report_review':
      return reportReview();
    case 'minutes_approve':
      return minutesApprove(c);
    case 'minutes_finalise':
      return minutesFinalise();
    case 'matter_overdue':
      return matterOverdue(c);
    case 'flag':
      return flags(c);
  }
}

/** One page of a kind, in its order; `after` is the previous page's last (s1, s2, s3). */
export async function kindPage(db: Db, kind: TodoKind, c: QueueContext, after: [string, string, string] | undefined, limit: number): Promise<TodoRow[]> {
  const keyset = after ? sql`WHERE (q.s1, q.s2, q.s3) > (${after[0]}::date, ${after[1]}::timestamptz, ${after[2]})` : sql``;
  const result = await sql<TodoRow>`SELECT q.* FROM (${base(kind, c)}) q ${keyset} ORDER BY q.s1, q.s2, q.s3 LIMIT ${limit + 1}`.execute(db);
  return result.rows;
}

/** How many items of a kind, up to COUNT_CAP + 1 (more than the cap is shown as "999+"). */
export async function kindCount(db: Db, kind: TodoKind, c: QueueContext): Promise<number> {
  const result = await sql<{ n: string }>`SELECT count(*) AS n FROM (SELECT 1 FROM (${base(kind, c)}) q LIMIT ${COUNT_CAP + 1}) capped`.execute(db);
  return Number(result.rows[0]?.n ?? 0);
}

// --- done (已办) ------------------------------------------------------------------

/** The user's own work actions from the audit trail, newest first; `after` is the previous page's last seq. */
export function doneEvents(db: Db, userId: string, after: string | undefined, limit: number) {
  let query = db
    .selectFrom('audit_events')
    .select(['seq', 'id', 'action', 'object_type', 'object_id', 'summary', 'occurred_at'])
    .where('actor_user_id', '=', userId)
    .where('outcome', '=', 'success')
    .where('action', 'in', [...DONE_ACTIONS])
    .orderBy('seq', 'desc')
    .limit(limit + 1);
  if (after) query = query.where('seq', '<', after);
  return query.execute();
}

/** Titles (and task codes) of the records the done list names, by type. */
export async function titles(db: Db, ids: { task: string[]; meeting: string[]; major_matter: string[]; decision: string[]; agreement: string[] }) {
  const out = new Map<string, { title_zh: string; title_en: string; code: string | null }>();
  const uuid = (list: string[]) => [...new Set(list)].filter((id) => /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(id));
  const tasks = uuid(ids.task);
  if (tasks.length) for (const r of await db.selectFrom('tasks').select(['id', 'title_zh', 'title_en', 'code']).where('id', 'in', tasks).execute()) out.set(r.id, r);
  const read = async (table: 'meetings' | 'major_matters' | 'decisions' | 'agreements', list: string[]) => {
    const wanted = uuid(list);
    if (wanted.length === 0) return;
    for (const r of await db.selectFrom(table).select(['id', 'title_zh', 'title_en']).where('id', 'in', wanted).execute()) out.set(r.id, { ...r, code: null });
  };
  await read('meetings', ids.meeting);
  await read('major_matters', ids.major_matter);
  await read('decisions', ids.decision);
  await read('agreements', ids.agreement);
  return out;
}
