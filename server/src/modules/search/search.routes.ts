import type { FastifyInstance } from 'fastify';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import type { AppDeps } from '../../app-deps.ts';
import { searchPolicies } from './search.policies.ts';
import { SearchQuery, SearchResult } from './search.schemas.ts';
import * as usecases from './search.usecases.ts';

const tags = ['search'];

export async function searchRoutes(fastify: FastifyInstance, deps: AppDeps): Promise<void> {
  const app = fastify.withTypeProvider<TypeBoxTypeProvider>();

  app.get('/api/v1/search', {
    config: { policy: searchPolicies.search, operationId: 'search.search' },
    schema: {
      tags,
      summary: 'Find tasks, plans, meetings, decisions, agreements, matters and documents by a part of their title (Chinese or English) or code; only kinds the caller may read',
      querystring: SearchQuery,
      response: { 200: SearchResult },
    },
    handler: async (request) => usecases.search(deps, request.principal, request.query),
  });
}
