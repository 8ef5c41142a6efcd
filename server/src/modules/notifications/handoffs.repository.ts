import { sql, type Expression, type SqlBool } from 'kysely';
import type { Db } from '../../db/database.ts';
import type { RoleName } from '../../db/schema.ts';
import type { Trx } from '../audit/audit.usecases.ts';

type Executor = Db | Trx;

/** Who a hand-off is for, described by role rather than by name: resolved in one query. */
export interface Audience {
  /** Everyone with the office role. */
  office?: boolean;
  /** The liaisons of these members. */
  liaisonsOf?: string[];
  /**
   * The people who work on these shares: the member's liaisons and the
   * member's editors whose grant covers the share — not tied to a body, or
   * tied to the body that owns it (the rule of canEditShare).
   */
  shares?: { memberCode: string; ownerBodyCode: string | null }[];
  /** Named users (e.g. the account whose roles changed). */
  users?: string[];
}

/** Who may read the record: holders of one of these roles, or only the account itself. */
export type Readers = { roles: readonly RoleName[] } | { self: string };

/**
 * Active accounts in the audience that may read the record, without the actor.
 * A notice is never written for anyone outside this set.
 */
export async function recipients(db: Executor, audience: Audience, readers: Readers, exceptUserId: string | null): Promise<string[]> {
  const byRole: Expression<SqlBool>[] = [];
  if (audience.office) byRole.push(sql<SqlBool>`r.role = 'office'`);
  if (audience.liaisonsOf?.length) byRole.push(sql<SqlBool>`(r.role = 'liaison' AND r.member_code IN (${sql.join(audience.liaisonsOf)}))`);
  for (const share of audience.shares ?? []) {
    byRole.push(sql<SqlBool>`(r.member_code = ${share.memberCode} AND (r.role = 'liaison'
      OR (r.role = 'editor' AND (r.body_code IS NULL ${share.ownerBodyCode ? sql`OR r.body_code = ${share.ownerBodyCode}` : sql``}))))`);
  }
  const inAudience: Expression<SqlBool>[] = [];
  if (byRole.length) inAudience.push(sql<SqlBool>`EXISTS (SELECT 1 FROM user_roles r WHERE r.user_id = u.id AND (${sql.join(byRole, sql` OR `)}))`);
  if (audience.users?.length) inAudience.push(sql<SqlBool>`u.id IN (${sql.join(audience.users)})`);
  if (inAudience.length === 0) return [];
  const mayRead =
    'self' in readers
      ? sql<SqlBool>`u.id = ${readers.self}`
      : sql<SqlBool>`EXISTS (SELECT 1 FROM user_roles rr WHERE rr.user_id = u.id AND rr.role IN (${sql.join([...readers.roles])}))`;
  let query = db
    .selectFrom('users as u')
    .select('u.id')
    .where('u.status', '=', 'active')
    .where(sql<SqlBool>`(${sql.join(inAudience, sql` OR `)})`)
    .where(mayRead)
    .orderBy('u.id');
  if (exceptUserId) query = query.where('u.id', '!=', exceptUserId);
  return (await query.execute()).map((row) => row.id);
}

export async function displayNameOf(db: Executor, userId: string): Promise<string | undefined> {
  return (await db.selectFrom('users').select('display_name').where('id', '=', userId).executeTakeFirst())?.display_name;
}

/** Member names for texts, by code. */
export async function memberNames(db: Executor, codes: string[]): Promise<Map<string, { zh: string; en: string }>> {
  if (codes.length === 0) return new Map();
  const rows = await db.selectFrom('members').select(['code', 'name_zh', 'name_en']).where('code', 'in', [...new Set(codes)]).execute();
  return new Map(rows.map((m) => [m.code, { zh: m.name_zh, en: m.name_en }]));
}
