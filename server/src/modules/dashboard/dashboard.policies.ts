import { requireRoles } from '../../plugins/policy.ts';

/** The leaders' dashboard: every work role reads it (it only counts records they may all read). */
export const dashboardPolicies = {
  read: requireRoles('office', 'observer', 'liaison', 'editor'),
};
