/**
 * What a results report lists, read for one period (calendar dates in the region's time zone)
 * and optionally one member; and the editions (narratives, the published copy). Each list's
 * condition is the one its figure counts by, so a figure is the length of its appendix list.
 */
import { sql, type RawBuilder } from 'kysely';
import type { Db } from '../../db/database.ts';
import type { IndicatorDirection, ResultsKind, WorkStatus } from '../../db/schema.ts';
import { REGION_TIME_ZONE } from '../../shared/calendar-year.ts';
import type { Trx } from '../audit/audit.usecases.ts';
import { isImplemented } from '../decisions/decisions.repository.ts';

type Q = Db | Trx;

/** First and last calendar day of the report's period, inclusive (YYYY-MM-DD). */
export interface Period {
  start: string;
  end: string;
}

/** `column` (a timestamptz) on a day of the period, in the region's time zone. */
function instantIn(column: string, p: Period): RawBuilder<boolean> {
  return sql<boolean>`((${sql.ref(column)} AT TIME ZONE ${REGION_TIME_ZONE})::date BETWEEN ${p.start}::date AND ${p.end}::date)`;
}

/**
 * Tasks due in the period with one of `statuses`. Region-wide: the task's rolled-up status (as the
 * dashboard's task figures). For a member: the member's own share and its status (as the dashboard's
 * by-member figures). `reason`: the body of the latest submitted report on the task (the member's own
 * for a member's report) — why a task is behind, in its reporter's words.
 */
export function tasksDue(db: Q, p: Period, statuses: readonly WorkStatus[], memberCode: string | null, withReason: boolean) {
  let q = db
    .selectFrom('tasks as t')
    .select(['t.id', 't.code', 't.title_zh', 't.title_en', 't.lead_member_code', 't.due_date', 't.is_demo'])
    .where('t.due_date', '>=', p.start)
    .where('t.due_date', '<=', p.end);
  const reason = (member: string | null) =>
    sql<string | null>`(SELECT r.body FROM progress_reports r WHERE r.task_id = t.id ${member ? sql`AND r.member_code = ${member}` : sql``} ORDER BY r.submitted_at DESC, r.id DESC LIMIT 1)`;
  if (memberCode) {
    return q
      .innerJoin('task_shares as s', 's.task_id', 't.id')
      .select(['s.status', sql<string>`s.percent::text`.as('progress'), (withReason ? reason(memberCode) : sql<null>`NULL`).as('reason')])
      .where('s.member_code', '=', memberCode)
      .where('s.status', 'in', statuses)
      .orderBy('t.due_date')
      .orderBy('t.code')
      .execute();
  }
  q = q.where('t.status', 'in', statuses);
  return q
    .select(['t.status', sql<string>`t.progress::text`.as('progress'), (withReason ? reason(null) : sql<null>`NULL`).as('reason')])
    .orderBy('t.due_date')
    .orderBy('t.code')
    .execute();
}

/** A member took part in a meeting: it hosted it or one of its people is listed. */
const meetingOfMember = (memberCode: string) =>
  sql<boolean>`(m.host_member_code = ${memberCode} OR EXISTS (SELECT 1 FROM meeting_participants mp WHERE mp.meeting_id = m.id AND mp.member_code = ${memberCode}))`;

/** Meetings held (not cancelled) in the period, in date order. */
export function meetingsIn(db: Q, p: Period, memberCode: string | null) {
  let q = db
    .selectFrom('meetings as m')
    .select(['m.id', 'm.type', 'm.title_zh', 'm.title_en', 'm.starts_at', 'm.host_member_code', 'm.is_demo'])
    .where(instantIn('m.starts_at', p))
    .where('m.status', '<>', 'cancelled');
  if (memberCode) q = q.where(meetingOfMember(memberCode));
  return q.orderBy('m.starts_at').orderBy('m.id').execute();
}

/** Decisions taken in the period (of the member's meetings, for a member), with IMPLEMENTED_RULE's verdict. */
export function decisionsIn(db: Q, p: Period, memberCode: string | null) {
  let q = db
    .selectFrom('decisions as d')
    .innerJoin('meetings as m', 'm.id', 'd.meeting_id')
    .select(['d.id', 'd.title_zh', 'd.title_en', 'd.decided_at', 'd.is_demo', 'm.title_zh as meeting_title_zh', 'm.title_en as meeting_title_en', isImplemented.as('implemented')])
    .where(instantIn('d.decided_at', p));
  if (memberCode) q = q.where(meetingOfMember(memberCode));
  return q.orderBy('d.decided_at').orderBy('d.id').execute();
}

/** Agreements signed in the period (a party of which the member is, for a member). */
export function agreementsSigned(db: Q, p: Period, memberCode: string | null) {
  let q = db
    .selectFrom('agreements as a')
    .select(['a.id', 'a.title_zh', 'a.title_en', 'a.signed_on', 'a.status', 'a.is_demo'])
    .where('a.signed_on', '>=', p.start)
    .where('a.signed_on', '<=', p.end);
  if (memberCode) q = q.where(sql<boolean>`EXISTS (SELECT 1 FROM agreement_parties ap WHERE ap.agreement_id = a.id AND ap.member_code = ${memberCode})`);
  return q.orderBy('a.signed_on').orderBy('a.id').execute();
}

/** Matters resolved by a decision taken in the period (the dashboard's rule); a member's: those it raised or is party to. */
export function mattersResolved(db: Q, p: Period, memberCode: string | null) {
  let q = db
    .selectFrom('major_matters as mm')
    .innerJoin('decisions as d', 'd.id', 'mm.resolved_by_decision_id')
    .select(['mm.id', 'mm.title_zh', 'mm.title_en', 'mm.is_demo', 'd.decided_at', 'd.title_zh as decision_title_zh', 'd.title_en as decision_title_en'])
    .where('mm.status', '=', 'resolved')
    .where(instantIn('d.decided_at', p));
  if (memberCode) {
    q = q.where(sql<boolean>`(mm.raised_by_member_code = ${memberCode} OR EXISTS (SELECT 1 FROM matter_members x WHERE x.matter_id = mm.id AND x.member_code = ${memberCode}))`);
  }
  return q.orderBy('d.decided_at').orderBy('mm.id').execute();
}

/**
 * Indicator highlights: per active region- or member-level indicator and scope, the latest value
 * within the year (the year's last period with a value) beside the previous year's last value and the
 * year's target. A member's report keeps its own scope.
 */
export async function indicatorValues(db: Q, year: number, memberCode: string | null): Promise<IndicatorValueRow[]> {
  const last = (y: number) =>
    sql`SELECT DISTINCT ON (o.indicator_id, o.scope_key) o.indicator_id, o.scope_key, o.id, o.period, o.value, o.is_demo
        FROM observations o WHERE o.year = ${y} AND o.city_code IS NULL ORDER BY o.indicator_id, o.scope_key, o.period_start DESC`;
  const result = await sql<IndicatorValueRow>`
    SELECT i.id, i.code, i.name_zh, i.name_en, i.unit_zh, i.unit_en, i.direction, i.level,
           cur.scope_key, cur.id AS observation_id, cur.period, cur.value::text AS value, prev.value::text AS previous, tg.value::text AS target,
           (cur.is_demo OR i.is_demo) AS is_demo
    FROM (${last(year)}) cur
    JOIN indicators i ON i.id = cur.indicator_id
    LEFT JOIN (${last(year - 1)}) prev ON prev.indicator_id = cur.indicator_id AND prev.scope_key = cur.scope_key
    LEFT JOIN indicator_targets tg ON tg.indicator_id = cur.indicator_id AND tg.scope_key = cur.scope_key AND tg.year = ${year}
    WHERE i.status = 'active' AND i.level IN ('region', 'member') ${memberCode ? sql`AND cur.scope_key = ${memberCode}` : sql``}
    ORDER BY i.code, cur.scope_key`.execute(db);
  return result.rows;
}

export interface IndicatorValueRow {
  id: string; code: string; name_zh: string; name_en: string; unit_zh: string; unit_en: string; direction: IndicatorDirection; level: string;
  scope_key: string; observation_id: string; period: string; value: string; previous: string | null; target: string | null; is_demo: boolean;
}

/** The registers' records that concern the member (all of them region-wide), for the register section. */
export function projectsOf(db: Q, memberCode: string | null) {
  let q = db.selectFrom('projects as p').select(['p.id', 'p.code', 'p.title_zh', 'p.title_en', 'p.phase', 'p.lead_member_code', 'p.is_demo']);
  if (memberCode) q = q.where(sql<boolean>`(p.lead_member_code = ${memberCode} OR EXISTS (SELECT 1 FROM project_members pm WHERE pm.project_id = p.id AND pm.member_code = ${memberCode}))`);
  return q.orderBy('p.code').execute();
}

export function risksOf(db: Q, memberCode: string | null) {
  let q = db.selectFrom('risks as r').select(['r.id', 'r.code', 'r.title_zh', 'r.title_en', 'r.status', 'r.likelihood', 'r.impact', 'r.is_demo']);
  if (memberCode) q = q.where(sql<boolean>`${memberCode} = ANY(r.owner_member_codes)`);
  return q.orderBy('r.code').execute();
}

/** Each service with the members where it is available now. */
export function servicesOf(db: Q, memberCode: string | null) {
  let q = db
    .selectFrom('public_services as s')
    .select([
      's.id', 's.code', 's.name_zh', 's.name_en', 's.category', 's.is_demo',
      sql<string[]>`coalesce((SELECT array_agg(a.member_code ORDER BY a.member_code) FROM public_service_availability a WHERE a.service_id = s.id AND a.status = 'available'), '{}')`.as('available_in'),
    ]);
  if (memberCode) q = q.where(sql<boolean>`EXISTS (SELECT 1 FROM public_service_availability a WHERE a.service_id = s.id AND a.member_code = ${memberCode})`);
  return q.orderBy('s.code').execute();
}

export function members(db: Q) {
  return db.selectFrom('members').select(['code', 'name_zh', 'name_en', 'short_zh', 'short_en']).orderBy('sort_order').orderBy('code').execute();
}

/* ---- editions ---- */

export interface EditionKey {
  kind: ResultsKind;
  year: number;
  quarter: number | null;
  memberCode: string | null;
}

export function findEdition(db: Q, key: EditionKey) {
  return db
    .selectFrom('results_editions')
    .selectAll()
    .where('kind', '=', key.kind)
    .where('year', '=', key.year)
    .where(sql<boolean>`coalesce(quarter, 0) = ${key.quarter ?? 0}`)
    .where(sql<boolean>`coalesce(member_code, '') = ${key.memberCode ?? ''}`)
    .executeTakeFirst();
}

export interface Narratives {
  foreword_zh: string;
  foreword_en: string;
  outlook_zh: string;
  outlook_en: string;
}

export function insertEdition(trx: Trx, key: EditionKey, narratives: Narratives, userId: string | null, now: Date) {
  return trx
    .insertInto('results_editions')
    .values({ kind: key.kind, year: key.year, quarter: key.quarter, member_code: key.memberCode, ...narratives, updated_by: userId, updated_at: now })
    .onConflict((oc) => oc.doNothing())
    .returningAll()
    .executeTakeFirst();
}

/** Changes the narratives when the row is still at `version`; undefined when someone changed it first. */
export function updateEdition(trx: Trx, id: string, version: number, narratives: Narratives, userId: string | null, now: Date) {
  return trx
    .updateTable('results_editions')
    .set({ ...narratives, version: sql`version + 1`, updated_by: userId, updated_at: now })
    .where('id', '=', id)
    .where('version', '=', version)
    .returningAll()
    .executeTakeFirst();
}

export function publishEdition(trx: Trx, id: string, version: number, model: unknown, userId: string | null, now: Date) {
  return trx
    .updateTable('results_editions')
    .set({ published_model: JSON.stringify(model), published_at: now, published_by: userId, version: sql`version + 1`, updated_at: now })
    .where('id', '=', id)
    .where('version', '=', version)
    .returningAll()
    .executeTakeFirst();
}

/** The latest published edition of a kind (the portal's "latest results report"). */
export function latestPublished(db: Q, kind: ResultsKind) {
  return db
    .selectFrom('results_editions')
    .select(['id', 'kind', 'year', 'quarter', 'member_code', 'published_at', 'published_model', 'is_demo'])
    .where('kind', '=', kind)
    .where('published_at', 'is not', null)
    .orderBy('year', 'desc')
    .orderBy('published_at', 'desc')
    .limit(1)
    .executeTakeFirst();
}
