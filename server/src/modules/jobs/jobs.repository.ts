import { sql } from 'kysely';
import type { Db } from '../../db/database.ts';
import type { Trx } from '../audit/audit.usecases.ts';

type Executor = Db | Trx;

export interface NewJob {
  kind: string;
  payload?: Record<string, unknown>;
  runAt: Date;
  /** Enqueueing the same key again does nothing (even after the job has run). */
  dedupKey?: string;
  maxAttempts?: number;
}

/** Inserts a job unless one with the same dedup key exists; returns the new id, or undefined when it was a duplicate. */
export async function insertJob(db: Executor, job: NewJob, now: Date): Promise<string | undefined> {
  const row = await db
    .insertInto('jobs')
    .values({
      kind: job.kind,
      payload: JSON.stringify(job.payload ?? {}),
      dedup_key: job.dedupKey ?? null,
      run_at: job.runAt,
      created_at: now,
      ...(job.maxAttempts ? { max_attempts: job.maxAttempts } : {}),
    })
    .onConflict((oc) => oc.column('dedup_key').doNothing())
    .returning('id')
    .executeTakeFirst();
  return row?.id;
}

export interface ClaimedRow {
  id: string;
  kind: string;
  payload: Record<string, unknown>;
  attempts: number;
  max_attempts: number;
}

/**
 * Takes the oldest due job of the given kinds: a pending one, or a running one
 * whose worker let its lease expire. SKIP LOCKED lets several workers claim at
 * the same time without waiting on each other or taking the same row.
 */
export async function claimNext(db: Db, kinds: string[], workerId: string, now: Date, leaseUntil: (kind: string) => Date): Promise<ClaimedRow | undefined> {
  return db.transaction().execute(async (trx) => {
    const due = await trx
      .selectFrom('jobs')
      .select(['id', 'kind'])
      .where('kind', 'in', kinds)
      .where('run_at', '<=', now)
      .where(sql<boolean>`attempts < max_attempts`)
      .where((eb) => eb.or([eb('status', '=', 'pending'), eb.and([eb('status', '=', 'running'), eb('locked_until', '<', now)])]))
      .orderBy('run_at')
      .orderBy('id')
      .limit(1)
      .forUpdate()
      .skipLocked()
      .executeTakeFirst();
    if (!due) return undefined;
    return trx
      .updateTable('jobs')
      .set({ status: 'running', attempts: sql<number>`attempts + 1`, locked_by: workerId, locked_until: leaseUntil(due.kind) })
      .where('id', '=', due.id)
      .returning(['id', 'kind', 'payload', 'attempts', 'max_attempts'])
      .executeTakeFirstOrThrow();
  });
}

/** A worker that died with its last attempt: nobody will run the job again, so it fails visibly. */
export async function failAbandoned(db: Db, now: Date): Promise<number> {
  const result = await db
    .updateTable('jobs')
    .set({ status: 'failed', finished_at: now, locked_by: null, locked_until: null, last_error: sql<string>`coalesce(last_error || ' / ', '') || 'lease expired on the last attempt'` })
    .where('status', '=', 'running')
    .where('locked_until', '<', now)
    .where(sql<boolean>`attempts >= max_attempts`)
    .executeTakeFirst();
  return Number(result.numUpdatedRows);
}

/** Only the worker that holds the lease may finish the job. */
export async function markDone(db: Db, id: string, workerId: string, now: Date): Promise<boolean> {
  const result = await db
    .updateTable('jobs')
    .set({ status: 'done', finished_at: now, locked_by: null, locked_until: null })
    .where('id', '=', id)
    .where('locked_by', '=', workerId)
    .where('status', '=', 'running')
    .executeTakeFirst();
  return Number(result.numUpdatedRows) > 0;
}

export async function markRetry(db: Db, id: string, workerId: string, runAt: Date, error: string): Promise<void> {
  await db
    .updateTable('jobs')
    .set({ status: 'pending', run_at: runAt, last_error: error, locked_by: null, locked_until: null })
    .where('id', '=', id)
    .where('locked_by', '=', workerId)
    .where('status', '=', 'running')
    .execute();
}

export async function markFailed(db: Db, id: string, workerId: string, now: Date, error: string): Promise<void> {
  await db
    .updateTable('jobs')
    .set({ status: 'failed', finished_at: now, last_error: error, locked_by: null, locked_until: null })
    .where('id', '=', id)
    .where('locked_by', '=', workerId)
    .where('status', '=', 'running')
    .execute();
}

/** Finished jobs are kept a while for inspection; their dedup keys belong to past slots. */
export async function purgeFinished(db: Db, before: Date): Promise<number> {
  const result = await db.deleteFrom('jobs').where('status', 'in', ['done', 'failed']).where('finished_at', '<', before).executeTakeFirst();
  return Number(result.numDeletedRows);
}

export function findJob(db: Executor, id: string) {
  return db.selectFrom('jobs').selectAll().where('id', '=', id).executeTakeFirst();
}

export function findJobByDedupKey(db: Executor, dedupKey: string) {
  return db.selectFrom('jobs').selectAll().where('dedup_key', '=', dedupKey).executeTakeFirst();
}

/** Merges fields into a job's payload (dropping `drop` keys first): progress a handler keeps where any instance reads it. */
export async function mergePayload(db: Executor, dedupKey: string, patch: Record<string, unknown>, drop: string[] = []): Promise<void> {
  const kept = drop.reduce((payload, key) => sql`(${payload}) - ${key}::text`, sql`payload`);
  await db.updateTable('jobs').set({ payload: sql`${kept} || ${JSON.stringify(patch)}::jsonb` }).where('dedup_key', '=', dedupKey).execute();
}

export function listJobs(db: Executor, filter: { status?: 'pending' | 'running' | 'done' | 'failed'; kind?: string; beforeId?: string; limit: number }) {
  let query = db.selectFrom('jobs').selectAll().orderBy('id', 'desc').limit(filter.limit);
  if (filter.status) query = query.where('status', '=', filter.status);
  if (filter.kind) query = query.where('kind', '=', filter.kind);
  if (filter.beforeId) query = query.where(sql<boolean>`id < ${filter.beforeId}::bigint`);
  return query.execute();
}

/** A failed job goes back to the queue with a fresh set of attempts. */
export async function requeueFailed(trx: Trx, id: string, now: Date): Promise<boolean> {
  const result = await trx
    .updateTable('jobs')
    .set({ status: 'pending', run_at: now, attempts: 0, finished_at: null, locked_by: null, locked_until: null })
    .where('id', '=', id)
    .where('status', '=', 'failed')
    .executeTakeFirst();
  return Number(result.numUpdatedRows) > 0;
}
