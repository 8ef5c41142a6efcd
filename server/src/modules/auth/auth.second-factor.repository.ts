import type { Db } from '../../db/database.ts';
import type { Trx } from '../audit/audit.usecases.ts';

type Executor = Db | Trx;

export function findTotp(db: Executor, userId: string) {
  return db.selectFrom('user_totp').selectAll().where('user_id', '=', userId).executeTakeFirst();
}

/** A new, unconfirmed secret replaces an earlier unconfirmed one; a confirmed one is never replaced here. */
export async function startTotp(db: Executor, userId: string, secret: string, now: Date): Promise<boolean> {
  const result = await db
    .insertInto('user_totp')
    .values({ user_id: userId, secret, confirmed_at: null, last_used_step: null, created_at: now })
    .onConflict((oc) => oc.column('user_id').doUpdateSet({ secret, created_at: now }).where('user_totp.confirmed_at', 'is', null))
    .executeTakeFirst();
  return Number(result.numInsertedOrUpdatedRows ?? 0) > 0;
}

export async function confirmTotp(db: Executor, userId: string, step: number, now: Date): Promise<void> {
  await db.updateTable('user_totp').set({ confirmed_at: now, last_used_step: step }).where('user_id', '=', userId).execute();
}

/** Records the step of a code just used; false when a concurrent request used it (or a later one) first. */
export async function useTotpStep(db: Executor, userId: string, step: number): Promise<boolean> {
  const result = await db
    .updateTable('user_totp')
    .set({ last_used_step: step })
    .where('user_id', '=', userId)
    .where((eb) => eb.or([eb('last_used_step', 'is', null), eb('last_used_step', '<', String(step))]))
    .executeTakeFirst();
  return Number(result.numUpdatedRows) > 0;
}

export async function deleteSecondFactor(db: Executor, userId: string): Promise<boolean> {
  await db.deleteFrom('user_recovery_codes').where('user_id', '=', userId).execute();
  const result = await db.deleteFrom('user_totp').where('user_id', '=', userId).executeTakeFirst();
  return Number(result.numDeletedRows) > 0;
}

export async function replaceRecoveryCodes(db: Executor, userId: string, hashes: string[], now: Date): Promise<void> {
  await db.deleteFrom('user_recovery_codes').where('user_id', '=', userId).execute();
  await db
    .insertInto('user_recovery_codes')
    .values(hashes.map((code_hash) => ({ user_id: userId, code_hash, created_at: now })))
    .execute();
}

export function unusedRecoveryCodes(db: Executor, userId: string) {
  return db
    .selectFrom('user_recovery_codes')
    .select(['id', 'code_hash'])
    .where('user_id', '=', userId)
    .where('used_at', 'is', null)
    .execute();
}

/** Marks a code used; false when a concurrent request used it first. */
export async function useRecoveryCode(db: Executor, id: string, now: Date): Promise<boolean> {
  const result = await db.updateTable('user_recovery_codes').set({ used_at: now }).where('id', '=', id).where('used_at', 'is', null).executeTakeFirst();
  return Number(result.numUpdatedRows) > 0;
}

// --- the pending second step of a sign-in ------------------------------------

export async function insertChallenge(
  db: Executor,
  challenge: { tokenHash: Buffer; userId: string; ip: string | null; now: Date; expiresAt: Date },
): Promise<void> {
  await db
    .insertInto('login_challenges')
    .values({ token_hash: challenge.tokenHash, user_id: challenge.userId, ip: challenge.ip, created_at: challenge.now, expires_at: challenge.expiresAt })
    .execute();
}

export function findChallenge(db: Executor, tokenHash: Buffer) {
  return db.selectFrom('login_challenges').selectAll().where('token_hash', '=', tokenHash).executeTakeFirst();
}

/** One more wrong code; the attempts made so far. */
export async function countChallengeAttempt(db: Executor, tokenHash: Buffer): Promise<number> {
  const row = await db
    .updateTable('login_challenges')
    .set((eb) => ({ attempts: eb('attempts', '+', 1) }))
    .where('token_hash', '=', tokenHash)
    .returning('attempts')
    .executeTakeFirst();
  return row?.attempts ?? Number.MAX_SAFE_INTEGER;
}

export async function deleteChallenge(db: Executor, tokenHash: Buffer): Promise<void> {
  await db.deleteFrom('login_challenges').where('token_hash', '=', tokenHash).execute();
}

export async function deleteExpiredChallenges(db: Executor, now: Date): Promise<void> {
  await db.deleteFrom('login_challenges').where('expires_at', '<=', now).execute();
}

export async function markSecondFactor(db: Executor, tokenHash: Buffer, now: Date): Promise<void> {
  await db.updateTable('sessions').set({ second_factor_at: now }).where('token_hash', '=', tokenHash).execute();
}
