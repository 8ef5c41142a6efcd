import { requireRoles } from '../../plugins/policy.ts';
import { hasRole, memberCodesOf, type Principal } from '../../shared/principal.ts';
import type { MemberScope } from './indicators.models.ts';

/**
 * Indicators and observations: every work role reads all of them (figures are
 * shared across the members); the Office keeps the indicators and confirms
 * values; liaisons and editors enter and correct their own member's values.
 */
export const indicatorsPolicies = {
  read: requireRoles('office', 'liaison', 'editor', 'observer'),
  manage: requireRoles('office'),
  /** Entering and correcting observations: the Office, or a member's liaison/editor (checked per record). */
  writeObservations: requireRoles('office', 'liaison', 'editor'),
  confirm: requireRoles('office'),
};

/** The members a caller writes observations for: the Office all, a liaison or editor their own. */
export function memberScopeOf(principal: Principal): MemberScope {
  if (hasRole(principal, 'office')) return 'all';
  return memberCodesOf(principal);
}
