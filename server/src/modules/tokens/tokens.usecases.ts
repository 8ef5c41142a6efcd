import type { AppDeps } from '../../app-deps.ts';
import { AppError, commonErrors, type FieldError } from '../../shared/errors.ts';
import { DAY } from '../../shared/clock.ts';
import type { Actor } from '../../shared/principal.ts';
import { auditedTransaction, recordAuditEvent } from '../audit/audit.usecases.ts';
import { upsertObservations, type ObservationInput, type UpsertResult, type WriteDeps } from '../indicators/observations.usecases.ts';
import { tokensErrors } from './tokens.errors.ts';
import { hashSecret, MAX_TOKEN_DAYS, newSecret, tokenState } from './tokens.models.ts';
import * as repo from './tokens.repository.ts';

type Deps = Pick<AppDeps, 'db' | 'clock'>;
type ActorDeps = Deps & { actor: Actor };

export interface TokenInput {
  name: string;
  memberCode: string;
  indicatorCodes?: string[];
  expiresAt: string;
}

/** Issues a token; the answer holds the secret, which is stored only as its hash and never shown again. */
export async function createToken(deps: ActorDeps, input: TokenInput): Promise<{ token: repo.TokenRow; secret: string }> {
  const now = deps.clock.now();
  const expiresAt = new Date(input.expiresAt);
  if (expiresAt.getTime() <= now.getTime()) throw tokensErrors.expiryPast();
  if (expiresAt.getTime() > now.getTime() + MAX_TOKEN_DAYS * DAY) throw tokensErrors.expiryTooFar(MAX_TOKEN_DAYS);
  const indicatorCodes = [...new Set(input.indicatorCodes ?? [])].sort();
  const { secret, hash, prefix } = newSecret();
  const id = await auditedTransaction(deps, async (trx, audit) => {
    if (!(await repo.memberExists(trx, input.memberCode))) throw tokensErrors.unknownMember(input.memberCode);
    const known = await repo.existingIndicatorCodes(trx, indicatorCodes);
    const unknown = indicatorCodes.find((c) => !known.has(c));
    if (unknown) throw tokensErrors.unknownIndicator(unknown);
    const tokenId = await repo.insertToken(trx, {
      name: input.name.trim(), member_code: input.memberCode, indicator_codes: indicatorCodes, secret_hash: hash, secret_prefix: prefix,
      expires_at: expiresAt, created_by: deps.actor.userId, created_at: now,
    });
    audit({ action: 'token.create', objectType: 'api_token', objectId: tokenId, summary: { name: input.name, memberCode: input.memberCode, indicatorCodes, expiresAt: expiresAt.toISOString(), prefix } });
    return tokenId;
  });
  return { token: (await repo.findToken(deps.db, id))!, secret };
}

export const listTokens = (deps: Deps) => repo.listTokens(deps.db);

/** Revokes a token at once: it is read on every push, nothing keeps it. */
export async function revokeToken(deps: ActorDeps, id: string, input: { version: number }) {
  await auditedTransaction(deps, async (trx, audit) => {
    const token = await repo.findTokenForUpdate(trx, id);
    if (!token) throw tokensErrors.notFound();
    if (token.version !== input.version) throw commonErrors.versionConflict(token.version);
    if (token.revoked_at) throw tokensErrors.alreadyRevoked();
    await repo.revokeToken(trx, id, deps.actor.userId, deps.clock.now());
    audit({ action: 'token.revoke', objectType: 'api_token', objectId: id, summary: { name: token.name, memberCode: token.member_code } });
  });
  return (await repo.findToken(deps.db, id))!;
}

/**
 * The token behind a bearer secret, read from the database on every request
 * (no cache: an expiry or revocation counts at once), or undefined when it is
 * unknown, expired or revoked. A valid one has its last use noted.
 */
export async function authenticateToken(deps: Deps, secret: string | undefined): Promise<repo.TokenRow | undefined> {
  if (!secret) return undefined;
  const token = await repo.findTokenByHash(deps.db, hashSecret(secret));
  const now = deps.clock.now();
  if (!token || tokenState(token, now) !== 'active') return undefined;
  await repo.touchToken(deps.db, token.id, now);
  return token;
}

/** Who a token acts as in the audit trail and the revision history. */
export const tokenActor = (token: repo.TokenRow, ip: string | null): Actor => ({ userId: null, username: `token:${token.name}`, memberCode: token.member_code, ip });

/**
 * Writes pushed observations for the token's member (and its cities), only of
 * the token's indicators when it names some: all or nothing, idempotent (the
 * batch upsert). The upsert's event records the counts, the token and (as the
 * actor's member) the member; a refused push is audited as a failure, so every
 * push leaves one event.
 */
export async function pushObservations(deps: Pick<AppDeps, 'db' | 'clock' | 'dataChanges'>, token: repo.TokenRow, items: ObservationInput[], ip: string | null): Promise<UpsertResult> {
  const writeDeps: WriteDeps = { ...deps, actor: tokenActor(token, ip) };
  try {
    if (token.indicator_codes.length > 0) {
      const allowed = new Set(token.indicator_codes);
      const refused: FieldError[] = items.flatMap((item, index) =>
        allowed.has(item.indicatorCode) ? [] : [{ field: `items[${index}].indicatorCode`, rule: 'tokens.indicator_not_allowed', params: { code: item.indicatorCode, index } }]);
      if (refused.length) throw tokensErrors.indicatorNotAllowed(refused.slice(0, 200));
    }
    // memberCode is not taken from the caller: the token's member decides (a city is filed for its own member).
    const clean = items.map(({ indicatorCode, scopeCode, period, value, source, note }) => ({ indicatorCode, scopeCode, period, value, source, note }));
    return await upsertObservations(writeDeps, { items: clean, memberScope: [token.member_code], tokenId: token.id, origin: 'push' });
  } catch (error) {
    if (error instanceof AppError) {
      await recordAuditEvent(writeDeps, {
        action: 'observations.upsert', outcome: 'failure', objectType: 'observation', objectId: null,
        summary: { origin: 'push', apiCredentialId: token.id, items: items.length, error: error.code, fields: (error.fields ?? []).slice(0, 20).map((f) => f.field) },
      });
    }
    throw error;
  }
}
