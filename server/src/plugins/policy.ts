/**
 * Access policies. Every route declares one in `config.policy`; a route without
 * one fails to register (deny by default). The coarse role check runs before
 * validation, so a caller without access learns nothing from validation errors;
 * record-level checks (own member only) live in each module's policies.
 */
import type { FastifyInstance, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import type { RoleName } from '../db/schema.ts';
import { AppError } from '../shared/errors.ts';
import { actorOf, hasRole, type Principal } from '../shared/principal.ts';
import { recordAuditEvent } from '../modules/audit/audit.usecases.ts';
import { countAnonymousDenial } from '../modules/auth/auth.denials.ts';
import type { AppDeps } from '../app-deps.ts';

export interface AccessPolicy {
  /** Shown in the OpenAPI description and the access matrix. */
  name: string;
  allowAnonymous: boolean;
  /** Roles that pass; undefined means any signed-in user. */
  roles?: readonly RoleName[];
  /** Still reachable while the user has to change the password (or set up a required second factor) first. */
  duringPasswordChange?: boolean;
  /** Sensitive: a user with a second factor must have passed it within REAUTH_WINDOW_MS (decision 0016). */
  recentSecondFactor?: boolean;
}

/** How long a passed second factor vouches for sensitive actions. */
export const REAUTH_WINDOW_MS = 15 * 60_000;

export interface CatalogEntry {
  method: string;
  url: string;
  policy: AccessPolicy;
}

declare module 'fastify' {
  interface FastifyInstance {
    /** Every registered route with its policy: the access-matrix test walks this. */
    accessCatalog: CatalogEntry[];
  }
  interface FastifyContextConfig {
    policy?: AccessPolicy;
    /** Login only: a JSON body and the Origin check stand in for the CSRF token. */
    csrfExempt?: boolean;
  }
}

export const publicAccess: AccessPolicy = { name: 'public', allowAnonymous: true, duringPasswordChange: true };

export function signedIn(options: { duringPasswordChange?: boolean } = {}): AccessPolicy {
  return { name: 'signed-in', allowAnonymous: false, duringPasswordChange: options.duringPasswordChange ?? false };
}

export function requireRoles(...roles: RoleName[]): AccessPolicy {
  return { name: `roles:${roles.join('|')}`, allowAnonymous: false, roles };
}

/** The same policy, and the caller's second factor passed in the last 15 minutes (role grants, resets, tokens). */
export function withRecentSecondFactor(policy: AccessPolicy): AccessPolicy {
  return { ...policy, name: `${policy.name}+recent-2fa`, recentSecondFactor: true };
}

/** Only users who enrolled a second factor (or must) are asked again; others have nothing to show. */
export function reauthNeeded(principal: Principal, now: Date): boolean {
  const state = principal.kind === 'user' ? principal.secondFactor : undefined;
  if (!state?.enrolled) return false;
  return !state.verifiedAt || now.getTime() - state.verifiedAt.getTime() > REAUTH_WINDOW_MS;
}

/** Routes that plugins register for us (API docs); they are public by this explicit list. */
const PLUGIN_ROUTE_POLICIES: { prefix: string; policy: AccessPolicy }[] = [
  { prefix: '/api/docs', policy: { name: 'public-docs', allowAnonymous: true, duringPasswordChange: true } },
];

export type Decision = 'allow' | 'unauthenticated' | 'forbidden' | 'password_change_required' | 'second_factor_enrolment_required';

export function decide(policy: AccessPolicy, principal: Principal): Decision {
  if (principal.kind === 'anonymous') return policy.allowAnonymous ? 'allow' : 'unauthenticated';
  if (principal.mustChangePassword && !policy.duringPasswordChange) return 'password_change_required';
  if (principal.secondFactor?.enrolmentRequired && !policy.duringPasswordChange) return 'second_factor_enrolment_required';
  if (policy.roles && !hasRole(principal, ...policy.roles)) return 'forbidden';
  return 'allow';
}

/** Methods that may change data: they need the CSRF token, and they make kept sessions out of date. */
export const UNSAFE_METHODS = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

function originMismatch(request: FastifyRequest): boolean {
  const origin = request.headers.origin;
  if (!origin) return false;
  try {
    return new URL(origin).host !== request.headers.host;
  } catch {
    return true;
  }
}

async function deny(deps: AppDeps, request: FastifyRequest, error: AppError): Promise<never> {
  const route = `${request.method} ${request.routeOptions.url ?? request.url}`;
  if (request.principal.kind === 'anonymous') {
    // Anyone can send these: counted per source, route and minute, not one audit row each (auth.denials.ts).
    await countAnonymousDenial(deps, { source: request.ip, route, reason: error.code });
    throw error;
  }
  await recordAuditEvent(
    { db: deps.db, clock: deps.clock, actor: actorOf(request.principal, request.ip) },
    {
      action: 'access.denied',
      outcome: 'denied',
      objectType: 'route',
      objectId: route,
      summary: { reason: error.code, url: request.url.split('?')[0] },
    },
  );
  throw error;
}

export const policyPlugin = fp<{ deps: AppDeps }>(
  async (app: FastifyInstance, { deps }) => {
    const catalog: CatalogEntry[] = [];
    app.decorate('accessCatalog', catalog);
    app.addHook('onRoute', (route) => {
      const fromPlugin = PLUGIN_ROUTE_POLICIES.find((p) => route.url.startsWith(p.prefix))?.policy;
      const policy = route.config?.policy ?? fromPlugin;
      if (!policy) {
        const method = Array.isArray(route.method) ? route.method.join(',') : route.method;
        throw new Error(`Route ${method} ${route.url} declares no access policy (config.policy); refusing to register it.`);
      }
      route.config = { ...(route.config ?? {}), policy };
      for (const method of [route.method].flat()) catalog.push({ method, url: route.url, policy });
    });

    app.addHook('preValidation', async (request) => {
      const policy = request.routeOptions.config.policy;
      if (!policy) return; // not-found handler: no route, nothing to protect
      const decision = decide(policy, request.principal);
      if (decision === 'unauthenticated') await deny(deps, request, new AppError(401, 'common.unauthenticated'));
      if (decision === 'password_change_required')
        await deny(deps, request, new AppError(403, 'auth.password_change_required'));
      if (decision === 'second_factor_enrolment_required')
        await deny(deps, request, new AppError(403, 'auth.second_factor_enrolment_required'));
      if (decision === 'forbidden') await deny(deps, request, new AppError(403, 'common.forbidden'));
      if (policy.recentSecondFactor && reauthNeeded(request.principal, deps.clock.now()))
        await deny(deps, request, new AppError(403, 'auth.reauth_required'));

      if (UNSAFE_METHODS.has(request.method)) {
        if (originMismatch(request)) await deny(deps, request, new AppError(403, 'auth.csrf_invalid'));
        const principal = request.principal;
        if (principal.kind === 'user' && !request.routeOptions.config.csrfExempt) {
          const sent = request.headers['x-csrf-token'];
          if (typeof sent !== 'string' || sent !== principal.csrfToken)
            await deny(deps, request, new AppError(403, 'auth.csrf_invalid'));
        }
      }
    });
  },
  { name: 'yrd-policy' },
);
