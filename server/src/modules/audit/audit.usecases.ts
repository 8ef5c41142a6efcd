import type { Transaction } from 'kysely';
import type { DataChanges } from '../../db/data-changes.ts';
import type { Db } from '../../db/database.ts';
import type { Database } from '../../db/schema.ts';
import type { Clock } from '../../shared/clock.ts';
import type { Actor } from '../../shared/principal.ts';
import { chainHash, GENESIS_HASH, type AuditEventInput } from './audit.models.ts';
import { AnchorChecker, type AnchorCheck, type AuditAnchor } from './audit.anchors.ts';
import { appendAuditEvent, appendAuditEvents, countAuditEvents, listAuditEvents, readChain, type AuditFilter } from './audit.repository.ts';

export type Trx = Transaction<Database>;
export type RecordAudit = (event: AuditEventInput) => void;

/**
 * Runs a write and its audit events in one transaction: either both are
 * stored or neither. Every write use case goes through here.
 */
export async function auditedTransaction<T>(
  // Use cases pass their whole deps through; where they carry dataChanges (the app's do), the write is noted.
  deps: { db: Db; clock: Clock; actor: Actor; dataChanges?: DataChanges },
  work: (trx: Trx, audit: RecordAudit) => Promise<T>,
): Promise<T> {
  const result = await deps.db.transaction().execute(async (trx) => {
    const events: AuditEventInput[] = [];
    const outcome = await work(trx, (event) => events.push(event));
    const at = deps.clock.now();
    await appendAuditEvents(trx, deps.actor, events, at);
    return outcome;
  });
  // Committed: this process's kept sessions are out of date now, not when PostgreSQL's notice arrives.
  deps.dataChanges?.noteWrite();
  return result;
}

/** An event with no write of its own: a failed login, a denied request. */
export async function recordAuditEvent(
  deps: { db: Db; clock: Clock; actor: Actor },
  event: AuditEventInput,
): Promise<void> {
  await deps.db.transaction().execute((trx) => appendAuditEvent(trx, deps.actor, event, deps.clock.now()));
}

export function listEvents(deps: { db: Db }, filter: AuditFilter) {
  return listAuditEvents(deps.db, filter);
}

export interface ChainVerification {
  /** The chain is intact and matches every anchor given. */
  ok: boolean;
  checked: number;
  total: number;
  headHash: string;
  /** The first event that no longer matches the chain. */
  firstBroken?: {
    seq: string;
    id: string;
    action: string;
    occurredAt: string;
    /** altered: this row's content changed; predecessor_missing: the row before it was removed or rewritten. */
    problem: 'altered' | 'predecessor_missing';
    /** The last event that still verifies. */
    lastGoodSeq: string | null;
  };
  /** The chain against the anchors written outside the database (audit.anchors.ts), when they were given. */
  anchors?: AnchorCheck;
}

/**
 * Recomputes every hash in order. An altered row no longer matches its own
 * hash; a removed row leaves its successor pointing at a hash that is gone.
 * With anchors, each anchored event must still be there with its hash and all
 * the events before it: removing the newest events leaves an intact but
 * shorter chain that only an anchor can tell.
 */
export async function verifyAuditChain(
  deps: { db: Db },
  onProgress?: (checked: number, total: number) => void,
  options: { anchors?: AuditAnchor[] } = {},
): Promise<ChainVerification> {
  const total = await countAuditEvents(deps.db);
  const anchorChecker = options.anchors ? new AnchorChecker(options.anchors) : undefined;
  let expectedPrev = GENESIS_HASH;
  let checked = 0;
  let lastGoodSeq: string | null = null;
  let firstBroken: ChainVerification['firstBroken'];
  for await (const rows of readChain(deps.db)) {
    for (const row of rows) {
      anchorChecker?.see(row.seq, row.hash);
      if (firstBroken) continue;
      const recomputed = chainHash({
        id: row.id,
        occurredAt: row.occurred_at,
        actorUserId: row.actor_user_id,
        actorUsername: row.actor_username,
        actorMemberCode: row.actor_member_code,
        action: row.action,
        outcome: row.outcome,
        objectType: row.object_type,
        objectId: row.object_id,
        summary: row.summary,
        ip: row.ip,
        prevHash: row.prev_hash,
      });
      const broken =
        row.prev_hash !== expectedPrev ? 'predecessor_missing' : recomputed !== row.hash ? 'altered' : undefined;
      if (broken) {
        firstBroken = { seq: row.seq, id: row.id, action: row.action, occurredAt: row.occurred_at.toISOString(), problem: broken, lastGoodSeq };
        continue;
      }
      expectedPrev = row.hash;
      lastGoodSeq = row.seq;
      checked += 1;
    }
    onProgress?.(checked, total);
    // Without anchors nothing after the first break matters.
    if (firstBroken && !anchorChecker) break;
  }
  const anchors = anchorChecker?.finish();
  return { ok: !firstBroken && !anchors?.problem, checked, total, headHash: expectedPrev, ...(firstBroken ? { firstBroken } : {}), ...(anchors ? { anchors } : {}) };
}
