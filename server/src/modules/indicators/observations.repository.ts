import { sql } from 'kysely';
import type { Db } from '../../db/database.ts';
import type { ObservationStatus } from '../../db/schema.ts';
import type { Trx } from '../audit/audit.usecases.ts';

type Q = Db | Trx;

const OBSERVATION_COLUMNS = [
  'observations.id', 'observations.indicator_id', 'indicators.code as indicator_code', 'observations.scope_key', 'observations.member_code',
  'observations.city_code', 'observations.period', 'observations.year', 'observations.period_start', 'observations.value', 'observations.first_value',
  'observations.status', 'observations.source', 'observations.note', 'observations.revision', 'observations.is_demo', 'observations.version',
  'observations.updated_at',
] as const;

const withIndicator = (db: Q) => db.selectFrom('observations').innerJoin('indicators', 'indicators.id', 'observations.indicator_id');

export const findObservation = (db: Q, id: string) => withIndicator(db).select(OBSERVATION_COLUMNS).where('observations.id', '=', id).executeTakeFirst();
export type ObservationRow = NonNullable<Awaited<ReturnType<typeof findObservation>>>;

/** The row and its indicator's rules, locked for a correction or confirmation. */
export function findObservationForUpdate(trx: Trx, id: string) {
  return withIndicator(trx)
    .select([...OBSERVATION_COLUMNS, 'indicators.status as indicator_status', 'indicators.value_kind', 'indicators.min_value', 'indicators.max_value'])
    .where('observations.id', '=', id).forUpdate('observations').executeTakeFirst();
}

export const revisionsOf = (db: Q, id: string) =>
  db.selectFrom('observation_revisions').selectAll().where('observation_id', '=', id).orderBy('revision').execute();

export interface ObservationFilter {
  indicatorId?: string;
  scope?: string;
  member?: string;
  year?: number;
  status?: ObservationStatus;
  limit: number;
  /** (period_start, id) of the last row of the previous page. */
  after?: [string, string];
}

/** Newest period first. */
export function listObservations(db: Q, f: ObservationFilter) {
  let q = withIndicator(db).select(OBSERVATION_COLUMNS);
  if (f.indicatorId) q = q.where('observations.indicator_id', '=', f.indicatorId);
  if (f.scope) q = q.where('observations.scope_key', '=', f.scope);
  if (f.member) q = q.where('observations.member_code', '=', f.member);
  if (f.year !== undefined) q = q.where('observations.year', '=', f.year);
  if (f.status) q = q.where('observations.status', '=', f.status);
  if (f.after) q = q.where(sql<boolean>`(observations.period_start, observations.id) < (${f.after[0]}::date, ${f.after[1]}::uuid)`);
  return q.orderBy('observations.period_start', 'desc').orderBy('observations.id', 'desc').limit(f.limit).execute();
}

export interface NewObservation {
  indicatorId: string;
  scopeKey: string;
  memberCode: string | null;
  cityCode: string | null;
  period: string;
  year: number;
  periodStart: string;
  value: number;
  status: ObservationStatus;
  source: string;
  note: string;
}

export interface RevisionMeta {
  changedBy: string | null;
  changedByName: string;
  tokenId: string | null;
  now: Date;
}

/**
 * Inserts the observations that do not exist yet (revision 1 each, with its
 * history row) in one statement; those whose (indicator, scope, period) exists
 * are skipped. Answers the ids it created by key ('indicatorId|scope|period').
 */
export async function insertNew(trx: Trx, rows: NewObservation[], meta: RevisionMeta & { isDemo: boolean }): Promise<Map<string, string>> {
  if (rows.length === 0) return new Map();
  const col = <T>(pick: (r: NewObservation) => T) => rows.map(pick);
  const { rows: created } = await sql<{ id: string; key: string }>`
    WITH ins AS (
      INSERT INTO observations (indicator_id, scope_key, member_code, city_code, period, year, period_start, value, first_value, status, source, note,
                                is_demo, created_at, updated_at, created_by)
      SELECT u.indicator_id, u.scope_key, u.member_code, u.city_code, u.period, u.year, u.period_start, u.value, u.value, u.status, u.source, u.note,
             ${meta.isDemo}, ${meta.now}, ${meta.now}, ${meta.changedBy}::uuid
        FROM unnest(${col((r) => r.indicatorId)}::uuid[], ${col((r) => r.scopeKey)}::text[], ${col((r) => r.memberCode)}::text[],
                    ${col((r) => r.cityCode)}::text[], ${col((r) => r.period)}::text[], ${col((r) => r.year)}::smallint[],
                    ${col((r) => r.periodStart)}::date[], ${col((r) => String(r.value))}::numeric[], ${col((r) => r.status)}::text[],
                    ${col((r) => r.source)}::text[], ${col((r) => r.note)}::text[])
             AS u(indicator_id, scope_key, member_code, city_code, period, year, period_start, value, status, source, note)
      ON CONFLICT (indicator_id, scope_key, period) DO NOTHING
      RETURNING id, indicator_id, scope_key, period, value, status, source, note
    ), history AS (
      INSERT INTO observation_revisions (observation_id, revision, value, status, source, note, reason, changed_by, changed_by_name, token_id, changed_at)
      SELECT id, 1, value, status, source, note, '', ${meta.changedBy}::uuid, ${meta.changedByName}, ${meta.tokenId}::uuid, ${meta.now} FROM ins
    )
    SELECT id, indicator_id || '|' || scope_key || '|' || period AS key FROM ins`.execute(trx);
  return new Map(created.map((r) => [r.key, r.id]));
}

export interface ExistingObservation {
  id: string;
  key: string;
  value: string;
  status: ObservationStatus;
  source: string;
  note: string;
}

/**
 * The stored observations of these keys; with `lock`, locked until the
 * transaction ends (in id order, so two writers never deadlock).
 */
export async function findExisting(trx: Trx, keys: { indicatorId: string; scopeKey: string; period: string }[], lock: boolean): Promise<Map<string, ExistingObservation>> {
  if (keys.length === 0) return new Map();
  const { rows } = await sql<ExistingObservation>`
    SELECT o.id, o.indicator_id || '|' || o.scope_key || '|' || o.period AS key, o.value, o.status, o.source, o.note
      FROM observations o
      JOIN unnest(${keys.map((k) => k.indicatorId)}::uuid[], ${keys.map((k) => k.scopeKey)}::text[], ${keys.map((k) => k.period)}::text[])
           AS k(indicator_id, scope_key, period)
        ON o.indicator_id = k.indicator_id AND o.scope_key = k.scope_key AND o.period = k.period
     ORDER BY o.id
     ${lock ? sql`FOR UPDATE OF o` : sql``}`.execute(trx);
  return new Map(rows.map((r) => [r.key, r]));
}

export interface Revision {
  id: string;
  value: number;
  status: ObservationStatus;
  source: string;
  note: string;
  reason: string;
}

/**
 * Applies corrections: each observation gets its new latest value, revision + 1
 * and version + 1, and one history row. first_value is never touched.
 */
export async function applyRevisions(trx: Trx, revisions: Revision[], meta: RevisionMeta): Promise<number> {
  if (revisions.length === 0) return 0;
  const col = <T>(pick: (r: Revision) => T) => revisions.map(pick);
  const { rows } = await sql<{ id: string }>`
    WITH u AS (
      SELECT * FROM unnest(${col((r) => r.id)}::uuid[], ${col((r) => String(r.value))}::numeric[], ${col((r) => r.status)}::text[],
                           ${col((r) => r.source)}::text[], ${col((r) => r.note)}::text[], ${col((r) => r.reason)}::text[])
             AS u(id, value, status, source, note, reason)
    ), upd AS (
      UPDATE observations o
         SET value = u.value, status = u.status, source = u.source, note = u.note,
             revision = o.revision + 1, version = o.version + 1, updated_at = ${meta.now}
        FROM u WHERE o.id = u.id
      RETURNING o.id, o.revision, o.value, o.status, o.source, o.note
    )
    INSERT INTO observation_revisions (observation_id, revision, value, status, source, note, reason, changed_by, changed_by_name, token_id, changed_at)
    SELECT upd.id, upd.revision, upd.value, upd.status, upd.source, upd.note, u.reason, ${meta.changedBy}::uuid, ${meta.changedByName}, ${meta.tokenId}::uuid, ${meta.now}
      FROM upd JOIN u ON u.id = upd.id
    RETURNING observation_id AS id`.execute(trx);
  return rows.length;
}

export async function setFinal(trx: Trx, id: string, now: Date) {
  await trx.updateTable('observations').set((eb) => ({ status: 'final', version: eb('version', '+', 1), updated_at: now })).where('id', '=', id).execute();
}

export interface SeriesColumnsRow {
  scope_key: string;
  periods: string[];
  values: number[];
  first_values: number[];
  statuses: ObservationStatus[];
  is_demo: boolean;
}

/**
 * One indicator's values of some scopes over a span of years, one row per scope with its
 * periods in order as parallel arrays (the series index: indicator, scope, period_start).
 * Aggregated here because thousands of per-point rows and objects were most of the cost of
 * the big series (docs/PERFORMANCE.md). float8 prints the shortest exact form, as Number() would.
 */
export async function seriesColumns(db: Q, indicatorId: string, scopes: string[], from: number, to: number) {
  const { rows } = await sql<SeriesColumnsRow>`
    SELECT scope_key,
           array_agg(period ORDER BY period_start) AS periods,
           array_agg(value::float8 ORDER BY period_start) AS values,
           array_agg(first_value::float8 ORDER BY period_start) AS first_values,
           array_agg(status::text ORDER BY period_start) AS statuses,
           bool_or(is_demo) AS is_demo
      FROM observations
     WHERE indicator_id = ${indicatorId} AND scope_key = ANY(${scopes}::text[])
       AND period_start >= ${`${from}-01-01`} AND period_start < ${`${to + 1}-01-01`}
     GROUP BY scope_key`.execute(db);
  return rows;
}

/** Per city, the year's last period that has a value (the year index gives them in order: one pass, no sort). */
export async function mapValues(db: Q, indicatorId: string, year: number) {
  const { rows } = await sql<{
    id: string; scope_key: string; member_code: string; period: string; value: string; first_value: string; status: ObservationStatus; is_demo: boolean;
  }>`
    SELECT DISTINCT ON (scope_key) id, scope_key, member_code, period, value, first_value, status, is_demo
      FROM observations
     WHERE indicator_id = ${indicatorId} AND year = ${year}
     ORDER BY scope_key, period_start DESC`.execute(db);
  return rows;
}

export async function latestYear(db: Q, indicatorId: string): Promise<number | null> {
  const row = await db.selectFrom('observations').select((eb) => eb.fn.max('year').as('year')).where('indicator_id', '=', indicatorId).executeTakeFirst();
  return row?.year ?? null;
}
