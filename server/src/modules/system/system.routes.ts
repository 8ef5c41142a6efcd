import type { FastifyInstance } from 'fastify';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import type { AppDeps } from '../../app-deps.ts';
import { publicAccess } from '../../plugins/policy.ts';
import { databaseReachable } from './system.usecases.ts';

const HealthResponse = Type.Object({
  status: Type.Union([Type.Literal('ok'), Type.Literal('unavailable')]),
  database: Type.Union([Type.Literal('ok'), Type.Literal('unreachable')]),
  time: Type.String(),
});
const LiveResponse = Type.Object({ status: Type.Literal('ok'), time: Type.String() });

/**
 * Health for load balancers and process supervisors: live = this process
 * answers (restart it if not); ready = it can serve, its database answering
 * (send it no traffic if not — e.g. while the embedded PostgreSQL restarts).
 * /api/v1/health is the readiness answer under its original name.
 */
export async function systemRoutes(fastify: FastifyInstance, deps: AppDeps): Promise<void> {
  const app = fastify.withTypeProvider<TypeBoxTypeProvider>();
  const readiness = async (reply: { status(code: number): unknown }) => {
    const reachable = await databaseReachable(deps);
    const time = deps.clock.now().toISOString();
    if (reachable) return { status: 'ok' as const, database: 'ok' as const, time };
    reply.status(503);
    return { status: 'unavailable' as const, database: 'unreachable' as const, time };
  };
  app.get('/api/v1/health', {
    config: { policy: publicAccess },
    schema: { tags: ['system'], summary: 'Readiness: the process and its database answer (503 when the database does not)', response: { 200: HealthResponse, 503: HealthResponse } },
    handler: async (_request, reply) => readiness(reply),
  });
  app.get('/api/v1/health/ready', {
    config: { policy: publicAccess, operationId: 'system.ready' },
    schema: { tags: ['system'], summary: 'Readiness: 200 when requests can be served, 503 while the database does not answer', response: { 200: HealthResponse, 503: HealthResponse } },
    handler: async (_request, reply) => readiness(reply),
  });
  app.get('/api/v1/health/live', {
    config: { policy: publicAccess, operationId: 'system.live' },
    schema: { tags: ['system'], summary: 'Liveness: the process answers (whatever its database does)', response: { 200: LiveResponse } },
    handler: async () => ({ status: 'ok' as const, time: deps.clock.now().toISOString() }),
  });
}
