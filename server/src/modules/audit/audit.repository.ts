import { randomUUID } from 'node:crypto';
import { sql, type Transaction } from 'kysely';
import type { Db } from '../../db/database.ts';
import type { Database } from '../../db/schema.ts';
import type { Actor } from '../../shared/principal.ts';
import { chainHash, GENESIS_HASH, redactSummary, type AuditEventInput, type ChainedFields } from './audit.models.ts';

/** One lock for the whole chain: each event must see the previous one's hash. */
const CHAIN_LOCK_KEY = 7_240_001;

export async function appendAuditEvent(
  trx: Transaction<Database>,
  actor: Actor,
  event: AuditEventInput,
  occurredAt: Date,
): Promise<{ seq: string; hash: string }> {
  await sql`SELECT pg_advisory_xact_lock(${CHAIN_LOCK_KEY})`.execute(trx);
  const last = await trx
    .selectFrom('audit_events')
    .select('hash')
    .orderBy('seq', 'desc')
    .limit(1)
    .executeTakeFirst();
  const row = chainedRow(actor, event, new Date(Math.floor(occurredAt.getTime())), last?.hash ?? GENESIS_HASH);
  const inserted = await trx.insertInto('audit_events').values(row).returning('seq').executeTakeFirstOrThrow();
  return { seq: inserted.seq, hash: row.hash };
}

/** One event as its audit_events row, hashed onto the chain after `prevHash`. */
function chainedRow(actor: Actor, event: AuditEventInput, at: Date, prevHash: string) {
  const fields: ChainedFields = {
    id: randomUUID(),
    occurredAt: at,
    actorUserId: actor.userId,
    actorUsername: actor.username,
    actorMemberCode: actor.memberCode,
    action: event.action,
    outcome: event.outcome ?? 'success',
    objectType: event.objectType ?? null,
    objectId: event.objectId ?? null,
    summary: redactSummary(event.summary ?? {}),
    ip: actor.ip,
    prevHash,
  };
  return {
    id: fields.id, occurred_at: fields.occurredAt, actor_user_id: fields.actorUserId, actor_username: fields.actorUsername, actor_member_code: fields.actorMemberCode,
    action: fields.action, outcome: fields.outcome, object_type: fields.objectType, object_id: fields.objectId, summary: JSON.stringify(fields.summary), ip: fields.ip,
    prev_hash: fields.prevHash, hash: chainHash(fields),
  };
}

/** Rows per INSERT when events are appended in bulk (13 columns: well under PostgreSQL's 65,535 parameters). */
const BULK_ROWS = 1000;

/**
 * Appends events in order under one lock, reading the chain's head once and
 * writing multi-row INSERTs: the same chain as appending them one by one (an
 * import's 100,000 task.create events would otherwise cost 300,000 round trips).
 */
export async function appendAuditEvents(trx: Transaction<Database>, actor: Actor, events: readonly AuditEventInput[], occurredAt: Date): Promise<void> {
  if (events.length === 0) return;
  if (events.length === 1) {
    await appendAuditEvent(trx, actor, events[0]!, occurredAt);
    return;
  }
  await sql`SELECT pg_advisory_xact_lock(${CHAIN_LOCK_KEY})`.execute(trx);
  const last = await trx.selectFrom('audit_events').select('hash').orderBy('seq', 'desc').limit(1).executeTakeFirst();
  let prevHash = last?.hash ?? GENESIS_HASH;
  const at = new Date(Math.floor(occurredAt.getTime()));
  for (let start = 0; start < events.length; start += BULK_ROWS) {
    const rows = events.slice(start, start + BULK_ROWS).map((event) => {
      const row = chainedRow(actor, event, at, prevHash);
      prevHash = row.hash;
      return row;
    });
    // seq follows the order of the VALUES list, which is the chain's order.
    await trx.insertInto('audit_events').values(rows).execute();
  }
}

export interface AuditFilter {
  actorUserId?: string;
  action?: string;
  objectType?: string;
  objectId?: string;
  outcome?: string;
  memberCode?: string;
  from?: Date;
  to?: Date;
  beforeSeq?: string;
  limit: number;
}

export async function listAuditEvents(db: Db, filter: AuditFilter) {
  let query = db.selectFrom('audit_events').selectAll().orderBy('seq', 'desc').limit(filter.limit);
  if (filter.actorUserId) query = query.where('actor_user_id', '=', filter.actorUserId);
  if (filter.action) query = query.where('action', 'like', `${filter.action.replace(/[%_\\]/g, '\\$&')}%`);
  if (filter.objectType) query = query.where('object_type', '=', filter.objectType);
  if (filter.objectId) query = query.where('object_id', '=', filter.objectId);
  if (filter.outcome) query = query.where('outcome', '=', filter.outcome as 'success');
  if (filter.memberCode) query = query.where('actor_member_code', '=', filter.memberCode);
  if (filter.from) query = query.where('occurred_at', '>=', filter.from);
  if (filter.to) query = query.where('occurred_at', '<', filter.to);
  if (filter.beforeSeq) query = query.where('seq', '<', filter.beforeSeq);
  return query.execute();
}

/** Reads the whole chain in order, a batch at a time (the chain can be long). */
export async function* readChain(db: Db, batchSize = 2000) {
  let afterSeq = '0';
  while (true) {
    const rows = await db
      .selectFrom('audit_events')
      .selectAll()
      .where(sql<boolean>`seq > ${afterSeq}::bigint`)
      .orderBy('seq', 'asc')
      .limit(batchSize)
      .execute();
    if (rows.length === 0) return;
    yield rows;
    afterSeq = rows[rows.length - 1]!.seq;
  }
}

export async function countAuditEvents(db: Db): Promise<number> {
  const row = await db
    .selectFrom('audit_events')
    .select((eb) => eb.fn.countAll<string>().as('n'))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

/** The newest event, its hash and how many events there are, read in one snapshot (for anchors). */
export async function readChainHead(db: Db): Promise<{ seq: string; hash: string; events: number } | undefined> {
  const row = await db
    .selectFrom('audit_events')
    .select(['seq', 'hash', sql<string>`(SELECT count(*) FROM audit_events)`.as('events')])
    .orderBy('seq', 'desc')
    .limit(1)
    .executeTakeFirst();
  return row ? { seq: row.seq, hash: row.hash, events: Number(row.events) } : undefined;
}

export async function hashOfEvent(db: Db, seq: string): Promise<string | undefined> {
  const row = await db.selectFrom('audit_events').select('hash').where(sql<boolean>`seq = ${seq}::bigint`).executeTakeFirst();
  return row?.hash;
}

export async function countEventsUpTo(db: Db, seq: string): Promise<number> {
  const row = await db
    .selectFrom('audit_events')
    .select((eb) => eb.fn.countAll<string>().as('n'))
    .where(sql<boolean>`seq <= ${seq}::bigint`)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}
