import { requireRoles } from '../../plugins/policy.ts';
import { hasRole, type Principal } from '../../shared/principal.ts';

export const tasksPolicies = {
  /** Every work role reads every task: the members work on them together. */
  read: requireRoles('office', 'liaison', 'editor', 'observer'),
  /** Creating tasks, changing their definition and participants. */
  manage: requireRoles('office'),
  /** Updating a share: the Office, or the member's own liaison/editor (checked per record). */
  updateShare: requireRoles('office', 'liaison', 'editor'),
  /** Saved views and "My work" belong to the user. */
  personal: requireRoles('office', 'liaison', 'editor', 'observer'),
};

/**
 * A member edits only its own shares: a liaison all of its member's, an editor
 * those of its member — and, when the editor is tied to a body, only the shares
 * that body owns. The Office edits all.
 */
export function canEditShare(principal: Principal, share: { member_code: string; owner_body_code: string | null }): boolean {
  if (principal.kind !== 'user') return false;
  if (hasRole(principal, 'office')) return true;
  return principal.roles.some(
    (grant) =>
      (grant.role === 'liaison' && grant.memberCode === share.member_code) ||
      (grant.role === 'editor' && grant.memberCode === share.member_code && (!grant.bodyCode || grant.bodyCode === share.owner_body_code)),
  );
}

export function isOffice(principal: Principal): boolean {
  return hasRole(principal, 'office');
}
