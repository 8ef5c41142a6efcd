import { requireRoles } from '../../plugins/policy.ts';
import { hasRole, memberCodesOf, type Principal } from '../../shared/principal.ts';

/**
 * Key projects: every work role reads them (like agreements and the services
 * catalogue, they are shared records of the mechanism). The Office edits any
 * project; a member's liaisons and editors create and edit the projects their
 * member leads (checked per record in the use case: 403 projects.not_lead).
 * Observers only read.
 */
export const projectsPolicies = {
  read: requireRoles('office', 'liaison', 'editor', 'observer'),
  write: requireRoles('office', 'liaison', 'editor'),
};

/** The members whose projects a caller may write: 'all' for the Office (and the system), else their own. */
export type LeadScope = string[] | 'all';
export function leadScopeOf(principal: Principal): LeadScope {
  return hasRole(principal, 'office') ? 'all' : memberCodesOf(principal);
}
export const mayLead = (scope: LeadScope, memberCode: string) => scope === 'all' || scope.includes(memberCode);
