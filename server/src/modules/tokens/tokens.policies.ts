import type { AccessPolicy } from '../../plugins/policy.ts';
import { requireRoles, withRecentSecondFactor } from '../../plugins/policy.ts';

/**
 * API tokens: administrators issue, list and revoke them (they are credentials,
 * like accounts). The push route takes no session at all: the policy layer lets
 * it through and the route's own onRequest hook demands a valid bearer token
 * before the body is even read (see tokens.routes.ts).
 */
export const tokensPolicies = {
  manage: requireRoles('admin'),
  /** Issuing a credential needs the admin's second factor from the last 15 minutes (decision 0016). */
  create: withRecentSecondFactor(requireRoles('admin')),
  /** Named 'api-token' so the OpenAPI document lists the bearer scheme for it. */
  push: { name: 'api-token', allowAnonymous: true, duringPasswordChange: false } satisfies AccessPolicy,
};
