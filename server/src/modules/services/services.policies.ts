import { requireRoles } from '../../plugins/policy.ts';
import { hasRole, memberCodesOf, type Principal } from '../../shared/principal.ts';

/**
 * Public services: every work role reads the catalogue, the availability and the
 * usage (they are shared figures); the Office keeps the catalogue and declares
 * usage indicators; a member's liaison or editor writes its own member's
 * availability and the usage rows whose ORIGIN member is its own (checked per record).
 */
export const servicesPolicies = {
  read: requireRoles('office', 'liaison', 'editor', 'observer'),
  manage: requireRoles('office'),
  writeMember: requireRoles('office', 'liaison', 'editor'),
};

/** The members a caller writes for: 'all' for the Office (and the system), else their own. */
export type MemberScope = string[] | 'all';
export function memberScopeOf(principal: Principal): MemberScope {
  if (hasRole(principal, 'office')) return 'all';
  return memberCodesOf(principal);
}
export const inScope = (scope: MemberScope, memberCode: string) => scope === 'all' || scope.includes(memberCode);
