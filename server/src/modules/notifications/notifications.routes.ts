import type { FastifyInstance } from 'fastify';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import { callerDeps, type AppDeps } from '../../app-deps.ts';
import type { Principal, UserPrincipal } from '../../shared/principal.ts';
import { OkResponse } from '../../shared/schemas.ts';
import { notificationsPolicies } from './notifications.policies.ts';
import {
  CreatedWebhook,
  CreateWebhookBody,
  DeliveryPage,
  DeliveryQuery,
  IdParams,
  InboxPage,
  InboxQuery,
  PreferencesBody,
  PreferencesSchema,
  ReadAllResponse,
  UnreadCount,
  UpdateWebhookBody,
  WebhookList,
  WebhookSchema,
} from './notifications.schemas.ts';
import * as usecases from './notifications.usecases.ts';
import * as webhooks from './webhooks.usecases.ts';
import * as preferences from './preferences.usecases.ts';
import { NOTICE_KINDS, NOTICE_KIND_NAMES } from './notifications.kinds.ts';
import type { Locale } from '../../i18n/messages.ts';

type EndpointRow = Awaited<ReturnType<typeof webhooks.listEndpoints>>[number];

/** Never includes the secret. */
function presentEndpoint(row: EndpointRow) {
  return { id: row.id, name: row.name, url: row.url, events: row.events, active: row.active, version: row.version, createdAt: row.created_at.toISOString() };
}

function presentPreferences(p: Awaited<ReturnType<typeof preferences.getPreferences>>, locale: Locale, emailConfigured: boolean) {
  const muted = new Set<string>(p.emailMuted);
  return {
    ...p,
    emailConfigured,
    kinds: NOTICE_KIND_NAMES.map((kind) => ({ kind, name: locale === 'en' ? NOTICE_KINDS[kind].en : NOTICE_KINDS[kind].zh, email: !muted.has(kind) })),
  };
}

export async function notificationsRoutes(fastify: FastifyInstance, deps: AppDeps): Promise<void> {
  const app = fastify.withTypeProvider<TypeBoxTypeProvider>();
  const userId = (request: { principal: Principal }) => (request.principal as UserPrincipal).userId;

  app.get('/api/v1/inbox', {
    config: { policy: notificationsPolicies.inbox },
    schema: { tags: ['notifications'], summary: 'Your notifications, unread first, newest first, in your language', querystring: InboxQuery, response: { 200: InboxPage } },
    handler: async (request) => {
      const page = await usecases.inbox(deps, userId(request), request.query);
      return { items: page.items.map((row) => usecases.presentNotification(row, request.locale)), nextCursor: page.nextCursor, unreadCount: page.unreadCount };
    },
  });

  app.post('/api/v1/inbox/:id/read', {
    config: { policy: notificationsPolicies.inbox },
    schema: { tags: ['notifications'], summary: 'Mark one of your notifications read', params: IdParams, response: { 200: UnreadCount } },
    handler: async (request) => ({ unreadCount: await usecases.markRead(callerDeps(deps, request), userId(request), request.params.id) }),
  });

  app.post('/api/v1/inbox/read-all', {
    config: { policy: notificationsPolicies.inbox },
    schema: { tags: ['notifications'], summary: 'Mark all your notifications read', response: { 200: ReadAllResponse } },
    handler: async (request) => ({ updated: await usecases.markAllRead(callerDeps(deps, request), userId(request)), unreadCount: 0 }),
  });

  app.get('/api/v1/notifications/preferences', {
    config: { policy: notificationsPolicies.inbox },
    schema: { tags: ['notifications'], summary: 'Your e-mail choices: which notice kinds go by e-mail, and whether as one daily digest', response: { 200: PreferencesSchema } },
    handler: async (request) => presentPreferences(await preferences.getPreferences(deps, userId(request)), request.locale, Boolean(deps.config.smtpUrl)),
  });

  app.put('/api/v1/notifications/preferences', {
    config: { policy: notificationsPolicies.inbox },
    schema: {
      tags: ['notifications'],
      summary: 'Change your e-mail choices (needs the version read, 0 before the first save); the inbox always gets every notice',
      body: PreferencesBody,
      response: { 200: PreferencesSchema },
    },
    handler: async (request) =>
      presentPreferences(await preferences.updatePreferences(callerDeps(deps, request), userId(request), request.body), request.locale, Boolean(deps.config.smtpUrl)),
  });

  const tags = ['webhooks'];

  app.get('/api/v1/webhooks', {
    config: { policy: notificationsPolicies.webhooks },
    schema: { tags, summary: 'Webhook endpoints (secrets are never shown again) and the events they may subscribe to', response: { 200: WebhookList } },
    handler: async () => ({ items: (await webhooks.listEndpoints(deps)).map(presentEndpoint), events: [...webhooks.WEBHOOK_EVENTS] }),
  });

  app.post('/api/v1/webhooks', {
    config: { policy: notificationsPolicies.webhooks },
    schema: { tags, summary: 'Add an endpoint; its signing secret is generated and shown in this answer only', body: CreateWebhookBody, response: { 201: CreatedWebhook } },
    handler: async (request, reply) => reply.status(201).send(await webhooks.createEndpoint(callerDeps(deps, request), request.body)),
  });

  app.patch('/api/v1/webhooks/:id', {
    config: { policy: notificationsPolicies.webhooks },
    schema: { tags, summary: 'Change an endpoint (needs the current version)', params: IdParams, body: UpdateWebhookBody, response: { 200: WebhookSchema } },
    handler: async (request) => {
      await webhooks.updateEndpoint(callerDeps(deps, request), request.params.id, request.body);
      return presentEndpoint(await webhooks.getEndpoint(deps, request.params.id));
    },
  });

  app.delete('/api/v1/webhooks/:id', {
    config: { policy: notificationsPolicies.webhooks },
    schema: { tags, summary: 'Remove an endpoint and its delivery log', params: IdParams, response: { 200: OkResponse } },
    handler: async (request) => {
      await webhooks.deleteEndpoint(callerDeps(deps, request), request.params.id);
      return { ok: true };
    },
  });

  app.get('/api/v1/webhooks/:id/deliveries', {
    config: { policy: notificationsPolicies.webhooks },
    schema: { tags, summary: "An endpoint's deliveries, newest first, with status and last error", params: IdParams, querystring: DeliveryQuery, response: { 200: DeliveryPage } },
    handler: async (request) => {
      const page = await webhooks.listDeliveries(deps, request.params.id, request.query);
      return {
        nextCursor: page.nextCursor,
        items: page.items.map((d) => ({
          id: d.id,
          event: d.event,
          status: d.status,
          attempts: d.attempts,
          lastStatusCode: d.last_status_code,
          lastError: d.last_error,
          createdAt: d.created_at.toISOString(),
          deliveredAt: d.delivered_at?.toISOString() ?? null,
        })),
      };
    },
  });
}
