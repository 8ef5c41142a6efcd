import type { FastifyInstance } from 'fastify';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { sql } from 'kysely';
import type { AppDeps } from '../../app-deps.ts';
import { publicAccess } from '../../plugins/policy.ts';

const HealthResponse = Type.Object({ status: Type.String(), database: Type.String(), time: Type.String() });

export async function systemRoutes(fastify: FastifyInstance, deps: AppDeps): Promise<void> {
  const app = fastify.withTypeProvider<TypeBoxTypeProvider>();
  app.get('/api/v1/health', {
    config: { policy: publicAccess },
    schema: { tags: ['system'], summary: 'Liveness and database reachability', response: { 200: HealthResponse } },
    handler: async () => {
      await sql`SELECT 1`.execute(deps.db);
      return { status: 'ok', database: 'ok', time: deps.clock.now().toISOString() };
    },
  });
}
