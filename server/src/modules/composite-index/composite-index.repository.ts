import { sql } from 'kysely';
import type { Db } from '../../db/database.ts';
import type { IndexRunTrigger } from '../../db/schema.ts';
import type { Trx } from '../audit/audit.usecases.ts';
import type { IndexValue, TargetValue, YearlyCell } from './composite-index.compute.ts';
import { RECOMPUTE_JOB, type Direction } from './composite-index.models.ts';

type Q = Db | Trx;

export const findMethod = (db: Q, code: string) => db.selectFrom('index_methods').selectAll().where('code', '=', code).executeTakeFirst();
export const findMethodForUpdate = (trx: Trx, code: string) => trx.selectFrom('index_methods').selectAll().where('code', '=', code).forUpdate().executeTakeFirst();

/** Creates the method unless it exists (two first versions at once: one creates, both then lock it). */
export async function ensureMethod(trx: Trx, values: { code: string; name_zh: string; name_en: string; is_demo: boolean; created_at: Date }): Promise<string | undefined> {
  const row = await trx.insertInto('index_methods').values(values).onConflict((oc) => oc.column('code').doNothing()).returning('id').executeTakeFirst();
  return row?.id;
}

export async function renameMethod(trx: Trx, id: string, names: { name_zh?: string; name_en?: string }) {
  await trx.updateTable('index_methods').set(names).where('id', '=', id).execute();
}

/** Methods (or one) with their latest published and latest version numbers. */
export function listMethods(db: Q, methodId?: string) {
  let q = db.selectFrom('index_methods as m')
    .select((eb) => [
      'm.id', 'm.code', 'm.name_zh', 'm.name_en', 'm.is_demo',
      eb.selectFrom('index_method_versions as v').select((e) => e.fn.max('v.version').as('n')).whereRef('v.method_id', '=', 'm.id').where('v.status', '=', 'published').as('current_version'),
      eb.selectFrom('index_method_versions as v').select((e) => e.fn.max('v.version').as('n')).whereRef('v.method_id', '=', 'm.id').as('latest_version'),
    ]);
  if (methodId) q = q.where('m.id', '=', methodId);
  return q.orderBy('m.code').execute();
}

export const versionsOf = (db: Q, methodId: string) =>
  db.selectFrom('index_method_versions').selectAll().where('method_id', '=', methodId).orderBy('version', 'desc').execute();

export const findVersion = (db: Q, methodId: string, version: number) =>
  db.selectFrom('index_method_versions').selectAll().where('method_id', '=', methodId).where('version', '=', version).executeTakeFirst();
export const findVersionForUpdate = (trx: Trx, methodId: string, version: number) =>
  trx.selectFrom('index_method_versions').selectAll().where('method_id', '=', methodId).where('version', '=', version).forUpdate().executeTakeFirst();

export const currentVersion = (db: Q, methodId: string) =>
  db.selectFrom('index_method_versions').selectAll().where('method_id', '=', methodId).where('status', '=', 'published').orderBy('version', 'desc').limit(1).executeTakeFirst();

export async function nextVersionNumber(trx: Trx, methodId: string): Promise<number> {
  const row = await trx.selectFrom('index_method_versions').select((eb) => eb.fn.max('version').as('n')).where('method_id', '=', methodId).executeTakeFirst();
  return (row?.n ?? 0) + 1;
}

export async function insertVersion(trx: Trx, values: { method_id: string; version: number; spec: unknown; description_zh: string; description_en: string; created_by: string | null; created_at: Date }) {
  return trx.insertInto('index_method_versions').values({ ...values, spec: JSON.stringify(values.spec) }).returningAll().executeTakeFirstOrThrow();
}

export async function publish(trx: Trx, id: string, at: Date) {
  return trx.updateTable('index_method_versions').set({ status: 'published', published_at: at }).where('id', '=', id).where('status', '=', 'draft').returningAll().executeTakeFirstOrThrow();
}

/**
 * Published versions (of one method, or of all), locked for this recomputation:
 * two runs of the same version wait for each other, and the later one reads the
 * data after the earlier one has written.
 */
export function lockPublishedVersions(trx: Trx, methodCode?: string) {
  let q = trx.selectFrom('index_method_versions as v').innerJoin('index_methods as m', 'm.id', 'v.method_id')
    .select(['v.id', 'v.version', 'v.spec', 'm.id as method_id', 'm.code as method_code']).where('v.status', '=', 'published');
  if (methodCode) q = q.where('m.code', '=', methodCode);
  return q.orderBy('v.id').forUpdate('v').execute();
}

export function publishedVersionIds(db: Q, methodCode?: string) {
  let q = db.selectFrom('index_method_versions as v').innerJoin('index_methods as m', 'm.id', 'v.method_id').select('v.id').where('v.status', '=', 'published');
  if (methodCode) q = q.where('m.code', '=', methodCode);
  return q.execute();
}

/** The level of each of these indicator codes that exists. */
export async function indicatorLevels(db: Q, codes: string[]): Promise<Map<string, 'region' | 'member' | 'city'>> {
  if (codes.length === 0) return new Map();
  const { rows } = await sql<{ code: string; level: 'region' | 'member' | 'city' }>`SELECT code, level FROM indicators WHERE code = ANY(${codes}::text[])`.execute(db);
  return new Map(rows.map((r) => [r.code, r.level]));
}

export async function indicatorDirections(db: Q, codes: string[]): Promise<Record<string, Direction>> {
  if (codes.length === 0) return {};
  const { rows } = await sql<{ code: string; direction: Direction }>`SELECT code, direction FROM indicators WHERE code = ANY(${codes}::text[])`.execute(db);
  return Object.fromEntries(rows.map((r) => [r.code, r.direction]));
}

/**
 * The set-based half of a recomputation: every observation of these indicators
 * for the region and the members (not cities) folded in SQL into one row per
 * indicator × year × scope — the year's mean and its last period (by period
 * start) with the observations behind them. Grouped by indicator id, year and
 * scope, the order of observations_year_idx, with period_start next: PostgreSQL
 * reads the index in order and sorts nothing (2 million rows: ~3 s instead of
 * ~7 s; 30 indicators among them: ~0.1 s instead of a full scan). All
 * observation ids only for indicators some version averages (`withAllIds`);
 * the last one's id always.
 */
export async function yearlyCells(db: Q, codes: string[], withAllIds: string[]): Promise<YearlyCell[]> {
  if (codes.length === 0) return [];
  const { rows: indicators } = await sql<{ id: string; code: string }>`SELECT id, code FROM indicators WHERE code = ANY(${codes}::text[])`.execute(db);
  if (indicators.length === 0) return [];
  const codeOf = new Map(indicators.map((i) => [i.id, i.code]));
  const averaged = indicators.filter((i) => withAllIds.includes(i.code)).map((i) => i.id);
  const { rows } = await sql<{ indicator_id: string; scope_key: string; year: number; mean: number; last: number; ids: string[] | null; last_id: string }>`
    SELECT o.indicator_id, o.year::int AS year, o.scope_key,
           avg(o.value)::float8 AS mean,
           (array_agg(o.value::float8 ORDER BY o.period_start))[count(*)::int] AS last,
           (array_agg(o.id::text ORDER BY o.period_start))[count(*)::int] AS last_id,
           CASE WHEN o.indicator_id = ANY(${averaged}::uuid[]) THEN array_agg(o.id::text ORDER BY o.period_start) END AS ids
      FROM observations o
     WHERE o.indicator_id = ANY(${[...codeOf.keys()]}::uuid[]) AND o.city_code IS NULL
     GROUP BY o.indicator_id, o.year, o.scope_key`.execute(db);
  return rows.map((r) => ({
    indicatorCode: codeOf.get(r.indicator_id)!, scopeKey: r.scope_key, year: r.year, mean: r.mean, last: r.last, lastObservationId: r.last_id, observationIds: r.ids ?? [r.last_id],
  }));
}

export async function targetsOf(db: Q, codes: string[]): Promise<TargetValue[]> {
  if (codes.length === 0) return [];
  const { rows } = await sql<{ code: string; scope_key: string; year: number; value: number }>`
    SELECT i.code, t.scope_key, t.year::int AS year, t.value::float8 AS value
      FROM indicator_targets t JOIN indicators i ON i.id = t.indicator_id
     WHERE i.code = ANY(${codes}::text[])`.execute(db);
  return rows.map((r) => ({ indicatorCode: r.code, scopeKey: r.scope_key, year: r.year, value: r.value }));
}

export async function insertRun(q: Q, values: { method_version_id: string; trigger: IndexRunTrigger; started_at: Date; finished_at: Date; duration_ms: number; status: 'succeeded' | 'failed'; error?: string | null; values_written?: number }) {
  return (await q.insertInto('index_runs').values({ ...values, error: values.error ?? null, values_written: values.values_written ?? 0 }).returning('id').executeTakeFirstOrThrow()).id;
}

export async function finishRun(trx: Trx, id: string, values: { finished_at: Date; duration_ms: number; values_written: number }) {
  await trx.updateTable('index_runs').set(values).where('id', '=', id).execute();
}

/** Replaces a version's values with this run's; in batches, so a statement stays a reasonable size. */
export async function replaceValues(trx: Trx, versionId: string, values: IndexValue[], runId: string, at: Date) {
  await trx.deleteFrom('index_values').where('method_version_id', '=', versionId).execute();
  const BATCH = 200;
  for (let i = 0; i < values.length; i += BATCH) {
    await trx.insertInto('index_values').values(values.slice(i, i + BATCH).map((v) => ({
      method_version_id: versionId, scope_key: v.scopeKey, year: v.year, value: v.value, components: JSON.stringify(v.components), computed_at: at, run_id: runId,
    }))).execute();
  }
}

/** The components (jsonb, the bulk of a row) are read only when asked for. */
export function valuesOf(db: Q, versionId: string, f: { scopes?: string[]; from?: number; to?: number; components?: boolean }) {
  let q = db.selectFrom('index_values').select(['scope_key', 'year', 'value', 'computed_at'])
    .$if(f.components === true, (qb) => qb.select('components')).where('method_version_id', '=', versionId);
  if (f.scopes?.length) q = q.where('scope_key', 'in', f.scopes);
  if (f.from !== undefined) q = q.where('year', '>=', f.from);
  if (f.to !== undefined) q = q.where('year', '<=', f.to);
  return q.orderBy('scope_key').orderBy('year').execute();
}

/** Newest first; `after` is the (started_at, id) of the last row of the previous page. */
export function listRuns(db: Q, methodId: string, f: { limit: number; after?: [string, string] }) {
  let q = db.selectFrom('index_runs as r').innerJoin('index_method_versions as v', 'v.id', 'r.method_version_id')
    .selectAll('r').select('v.version').where('v.method_id', '=', methodId);
  if (f.after) q = q.where(sql<boolean>`(r.started_at, r.id) < (${f.after[0]}::timestamptz, ${f.after[1]}::uuid)`);
  return q.orderBy('r.started_at', 'desc').orderBy('r.id', 'desc').limit(f.limit).execute();
}

/** A recomputation of this method that no worker has taken yet (asking again joins it). */
export const pendingRecompute = (db: Q, methodCode: string) =>
  db.selectFrom('jobs').select('id').where('kind', '=', RECOMPUTE_JOB).where('status', '=', 'pending')
    .where(sql<boolean>`payload->>'methodCode' = ${methodCode}`).orderBy('id').limit(1).executeTakeFirst();

/** The demo's indicators that a min–max index can use (member level, active), with their focus area's names. */
export async function demoIndicators(db: Q) {
  const { rows } = await sql<{ code: string; focus_area_code: string | null; area_zh: string | null; area_en: string | null; area_order: number | null }>`
    SELECT i.code, i.focus_area_code, f.name_zh AS area_zh, f.name_en AS area_en, f.sort_order AS area_order
      FROM indicators i LEFT JOIN focus_areas f ON f.code = i.focus_area_code
     WHERE i.is_demo AND i.status = 'active' AND i.level = 'member'
     ORDER BY f.sort_order NULLS LAST, i.focus_area_code NULLS LAST, i.code`.execute(db);
  return rows;
}

/** The earliest of the years in which the most of these indicators have values for at least two scopes (a range to normalise against). */
export async function firstYearWithSpread(db: Q, codes: string[]): Promise<number | undefined> {
  if (codes.length === 0) return undefined;
  const { rows } = await sql<{ year: number }>`
    SELECT year::int AS year FROM (
      SELECT o.year, i.code FROM observations o JOIN indicators i ON i.id = o.indicator_id
       WHERE i.code = ANY(${codes}::text[]) AND o.city_code IS NULL
       GROUP BY o.year, i.code HAVING count(DISTINCT o.scope_key) >= 2
    ) per_indicator
     GROUP BY year ORDER BY count(*) DESC, year LIMIT 1`.execute(db);
  return rows[0]?.year;
}
