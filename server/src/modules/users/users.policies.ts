import { requireRoles } from '../../plugins/policy.ts';

/** Accounts and roles are managed by administrators only. */
export const usersPolicies = {
  manage: requireRoles('admin'),
};
