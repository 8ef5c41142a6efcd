import { requireRoles } from '../../plugins/policy.ts';
import { dashboardPolicies } from '../dashboard/dashboard.policies.ts';

/**
 * The results reports count what every work role may read, as the dashboard does, so whoever opens the
 * dashboard reads (and downloads) them. Only the Office writes the narratives and publishes.
 */
export const resultsPolicies = {
  read: dashboardPolicies.read,
  write: requireRoles('office'),
};
