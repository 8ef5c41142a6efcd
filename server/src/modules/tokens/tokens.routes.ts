import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import { callerDeps, type AppDeps } from '../../app-deps.ts';
import { actorOf } from '../../shared/principal.ts';
import { recordAuditEvent } from '../audit/audit.usecases.ts';
import { tokensErrors } from './tokens.errors.ts';
import { bearerSecret, tokenState } from './tokens.models.ts';
import { tokensPolicies } from './tokens.policies.ts';
import type { TokenRow } from './tokens.repository.ts';
import { CreatedToken, CreateTokenBody, IdParams, MAX_PUSH_ITEMS, PushBody, PushResult, RevokeBody, TokenList, TokenSchema } from './tokens.schemas.ts';
import * as usecases from './tokens.usecases.ts';

const tags = ['tokens'];
/** A full push (10,000 items) is larger than the API's 1 MiB default. */
const PUSH_BODY_LIMIT = 8 * 1024 * 1024;

function presentToken(t: TokenRow, now: Date) {
  return {
    id: t.id, name: t.name, memberCode: t.member_code, indicatorCodes: t.indicator_codes, prefix: t.secret_prefix, state: tokenState(t, now),
    expiresAt: t.expires_at.toISOString(), revokedAt: t.revoked_at?.toISOString() ?? null, lastUsedAt: t.last_used_at?.toISOString() ?? null,
    createdAt: t.created_at.toISOString(), version: t.version,
  };
}

/** The token each push request authenticated with (set by the route's onRequest hook). */
const pushTokens = new WeakMap<FastifyRequest, TokenRow>();

export async function tokensRoutes(fastify: FastifyInstance, deps: AppDeps): Promise<void> {
  const app = fastify.withTypeProvider<TypeBoxTypeProvider>();

  app.get('/api/v1/tokens', {
    config: { policy: tokensPolicies.manage, operationId: 'tokens.list' },
    schema: { tags, summary: 'API tokens, newest first, with their state and last use (never the secret)', response: { 200: TokenList } },
    handler: async () => ({ items: (await usecases.listTokens(deps)).map((t) => presentToken(t, deps.clock.now())) }),
  });

  app.post('/api/v1/tokens', {
    config: { policy: tokensPolicies.create, operationId: 'tokens.create' },
    schema: {
      tags, summary: 'Issue an API token for one member (optionally only some indicators), expiring within two years; the secret is in this answer only',
      body: CreateTokenBody, response: { 201: CreatedToken },
    },
    handler: async (request, reply) => {
      const { token, secret } = await usecases.createToken(callerDeps(deps, request), request.body);
      return reply.status(201).header('cache-control', 'no-store').send({ ...presentToken(token, deps.clock.now()), secret });
    },
  });

  app.post('/api/v1/tokens/:id/revoke', {
    config: { policy: tokensPolicies.manage, operationId: 'tokens.revoke' },
    schema: { tags, summary: 'Revoke an API token: its next request is refused (401)', params: IdParams, body: RevokeBody, response: { 200: TokenSchema } },
    handler: async (request) => presentToken(await usecases.revokeToken(callerDeps(deps, request), request.params.id, request.body), deps.clock.now()),
  });

  app.post('/api/v1/indicators/observations/push', {
    config: { policy: tokensPolicies.push, operationId: 'tokens.pushObservations' },
    bodyLimit: PUSH_BODY_LIMIT,
    // The token is checked before the body is read: without one, nothing is parsed or validated. No cookie, so no CSRF.
    onRequest: async (request) => {
      const token = await usecases.authenticateToken(deps, bearerSecret(request.headers.authorization));
      if (!token) {
        const error = tokensErrors.invalidToken();
        await recordAuditEvent({ db: deps.db, clock: deps.clock, actor: actorOf(request.principal, request.ip) }, {
          action: 'access.denied', outcome: 'denied', objectType: 'route', objectId: 'POST /api/v1/indicators/observations/push',
          summary: { reason: error.code, url: '/api/v1/indicators/observations/push' },
        });
        throw error;
      }
      pushTokens.set(request, token);
    },
    schema: {
      tags,
      summary: `Push observations with an API token (Authorization: Bearer yrd_pat_…): up to ${MAX_PUSH_ITEMS} items for the token's member and its cities, all or nothing, idempotent`,
      body: PushBody, response: { 200: PushResult },
    },
    handler: async (request) => {
      const token = pushTokens.get(request);
      if (!token) throw tokensErrors.invalidToken();
      return usecases.pushObservations(deps, token, request.body.items, request.ip);
    },
  });
}
