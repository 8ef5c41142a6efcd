import { requireRoles } from '../../plugins/policy.ts';
import { hasRole, type Principal } from '../../shared/principal.ts';

/**
 * Major matters: every work role reads them; a member's liaison or editor
 * raises matters for its member; the liaison escalates those its member is
 * party to and withdraws those its member raised; the Office coordinates,
 * escalates, de-escalates and withdraws any matter.
 */
export const mattersPolicies = {
  read: requireRoles('office', 'liaison', 'editor', 'observer'),
  raise: requireRoles('office', 'liaison', 'editor'),
  withdraw: requireRoles('office', 'liaison'),
  escalate: requireRoles('office', 'liaison'),
  coordinate: requireRoles('office'),
};

export const isOffice = (principal: Principal) => hasRole(principal, 'office');

export function liaisonMembers(principal: Principal): string[] {
  return principal.kind === 'user' ? principal.roles.filter((g) => g.role === 'liaison' && g.memberCode).map((g) => g.memberCode!) : [];
}
