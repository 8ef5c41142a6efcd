import { sql } from 'kysely';
import type { Db } from '../../db/database.ts';
import type { RoleName, UserLocale, UserStatus } from '../../db/schema.ts';
import type { Trx } from '../audit/audit.usecases.ts';

type Executor = Db | Trx;

const userColumns = [
  'id', 'username', 'display_name', 'email', 'locale', 'status', 'is_demo', 'version',
  'must_change_password', 'created_at', 'updated_at', 'last_login_at',
] as const;

export interface UserListFilter {
  q?: string;
  role?: RoleName;
  memberCode?: string;
  status?: UserStatus;
  after?: [string, string];
  limit: number;
}

export async function listUsers(db: Executor, filter: UserListFilter) {
  let query = db
    .selectFrom('users')
    .select(userColumns)
    .select(sql<string>`lower(username)`.as('sort_key'))
    .orderBy(sql`lower(username)`)
    .orderBy('id')
    .limit(filter.limit + 1);
  if (filter.q) {
    const like = `%${filter.q.replace(/[%_\\]/g, '\\$&')}%`;
    query = query.where((eb) => eb.or([eb('username', 'ilike', like), eb('display_name', 'ilike', like)]));
  }
  if (filter.status) query = query.where('status', '=', filter.status);
  if (filter.role || filter.memberCode) {
    query = query.where((eb) =>
      eb.exists(
        eb
          .selectFrom('user_roles')
          .select(sql`1`.as('one'))
          .whereRef('user_roles.user_id', '=', 'users.id')
          .$if(Boolean(filter.role), (q) => q.where('user_roles.role', '=', filter.role!))
          .$if(Boolean(filter.memberCode), (q) => q.where('user_roles.member_code', '=', filter.memberCode!)),
      ),
    );
  }
  if (filter.after) {
    const [key, id] = filter.after;
    query = query.where(sql<boolean>`(lower(username), id) > (${key}, ${id}::uuid)`);
  }
  return query.execute();
}

export function findUser(db: Executor, id: string) {
  return db.selectFrom('users').select(userColumns).where('id', '=', id).executeTakeFirst();
}

export function findUserForUpdate(trx: Trx, id: string) {
  return trx.selectFrom('users').select(userColumns).where('id', '=', id).forUpdate().executeTakeFirst();
}

/** What the account mail needs to decide whether it may still set and send a first password (locked for the change). */
export function findFirstPasswordStateForUpdate(trx: Trx, id: string) {
  return trx
    .selectFrom('users')
    .select(['id', 'username', 'display_name', 'email', 'status', 'must_change_password', 'last_login_at', 'password_changed_at'])
    .select((eb) => eb('password_hash', 'is', null).as('no_password'))
    .where('id', '=', id)
    .forUpdate()
    .executeTakeFirst();
}

export function rolesOfUsers(db: Executor, userIds: string[]) {
  if (userIds.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('user_roles')
    .select(['id', 'user_id', 'role', 'member_code', 'body_code', 'granted_at'])
    .where('user_id', 'in', userIds)
    .orderBy('granted_at')
    .execute();
}

export async function usernameExists(db: Executor, username: string): Promise<boolean> {
  const row = await db
    .selectFrom('users')
    .select('id')
    .where(sql<string>`lower(username)`, '=', username.toLowerCase())
    .executeTakeFirst();
  return row !== undefined;
}

export async function insertUser(
  db: Executor,
  user: { username: string; displayName: string; email: string | null; locale: UserLocale; passwordHash: string | null; isDemo: boolean; now: Date },
): Promise<string> {
  const row = await db
    .insertInto('users')
    .values({
      username: user.username,
      display_name: user.displayName,
      email: user.email,
      locale: user.locale,
      password_hash: user.passwordHash,
      password_changed_at: user.passwordHash ? user.now : null,
      must_change_password: true,
      is_demo: user.isDemo,
      created_at: user.now,
      updated_at: user.now,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

export async function updateUserFields(
  trx: Trx,
  id: string,
  fields: { display_name?: string; email?: string | null; status?: UserStatus },
  now: Date,
): Promise<void> {
  await trx
    .updateTable('users')
    .set({ ...fields, updated_at: now, version: sql<number>`version + 1` })
    .where('id', '=', id)
    .execute();
}

export async function bumpVersion(trx: Trx, id: string, now: Date): Promise<void> {
  await trx.updateTable('users').set({ updated_at: now, version: sql<number>`version + 1` }).where('id', '=', id).execute();
}

export async function insertRole(
  db: Executor,
  grant: { userId: string; role: RoleName; memberCode: string | null; bodyCode: string | null; grantedBy: string | null; now: Date },
): Promise<string | undefined> {
  const row = await db
    .insertInto('user_roles')
    .values({
      user_id: grant.userId,
      role: grant.role,
      member_code: grant.memberCode,
      body_code: grant.bodyCode,
      granted_by: grant.grantedBy,
      granted_at: grant.now,
    })
    .onConflict((oc) => oc.doNothing())
    .returning('id')
    .executeTakeFirst();
  return row?.id;
}

export function findRole(db: Executor, userId: string, grantId: string) {
  return db.selectFrom('user_roles').selectAll().where('id', '=', grantId).where('user_id', '=', userId).executeTakeFirst();
}

export async function deleteRole(trx: Trx, grantId: string): Promise<void> {
  await trx.deleteFrom('user_roles').where('id', '=', grantId).execute();
}

/** Active admins other than the given user; the last one may not be removed. */
export async function countOtherActiveAdmins(trx: Trx, exceptUserId: string): Promise<number> {
  // Lock the admin grants so two admins removing each other cannot both succeed.
  const rows = await trx
    .selectFrom('user_roles')
    .innerJoin('users', 'users.id', 'user_roles.user_id')
    .select('user_roles.id')
    .where('user_roles.role', '=', 'admin')
    .where('users.status', '=', 'active')
    .where('users.id', '!=', exceptUserId)
    .forUpdate()
    .execute();
  return rows.length;
}

export async function countUsers(db: Executor): Promise<number> {
  const row = await db.selectFrom('users').select((eb) => eb.fn.countAll<string>().as('n')).executeTakeFirstOrThrow();
  return Number(row.n);
}

/** Which of these usernames are taken (compared as the unique index does, case-insensitively). */
export async function takenUsernames(db: Executor, usernames: string[]): Promise<Set<string>> {
  if (usernames.length === 0) return new Set();
  const rows = await db.selectFrom('users').select(sql<string>`lower(username)`.as('name')).where(sql<string>`lower(username)`, 'in', usernames.map((u) => u.toLowerCase())).execute();
  return new Set(rows.map((r) => r.name));
}

/** Member codes, and each body's member (null: a body of the whole region), for checking many role grants at once. */
export async function regionCodes(db: Executor): Promise<{ members: Set<string>; bodies: Map<string, string | null> }> {
  const [members, bodies] = await Promise.all([
    db.selectFrom('members').select('code').execute(),
    db.selectFrom('bodies').select(['code', 'member_code']).execute(),
  ]);
  return { members: new Set(members.map((m) => m.code)), bodies: new Map(bodies.map((b) => [b.code, b.member_code])) };
}
