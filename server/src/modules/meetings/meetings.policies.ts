import { requireRoles } from '../../plugins/policy.ts';
import type { Principal } from '../../shared/principal.ts';

/**
 * Meetings: every work role reads them; the Office prepares them, drafts and
 * finalises the minutes. A member's liaison approves the minutes (or asks for a
 * change) for that member only (checked per record, see isLiaisonOf).
 */
export const meetingsPolicies = {
  read: requireRoles('office', 'liaison', 'editor', 'observer'),
  manage: requireRoles('office'),
  approveMinutes: requireRoles('liaison'),
};

export function isLiaisonOf(principal: Principal, memberCode: string): boolean {
  return principal.kind === 'user' && principal.roles.some((g) => g.role === 'liaison' && g.memberCode === memberCode);
}
