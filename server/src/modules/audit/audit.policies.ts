import { requireRoles } from '../../plugins/policy.ts';

/**
 * The audit trail: administrators, the Office (acts for all) and observers (read all).
 * Only administrators see personal data (e-mail, phone) in event summaries; the
 * others get them hidden (audit.models.ts withoutPersonalData).
 */
export const auditPolicies = {
  read: requireRoles('admin', 'office', 'observer'),
};
