import type { RoleName, UserLocale } from '../db/schema.ts';

export interface RoleGrant {
  id: string;
  role: RoleName;
  memberCode: string | null;
  bodyCode: string | null;
}

/** A signed-in user, rebuilt from the database on every request (so revocation is immediate). */
export interface UserPrincipal {
  kind: 'user';
  userId: string;
  username: string;
  displayName: string;
  locale: UserLocale;
  roles: RoleGrant[];
  mustChangePassword: boolean;
  isDemo: boolean;
  sessionTokenHash: Buffer;
  csrfToken: string;
  /** Two-factor sign-in (decision 0016); absent for principals built outside a session. */
  secondFactor?: SecondFactorState;
}

export interface SecondFactorState {
  enrolled: boolean;
  /** When this session last passed the second factor. */
  verifiedAt: Date | null;
  /** Required for this user but not set up yet: only own-account routes are open. */
  enrolmentRequired: boolean;
}

export interface AnonymousPrincipal {
  kind: 'anonymous';
}

export type Principal = UserPrincipal | AnonymousPrincipal;

export const anonymous: AnonymousPrincipal = { kind: 'anonymous' };

export function hasRole(principal: Principal, ...roles: RoleName[]): boolean {
  return principal.kind === 'user' && principal.roles.some((grant) => roles.includes(grant.role));
}

/** Members a liaison or editor acts for. */
export function memberCodesOf(principal: Principal): string[] {
  if (principal.kind !== 'user') return [];
  return [
    ...new Set(
      principal.roles.flatMap((grant) =>
        (grant.role === 'liaison' || grant.role === 'editor') && grant.memberCode ? [grant.memberCode] : [],
      ),
    ),
  ];
}

/**
 * Who did it, for audit and ownership. Use cases take this, not the request,
 * so the CLI and jobs can act too.
 */
export interface Actor {
  userId: string | null;
  username: string;
  memberCode: string | null;
  ip: string | null;
}

export function actorOf(principal: Principal, ip: string | null): Actor {
  if (principal.kind !== 'user') return { userId: null, username: 'anonymous', memberCode: null, ip };
  return {
    userId: principal.userId,
    username: principal.username,
    memberCode: memberCodesOf(principal)[0] ?? null,
    ip,
  };
}

export function systemActor(name: string): Actor {
  return { userId: null, username: `system:${name}`, memberCode: null, ip: null };
}
