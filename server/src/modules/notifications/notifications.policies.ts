import { requireRoles, signedIn } from '../../plugins/policy.ts';

export const notificationsPolicies = {
  /** Everyone who signs in has an inbox; each sees only their own notifications (checked per record). */
  inbox: signedIn(),
  /** Outbound webhooks carry supervision data out of the platform: administrators and the Office manage them. */
  webhooks: requireRoles('admin', 'office'),
};
