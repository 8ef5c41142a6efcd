/** What the UI shows to whom. The server enforces the same rules; this only hides what would be refused. */
import type { CurrentUser, RoleName } from '../../api/types.ts';

export function hasRole(user: CurrentUser | null | undefined, ...roles: RoleName[]): boolean {
  return Boolean(user?.roles.some((grant) => roles.includes(grant.role)));
}

export const ACCESS = {
  manageUsers: ['admin'],
  readAudit: ['admin', 'office', 'observer'],
} as const satisfies Record<string, readonly RoleName[]>;
