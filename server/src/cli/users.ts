import type { RoleName } from '../db/schema.ts';
import { findUserByUsername } from '../modules/auth/auth.repository.ts';
import { createUser, resetPassword } from '../modules/users/users.usecases.ts';
import { AppError } from '../shared/errors.ts';
import { systemActor } from '../shared/principal.ts';
import { translate } from '../i18n/messages.ts';
import { fail, withDatabase } from './context.ts';

const ROLES: RoleName[] = ['admin', 'office', 'liaison', 'editor', 'observer'];

function parseRole(spec: string) {
  const [role, memberCode] = spec.split(':');
  if (!ROLES.includes(role as RoleName)) fail(`Unknown role "${role}". Roles: ${ROLES.join(', ')}`);
  return { role: role as RoleName, memberCode: memberCode ?? null };
}

function explain(error: unknown): never {
  if (error instanceof AppError) fail(`${translate('en', error.code, error.params)} (${error.code})`);
  throw error;
}

export async function createUserCommand(options: { username: string; name: string; email?: string; locale: 'zh-CN' | 'en'; role?: string[] }) {
  await withDatabase(async ({ deps }) => {
    const result = await createUser(
      { ...deps, actor: systemActor('cli') },
      {
        username: options.username,
        displayName: options.name,
        email: options.email ?? null,
        locale: options.locale,
        roles: (options.role ?? []).map(parseRole),
      },
    ).catch(explain);
    console.log(`Created ${result.user.username}. One-time password (shown once): ${result.oneTimePassword}`);
  });
}

export async function resetPasswordCommand(username: string) {
  await withDatabase(async ({ deps }) => {
    const user = await findUserByUsername(deps.db, username);
    if (!user) fail(`No user "${username}".`);
    const { oneTimePassword } = await resetPassword({ ...deps, actor: systemActor('cli') }, user.id).catch(explain);
    console.log(`New one-time password for ${user.username} (shown once; must be changed at sign-in): ${oneTimePassword}`);
  });
}
