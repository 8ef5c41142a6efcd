import type { FastifyInstance } from 'fastify';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import type { AppDeps } from '../../app-deps.ts';
import { publicAccess, signedIn } from '../../plugins/policy.ts';
import { actorOf } from '../../shared/principal.ts';
import * as usecases from './calendar.usecases.ts';

const tags = ['calendar'];
const ICS = 'text/calendar; charset=utf-8';

/**
 * iCalendar feeds. The published feed is public; a personal feed is reached by
 * its secret token (calendar clients cannot sign in), issued to a signed-in user.
 */
export async function calendarRoutes(fastify: FastifyInstance, deps: AppDeps): Promise<void> {
  const app = fastify.withTypeProvider<TypeBoxTypeProvider>();

  app.get('/api/v1/calendar/published.ics', {
    config: { policy: publicAccess },
    schema: { tags, summary: 'iCalendar feed of published meetings (region time zone)', produces: ['text/calendar'] },
    handler: async (_request, reply) => reply.header('content-type', ICS).send(await usecases.publishedFeed(deps)),
  });

  app.get('/api/v1/calendar/feeds/:token', {
    config: { policy: publicAccess },
    schema: { tags, summary: "A user's iCalendar feed; the secret token in the address is the credential", params: Type.Object({ token: Type.String({ minLength: 20, maxLength: 100 }) }), produces: ['text/calendar'] },
    handler: async (request, reply) => reply.header('content-type', ICS).header('cache-control', 'no-store').send(await usecases.userFeed(deps, request.params.token)),
  });

  app.post('/api/v1/calendar/token', {
    config: { policy: signedIn() },
    schema: { tags, summary: 'Issue a new secret address for my calendar feed (the old one stops working)', response: { 200: Type.Object({ token: Type.String(), path: Type.String() }) } },
    handler: async (request) => {
      const principal = request.principal;
      if (principal.kind !== 'user') throw new Error('unreachable: signed-in policy');
      const token = await usecases.rotateToken({ ...deps, actor: actorOf(principal, request.ip) }, principal.userId);
      return { token, path: `/api/v1/calendar/feeds/${token}` };
    },
  });
}
