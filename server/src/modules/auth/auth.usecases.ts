import { createHash, randomBytes } from 'node:crypto';
import type { AppDeps } from '../../app-deps.ts';
import type { UserLocale } from '../../db/schema.ts';
import { DAY, MINUTE } from '../../shared/clock.ts';
import { actorOf, type Actor, type UserPrincipal } from '../../shared/principal.ts';
import { auditedTransaction, recordAuditEvent } from '../audit/audit.usecases.ts';
import { authErrors } from './auth.errors.ts';
import {
  checkPasswordRules,
  hashPassword,
  rulesFor,
  verifyAgainstDummy,
  verifyPassword,
} from './auth.passwords.ts';
import * as repo from './auth.repository.ts';
import * as secondFactorRepo from './auth.second-factor.repository.ts';
import type { SessionCache } from './auth.session-cache.ts';
import { flushDenialTallies } from './auth.denials.ts';

export const SESSION_COOKIE = 'yrd_sid';
/** Writes of last_seen_at are spaced out; idle timeouts are minutes, not seconds. */
const TOUCH_INTERVAL_MS = 30_000;
/** Per address, a larger budget than per user: an office shares one address. */
const IP_FAILURE_FACTOR = 5;
/** Per username from any address: more failures before a lock, and a back-off that grows (decision 0016). */
const USER_FAILURE_FACTOR = 4;
const USER_WINDOW_MS = 60 * MINUTE;
/** How long the pending second step of a sign-in stays open. */
const CHALLENGE_MS = 5 * MINUTE;

export function hashToken(token: string): Buffer {
  return createHash('sha256').update(token).digest();
}

type ThrottleKey = { key: string; username: string | null; source: string | null };

/**
 * Sign-in failures are counted three ways (issue 14, item 11):
 * - username + source address: locks after YRD_LOGIN_MAX_FAILURES for YRD_LOGIN_LOCK_MINUTES,
 *   so guessing from one address cannot lock the user out from another;
 * - username alone, from any address: a slower back-off against distributed guessing —
 *   four times the failures within an hour, then 1, 2, 4 … minutes, at most the lock time;
 * - source address alone: five times the failures, for spraying many usernames.
 */
function throttleKeys(username: string, ip: string | null): { pair: ThrottleKey; user: ThrottleKey; source: ThrottleKey } {
  const name = username.toLowerCase();
  const source = ip ?? 'unknown';
  return {
    pair: { key: `userip:${name}|${source}`, username: name, source },
    user: { key: `user:${name}`, username: name, source: null },
    source: { key: `ip:${source}`, username: null, source },
  };
}

function throttleRules(deps: AppDeps) {
  const lockMs = deps.config.loginLockMinutes * MINUTE;
  const max = deps.config.loginMaxFailures;
  return {
    pair: { windowMs: lockMs, maxFailures: max, lockMs: () => lockMs },
    user: { windowMs: USER_WINDOW_MS, maxFailures: max * USER_FAILURE_FACTOR, lockMs: (n: number) => Math.min(2 ** (n - 1) * MINUTE, lockMs) },
    source: { windowMs: lockMs, maxFailures: max * IP_FAILURE_FACTOR, lockMs: () => lockMs },
  };
}

/** Counts a failed sign-in (a wrong password or a wrong second-step code) against all three keys. */
export async function countLoginFailure(deps: AppDeps, username: string, ip: string | null): Promise<void> {
  const keys = throttleKeys(username, ip);
  const rules = throttleRules(deps);
  const now = deps.clock.now();
  await repo.recordLoginFailure(deps.db, keys.pair, now, rules.pair);
  await repo.recordLoginFailure(deps.db, keys.user, now, rules.user);
  await repo.recordLoginFailure(deps.db, keys.source, now, rules.source);
}

export interface LoginInput {
  username: string;
  password: string;
  ip: string | null;
  userAgent: string | null;
  /** A session cookie the browser still had: replaced, never reused (no fixation). */
  previousToken?: string;
}

export interface LoginResult {
  token: string;
  csrfToken: string;
  userId: string;
  expiresAt: Date;
}

/** The password was right and the user has a second factor: the code is asked for next. */
export interface SecondStep {
  challenge: string;
  expiresAt: Date;
}

export async function login(deps: AppDeps, input: LoginInput): Promise<LoginResult | SecondStep> {
  const { db, clock } = deps;
  const now = clock.now();
  const keys = throttleKeys(input.username, input.ip);
  const attemptActor: Actor = { userId: null, username: input.username.slice(0, 64), memberCode: null, ip: input.ip };

  for (const key of [keys.pair, keys.user, keys.source]) {
    const throttle = await repo.findThrottle(db, key.key);
    if (throttle?.locked_until && throttle.locked_until > now) {
      const minutes = Math.ceil((throttle.locked_until.getTime() - now.getTime()) / MINUTE);
      await recordAuditEvent({ db, clock, actor: attemptActor }, {
        action: 'auth.login', outcome: 'failure', objectType: 'user', summary: { reason: 'locked' },
      });
      throw authErrors.locked(minutes);
    }
  }

  const user = await repo.findUserByUsername(db, input.username);
  const passwordOk =
    user?.password_hash && user.status === 'active'
      ? await verifyPassword(user.password_hash, input.password)
      : await verifyAgainstDummy(input.password);

  if (!user || !passwordOk) {
    await countLoginFailure(deps, input.username, input.ip);
    await recordAuditEvent({ db, clock, actor: { ...attemptActor, userId: user?.id ?? null } }, {
      action: 'auth.login', outcome: 'failure', objectType: 'user', objectId: user?.id ?? null,
      summary: { reason: user?.status === 'disabled' ? 'disabled' : 'invalid_credentials' },
    });
    throw authErrors.invalidCredentials();
  }

  const totp = await secondFactorRepo.findTotp(db, user.id);
  if (totp?.confirmed_at) {
    const challenge = randomBytes(32).toString('base64url');
    const expiresAt = new Date(now.getTime() + CHALLENGE_MS);
    await secondFactorRepo.insertChallenge(db, { tokenHash: hashToken(challenge), userId: user.id, ip: input.ip, now, expiresAt });
    return { challenge, expiresAt };
  }
  return startSession(deps, user, input, null);
}

/** The last step of every sign-in: a new session, the throttles of this username cleared, audited. */
export async function startSession(
  deps: AppDeps,
  user: { id: string; username: string; must_change_password: boolean },
  input: { ip: string | null; userAgent: string | null; previousToken?: string },
  secondFactorAt: Date | null,
  secondFactorMethod?: 'totp' | 'recovery_code',
): Promise<LoginResult> {
  const { db, clock, config } = deps;
  const now = clock.now();
  const keys = throttleKeys(user.username, input.ip);
  const token = randomBytes(32).toString('base64url');
  const csrfToken = randomBytes(24).toString('base64url');
  const expiresAt = new Date(now.getTime() + config.sessionAbsoluteHours * 60 * MINUTE);
  const actor: Actor = { userId: user.id, username: user.username, memberCode: null, ip: input.ip };
  await auditedTransaction({ db, clock, actor }, async (trx, audit) => {
    if (input.previousToken) await repo.deleteSession(trx, hashToken(input.previousToken));
    await repo.clearThrottle(trx, keys.pair.key);
    await repo.clearThrottle(trx, keys.user.key);
    await repo.insertSession(trx, {
      tokenHash: hashToken(token), userId: user.id, csrfToken, now, expiresAt, ip: input.ip,
      userAgent: input.userAgent?.slice(0, 300) ?? null, secondFactorAt,
    });
    await repo.markLogin(trx, user.id, now);
    audit({
      action: 'auth.login', objectType: 'user', objectId: user.id,
      summary: { mustChangePassword: user.must_change_password, ...(secondFactorMethod ? { secondFactor: secondFactorMethod } : {}) },
    });
  });
  return { token, csrfToken, userId: user.id, expiresAt };
}

function passwordExpired(deps: AppDeps, changedAt: Date | null, now: Date): boolean {
  const { maxAgeDays } = rulesFor(deps.config.passwordProfile);
  return maxAgeDays > 0 && (!changedAt || changedAt.getTime() + maxAgeDays * DAY <= now.getTime());
}

/**
 * Rebuilds the principal from the cookie's token; undefined when the session is gone or timed out.
 * With a session cache, a row read earlier in the same data generation is used instead of a
 * query — but never to end a session or to skip a due touch: those read the row again.
 */
export async function resolveSession(deps: AppDeps, token: string, cache?: SessionCache): Promise<UserPrincipal | undefined> {
  const { db, clock } = deps;
  const now = clock.now();
  const tokenHash = hashToken(token);
  const key = tokenHash.toString('base64');
  const cached = cache?.get(key);
  if (cached && sessionState(deps, cached, now) === 'current') return principalOf(deps, cached, now);

  const generation = cache?.generation ?? 0;
  const row = await repo.findSessionWithUser(db, tokenHash);
  if (!row) {
    cache?.forget(key);
    return undefined;
  }
  const state = sessionState(deps, row, now);
  if (state === 'ended') {
    cache?.forget(key);
    await repo.deleteSession(db, tokenHash);
    return undefined;
  }
  if (state === 'touch-due') {
    await repo.touchSession(db, tokenHash, now);
    row.last_seen_at = now;
  }
  cache?.store(key, row, generation);
  return principalOf(deps, row, now);
}

function sessionState(deps: AppDeps, row: repo.SessionWithUser, now: Date): 'current' | 'touch-due' | 'ended' {
  const idleDeadline = row.last_seen_at.getTime() + deps.config.sessionIdleMinutes * MINUTE;
  if (row.expires_at <= now || idleDeadline <= now.getTime() || row.status !== 'active') return 'ended';
  return now.getTime() - row.last_seen_at.getTime() > TOUCH_INTERVAL_MS ? 'touch-due' : 'current';
}

function principalOf(deps: AppDeps, row: repo.SessionWithUser, now: Date): UserPrincipal {
  return {
    kind: 'user',
    userId: row.user_id,
    username: row.username,
    displayName: row.display_name,
    locale: row.locale,
    roles: row.roles,
    mustChangePassword: row.must_change_password || passwordExpired(deps, row.password_changed_at, now),
    isDemo: row.is_demo,
    sessionTokenHash: row.token_hash,
    csrfToken: row.csrf_token,
    secondFactor: {
      enrolled: row.second_factor_enrolled,
      verifiedAt: row.second_factor_at,
      enrolmentRequired: !row.second_factor_enrolled && secondFactorRequired(deps, row.roles),
    },
  };
}

/** Everyone under the MLPS level-3 profile, administrators unless turned off (decision 0016). */
export function secondFactorRequired(deps: AppDeps, roles: { role: string }[]): boolean {
  if (deps.config.passwordProfile === 'mlps3') return true;
  return deps.config.requireAdminSecondFactor && roles.some((r) => r.role === 'admin');
}

/** Housekeeping: sessions past either timeout and throttle entries whose lock ran out. */
export async function purgeExpired(deps: AppDeps): Promise<{ sessions: number }> {
  const now = deps.clock.now();
  const sessions = await repo.deleteExpiredSessions(deps.db, now, new Date(now.getTime() - deps.config.sessionIdleMinutes * MINUTE));
  // The per-username window is the longest (an hour) and its lock never exceeds the lock time.
  await repo.deleteStaleThrottles(deps.db, new Date(now.getTime() - Math.max(deps.config.loginLockMinutes * MINUTE, USER_WINDOW_MS)));
  await secondFactorRepo.deleteExpiredChallenges(deps.db, now);
  await flushDenialTallies(deps);
  return { sessions };
}

export async function logout(deps: AppDeps, principal: UserPrincipal, ip: string | null): Promise<void> {
  await auditedTransaction({ ...deps, actor: actorOf(principal, ip) }, async (trx, audit) => {
    await repo.deleteSession(trx, principal.sessionTokenHash);
    audit({ action: 'auth.logout', objectType: 'user', objectId: principal.userId });
  });
}

export async function changeOwnPassword(
  deps: AppDeps,
  principal: UserPrincipal,
  input: { currentPassword: string; newPassword: string },
  ip: string | null,
): Promise<void> {
  const { db, config } = deps;
  const user = await repo.findUserById(db, principal.userId);
  if (!user?.password_hash || !(await verifyPassword(user.password_hash, input.currentPassword))) {
    throw authErrors.wrongCurrentPassword();
  }
  const rules = rulesFor(config.passwordProfile);
  const problems = checkPasswordRules(input.newPassword, user.username, rules);
  if (input.newPassword === input.currentPassword) problems.push({ field: 'newPassword', rule: 'password.same_as_current' });
  if (problems.length === 0 && rules.historyCount > 0) {
    for (const old of await repo.recentPasswordHashes(db, user.id, rules.historyCount)) {
      if (await verifyPassword(old, input.newPassword)) {
        problems.push({ field: 'newPassword', rule: 'password.reused', params: { count: rules.historyCount } });
        break;
      }
    }
  }
  if (problems.length > 0) throw authErrors.weakPassword(problems);
  const newHash = await hashPassword(input.newPassword);
  await auditedTransaction({ ...deps, actor: actorOf(principal, ip) }, async (trx, audit) => {
    await repo.setPassword(trx, user.id, newHash, deps.clock.now(), false);
    // Other browsers signed in with the old password are signed out.
    await repo.deleteSessionsOfUser(trx, user.id, principal.sessionTokenHash);
    audit({ action: 'auth.password_change', objectType: 'user', objectId: user.id });
  });
}

export async function setOwnLocale(deps: AppDeps, principal: UserPrincipal, locale: UserLocale, ip: string | null) {
  await auditedTransaction({ ...deps, actor: actorOf(principal, ip) }, async (trx, audit) => {
    await repo.setLocale(trx, principal.userId, locale, deps.clock.now());
    audit({ action: 'user.locale_change', objectType: 'user', objectId: principal.userId, summary: { locale: { from: principal.locale, to: locale } } });
  });
}
