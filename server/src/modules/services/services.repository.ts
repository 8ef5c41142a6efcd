import { sql, type Insertable, type Updateable } from 'kysely';
import type { Db } from '../../db/database.ts';
import type { AvailabilityStatus, PublicServiceAvailabilityTable, PublicServicesTable, ServiceCategory } from '../../db/schema.ts';
import type { Trx } from '../audit/audit.usecases.ts';
import { likePattern } from '../search/search.repository.ts';

type Q = Db | Trx;

export const findService = (db: Q, id: string) => db.selectFrom('public_services').selectAll().where('id', '=', id).executeTakeFirst();
export const findServiceForUpdate = (trx: Trx, id: string) => trx.selectFrom('public_services').selectAll().where('id', '=', id).forUpdate().executeTakeFirst();
export type ServiceRow = NonNullable<Awaited<ReturnType<typeof findService>>>;

export async function insertService(trx: Trx, values: Insertable<PublicServicesTable>): Promise<string | undefined> {
  const row = await trx.insertInto('public_services').values(values).onConflict((oc) => oc.column('code').doNothing()).returning('id').executeTakeFirst();
  return row?.id;
}
export async function updateService(trx: Trx, id: string, values: Updateable<PublicServicesTable>, now: Date) {
  await trx.updateTable('public_services').set((eb) => ({ ...values, version: eb('version', '+', 1), updated_at: now })).where('id', '=', id).execute();
}

export async function replaceBodies(trx: Trx, serviceId: string, bodies: { memberCode: string; bodyCode: string }[]) {
  await trx.deleteFrom('public_service_bodies').where('service_id', '=', serviceId).execute();
  if (bodies.length) await trx.insertInto('public_service_bodies').values(bodies.map((b) => ({ service_id: serviceId, member_code: b.memberCode, body_code: b.bodyCode }))).execute();
}

export function listServices(db: Q, f: { category?: ServiceCategory; q?: string; memberCode?: string; status?: AvailabilityStatus }) {
  let q = db.selectFrom('public_services').selectAll();
  if (f.category) q = q.where('category', '=', f.category);
  if (f.q) q = q.where(sql<boolean>`(code || ' ' || name_zh || ' ' || name_en) ILIKE ${likePattern(f.q)}`);
  if (f.memberCode || f.status) {
    q = q.where((eb) => eb.exists(eb.selectFrom('public_service_availability as a').select('a.id').whereRef('a.service_id', '=', 'public_services.id')
      .$if(!!f.memberCode, (s) => s.where('a.member_code', '=', f.memberCode!))
      .$if(!!f.status, (s) => s.where('a.status', '=', f.status!))));
  }
  return q.orderBy('category').orderBy('code').execute();
}

export async function bodiesOf(db: Q, ids: string[]) {
  if (!ids.length) return [];
  return db.selectFrom('public_service_bodies').selectAll().where('service_id', 'in', ids).orderBy('member_code').execute();
}
export async function availabilityOf(db: Q, ids: string[]) {
  if (!ids.length) return [];
  return db.selectFrom('public_service_availability').selectAll().where('service_id', 'in', ids).orderBy('member_code').execute();
}
export type AvailabilityRow = Awaited<ReturnType<typeof availabilityOf>>[number];

export const findAvailabilityForUpdate = (trx: Trx, serviceId: string, memberCode: string) =>
  trx.selectFrom('public_service_availability').selectAll().where('service_id', '=', serviceId).where('member_code', '=', memberCode).forUpdate().executeTakeFirst();

export async function insertAvailability(trx: Trx, values: Insertable<PublicServiceAvailabilityTable>) {
  return trx.insertInto('public_service_availability').values(values).returningAll().executeTakeFirstOrThrow();
}
export async function updateAvailability(trx: Trx, id: string, values: Updateable<PublicServiceAvailabilityTable>) {
  return trx.updateTable('public_service_availability').set((eb) => ({ ...values, version: eb('version', '+', 1) })).where('id', '=', id).returningAll().executeTakeFirstOrThrow();
}

/** Appends one revision to the history (the table refuses any change of an existing one). */
export async function appendHistory(trx: Trx, row: AvailabilityRow, revision: number, by: { userId: string | null; name: string }, now: Date) {
  await trx.insertInto('public_service_availability_history').values({
    availability_id: row.id, service_id: row.service_id, member_code: row.member_code, revision, status: row.status, since: row.since,
    channels: row.channels, all_cities: row.all_cities, city_codes: row.city_codes, note: row.note, is_demo: row.is_demo,
    changed_by: by.userId, changed_by_name: by.name, changed_at: now,
  }).execute();
}

export function historyOf(db: Q, serviceId: string, memberCode?: string) {
  return db.selectFrom('public_service_availability_history').selectAll().where('service_id', '=', serviceId)
    .$if(!!memberCode, (q) => q.where('member_code', '=', memberCode!))
    .orderBy('changed_at', 'desc').orderBy('member_code').orderBy('revision', 'desc').execute();
}

export const membersOf = (db: Q) => db.selectFrom('members').select(['code', 'name_zh', 'name_en']).orderBy('sort_order').orderBy('code').execute();
export const memberExists = async (db: Q, code: string) => (await db.selectFrom('members').select('code').where('code', '=', code).executeTakeFirst()) !== undefined;
export const bodiesByCodes = (db: Q, codes: string[]) =>
  codes.length ? db.selectFrom('bodies').select(['code', 'member_code']).where('code', 'in', codes).execute() : Promise.resolve([]);
export const citiesByCodes = (db: Q, codes: string[]) =>
  codes.length ? db.selectFrom('cities').select(['code', 'member_code']).where('code', 'in', codes).execute() : Promise.resolve([]);

/** Every service with its usage summed over [from, to] (months as YYYY-MM-01); one pass over the recent-months index. */
export async function recentUsage(db: Q, from: string, to: string): Promise<Map<string, number>> {
  const rows = await db.selectFrom('public_service_usage').select(['service_id', sql<string>`sum(count)`.as('total')])
    .where('month_start', '>=', from).where('month_start', '<=', to).groupBy('service_id').execute();
  return new Map(rows.map((r) => [r.service_id, Number(r.total)]));
}

export const listAllServices = (db: Q) => db.selectFrom('public_services').select(['id', 'code', 'name_zh', 'name_en', 'category', 'is_demo']).orderBy('category').orderBy('code').execute();
export const allAvailability = (db: Q) =>
  db.selectFrom('public_service_availability').select(['service_id', 'member_code', 'status', 'channels', 'all_cities', 'city_codes', 'since']).execute();

export const indicatorsOfService = (db: Q, serviceId: string) =>
  db.selectFrom('public_service_indicators').innerJoin('indicators', 'indicators.id', 'public_service_indicators.indicator_id')
    .select(['public_service_indicators.basis', 'indicators.code', 'indicators.name_zh', 'indicators.name_en'])
    .where('public_service_indicators.service_id', '=', serviceId).orderBy('public_service_indicators.basis').execute();
