import { sql, type Insertable, type Updateable } from 'kysely';
import type { Db } from '../../db/database.ts';
import type { IndicatorLevel, IndicatorsTable, IndicatorStatus } from '../../db/schema.ts';
import type { Trx } from '../audit/audit.usecases.ts';
import type { ScopeBook } from './indicators.models.ts';

type Q = Db | Trx;

export const findIndicatorByCode = (db: Q, code: string) => db.selectFrom('indicators').selectAll().where('code', '=', code).executeTakeFirst();
export const findIndicatorForUpdate = (trx: Trx, code: string) => trx.selectFrom('indicators').selectAll().where('code', '=', code).forUpdate().executeTakeFirst();
export type IndicatorRow = NonNullable<Awaited<ReturnType<typeof findIndicatorByCode>>>;

export async function indicatorsByCodes(db: Q, codes: string[]): Promise<IndicatorRow[]> {
  if (codes.length === 0) return [];
  return db.selectFrom('indicators').selectAll().where('code', 'in', codes).execute();
}

/** The same, locked against a concurrent retirement until the transaction commits (FOR SHARE). */
export async function indicatorsByCodesForShare(trx: Trx, codes: string[]): Promise<IndicatorRow[]> {
  if (codes.length === 0) return [];
  return trx.selectFrom('indicators').selectAll().where('code', 'in', codes).forShare().execute();
}

export function listIndicators(db: Q, f: { level?: IndicatorLevel; focusArea?: string; status?: IndicatorStatus; q?: string }) {
  let q = db.selectFrom('indicators').selectAll();
  if (f.level) q = q.where('level', '=', f.level);
  if (f.focusArea) q = q.where('focus_area_code', '=', f.focusArea);
  if (f.status) q = q.where('status', '=', f.status);
  if (f.q) {
    const like = `%${f.q.replace(/[%_\\]/g, '\\$&')}%`;
    q = q.where((eb) => eb.or([eb('code', 'ilike', like), eb('name_zh', 'like', like), eb('name_en', 'ilike', like)]));
  }
  return q.orderBy(sql`focus_area_code NULLS LAST`).orderBy('code').execute();
}

export async function insertIndicator(trx: Trx, values: Insertable<IndicatorsTable>): Promise<string | undefined> {
  const row = await trx.insertInto('indicators').values(values).onConflict((oc) => oc.column('code').doNothing()).returning('id').executeTakeFirst();
  return row?.id;
}

export async function updateIndicator(trx: Trx, id: string, values: Updateable<IndicatorsTable>, now: Date) {
  await trx.updateTable('indicators').set((eb) => ({ ...values, version: eb('version', '+', 1), updated_at: now })).where('id', '=', id).execute();
}

export const focusAreaExists = async (db: Q, code: string) => (await db.selectFrom('focus_areas').select('code').where('code', '=', code).executeTakeFirst()) !== undefined;

export async function existingPlanIds(db: Q, ids: string[]): Promise<Set<string>> {
  if (ids.length === 0) return new Set();
  return new Set((await db.selectFrom('plans').select('id').where('id', 'in', ids).execute()).map((p) => p.id));
}

/** Members and cities (with their member): what scopes are checked against. */
export async function scopeBook(db: Q): Promise<ScopeBook> {
  const [members, cities] = await Promise.all([
    db.selectFrom('members').select('code').execute(),
    db.selectFrom('cities').select(['code', 'member_code']).execute(),
  ]);
  return { members: new Set(members.map((m) => m.code)), cityMember: new Map(cities.map((c) => [c.code, c.member_code])) };
}

/** Every scope of a level, in the region's order: what a series shows when no scope is asked for. */
export async function scopesOfLevel(db: Q, level: IndicatorLevel): Promise<string[]> {
  if (level === 'region') return ['region'];
  if (level === 'member') return (await db.selectFrom('members').select('code').orderBy('sort_order').orderBy('code').execute()).map((m) => m.code);
  return (await db.selectFrom('cities').select('code').orderBy('sort_order').orderBy('code').execute()).map((c) => c.code);
}

export function targetsOf(db: Q, indicatorId: string, f: { scopes?: string[]; from?: number; to?: number } = {}) {
  let q = db.selectFrom('indicator_targets').select(['scope_key', 'year', 'value', 'plan_id']).where('indicator_id', '=', indicatorId);
  if (f.scopes) q = f.scopes.length ? q.where('scope_key', 'in', f.scopes) : q.where(sql<boolean>`false`);
  if (f.from !== undefined) q = q.where('year', '>=', f.from);
  if (f.to !== undefined) q = q.where('year', '<=', f.to);
  return q.orderBy('scope_key').orderBy('year').execute();
}

export interface TargetRow {
  scopeKey: string;
  memberCode: string | null;
  cityCode: string | null;
  year: number;
  value: number;
  planId: string | null;
}

/**
 * Replaces an indicator's targets with `rows`: others are removed, changed ones
 * updated (version + 1), the same ones left alone. Answers what happened.
 */
export async function replaceTargets(trx: Trx, indicatorId: string, rows: TargetRow[], isDemo: boolean, now: Date) {
  const keep = rows.map((r) => `${r.scopeKey}|${r.year}`);
  const removed = await trx.deleteFrom('indicator_targets').where('indicator_id', '=', indicatorId)
    .where(sql<boolean>`NOT ((scope_key || '|' || year) = ANY(${keep}::text[]))`).executeTakeFirst();
  let written = 0;
  if (rows.length) {
    const { rows: changed } = await sql<{ id: string }>`
      INSERT INTO indicator_targets (indicator_id, scope_key, member_code, city_code, year, value, plan_id, is_demo, created_at, updated_at)
      SELECT ${indicatorId}::uuid, u.scope_key, u.member_code, u.city_code, u.year, u.value, u.plan_id, ${isDemo}, ${now}, ${now}
        FROM unnest(${rows.map((r) => r.scopeKey)}::text[], ${rows.map((r) => r.memberCode)}::text[], ${rows.map((r) => r.cityCode)}::text[],
                    ${rows.map((r) => r.year)}::smallint[], ${rows.map((r) => String(r.value))}::numeric[], ${rows.map((r) => r.planId)}::uuid[])
             AS u(scope_key, member_code, city_code, year, value, plan_id)
      ON CONFLICT (indicator_id, scope_key, year) DO UPDATE
        SET value = EXCLUDED.value, plan_id = EXCLUDED.plan_id, version = indicator_targets.version + 1, updated_at = EXCLUDED.updated_at
        WHERE indicator_targets.value <> EXCLUDED.value OR indicator_targets.plan_id IS DISTINCT FROM EXCLUDED.plan_id
      RETURNING id`.execute(trx);
    written = changed.length;
  }
  return { removed: Number(removed.numDeletedRows), written };
}
