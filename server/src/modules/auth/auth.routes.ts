import type { FastifyInstance } from 'fastify';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import type { AppDeps } from '../../app-deps.ts';
import { clearSessionCookie, setSessionCookie } from '../../plugins/session.ts';
import { OkResponse } from '../../shared/schemas.ts';
import type { UserPrincipal } from '../../shared/principal.ts';
import { lockRoutes } from './auth.locks.routes.ts';
import { rulesFor } from './auth.passwords.ts';
import { secondFactorRoutes } from './auth.second-factor.routes.ts';
import { authPolicies } from './auth.policies.ts';
import {
  ChangePasswordBody,
  LoginBody,
  PasswordPolicyResponse,
  PreferencesBody,
  SessionResponse,
} from './auth.schemas.ts';
import { changeOwnPassword, login, logout, resolveSession, SESSION_COOKIE, setOwnLocale } from './auth.usecases.ts';

const tags = ['auth'];

export function presentCurrentUser(principal: UserPrincipal) {
  return {
    id: principal.userId,
    username: principal.username,
    displayName: principal.displayName,
    locale: principal.locale,
    roles: principal.roles,
    mustChangePassword: principal.mustChangePassword,
    isDemo: principal.isDemo,
    secondFactor: {
      enrolled: principal.secondFactor?.enrolled ?? false,
      enrolmentRequired: principal.secondFactor?.enrolmentRequired ?? false,
      verifiedAt: principal.secondFactor?.verifiedAt?.toISOString() ?? null,
    },
  };
}

export async function authRoutes(fastify: FastifyInstance, deps: AppDeps): Promise<void> {
  const app = fastify.withTypeProvider<TypeBoxTypeProvider>();

  app.post('/api/v1/auth/login', {
    config: { policy: authPolicies.login, csrfExempt: true },
    schema: { tags, summary: 'Sign in; sets the session cookie', body: LoginBody, response: { 200: SessionResponse } },
    handler: async (request, reply) => {
      const result = await login(deps, {
        username: request.body.username,
        password: request.body.password,
        ip: request.ip,
        userAgent: request.headers['user-agent'] ?? null,
        previousToken: request.cookies[SESSION_COOKIE],
      });
      if ('challenge' in result) {
        return { authenticated: false, secondFactorRequired: true, challenge: result.challenge, challengeExpiresAt: result.expiresAt.toISOString() };
      }
      setSessionCookie(reply, deps, result.token, result.expiresAt);
      const principal = await resolveSession(deps, result.token);
      return { authenticated: true, user: presentCurrentUser(principal!), csrfToken: result.csrfToken };
    },
  });

  app.get('/api/v1/auth/session', {
    config: { policy: authPolicies.session },
    schema: { tags, summary: 'The signed-in user and the CSRF token, or authenticated=false', response: { 200: SessionResponse } },
    handler: async (request) => {
      const principal = request.principal;
      if (principal.kind !== 'user') return { authenticated: false };
      return { authenticated: true, user: presentCurrentUser(principal), csrfToken: principal.csrfToken };
    },
  });

  app.post('/api/v1/auth/logout', {
    config: { policy: authPolicies.ownAccount },
    schema: { tags, summary: 'Sign out and end the session', response: { 200: OkResponse } },
    handler: async (request, reply) => {
      await logout(deps, request.principal as UserPrincipal, request.ip);
      clearSessionCookie(reply, deps);
      return { ok: true };
    },
  });

  app.post('/api/v1/auth/password', {
    config: { policy: authPolicies.ownAccount },
    schema: { tags, summary: 'Change your own password', body: ChangePasswordBody, response: { 200: OkResponse } },
    handler: async (request) => {
      await changeOwnPassword(deps, request.principal as UserPrincipal, request.body, request.ip);
      return { ok: true };
    },
  });

  app.put('/api/v1/auth/preferences', {
    config: { policy: authPolicies.ownAccount },
    schema: { tags, summary: 'Set your language', body: PreferencesBody, response: { 200: OkResponse } },
    handler: async (request) => {
      await setOwnLocale(deps, request.principal as UserPrincipal, request.body.locale, request.ip);
      return { ok: true };
    },
  });

  app.get('/api/v1/auth/password-policy', {
    config: { policy: authPolicies.passwordPolicy },
    schema: { tags, summary: 'The password rules in force', response: { 200: PasswordPolicyResponse } },
    handler: async () => ({ profile: deps.config.passwordProfile, ...rulesFor(deps.config.passwordProfile) }),
  });

  await secondFactorRoutes(fastify, deps);
  await lockRoutes(fastify, deps);
}
