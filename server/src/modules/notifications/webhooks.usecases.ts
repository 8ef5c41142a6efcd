import http from 'node:http';
import https from 'node:https';
import type { AppDeps } from '../../app-deps.ts';
import { AppError, commonErrors } from '../../shared/errors.ts';
import { decodeCursor, pageOf } from '../../shared/pagination.ts';
import { systemActor, type Actor } from '../../shared/principal.ts';
import { auditedTransaction, type Trx } from '../audit/audit.usecases.ts';
import { describeError, type JobHandler } from '../jobs/jobs.models.ts';
import { enqueue } from '../jobs/jobs.usecases.ts';
import { notificationsErrors } from './notifications.errors.ts';
import type { NoticeKind } from './notifications.kinds.ts';
import { checkWebhookUrl, guardedLookup, WebhookAllowList } from './webhooks.address.ts';
import { generateSecret, signPayload } from './webhooks.signature.ts';
import * as repo from './webhooks.repository.ts';

type Deps = Pick<AppDeps, 'db' | 'clock'>;
type WriteDeps = Deps & Pick<AppDeps, 'config'> & { actor: Actor };

/** Supervision flags (supervision.usecases.ts). */
export const FLAG_WEBHOOK_EVENTS = ['flag.raised', 'flag.escalated', 'flag.resolved'] as const;
/**
 * Hand-offs of daily work, named like their notices (handoffs.ts emits them).
 * Role grants are about one person's account and stay inside the platform.
 */
export const HANDOFF_WEBHOOK_EVENTS = [
  'reports.submitted', 'reports.returned', 'reports.accepted',
  'minutes.drafted', 'minutes.change_requested', 'minutes.ready', 'minutes.finalised',
  'decisions.tasks', 'agreements.tasks',
  'matters.raised', 'matters.escalated', 'matters.de_escalated', 'matters.withdrawn', 'matters.resolved',
] as const satisfies readonly NoticeKind[];
export type HandoffWebhookEvent = (typeof HANDOFF_WEBHOOK_EVENTS)[number];
export const isHandoffWebhookEvent = (kind: string): kind is HandoffWebhookEvent => (HANDOFF_WEBHOOK_EVENTS as readonly string[]).includes(kind);

/** Events a webhook may subscribe to; each is described for receivers in docs/WEBHOOKS.md and docs/webhooks/events.schema.json. */
export const WEBHOOK_EVENTS = [...FLAG_WEBHOOK_EVENTS, ...HANDOFF_WEBHOOK_EVENTS] as const;
export type WebhookEvent = (typeof WEBHOOK_EVENTS)[number];

export const WEBHOOK_JOB = 'webhook.deliver';
/** Attempts per delivery: 30 s, 1, 2, 4, 8, 16, 32 min, then 1 h apart (see retryDelayMs). */
export const WEBHOOK_MAX_ATTEMPTS = 8;
const TIMEOUT_MS = 10_000;

const allowListOf = (config: AppDeps['config']) => new WebhookAllowList(config.webhookAllowHosts);

function checkEvents(events: string[]): string[] {
  for (const event of events) if (!(WEBHOOK_EVENTS as readonly string[]).includes(event)) throw notificationsErrors.unknownEvent(event);
  return [...new Set(events)];
}

export function listEndpoints(deps: Deps) {
  return repo.listEndpoints(deps.db);
}

export async function getEndpoint(deps: Deps, id: string) {
  const endpoint = await repo.findEndpoint(deps.db, id);
  if (!endpoint) throw notificationsErrors.webhookNotFound();
  return endpoint;
}

/** The secret is generated here and returned once; later reads never show it. */
export async function createEndpoint(deps: WriteDeps, input: { name: string; url: string; events: string[]; active?: boolean }): Promise<{ id: string; secret: string }> {
  checkWebhookUrl(input.url, allowListOf(deps.config));
  const events = checkEvents(input.events);
  const secret = generateSecret();
  return auditedTransaction(deps, async (trx, audit) => {
    const id = await repo.insertEndpoint(trx, { name: input.name, url: input.url, secret, events, active: input.active ?? true, createdBy: deps.actor.userId }, deps.clock.now());
    audit({ action: 'webhook.create', objectType: 'webhook', objectId: id, summary: { name: input.name, url: input.url, events, active: input.active ?? true } });
    return { id, secret };
  });
}

export async function updateEndpoint(deps: WriteDeps, id: string, input: { version: number; name?: string; url?: string; events?: string[]; active?: boolean }) {
  if (input.url !== undefined) checkWebhookUrl(input.url, allowListOf(deps.config));
  const events = input.events ? checkEvents(input.events) : undefined;
  await auditedTransaction(deps, async (trx, audit) => {
    const endpoint = await repo.findEndpointForUpdate(trx, id);
    if (!endpoint) throw notificationsErrors.webhookNotFound();
    if (endpoint.version !== input.version) throw commonErrors.versionConflict(endpoint.version);
    const fields = { name: input.name, url: input.url, events, active: input.active };
    await repo.updateEndpoint(trx, id, fields);
    const changes: Record<string, { from: unknown; to: unknown }> = {};
    for (const [key, value] of Object.entries(fields)) {
      const before = endpoint[key as keyof typeof endpoint];
      if (value !== undefined && JSON.stringify(before) !== JSON.stringify(value)) changes[key] = { from: before, to: value };
    }
    audit({ action: 'webhook.update', objectType: 'webhook', objectId: id, summary: { changes } });
  });
}

export async function deleteEndpoint(deps: WriteDeps, id: string): Promise<void> {
  await auditedTransaction(deps, async (trx, audit) => {
    const endpoint = await repo.findEndpointForUpdate(trx, id);
    if (!endpoint) throw notificationsErrors.webhookNotFound();
    await repo.deleteEndpoint(trx, id);
    audit({ action: 'webhook.delete', objectType: 'webhook', objectId: id, summary: { name: endpoint.name, url: endpoint.url } });
  });
}

export async function listDeliveries(deps: Deps, endpointId: string, query: { cursor?: string; limit?: number }) {
  // A malformed request is refused before anything is looked up.
  const after = decodeCursor(query.cursor, ['timestamp', 'uuid']);
  if (!(await repo.findEndpoint(deps.db, endpointId))) throw notificationsErrors.webhookNotFound();
  const limit = query.limit ?? 50;
  const rows = await repo.listDeliveries(deps.db, endpointId, after, limit);
  return pageOf(rows, limit, (row) => [row.created_at.toISOString(), row.id]);
}

/**
 * Queues the event for every active endpoint subscribed to it, in the caller's
 * transaction. `eventKey` names this occurrence (e.g. the flag and the step):
 * the same occurrence is delivered once per endpoint.
 */
export async function emitWebhookEvent(trx: Trx, event: WebhookEvent, eventKey: string, data: Record<string, unknown>, now: Date): Promise<number> {
  let queued = 0;
  for (const endpoint of await repo.subscribersOf(trx, event)) {
    const deliveryId = await repo.insertDelivery(trx, { endpointId: endpoint.id, event, payload: data, dedupKey: `${endpoint.id}:${eventKey}` }, now);
    if (!deliveryId) continue;
    await enqueue(trx, { kind: WEBHOOK_JOB, payload: { deliveryId }, runAt: now, dedupKey: `webhook:${deliveryId}`, maxAttempts: WEBHOOK_MAX_ATTEMPTS }, now);
    queued += 1;
  }
  return queued;
}

/** The JSON body of a delivery: the same bytes on every attempt. */
export function deliveryBody(delivery: { id: string; event: string; created_at: Date; payload: Record<string, unknown> }): string {
  return JSON.stringify({ id: delivery.id, event: delivery.event, occurredAt: delivery.created_at.toISOString(), data: delivery.payload });
}

/**
 * POSTs the body and answers the status code. node:http rather than fetch: its
 * socket takes our lookup, so it connects only to the address that was checked
 * (webhooks.address.ts); no redirect is followed, no connection is pooled.
 */
function post(url: URL, headers: Record<string, string>, body: string, allow: WebhookAllowList): Promise<number> {
  return new Promise((resolve, reject) => {
    const client = url.protocol === 'https:' ? https : http;
    const request = client.request(url, {
      method: 'POST',
      agent: false,
      headers: { ...headers, 'content-length': String(Buffer.byteLength(body)) },
      lookup: guardedLookup(allow, url.hostname),
      signal: AbortSignal.timeout(TIMEOUT_MS),
    }, (response) => {
      resolve(response.statusCode ?? 0);
      response.on('error', () => undefined); // e.g. the timeout ending a slow body after we have the status
      response.resume(); // the answer's body is not read
    });
    request.on('error', reject);
    request.end(body);
  });
}

/** POSTs one delivery, signed. A non-2xx answer or a network error is retried with backoff by the queue. */
export const webhookHandler: JobHandler = {
  kind: WEBHOOK_JOB,
  leaseMs: 2 * 60_000,
  async run(deps, job) {
    const delivery = await repo.findDelivery(deps.db, String(job.payload.deliveryId ?? ''));
    if (!delivery || delivery.status === 'delivered' || delivery.status === 'skipped') return;
    if (!delivery.active) {
      await repo.recordAttempt(deps.db, delivery.id, { status: 'skipped', statusCode: null, error: 'endpoint inactive' });
      return;
    }
    const body = deliveryBody(delivery);
    const timestamp = String(Math.floor(deps.clock.now().getTime() / 1000));
    let statusCode: number | null = null;
    let error: string | null = null;
    try {
      // Checked again as written: the endpoint may predate the rules, or the allow-list may have shrunk.
      const allow = allowListOf(deps.config);
      const url = checkWebhookUrl(delivery.url, allow);
      statusCode = await post(url, {
        'content-type': 'application/json',
        'user-agent': 'YRD-Cooperation-Platform-Webhooks',
        'x-yrd-event': delivery.event,
        'x-yrd-delivery': delivery.id,
        'x-yrd-timestamp': timestamp,
        'x-yrd-signature': signPayload(delivery.secret, timestamp, body),
      }, body, allow);
      if (statusCode < 200 || statusCode >= 300) error = `HTTP ${statusCode}`;
    } catch (caught) {
      // With its causes (a refused address, ECONNREFUSED, a timeout), not an opaque "fetch failed".
      error = caught instanceof AppError ? `${caught.code}: ${Object.values(caught.params).join(', ')}` : describeError(caught);
    }
    const finalAttempt = job.attempt >= job.maxAttempts;
    if (!error || finalAttempt) {
      const delivered = !error;
      await auditedTransaction({ ...deps, actor: systemActor('webhooks') }, async (trx, audit) => {
        await repo.recordAttempt(trx, delivery.id, { status: delivered ? 'delivered' : 'failed', statusCode, error, deliveredAt: delivered ? deps.clock.now() : undefined });
        audit({
          action: delivered ? 'webhook.delivered' : 'webhook.delivery_failed',
          outcome: delivered ? 'success' : 'failure',
          objectType: 'webhook',
          objectId: delivery.endpoint_id,
          summary: { deliveryId: delivery.id, event: delivery.event, attempts: job.attempt, statusCode, error },
        });
      });
    } else {
      await repo.recordAttempt(deps.db, delivery.id, { status: 'pending', statusCode, error });
    }
    if (error) throw new Error(`webhook ${delivery.name}: ${error}`);
  },
};
