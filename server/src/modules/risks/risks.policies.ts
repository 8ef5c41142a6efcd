import { requireRoles } from '../../plugins/policy.ts';
import { hasRole, memberCodesOf, type Principal } from '../../shared/principal.ts';

/**
 * Risks: every work role reads the register. The Office keeps every risk; the
 * liaisons and editors of a risk's owner members keep that risk (its
 * assessment, measures and triggers) — any editor of the member, whatever body
 * their grant names, since a risk is owned by the member, not by a department.
 * A member's user may register a risk only with their member among the owners,
 * and may not drop their member from a risk's owners (checked per record).
 */
export const risksPolicies = {
  read: requireRoles('office', 'liaison', 'editor', 'observer'),
  write: requireRoles('office', 'liaison', 'editor'),
};

/** Who acts on a risk: a signed-in caller, or the system (demo data, fixtures) which keeps every risk. */
export type RiskKeeper = Principal | 'system';

/** Whether the caller keeps a risk owned by these members. */
export function mayEditRisk(principal: RiskKeeper, ownerMemberCodes: readonly string[]): boolean {
  if (principal === 'system' || hasRole(principal, 'office')) return true;
  const own = memberCodesOf(principal);
  return ownerMemberCodes.some((code) => own.includes(code));
}
