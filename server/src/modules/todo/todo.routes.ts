import type { FastifyInstance } from 'fastify';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import type { AppDeps } from '../../app-deps.ts';
import type { UserPrincipal } from '../../shared/principal.ts';
import { todoPolicies } from './todo.policies.ts';
import { DonePage, DoneQuery, TodoPage, TodoQuery } from './todo.schemas.ts';
import * as usecases from './todo.usecases.ts';

const tags = ['todo'];

export async function todoRoutes(fastify: FastifyInstance, deps: AppDeps): Promise<void> {
  const app = fastify.withTypeProvider<TypeBoxTypeProvider>();

  app.get('/api/v1/todo', {
    // The menu badge asks often: kept per user until any data changes (decision 0010).
    config: { policy: todoPolicies.own },
    schema: {
      tags,
      summary:
        'Your to-do queue (待办): reports due or returned for your shares, reports to review, minutes to approve or finalise, matters past their deadline, open flags — most urgent first, each linking to the exact item, with counts per kind (the menu badge); ?kind= pages through one kind',
      querystring: TodoQuery,
      response: { 200: TodoPage },
    },
    handler: async (request) => usecases.todoQueue(deps, request.principal, request.query),
  });

  app.get('/api/v1/todo/done', {
    config: { policy: todoPolicies.own },
    schema: { tags, summary: 'What you acted on (已办), newest first, from the audit trail; cursor-paged', querystring: DoneQuery, response: { 200: DonePage } },
    handler: async (request) => usecases.doneList(deps, (request.principal as UserPrincipal).userId, request.query),
  });
}
