/**
 * Sign-in locks as an administrator sees them (issue 14, item 11): which
 * username, from which address, until when — and lifting one (audited).
 */
import type { AppDeps } from '../../app-deps.ts';
import type { Actor } from '../../shared/principal.ts';
import { auditedTransaction } from '../audit/audit.usecases.ts';
import { authErrors } from './auth.errors.ts';
import * as repo from './auth.repository.ts';

export type LockScope = 'user_source' | 'user' | 'source';

function scopeOf(key: string): LockScope {
  if (key.startsWith('userip:')) return 'user_source';
  if (key.startsWith('user:')) return 'user';
  return 'source';
}

export async function listLocks(deps: Pick<AppDeps, 'db' | 'clock'>) {
  const rows = await repo.listActiveLocks(deps.db, deps.clock.now());
  return rows.map((row) => ({
    key: row.key,
    scope: scopeOf(row.key),
    username: row.username,
    source: row.source,
    lockedUntil: row.locked_until!,
    locksInARow: row.lock_count,
  }));
}

export async function liftLock(deps: Pick<AppDeps, 'db' | 'clock'> & { actor: Actor }, key: string): Promise<void> {
  await auditedTransaction(deps, async (trx, audit) => {
    const row = await repo.deleteThrottle(trx, key);
    if (!row?.locked_until || row.locked_until <= deps.clock.now()) throw authErrors.lockNotFound();
    audit({
      action: 'auth.lock_lift', objectType: 'login_lock', objectId: key,
      summary: { scope: scopeOf(key), username: row.username, source: row.source },
    });
  });
}
