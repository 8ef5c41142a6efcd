import { requireRoles, withRecentSecondFactor } from '../../plugins/policy.ts';

/** Accounts and roles are managed by administrators only. */
export const usersPolicies = {
  manage: requireRoles('admin'),
  /** Granting roles and resetting passwords need the admin's second factor from the last 15 minutes (decision 0016). */
  sensitive: withRecentSecondFactor(requireRoles('admin')),
};
