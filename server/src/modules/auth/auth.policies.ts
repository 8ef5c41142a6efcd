import { publicAccess, signedIn } from '../../plugins/policy.ts';

export const authPolicies = {
  /** Anyone may try to sign in or ask who they are. */
  login: publicAccess,
  session: publicAccess,
  passwordPolicy: publicAccess,
  /** A user who must change the password can still do these. */
  ownAccount: signedIn({ duringPasswordChange: true }),
};
