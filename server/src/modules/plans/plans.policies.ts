import { requireRoles } from '../../plugins/policy.ts';

/**
 * Plans and focus areas: every work role reads them (the members plan together);
 * only the Regional Cooperation Office writes them.
 */
export const plansPolicies = {
  read: requireRoles('office', 'liaison', 'editor', 'observer'),
  manage: requireRoles('office'),
};
