/**
 * Two-factor sign-in (issue 14, item 19; decision 0016): enrolment with an
 * authenticator app, the second step of a sign-in, recovery codes, verifying
 * again before sensitive actions, and an administrator's reset.
 */
import type { AppDeps } from '../../app-deps.ts';
import { actorOf, type Actor, type UserPrincipal } from '../../shared/principal.ts';
import { auditedTransaction, recordAuditEvent } from '../audit/audit.usecases.ts';
import { authErrors } from './auth.errors.ts';
import { hashPassword, verifyPassword } from './auth.passwords.ts';
import * as repo from './auth.repository.ts';
import * as sfRepo from './auth.second-factor.repository.ts';
import {
  matchTotp,
  newRecoveryCodes,
  newTotpSecret,
  normaliseRecoveryCode,
  otpauthUri,
  qrCodeDataUrl,
} from './auth.totp.ts';
import { countLoginFailure, hashToken, secondFactorRequired, startSession, type LoginResult } from './auth.usecases.ts';

/** Wrong codes one pending sign-in may take before the password must be given again. */
const MAX_CHALLENGE_ATTEMPTS = 5;

type Method = 'totp' | 'recovery_code';

/**
 * A 6-digit code from the app (each step once), or one unused recovery code
 * (used up by this). Which one matched, or null.
 */
async function checkCode(deps: Pick<AppDeps, 'db' | 'clock'>, userId: string, code: string): Promise<Method | null> {
  const totp = await sfRepo.findTotp(deps.db, userId);
  if (!totp?.confirmed_at) return null;
  const trimmed = code.trim();
  if (/^\d{6}$/.test(trimmed)) {
    const lastStep = totp.last_used_step === null ? null : Number(totp.last_used_step);
    const step = matchTotp(totp.secret, trimmed, deps.clock.now(), lastStep);
    return step !== null && (await sfRepo.useTotpStep(deps.db, userId, step)) ? 'totp' : null;
  }
  const candidate = normaliseRecoveryCode(trimmed);
  if (candidate.length !== 12) return null;
  for (const stored of await sfRepo.unusedRecoveryCodes(deps.db, userId)) {
    if (await verifyPassword(stored.code_hash, candidate)) {
      return (await sfRepo.useRecoveryCode(deps.db, stored.id, deps.clock.now())) ? 'recovery_code' : null;
    }
  }
  return null;
}

export interface SecondStepInput {
  challenge: string;
  code: string;
  ip: string | null;
  userAgent: string | null;
  previousToken?: string;
}

/** The code after the password: a right one opens the session, marked as having passed the second factor. */
export async function loginSecondStep(deps: AppDeps, input: SecondStepInput): Promise<LoginResult> {
  const { db, clock } = deps;
  const now = clock.now();
  const tokenHash = hashToken(input.challenge);
  const challenge = await sfRepo.findChallenge(db, tokenHash);
  if (!challenge || challenge.expires_at <= now) throw authErrors.challengeExpired();
  const user = await repo.findUserById(db, challenge.user_id);
  if (!user || user.status !== 'active') throw authErrors.challengeExpired();

  const method = await checkCode(deps, user.id, input.code);
  if (!method) {
    const attempts = await sfRepo.countChallengeAttempt(db, tokenHash);
    if (attempts >= MAX_CHALLENGE_ATTEMPTS) await sfRepo.deleteChallenge(db, tokenHash);
    // Wrong codes count like wrong passwords: the same locks stop guessing.
    await countLoginFailure(deps, user.username, input.ip);
    await recordAuditEvent({ db, clock, actor: { userId: user.id, username: user.username, memberCode: null, ip: input.ip } }, {
      action: 'auth.login', outcome: 'failure', objectType: 'user', objectId: user.id, summary: { reason: 'second_factor_invalid' },
    });
    throw authErrors.secondFactorInvalid();
  }
  await sfRepo.deleteChallenge(db, tokenHash);
  return startSession(deps, user, input, now, method);
}

export interface SecondFactorStatus {
  enrolled: boolean;
  required: boolean;
  enrolledAt: Date | null;
  recoveryCodesLeft: number;
}

export async function secondFactorStatus(deps: AppDeps, principal: UserPrincipal): Promise<SecondFactorStatus> {
  const totp = await sfRepo.findTotp(deps.db, principal.userId);
  const codes = totp?.confirmed_at ? await sfRepo.unusedRecoveryCodes(deps.db, principal.userId) : [];
  return {
    enrolled: Boolean(totp?.confirmed_at),
    required: secondFactorRequired(deps, principal.roles),
    enrolledAt: totp?.confirmed_at ?? null,
    recoveryCodesLeft: codes.length,
  };
}

/** A new secret to scan; it counts only once a code from the app confirms it. */
export async function startEnrolment(deps: AppDeps, principal: UserPrincipal, ip: string | null) {
  const secret = newTotpSecret();
  await auditedTransaction({ ...deps, actor: actorOf(principal, ip) }, async (trx, audit) => {
    if (!(await sfRepo.startTotp(trx, principal.userId, secret, deps.clock.now()))) throw authErrors.alreadyEnrolled();
    audit({ action: 'auth.second_factor_enrolment_start', objectType: 'user', objectId: principal.userId });
  });
  const uri = otpauthUri(secret, principal.username);
  return { secret, otpauthUri: uri, qrCode: await qrCodeDataUrl(uri) };
}

/** The first right code turns the factor on; the recovery codes are returned this once and kept only as hashes. */
export async function confirmEnrolment(deps: AppDeps, principal: UserPrincipal, code: string, ip: string | null) {
  const now = deps.clock.now();
  const totp = await sfRepo.findTotp(deps.db, principal.userId);
  if (!totp) throw authErrors.noEnrolment();
  if (totp.confirmed_at) throw authErrors.alreadyEnrolled();
  const step = matchTotp(totp.secret, code.trim(), now, null);
  if (step === null) throw authErrors.secondFactorInvalid();
  const recoveryCodes = newRecoveryCodes();
  const hashes = await Promise.all(recoveryCodes.map((c) => hashPassword(normaliseRecoveryCode(c))));
  await auditedTransaction({ ...deps, actor: actorOf(principal, ip) }, async (trx, audit) => {
    await sfRepo.confirmTotp(trx, principal.userId, step, now);
    await sfRepo.replaceRecoveryCodes(trx, principal.userId, hashes, now);
    // Setting it up proves the factor: this session has passed it now.
    await sfRepo.markSecondFactor(trx, principal.sessionTokenHash, now);
    audit({ action: 'auth.second_factor_enrol', objectType: 'user', objectId: principal.userId, summary: { recoveryCodes: recoveryCodes.length } });
  });
  return { recoveryCodes };
}

/** Passing the second factor again, for the sensitive actions that ask for a recent one. */
export async function verifyAgain(deps: AppDeps, principal: UserPrincipal, code: string, ip: string | null): Promise<Date> {
  const now = deps.clock.now();
  if (!principal.secondFactor?.enrolled) throw authErrors.notEnrolled();
  const actor = actorOf(principal, ip);
  const method = await checkCode(deps, principal.userId, code);
  if (!method) {
    await recordAuditEvent({ ...deps, actor }, {
      action: 'auth.second_factor_verify', outcome: 'failure', objectType: 'user', objectId: principal.userId,
    });
    throw authErrors.secondFactorInvalid();
  }
  await auditedTransaction({ ...deps, actor }, async (trx, audit) => {
    await sfRepo.markSecondFactor(trx, principal.sessionTokenHash, now);
    audit({ action: 'auth.second_factor_verify', objectType: 'user', objectId: principal.userId, summary: { method } });
  });
  return now;
}

/** An administrator removes a user's second factor (a lost phone): the user's sessions end; they enrol again. */
export async function resetSecondFactor(deps: Pick<AppDeps, 'db' | 'clock'> & { actor: Actor }, userId: string): Promise<void> {
  await auditedTransaction(deps, async (trx, audit) => {
    const user = await repo.findUserById(trx, userId);
    if (!user) throw authErrors.userNotFound();
    const had = await sfRepo.deleteSecondFactor(trx, userId);
    await repo.deleteSessionsOfUser(trx, userId);
    audit({ action: 'user.second_factor_reset', objectType: 'user', objectId: userId, summary: { hadSecondFactor: had } });
  });
}
