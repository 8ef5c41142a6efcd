import { sql } from 'kysely';
import type { Db } from '../../db/database.ts';
import type { Trx } from '../audit/audit.usecases.ts';

type Executor = Db | Trx;

export function listEndpoints(db: Executor) {
  return db.selectFrom('webhook_endpoints').selectAll().orderBy('created_at').orderBy('id').execute();
}

export function findEndpoint(db: Executor, id: string) {
  return db.selectFrom('webhook_endpoints').selectAll().where('id', '=', id).executeTakeFirst();
}

export function findEndpointForUpdate(trx: Trx, id: string) {
  return trx.selectFrom('webhook_endpoints').selectAll().where('id', '=', id).forUpdate().executeTakeFirst();
}

export async function insertEndpoint(
  trx: Trx,
  endpoint: { name: string; url: string; secret: string; events: string[]; active: boolean; createdBy: string | null },
  now: Date,
): Promise<string> {
  const row = await trx
    .insertInto('webhook_endpoints')
    .values({ name: endpoint.name, url: endpoint.url, secret: endpoint.secret, events: endpoint.events, active: endpoint.active, created_by: endpoint.createdBy, created_at: now })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

export async function updateEndpoint(trx: Trx, id: string, fields: { name?: string; url?: string; events?: string[]; active?: boolean }): Promise<void> {
  await trx.updateTable('webhook_endpoints').set({ ...fields, version: sql<number>`version + 1` }).where('id', '=', id).execute();
}

export async function deleteEndpoint(trx: Trx, id: string): Promise<void> {
  await trx.deleteFrom('webhook_endpoints').where('id', '=', id).execute();
}

/** Active endpoints that subscribed to the event. */
export function subscribersOf(db: Executor, event: string) {
  return db.selectFrom('webhook_endpoints').select(['id']).where('active', '=', true).where(sql<boolean>`${event} = ANY(events)`).orderBy('id').execute();
}

export async function insertDelivery(db: Executor, delivery: { endpointId: string; event: string; payload: Record<string, unknown>; dedupKey: string }, now: Date): Promise<string | undefined> {
  const row = await db
    .insertInto('webhook_deliveries')
    .values({ endpoint_id: delivery.endpointId, event: delivery.event, payload: JSON.stringify(delivery.payload), dedup_key: delivery.dedupKey, created_at: now })
    .onConflict((oc) => oc.column('dedup_key').doNothing())
    .returning('id')
    .executeTakeFirst();
  return row?.id;
}

export function findDelivery(db: Executor, id: string) {
  return db
    .selectFrom('webhook_deliveries')
    .innerJoin('webhook_endpoints', 'webhook_endpoints.id', 'webhook_deliveries.endpoint_id')
    .selectAll('webhook_deliveries')
    .select(['webhook_endpoints.url', 'webhook_endpoints.secret', 'webhook_endpoints.active', 'webhook_endpoints.name'])
    .where('webhook_deliveries.id', '=', id)
    .executeTakeFirst();
}

export async function recordAttempt(
  db: Executor,
  id: string,
  result: { status: 'pending' | 'delivered' | 'failed' | 'skipped'; statusCode: number | null; error: string | null; deliveredAt?: Date },
): Promise<void> {
  await db
    .updateTable('webhook_deliveries')
    .set({ status: result.status, attempts: sql<number>`attempts + 1`, last_status_code: result.statusCode, last_error: result.error, delivered_at: result.deliveredAt ?? null })
    .where('id', '=', id)
    .execute();
}

export function listDeliveries(db: Executor, endpointId: string, after: [string, string] | undefined, limit: number) {
  let query = db
    .selectFrom('webhook_deliveries')
    .select(['id', 'event', 'status', 'attempts', 'last_status_code', 'last_error', 'created_at', 'delivered_at'])
    .where('endpoint_id', '=', endpointId)
    .orderBy('created_at', 'desc')
    .orderBy('id', 'desc')
    .limit(limit + 1);
  if (after) query = query.where(sql<boolean>`(created_at, id) < (${after[0]}::timestamptz, ${after[1]}::uuid)`);
  return query.execute();
}
