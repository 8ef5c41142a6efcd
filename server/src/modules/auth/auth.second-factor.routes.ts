import type { FastifyInstance } from 'fastify';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import { callerDeps, type AppDeps } from '../../app-deps.ts';
import { setSessionCookie } from '../../plugins/session.ts';
import { OkResponse } from '../../shared/schemas.ts';
import type { UserPrincipal } from '../../shared/principal.ts';
import { authPolicies } from './auth.policies.ts';
import {
  CodeBody,
  EnrolmentResponse,
  LoginSecondStepBody,
  RecoveryCodesResponse,
  SecondFactorStatusResponse,
  SessionResponse,
  UserIdParams,
  VerifiedResponse,
} from './auth.schemas.ts';
import * as usecases from './auth.second-factor.usecases.ts';
import { resolveSession, SESSION_COOKIE } from './auth.usecases.ts';
import { presentCurrentUser } from './auth.routes.ts';

const tags = ['auth'];

export async function secondFactorRoutes(fastify: FastifyInstance, deps: AppDeps): Promise<void> {
  const app = fastify.withTypeProvider<TypeBoxTypeProvider>();

  app.post('/api/v1/auth/login/second-factor', {
    config: { policy: authPolicies.login, csrfExempt: true, operationId: 'auth.loginSecondFactor' },
    schema: {
      tags,
      summary: 'Second step of a sign-in: the authenticator code (or a recovery code); sets the session cookie',
      body: LoginSecondStepBody,
      response: { 200: SessionResponse },
    },
    handler: async (request, reply) => {
      const result = await usecases.loginSecondStep(deps, {
        challenge: request.body.challenge,
        code: request.body.code,
        ip: request.ip,
        userAgent: request.headers['user-agent'] ?? null,
        previousToken: request.cookies[SESSION_COOKIE],
      });
      setSessionCookie(reply, deps, result.token, result.expiresAt);
      const principal = await resolveSession(deps, result.token);
      return { authenticated: true, user: presentCurrentUser(principal!), csrfToken: result.csrfToken };
    },
  });

  app.get('/api/v1/auth/second-factor', {
    config: { policy: authPolicies.ownAccount, operationId: 'auth.secondFactorStatus' },
    schema: { tags, summary: 'Whether your two-factor sign-in is set up and required', response: { 200: SecondFactorStatusResponse } },
    handler: async (request) => {
      const status = await usecases.secondFactorStatus(deps, request.principal as UserPrincipal);
      return { ...status, enrolledAt: status.enrolledAt?.toISOString() ?? null };
    },
  });

  app.post('/api/v1/auth/second-factor/enrolment', {
    config: { policy: authPolicies.ownAccount, operationId: 'auth.startSecondFactorEnrolment' },
    schema: { tags, summary: 'Start setting up an authenticator app: a new secret and its QR code', response: { 200: EnrolmentResponse } },
    handler: async (request) => usecases.startEnrolment(callerDeps(deps, request), request.principal as UserPrincipal, request.ip),
  });

  app.post('/api/v1/auth/second-factor/enrolment/confirm', {
    config: { policy: authPolicies.ownAccount, operationId: 'auth.confirmSecondFactorEnrolment' },
    schema: {
      tags,
      summary: 'Confirm the set-up with a code from the app; returns the recovery codes this once',
      body: CodeBody,
      response: { 200: RecoveryCodesResponse },
    },
    handler: async (request) => usecases.confirmEnrolment(callerDeps(deps, request), request.principal as UserPrincipal, request.body.code, request.ip),
  });

  app.post('/api/v1/auth/second-factor/verify', {
    config: { policy: authPolicies.ownAccount, operationId: 'auth.verifySecondFactor' },
    schema: {
      tags,
      summary: 'Pass the second factor again (sensitive actions need it within 15 minutes)',
      body: CodeBody,
      response: { 200: VerifiedResponse },
    },
    handler: async (request) => {
      const at = await usecases.verifyAgain(callerDeps(deps, request), request.principal as UserPrincipal, request.body.code, request.ip);
      return { verifiedAt: at.toISOString() };
    },
  });

  app.post('/api/v1/users/:id/second-factor/reset', {
    config: { policy: authPolicies.resetSecondFactor, operationId: 'users.resetSecondFactor' },
    schema: {
      tags: ['users'],
      summary: "Remove a user's second factor (e.g. a lost phone) and end their sessions; they set it up again",
      params: UserIdParams,
      response: { 200: OkResponse },
    },
    handler: async (request) => {
      await usecases.resetSecondFactor(callerDeps(deps, request), request.params.id);
      return { ok: true };
    },
  });
}
