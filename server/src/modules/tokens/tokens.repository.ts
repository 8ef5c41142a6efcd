import type { Insertable } from 'kysely';
import type { Db } from '../../db/database.ts';
import type { ApiTokensTable } from '../../db/schema.tokens.ts';
import type { Trx } from '../audit/audit.usecases.ts';

type Q = Db | Trx;

export async function insertToken(trx: Trx, values: Insertable<ApiTokensTable>): Promise<string> {
  return (await trx.insertInto('api_tokens').values(values).returning('id').executeTakeFirstOrThrow()).id;
}

const listed = ['id', 'name', 'member_code', 'indicator_codes', 'secret_prefix', 'expires_at', 'revoked_at', 'last_used_at', 'created_by', 'created_at', 'version'] as const;

export const findToken = (db: Q, id: string) => db.selectFrom('api_tokens').select(listed).where('id', '=', id).executeTakeFirst();
export const findTokenForUpdate = (trx: Trx, id: string) => trx.selectFrom('api_tokens').select(listed).where('id', '=', id).forUpdate().executeTakeFirst();
export type TokenRow = NonNullable<Awaited<ReturnType<typeof findToken>>>;

/** Newest first; the secret's hash never leaves the repository. */
export const listTokens = (db: Q) => db.selectFrom('api_tokens').select(listed).orderBy('created_at', 'desc').orderBy('id', 'desc').limit(1000).execute();

export const findTokenByHash = (db: Q, hash: string) => db.selectFrom('api_tokens').select(listed).where('secret_hash', '=', hash).executeTakeFirst();

export async function touchToken(db: Q, id: string, now: Date): Promise<void> {
  await db.updateTable('api_tokens').set({ last_used_at: now }).where('id', '=', id).execute();
}

export async function revokeToken(trx: Trx, id: string, by: string | null, now: Date): Promise<void> {
  await trx.updateTable('api_tokens').set((eb) => ({ revoked_at: now, revoked_by: by, version: eb('version', '+', 1) })).where('id', '=', id).execute();
}

export const memberExists = async (db: Q, code: string) => (await db.selectFrom('members').select('code').where('code', '=', code).executeTakeFirst()) !== undefined;

export async function existingIndicatorCodes(db: Q, codes: string[]): Promise<Set<string>> {
  if (codes.length === 0) return new Set();
  return new Set((await db.selectFrom('indicators').select('code').where('code', 'in', codes).execute()).map((r) => r.code));
}
