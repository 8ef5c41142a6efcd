import { requireRoles } from '../../plugins/policy.ts';

/** The audit trail: administrators, the Office (acts for all) and observers (read all). */
export const auditPolicies = {
  read: requireRoles('admin', 'office', 'observer'),
};
