import { requireRoles } from '../../plugins/policy.ts';

/** Agreements: every work role reads them; the Office keeps them. */
export const agreementsPolicies = {
  read: requireRoles('office', 'liaison', 'editor', 'observer'),
  manage: requireRoles('office'),
};
