import { sql } from 'kysely';
import type { Db } from '../../db/database.ts';
import type { UserLocale } from '../../db/schema.ts';
import type { RoleGrant } from '../../shared/principal.ts';
import type { Trx } from '../audit/audit.usecases.ts';

type Executor = Db | Trx;

export function findUserByUsername(db: Executor, username: string) {
  return db
    .selectFrom('users')
    .selectAll()
    .where(sql<string>`lower(username)`, '=', username.toLowerCase())
    .executeTakeFirst();
}

export function findUserById(db: Executor, userId: string) {
  return db.selectFrom('users').selectAll().where('id', '=', userId).executeTakeFirst();
}

// --- login throttling -------------------------------------------------------

export function findThrottle(db: Executor, key: string) {
  return db.selectFrom('login_throttle').selectAll().where('key', '=', key).executeTakeFirst();
}

export interface ThrottleRule {
  windowMs: number;
  maxFailures: number;
  /** How long the n-th lock in a row lasts (n = 1, 2, …). */
  lockMs: (lockNumber: number) => number;
}

/**
 * Counts a failure in the current window; locks the key when the limit is
 * reached. `lock_count` remembers how many locks came in a row, for back-offs
 * that grow; a successful sign-in or an administrator's lift ends the row.
 */
export async function recordLoginFailure(
  db: Executor,
  key: { key: string; username: string | null; source: string | null },
  now: Date,
  rule: ThrottleRule,
): Promise<{ failures: number; lockedUntil: Date | null }> {
  const windowStart = new Date(now.getTime() - rule.windowMs);
  const row = await db
    .insertInto('login_throttle')
    .values({ key: key.key, username: key.username, source: key.source, failures: 1, first_failure_at: now, locked_until: null })
    .onConflict((oc) =>
      oc.column('key').doUpdateSet({
        failures: sql<number>`CASE WHEN login_throttle.first_failure_at < ${windowStart} THEN 1 ELSE login_throttle.failures + 1 END`,
        first_failure_at: sql<Date>`CASE WHEN login_throttle.first_failure_at < ${windowStart} THEN ${now} ELSE login_throttle.first_failure_at END`,
      }),
    )
    .returning(['failures', 'lock_count'])
    .executeTakeFirstOrThrow();
  let lockedUntil: Date | null = null;
  if (row.failures >= rule.maxFailures) {
    lockedUntil = new Date(now.getTime() + rule.lockMs(row.lock_count + 1));
    await db
      .updateTable('login_throttle')
      .set({ locked_until: lockedUntil, failures: 0, first_failure_at: now, lock_count: sql<number>`lock_count + 1` })
      .where('key', '=', key.key)
      .execute();
  }
  return { failures: row.failures, lockedUntil };
}

/** Keys locked now, newest lock first: what an administrator sees. */
export function listActiveLocks(db: Executor, now: Date) {
  return db
    .selectFrom('login_throttle')
    .select(['key', 'username', 'source', 'locked_until', 'lock_count'])
    .where('locked_until', '>', now)
    .orderBy('locked_until', 'desc')
    .limit(500)
    .execute();
}

/** Every key that counts sign-in failures for this username (alone or with an address); an unlock lifts them all. */
export async function clearThrottlesOfUser(db: Executor, username: string): Promise<void> {
  await db.deleteFrom('login_throttle').where('username', '=', username.toLowerCase()).execute();
}

/** Removes one key; the removed row, if there was one. */
export function deleteThrottle(db: Executor, key: string) {
  return db.deleteFrom('login_throttle').where('key', '=', key).returningAll().executeTakeFirst();
}

/** Entries whose window and lock both ended before the cutoff carry no information any more. */
export async function deleteStaleThrottles(db: Executor, cutoff: Date): Promise<void> {
  await db
    .deleteFrom('login_throttle')
    .where('first_failure_at', '<', cutoff)
    .where((eb) => eb.or([eb('locked_until', 'is', null), eb('locked_until', '<', cutoff)]))
    .execute();
}

export async function clearThrottle(db: Executor, key: string): Promise<void> {
  await db.deleteFrom('login_throttle').where('key', '=', key).execute();
}

// --- sessions -----------------------------------------------------------------

export async function insertSession(
  db: Executor,
  session: {
    tokenHash: Buffer; userId: string; csrfToken: string; now: Date; expiresAt: Date; ip: string | null; userAgent: string | null;
    secondFactorAt?: Date | null;
  },
): Promise<void> {
  await db
    .insertInto('sessions')
    .values({
      token_hash: session.tokenHash,
      user_id: session.userId,
      csrf_token: session.csrfToken,
      created_at: session.now,
      last_seen_at: session.now,
      expires_at: session.expiresAt,
      ip: session.ip,
      user_agent: session.userAgent,
      second_factor_at: session.secondFactorAt ?? null,
    })
    .execute();
}

export interface SessionWithUser {
  token_hash: Buffer;
  csrf_token: string;
  second_factor_at: Date | null;
  second_factor_enrolled: boolean;
  last_seen_at: Date;
  expires_at: Date;
  user_id: string;
  username: string;
  display_name: string;
  locale: UserLocale;
  status: 'active' | 'disabled';
  must_change_password: boolean;
  password_changed_at: Date | null;
  is_demo: boolean;
  roles: RoleGrant[];
}

/** One round trip per request: the session, its user and the user's current roles. */
export async function findSessionWithUser(db: Executor, tokenHash: Buffer): Promise<SessionWithUser | undefined> {
  const result = await sql<SessionWithUser>`
    SELECT s.token_hash, s.csrf_token, s.last_seen_at, s.expires_at, s.second_factor_at,
           EXISTS (SELECT 1 FROM user_totp t WHERE t.user_id = u.id AND t.confirmed_at IS NOT NULL) AS second_factor_enrolled,
           u.id AS user_id, u.username, u.display_name, u.locale, u.status,
           u.must_change_password, u.password_changed_at, u.is_demo,
           coalesce((
             SELECT json_agg(json_build_object('id', r.id, 'role', r.role, 'memberCode', r.member_code, 'bodyCode', r.body_code)
                             ORDER BY r.granted_at)
             FROM user_roles r WHERE r.user_id = u.id
           ), '[]'::json) AS roles
    FROM sessions s JOIN users u ON u.id = s.user_id
    WHERE s.token_hash = ${tokenHash}`.execute(db);
  return result.rows[0];
}

export async function touchSession(db: Executor, tokenHash: Buffer, now: Date): Promise<void> {
  await db.updateTable('sessions').set({ last_seen_at: now }).where('token_hash', '=', tokenHash).execute();
}

export async function deleteSession(db: Executor, tokenHash: Buffer): Promise<void> {
  await db.deleteFrom('sessions').where('token_hash', '=', tokenHash).execute();
}

export async function deleteSessionsOfUser(db: Executor, userId: string, exceptTokenHash?: Buffer): Promise<void> {
  let query = db.deleteFrom('sessions').where('user_id', '=', userId);
  if (exceptTokenHash) query = query.where('token_hash', '!=', exceptTokenHash);
  await query.execute();
}

export async function deleteExpiredSessions(db: Executor, now: Date, idleCutoff: Date): Promise<number> {
  const result = await db
    .deleteFrom('sessions')
    .where((eb) => eb.or([eb('expires_at', '<=', now), eb('last_seen_at', '<=', idleCutoff)]))
    .executeTakeFirst();
  return Number(result.numDeletedRows);
}

// --- passwords and preferences -------------------------------------------

export async function setPassword(
  db: Executor,
  userId: string,
  passwordHash: string,
  now: Date,
  mustChange: boolean,
): Promise<void> {
  await db
    .updateTable('users')
    .set({
      password_hash: passwordHash,
      password_changed_at: now,
      must_change_password: mustChange,
      updated_at: now,
      version: sql<number>`version + 1`,
    })
    .where('id', '=', userId)
    .execute();
  await db.insertInto('password_history').values({ user_id: userId, password_hash: passwordHash, created_at: now }).execute();
}

/** A new account's first password joins its history (the reuse rule counts it). */
export async function addPasswordHistory(db: Executor, userId: string, passwordHash: string, now: Date): Promise<void> {
  await db.insertInto('password_history').values({ user_id: userId, password_hash: passwordHash, created_at: now }).execute();
}

export async function recentPasswordHashes(db: Executor, userId: string, count: number): Promise<string[]> {
  const rows = await db
    .selectFrom('password_history')
    .select('password_hash')
    .where('user_id', '=', userId)
    .orderBy('created_at', 'desc')
    .limit(count)
    .execute();
  return rows.map((r) => r.password_hash);
}

export async function setLocale(db: Executor, userId: string, locale: UserLocale, now: Date): Promise<void> {
  await db.updateTable('users').set({ locale, updated_at: now }).where('id', '=', userId).execute();
}

export async function markLogin(db: Executor, userId: string, now: Date): Promise<void> {
  await db.updateTable('users').set({ last_login_at: now }).where('id', '=', userId).execute();
}
