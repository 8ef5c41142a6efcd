import { sql } from 'kysely';
import type { Db } from '../../db/database.ts';
import type { Tier } from '../../db/schema.ts';
import type { Trx } from '../audit/audit.usecases.ts';
import type { RegionFile } from './region.models.ts';

type Executor = Db | Trx;

export async function getSetting(db: Executor, key: string): Promise<unknown> {
  const row = await db.selectFrom('app_settings').select('value').where('key', '=', key).executeTakeFirst();
  return row?.value;
}

export async function putSetting(db: Executor, key: string, value: unknown): Promise<void> {
  await db
    .insertInto('app_settings')
    .values({ key, value: JSON.stringify(value) })
    .onConflict((oc) => oc.column('key').doUpdateSet({ value: JSON.stringify(value) }))
    .execute();
}

export async function upsertRegion(trx: Trx, file: RegionFile, now: Date): Promise<void> {
  const r = file.region;
  await trx
    .insertInto('regions')
    .values({ id: r.id, name_zh: r.nameZh, name_en: r.nameEn, time_zone: r.timeZone, data_version: r.dataVersion, loaded_at: now })
    .onConflict((oc) =>
      oc.column('id').doUpdateSet({ name_zh: r.nameZh, name_en: r.nameEn, time_zone: r.timeZone, data_version: r.dataVersion, loaded_at: now }),
    )
    .execute();
  for (const [i, m] of file.members.entries()) {
    const values = { region_id: r.id, kind: m.kind, name_zh: m.nameZh, name_en: m.nameEn, short_zh: m.shortZh, short_en: m.shortEn, sort_order: i + 1 };
    await trx.insertInto('members').values({ code: m.code, ...values }).onConflict((oc) => oc.column('code').doUpdateSet(values)).execute();
    for (const [j, c] of m.cities.entries()) {
      const cityValues = { member_code: m.code, name_zh: c.nameZh, name_en: c.nameEn, sort_order: (i + 1) * 100 + j + 1 };
      await trx.insertInto('cities').values({ code: c.code, ...cityValues }).onConflict((oc) => oc.column('code').doUpdateSet(cityValues)).execute();
    }
  }
}

export async function upsertBody(trx: Trx, regionId: string, body: RegionFile['bodies'][number], sortOrder: number): Promise<void> {
  const values = {
    region_id: regionId,
    tier: body.tier,
    kind: body.kind,
    name_zh: body.nameZh,
    name_en: body.nameEn,
    description_zh: body.descriptionZh ?? '',
    description_en: body.descriptionEn ?? '',
    parent_code: body.parentCode ?? null,
    member_code: body.memberCode ?? null,
    rhythm: body.rhythm ?? '',
    sort_order: sortOrder,
    provenance: body.provenance ?? 'source',
  };
  await trx.insertInto('bodies').values({ code: body.code, ...values }).onConflict((oc) => oc.column('code').doUpdateSet(values)).execute();
}

/** Focus areas are keyed by code; the parent is the code without its last segment. */
export async function upsertFocusArea(
  trx: Trx,
  area: NonNullable<RegionFile['focusAreas']>[number],
  sortOrder: number,
): Promise<void> {
  const parentCode = area.code.split('.').slice(0, -1).join('.');
  const parent = parentCode
    ? await trx.selectFrom('focus_areas').select('id').where('code', '=', parentCode).executeTakeFirstOrThrow()
    : undefined;
  const values = {
    parent_id: parent?.id ?? null,
    name_zh: area.nameZh,
    name_en: area.nameEn,
    description_zh: area.descriptionZh ?? '',
    description_en: area.descriptionEn ?? '',
    sort_order: sortOrder,
  };
  await trx
    .insertInto('focus_areas')
    .values({ code: area.code, ...values })
    .onConflict((oc) => oc.column('code').doUpdateSet(values))
    .execute();
}

export function findRegion(db: Executor) {
  return db.selectFrom('regions').selectAll().orderBy('loaded_at').executeTakeFirst();
}

export function listMembers(db: Executor, after: [number, string] | undefined, limit: number) {
  let query = db
    .selectFrom('members')
    .selectAll()
    .select((eb) => eb.selectFrom('cities').select((e) => e.fn.countAll<string>().as('n')).whereRef('cities.member_code', '=', 'members.code').as('city_count'))
    .orderBy('sort_order')
    .orderBy('code')
    .limit(limit + 1);
  if (after) query = query.where(sql<boolean>`(sort_order, code) > (${after[0]}, ${after[1]})`);
  return query.execute();
}

export function findMember(db: Executor, code: string) {
  return db.selectFrom('members').selectAll().where('code', '=', code).executeTakeFirst();
}

export function listCities(db: Executor, filter: { memberCode?: string; q?: string; after?: [number, string]; limit: number }) {
  let query = db
    .selectFrom('cities')
    .innerJoin('members', 'members.code', 'cities.member_code')
    .select([
      'cities.code', 'cities.member_code', 'cities.name_zh', 'cities.name_en', 'cities.sort_order',
      'members.short_zh as member_short_zh', 'members.short_en as member_short_en',
    ])
    .orderBy('cities.sort_order')
    .orderBy('cities.code')
    .limit(filter.limit + 1);
  if (filter.memberCode) query = query.where('cities.member_code', '=', filter.memberCode);
  if (filter.q) {
    const like = `%${filter.q.replace(/[%_\\]/g, '\\$&')}%`;
    query = query.where((eb) => eb.or([eb('cities.name_zh', 'like', like), eb('cities.name_en', 'ilike', like), eb('cities.code', 'like', like)]));
  }
  if (filter.after) query = query.where(sql<boolean>`(cities.sort_order, cities.code) > (${filter.after[0]}, ${filter.after[1]})`);
  return query.execute();
}

export function findCity(db: Executor, code: string) {
  return db
    .selectFrom('cities')
    .innerJoin('members', 'members.code', 'cities.member_code')
    .select([
      'cities.code', 'cities.member_code', 'cities.name_zh', 'cities.name_en', 'cities.sort_order',
      'members.short_zh as member_short_zh', 'members.short_en as member_short_en',
    ])
    .where('cities.code', '=', code)
    .executeTakeFirst();
}

export function listBodies(db: Executor, filter: { tier?: Tier; memberCode?: string; after?: [number, string]; limit: number }) {
  let query = db.selectFrom('bodies').selectAll().orderBy('sort_order').orderBy('code').limit(filter.limit + 1);
  if (filter.tier) query = query.where('tier', '=', filter.tier);
  if (filter.memberCode) query = query.where('member_code', '=', filter.memberCode);
  if (filter.after) query = query.where(sql<boolean>`(sort_order, code) > (${filter.after[0]}, ${filter.after[1]})`);
  return query.execute();
}

export function findBody(db: Executor, code: string) {
  return db.selectFrom('bodies').selectAll().where('code', '=', code).executeTakeFirst();
}

/** For the modules that refer to members and bodies by code: one check, not one per module. */
/** Every member's and city's names (for reading names in an imported sheet). */
export async function placeNames(db: Executor) {
  const [members, cities] = await Promise.all([
    db.selectFrom('members').select(['code', 'name_zh', 'name_en', 'short_en']).execute(),
    db.selectFrom('cities').select(['code', 'name_zh', 'name_en']).execute(),
  ]);
  return { members, cities };
}

/** Every member's code (a small set: the region's provinces and municipality). */
export async function memberCodes(db: Executor): Promise<string[]> {
  return (await db.selectFrom('members').select('code').execute()).map((m) => m.code);
}

export async function memberExists(db: Executor, code: string): Promise<boolean> {
  return (await db.selectFrom('members').select('code').where('code', '=', code).executeTakeFirst()) !== undefined;
}

export async function bodyExists(db: Executor, code: string): Promise<boolean> {
  return (await db.selectFrom('bodies').select('code').where('code', '=', code).executeTakeFirst()) !== undefined;
}

/** The member a body belongs to: null for the region's shared bodies (Office, working groups), undefined when there is no such body. */
export async function memberOfBody(db: Executor, code: string): Promise<string | null | undefined> {
  return (await db.selectFrom('bodies').select('member_code').where('code', '=', code).executeTakeFirst())?.member_code;
}

export async function regionCounts(db: Executor) {
  const row = await sql<{ members: string; cities: string; bodies: string }>`
    SELECT (SELECT count(*) FROM members) AS members, (SELECT count(*) FROM cities) AS cities, (SELECT count(*) FROM bodies) AS bodies`.execute(db);
  const r = row.rows[0]!;
  return { members: Number(r.members), cities: Number(r.cities), bodies: Number(r.bodies) };
}
