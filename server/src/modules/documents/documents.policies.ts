import { requireRoles } from '../../plugins/policy.ts';

/**
 * Documents of meetings and agreements follow their owners: every work role
 * reads them, the Office (who keeps meetings and agreements) adds and removes them.
 */
export const documentsPolicies = {
  read: requireRoles('office', 'liaison', 'editor', 'observer'),
  manage: requireRoles('office'),
};
