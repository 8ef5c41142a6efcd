import type { FastifyInstance } from 'fastify';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import { callerDeps, type AppDeps } from '../../app-deps.ts';
import { OkResponse } from '../../shared/schemas.ts';
import { authPolicies } from './auth.policies.ts';
import { LiftLockBody, LockList } from './auth.schemas.ts';
import { liftLock, listLocks } from './auth.locks.usecases.ts';

const tags = ['auth'];

export async function lockRoutes(fastify: FastifyInstance, deps: AppDeps): Promise<void> {
  const app = fastify.withTypeProvider<TypeBoxTypeProvider>();

  app.get('/api/v1/auth/locks', {
    config: { policy: authPolicies.manageLocks, operationId: 'auth.listLocks' },
    schema: { tags, summary: 'Sign-in locks in force: per username and address, per username, per address', response: { 200: LockList } },
    handler: async () => {
      const items = await listLocks(deps);
      return { items: items.map((lock) => ({ ...lock, lockedUntil: lock.lockedUntil.toISOString() })) };
    },
  });

  app.post('/api/v1/auth/locks/lift', {
    config: { policy: authPolicies.manageLocks, operationId: 'auth.liftLock' },
    schema: { tags, summary: 'Lift one sign-in lock now', body: LiftLockBody, response: { 200: OkResponse } },
    handler: async (request) => {
      await liftLock(callerDeps(deps, request), request.body.key);
      return { ok: true };
    },
  });
}
