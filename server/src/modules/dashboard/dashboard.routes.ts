import type { FastifyInstance } from 'fastify';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import type { AppDeps } from '../../app-deps.ts';
import { dashboardPolicies } from './dashboard.policies.ts';
import { SummaryQuery, SummarySchema } from './dashboard.schemas.ts';
import * as usecases from './dashboard.usecases.ts';

const tags = ['dashboard'];

export async function dashboardRoutes(fastify: FastifyInstance, deps: AppDeps): Promise<void> {
  const app = fastify.withTypeProvider<TypeBoxTypeProvider>();

  app.get('/api/v1/dashboard/summary', {
    config: { policy: dashboardPolicies.read },
    schema: {
      tags,
      summary: "The year's headline figures (tasks, reports, matters, decisions), progress by focus area and by member; each figure with the list that shows its records and the rule it counts by",
      querystring: SummaryQuery,
      response: { 200: SummarySchema },
    },
    handler: async (request) => usecases.summary(deps, request.query.year),
  });
}
