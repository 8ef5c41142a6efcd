import type { AppDeps } from '../../app-deps.ts';
import { systemActor } from '../../shared/principal.ts';
import { createUser } from './users.usecases.ts';
import { countUsers } from './users.repository.ts';

/**
 * On a platform with no users yet, creates the first administrator with a
 * one-time password. Returns it so the caller can print it once; it is stored
 * only as a hash and must be changed at first sign-in.
 */
export async function ensureFirstAdmin(deps: Pick<AppDeps, 'db' | 'clock'>): Promise<{ username: string; oneTimePassword: string } | undefined> {
  if ((await countUsers(deps.db)) > 0) return undefined;
  const { user, oneTimePassword } = await createUser(
    { ...deps, actor: systemActor('bootstrap') },
    { username: 'admin', displayName: '系统管理员 Administrator', roles: [{ role: 'admin' }] },
  );
  return { username: user.username, oneTimePassword: oneTimePassword! };
}
