import type { AppDeps } from '../../app-deps.ts';
import type { RoleName, UserLocale, UserStatus } from '../../db/schema.ts';
import { commonErrors } from '../../shared/errors.ts';
import { decodeCursor, pageOf } from '../../shared/pagination.ts';
import type { Actor } from '../../shared/principal.ts';
import { auditedTransaction, type Trx } from '../audit/audit.usecases.ts';
import { generateOneTimePassword, hashPassword } from '../auth/auth.passwords.ts';
import { addPasswordHistory, clearThrottlesOfUser, deleteSessionsOfUser, setPassword } from '../auth/auth.repository.ts';
import { bodyExists, memberExists } from '../region/region.repository.ts';
import { checkBodyOfMember } from '../region/region.usecases.ts';
import { usersErrors } from './users.errors.ts';
import * as repo from './users.repository.ts';
import { announceRole } from './users.notices.ts';

type Deps = Pick<AppDeps, 'db' | 'clock'>;

export interface RoleInput {
  role: RoleName;
  memberCode?: string | null;
  bodyCode?: string | null;
}

const MEMBER_SCOPED: RoleName[] = ['liaison', 'editor'];

async function checkRole(trx: Trx, input: RoleInput): Promise<{ role: RoleName; memberCode: string | null; bodyCode: string | null }> {
  const memberCode = input.memberCode ?? null;
  const bodyCode = input.bodyCode ?? null;
  const scoped = MEMBER_SCOPED.includes(input.role);
  if (scoped !== (memberCode !== null) || (!scoped && bodyCode !== null)) throw usersErrors.invalidRoleScope(input.role);
  if (memberCode && !(await memberExists(trx, memberCode))) throw usersErrors.unknownMember(memberCode);
  if (bodyCode && !(await bodyExists(trx, bodyCode))) throw usersErrors.unknownBody(bodyCode);
  if (bodyCode && memberCode) await checkBodyOfMember(trx, 'bodyCode', bodyCode, memberCode);
  return { role: input.role, memberCode, bodyCode };
}

export async function getUser(deps: Deps, id: string) {
  const user = await repo.findUser(deps.db, id);
  if (!user) throw usersErrors.notFound();
  const roles = await repo.rolesOfUsers(deps.db, [id]);
  return { ...user, roles };
}

export async function listUsers(
  deps: Deps,
  query: { q?: string; role?: RoleName; memberCode?: string; status?: UserStatus; cursor?: string; limit?: number },
) {
  const limit = query.limit ?? 50;
  const after = decodeCursor(query.cursor, ['text', 'uuid']) as [string, string] | undefined;
  const rows = await repo.listUsers(deps.db, { ...query, after, limit });
  const page = pageOf(rows, limit, (row) => [row.sort_key, row.id]);
  const roles = await repo.rolesOfUsers(deps.db, page.items.map((u) => u.id));
  return {
    items: page.items.map((u) => ({ ...u, roles: roles.filter((r) => r.user_id === u.id) })),
    nextCursor: page.nextCursor,
  };
}

export interface CreateUserInput {
  username: string;
  displayName: string;
  email?: string | null;
  locale?: UserLocale;
  roles?: RoleInput[];
  /** Demo accounts are created without a password: an admin sets one to use them. */
  isDemo?: boolean;
  withPassword?: boolean;
}

/** Creates a user with a one-time password, shown once; the user must change it at first sign-in. */
export async function createUser(deps: Deps & { actor: Actor }, input: CreateUserInput) {
  const oneTimePassword = input.withPassword === false ? null : generateOneTimePassword();
  const passwordHash = oneTimePassword ? await hashPassword(oneTimePassword) : null;
  const id = await auditedTransaction(deps, async (trx, audit) => {
    if (await repo.usernameExists(trx, input.username)) throw usersErrors.usernameTaken(input.username);
    const now = deps.clock.now();
    const userId = await repo.insertUser(trx, {
      username: input.username,
      displayName: input.displayName,
      email: input.email ?? null,
      locale: input.locale ?? 'zh-CN',
      passwordHash,
      isDemo: input.isDemo ?? false,
      now,
    });
    if (passwordHash) await addPasswordHistory(trx, userId, passwordHash, now);
    const granted = [];
    for (const roleInput of input.roles ?? []) {
      const role = await checkRole(trx, roleInput);
      await repo.insertRole(trx, { userId, ...role, grantedBy: deps.actor.userId, now });
      granted.push(role);
    }
    audit({
      action: 'user.create',
      objectType: 'user',
      objectId: userId,
      summary: { username: input.username, displayName: input.displayName, email: input.email ?? null, roles: granted, isDemo: input.isDemo ?? false },
    });
    return userId;
  });
  return { user: await getUser(deps, id), oneTimePassword };
}

export interface UpdateUserInput {
  version: number;
  displayName?: string;
  email?: string | null;
  status?: UserStatus;
}

export async function updateUser(deps: Deps & { actor: Actor }, id: string, input: UpdateUserInput) {
  await auditedTransaction(deps, async (trx, audit) => {
    const user = await repo.findUserForUpdate(trx, id);
    if (!user) throw usersErrors.notFound();
    if (user.version !== input.version) throw commonErrors.versionConflict(user.version);
    const changes: Record<string, { from: unknown; to: unknown }> = {};
    const fields: { display_name?: string; email?: string | null; status?: UserStatus } = {};
    if (input.displayName !== undefined && input.displayName !== user.display_name) {
      fields.display_name = input.displayName;
      changes.displayName = { from: user.display_name, to: input.displayName };
    }
    if (input.email !== undefined && input.email !== user.email) {
      fields.email = input.email;
      changes.email = { from: user.email, to: input.email };
    }
    if (input.status !== undefined && input.status !== user.status) {
      if (input.status === 'disabled') {
        if (id === deps.actor.userId) throw usersErrors.cannotDisableSelf();
        const roles = await repo.rolesOfUsers(trx, [id]);
        if (roles.some((r) => r.role === 'admin') && (await repo.countOtherActiveAdmins(trx, id)) === 0) throw usersErrors.lastAdmin();
        await deleteSessionsOfUser(trx, id);
      }
      fields.status = input.status;
      changes.status = { from: user.status, to: input.status };
    }
    await repo.updateUserFields(trx, id, fields, deps.clock.now());
    audit({ action: 'user.update', objectType: 'user', objectId: id, summary: { changes } });
  });
  return getUser(deps, id);
}

export async function grantRole(deps: Deps & { actor: Actor }, userId: string, input: RoleInput) {
  await auditedTransaction(deps, async (trx, audit) => {
    const user = await repo.findUserForUpdate(trx, userId);
    if (!user) throw usersErrors.notFound();
    const role = await checkRole(trx, input);
    const grantId = await repo.insertRole(trx, { userId, ...role, grantedBy: deps.actor.userId, now: deps.clock.now() });
    if (!grantId) throw usersErrors.roleExists();
    await repo.bumpVersion(trx, userId, deps.clock.now());
    audit({ action: 'user.role_grant', objectType: 'user', objectId: userId, summary: { grantId, ...role } });
    await announceRole(trx, deps, 'users.role_granted', userId, { id: grantId, ...role });
  });
  return getUser(deps, userId);
}

/** Takes effect on the user's next request: roles are read per request. */
export async function revokeRole(deps: Deps & { actor: Actor }, userId: string, grantId: string) {
  await auditedTransaction(deps, async (trx, audit) => {
    const user = await repo.findUserForUpdate(trx, userId);
    if (!user) throw usersErrors.notFound();
    const grant = await repo.findRole(trx, userId, grantId);
    if (!grant) throw usersErrors.roleNotFound();
    if (grant.role === 'admin' && user.status === 'active' && (await repo.countOtherActiveAdmins(trx, userId)) === 0) {
      throw usersErrors.lastAdmin();
    }
    await repo.deleteRole(trx, grantId);
    await repo.bumpVersion(trx, userId, deps.clock.now());
    audit({
      action: 'user.role_revoke',
      objectType: 'user',
      objectId: userId,
      summary: { grantId, role: grant.role, memberCode: grant.member_code, bodyCode: grant.body_code },
    });
    await announceRole(trx, deps, 'users.role_revoked', userId, { id: grantId, role: grant.role, memberCode: grant.member_code, bodyCode: grant.body_code });
  });
  return getUser(deps, userId);
}

/** A new one-time password; the user's sessions end and any lockout is lifted. */
export async function resetPassword(deps: Deps & { actor: Actor }, userId: string) {
  const oneTimePassword = generateOneTimePassword();
  const passwordHash = await hashPassword(oneTimePassword);
  await auditedTransaction(deps, async (trx, audit) => {
    const user = await repo.findUserForUpdate(trx, userId);
    if (!user) throw usersErrors.notFound();
    await setPassword(trx, userId, passwordHash, deps.clock.now(), true);
    await deleteSessionsOfUser(trx, userId);
    await clearThrottlesOfUser(trx, user.username);
    audit({ action: 'user.password_reset', objectType: 'user', objectId: userId });
  });
  return { oneTimePassword };
}

export async function unlockUser(deps: Deps & { actor: Actor }, userId: string) {
  await auditedTransaction(deps, async (trx, audit) => {
    const user = await repo.findUser(trx, userId);
    if (!user) throw usersErrors.notFound();
    await clearThrottlesOfUser(trx, user.username);
    audit({ action: 'user.unlock', objectType: 'user', objectId: userId });
  });
}

export function countUsers(deps: Deps) {
  return repo.countUsers(deps.db);
}
