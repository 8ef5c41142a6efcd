import { sql, type Insertable } from 'kysely';
import type { Db } from '../../db/database.ts';
import type { MajorMattersTable, MatterEventKind, MatterStatus, MeetingTier } from '../../db/schema.ts';
import type { Trx } from '../audit/audit.usecases.ts';
import { instantInYear } from '../../shared/calendar-year.ts';

type Q = Db | Trx;

export async function insertMatter(trx: Trx, values: Insertable<MajorMattersTable>, members: string[]): Promise<string> {
  const id = (await trx.insertInto('major_matters').values(values).returning('id').executeTakeFirstOrThrow()).id;
  if (members.length) await trx.insertInto('matter_members').values(members.map((m) => ({ matter_id: id, member_code: m }))).execute();
  return id;
}

export async function insertEvent(
  trx: Trx,
  e: { matterId: string; kind: MatterEventKind; fromTier?: string | null; toTier?: string | null; reason?: string; decisionId?: string | null; actorUserId: string | null; actorUsername: string; at: Date },
) {
  await trx.insertInto('matter_events').values({
    matter_id: e.matterId, kind: e.kind, from_tier: e.fromTier ?? null, to_tier: e.toTier ?? null, reason: e.reason ?? '',
    decision_id: e.decisionId ?? null, actor_user_id: e.actorUserId, actor_username: e.actorUsername, occurred_at: e.at,
  }).execute();
}

export const findMatter = (db: Q, id: string) => db.selectFrom('major_matters').selectAll().where('id', '=', id).executeTakeFirst();
export const findMatterForUpdate = (trx: Trx, id: string) => trx.selectFrom('major_matters').selectAll().where('id', '=', id).forUpdate().executeTakeFirst();
export const membersOf = async (db: Q, id: string) =>
  (await db.selectFrom('matter_members').select('member_code').where('matter_id', '=', id).orderBy('member_code').execute()).map((r) => r.member_code);
export async function membersOfMany(db: Q, ids: string[]): Promise<Map<string, string[]>> {
  const byMatter = new Map<string, string[]>();
  if (ids.length === 0) return byMatter;
  const rows = await db.selectFrom('matter_members').select(['matter_id', 'member_code']).where('matter_id', 'in', ids).orderBy('member_code').execute();
  for (const r of rows) byMatter.set(r.matter_id, [...(byMatter.get(r.matter_id) ?? []), r.member_code]);
  return byMatter;
}

export async function setStatus(trx: Trx, id: string, status: MatterStatus, now: Date) {
  await trx.updateTable('major_matters').set((eb) => ({ status, version: eb('version', '+', 1), updated_at: now })).where('id', '=', id).execute();
}

/** Resolved by a meeting's decision (decisions' resolve_matter effect). */
export async function markResolved(trx: Trx, id: string, decisionId: string, now: Date) {
  await trx.updateTable('major_matters')
    .set((eb) => ({ status: 'resolved', resolved_by_decision_id: decisionId, version: eb('version', '+', 1), updated_at: now }))
    .where('id', '=', id).execute();
}

export const eventsOf = (db: Q, id: string) => db.selectFrom('matter_events').selectAll().where('matter_id', '=', id).orderBy('occurred_at').orderBy('seq').execute();

export async function moveTier(trx: Trx, id: string, tier: MeetingTier, deadline: { column: 'execution_deadline' | 'coordination_deadline' | 'decision_deadline'; at: Date }, now: Date) {
  await trx.updateTable('major_matters')
    .set((eb) => ({ tier, [deadline.column]: deadline.at, version: eb('version', '+', 1), updated_at: now }))
    .where('id', '=', id).execute();
}

/** Newest first (the list) or oldest first (the board); `after` is the (raised_at, id) of the last row of the previous page. */
export function listMatters(
  db: Q,
  f: { status?: MatterStatus; tier?: MeetingTier; memberCode?: string; resolvedYear?: number; order: 'asc' | 'desc'; limit: number; after?: [string, string] },
) {
  let q = db.selectFrom('major_matters').selectAll();
  if (f.resolvedYear !== undefined) {
    q = q.where('status', '=', 'resolved').where('resolved_by_decision_id', 'in', db.selectFrom('decisions as d').select('d.id').where(instantInYear('d.decided_at', f.resolvedYear)));
  }
  if (f.status) q = q.where('status', '=', f.status);
  if (f.tier) q = q.where('tier', '=', f.tier);
  if (f.memberCode) q = q.where('id', 'in', db.selectFrom('matter_members').select('matter_id').where('member_code', '=', f.memberCode));
  if (f.after) {
    const [at, id] = f.after;
    q = q.where(f.order === 'asc' ? sql<boolean>`(raised_at, id) > (${at}::timestamptz, ${id}::uuid)` : sql<boolean>`(raised_at, id) < (${at}::timestamptz, ${id}::uuid)`);
  }
  return q.orderBy('raised_at', f.order).orderBy('id', f.order).limit(f.limit).execute();
}

/** How many matters are open at each tier. */
export async function countOpenByTier(db: Q): Promise<Map<MeetingTier, number>> {
  const rows = await db.selectFrom('major_matters').select(['tier', sql<string>`count(*)`.as('n')]).where('status', '=', 'open').groupBy('tier').execute();
  return new Map(rows.map((r) => [r.tier, Number(r.n)]));
}

/** Open matters whose current tier's deadline has passed, below the decision tier. */
export function dueForEscalation(trx: Trx, now: Date) {
  return trx.selectFrom('major_matters').selectAll().where('status', '=', 'open')
    .where((eb) => eb.or([
      eb.and([eb('tier', '=', 'execution'), eb('execution_deadline', '<=', now)]),
      eb.and([eb('tier', '=', 'coordination'), eb('coordination_deadline', '<=', now)]),
    ]))
    .orderBy('raised_at').forUpdate().skipLocked().execute();
}


/** Who hears of an escalation: the Office and the liaisons of the members party to the matter. */
export async function recipients(db: Q, memberCodes: string[]): Promise<string[]> {
  const rows = await db.selectFrom('user_roles').innerJoin('users', 'users.id', 'user_roles.user_id').select('user_roles.user_id')
    .where('users.status', '=', 'active')
    .where((eb) => eb.or([
      eb('user_roles.role', '=', 'office'),
      ...(memberCodes.length ? [eb.and([eb('user_roles.role', '=', 'liaison'), eb('user_roles.member_code', 'in', memberCodes)])] : []),
    ]))
    .distinct().execute();
  return rows.map((r) => r.user_id);
}
