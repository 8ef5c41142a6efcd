import { sql } from 'kysely';
import type { Db } from '../../db/database.ts';
import type { UsageBasis } from '../../db/schema.ts';
import type { Trx } from '../audit/audit.usecases.ts';
import { monthStart } from './services.models.ts';

type Q = Db | Trx;
export interface UsageKey { serviceId: string; origin: string; destination: string; month: string }
export interface Range { from?: string; to?: string }

export const findUsageForUpdate = (trx: Trx, k: UsageKey) =>
  trx.selectFrom('public_service_usage').selectAll().where('service_id', '=', k.serviceId).where('origin_member_code', '=', k.origin)
    .where('destination_member_code', '=', k.destination).where('month', '=', k.month).forUpdate().executeTakeFirst();

export async function insertUsage(trx: Trx, k: UsageKey, count: number, by: string | null, now: Date, isDemo = false) {
  return trx.insertInto('public_service_usage').values({
    service_id: k.serviceId, origin_member_code: k.origin, destination_member_code: k.destination, month: k.month, month_start: monthStart(k.month),
    count, is_demo: isDemo, updated_by: by, updated_at: now,
  }).returningAll().executeTakeFirstOrThrow();
}

export async function updateUsage(trx: Trx, k: UsageKey, count: number, by: string | null, now: Date) {
  return trx.updateTable('public_service_usage').set((eb) => ({ count, version: eb('version', '+', 1), updated_by: by, updated_at: now, is_demo: false }))
    .where('service_id', '=', k.serviceId).where('origin_member_code', '=', k.origin).where('destination_member_code', '=', k.destination).where('month', '=', k.month)
    .returningAll().executeTakeFirstOrThrow();
}

/** The stored rows among `keys` (one query), keyed as keyOf. */
export async function existingUsage(db: Q, keys: UsageKey[]): Promise<Map<string, { count: string; version: number }>> {
  if (!keys.length) return new Map();
  const rows = await db.selectFrom('public_service_usage').select(['service_id', 'origin_member_code', 'destination_member_code', 'month', 'count', 'version'])
    .where(sql<boolean>`(service_id, origin_member_code, destination_member_code, month) IN (${sql.join(keys.map((k) => sql`(${k.serviceId}::uuid, ${k.origin}, ${k.destination}, ${k.month})`))})`)
    .execute();
  return new Map(rows.map((r) => [keyOf({ serviceId: r.service_id, origin: r.origin_member_code, destination: r.destination_member_code, month: r.month }), { count: r.count, version: r.version }]));
}
export const keyOf = (k: UsageKey) => `${k.serviceId}|${k.origin}|${k.destination}|${k.month}`;

/** Writes many rows in one statement: new ones inserted, changed counts updated (version + 1). */
export async function upsertUsageRows(trx: Trx, rows: (UsageKey & { count: number })[], by: string | null, now: Date, isDemo = false) {
  if (!rows.length) return;
  await trx.insertInto('public_service_usage').values(rows.map((r) => ({
    service_id: r.serviceId, origin_member_code: r.origin, destination_member_code: r.destination, month: r.month, month_start: monthStart(r.month),
    count: r.count, is_demo: isDemo, updated_by: by, updated_at: now,
  }))).onConflict((oc) => oc.columns(['service_id', 'origin_member_code', 'destination_member_code', 'month']).doUpdateSet((eb) => ({
    count: eb.ref('excluded.count'), version: sql`public_service_usage.version + 1`, updated_by: by, updated_at: now, is_demo: eb.ref('excluded.is_demo'),
  })).where(sql<boolean>`public_service_usage.count IS DISTINCT FROM excluded.count`)).execute();
}

export function usageRows(db: Q, serviceId: string, r: Range) {
  return db.selectFrom('public_service_usage').select(['origin_member_code', 'destination_member_code', 'month', 'count', 'is_demo', 'version'])
    .where('service_id', '=', serviceId)
    .$if(!!r.from, (q) => q.where('month_start', '>=', monthStart(r.from!))).$if(!!r.to, (q) => q.where('month_start', '<=', monthStart(r.to!))).orderBy('month_start').orderBy('origin_member_code').orderBy('destination_member_code').execute();
}

/** Sums per origin × destination over the range; totals are computed from these cells, so they always equal the rows. */
export function usageCells(db: Q, serviceId: string, r: Range) {
  return db.selectFrom('public_service_usage').select(['origin_member_code', 'destination_member_code', sql<string>`sum(count)`.as('total'), sql<boolean>`bool_or(is_demo)`.as('demo')])
    .where('service_id', '=', serviceId)
    .$if(!!r.from, (q) => q.where('month_start', '>=', monthStart(r.from!))).$if(!!r.to, (q) => q.where('month_start', '<=', monthStart(r.to!))).groupBy(['origin_member_code', 'destination_member_code']).orderBy('origin_member_code').orderBy('destination_member_code').execute();
}

export function usageByMonthAndOrigin(db: Q, serviceId: string, r: Range) {
  return db.selectFrom('public_service_usage').select(['month', 'origin_member_code', sql<string>`sum(count)`.as('total')])
    .where('service_id', '=', serviceId)
    .$if(!!r.from, (q) => q.where('month_start', '>=', monthStart(r.from!))).$if(!!r.to, (q) => q.where('month_start', '<=', monthStart(r.to!))).groupBy(['month', 'origin_member_code']).orderBy('month').orderBy('origin_member_code').execute();
}

/** The series a declared indicator carries: per month, by origin, by destination, or the region's total. */
export async function seriesOf(db: Q, serviceId: string, basis: UsageBasis): Promise<{ month: string; scope: string; total: number }[]> {
  const column = basis === 'origin' ? sql.ref('origin_member_code') : basis === 'destination' ? sql.ref('destination_member_code') : sql<string>`'region'`;
  const result = await sql<{ month: string; scope: string; total: string }>`
    SELECT month, ${column} AS scope, sum(count) AS total FROM public_service_usage WHERE service_id = ${serviceId} GROUP BY 1, 2 ORDER BY 1, 2`.execute(db);
  return result.rows.map((r) => ({ month: r.month, scope: r.scope, total: Number(r.total) }));
}

export const declaredOf = (db: Q, serviceIds: string[]) =>
  serviceIds.length
    ? db.selectFrom('public_service_indicators').innerJoin('indicators', 'indicators.id', 'public_service_indicators.indicator_id')
      .select(['public_service_indicators.service_id', 'public_service_indicators.basis', 'indicators.code', 'indicators.id as indicator_id'])
      .where('public_service_indicators.service_id', 'in', serviceIds).execute()
    : Promise.resolve([]);
export const linkOfIndicator = (db: Q, indicatorId: string) =>
  db.selectFrom('public_service_indicators').selectAll().where('indicator_id', '=', indicatorId).executeTakeFirst();
export async function linkIndicator(trx: Trx, serviceId: string, basis: UsageBasis, indicatorId: string, now: Date) {
  await trx.insertInto('public_service_indicators').values({ service_id: serviceId, basis, indicator_id: indicatorId, created_at: now }).execute();
}

export const servicesByCodes = (db: Q, codes: string[]) =>
  codes.length ? db.selectFrom('public_services').select(['id', 'code']).where('code', 'in', codes).execute() : Promise.resolve([]);
