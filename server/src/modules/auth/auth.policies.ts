import { publicAccess, requireRoles, signedIn, withRecentSecondFactor } from '../../plugins/policy.ts';

export const authPolicies = {
  /** Anyone may try to sign in or ask who they are. */
  login: publicAccess,
  session: publicAccess,
  passwordPolicy: publicAccess,
  /** A user who must change the password (or set up a required second factor) can still do these. */
  ownAccount: signedIn({ duringPasswordChange: true }),
  /** Sign-in locks are an administrator's to see and lift. */
  manageLocks: requireRoles('admin'),
  /** Resetting someone's second factor is sensitive: the admin's own must be recent. */
  resetSecondFactor: withRecentSecondFactor(requireRoles('admin')),
};
