import type { AppDeps } from '../../app-deps.ts';
import { DAY } from '../../shared/clock.ts';
import { decodeCursor, pageOf } from '../../shared/pagination.ts';
import type { Actor } from '../../shared/principal.ts';
import { purgeExpired } from '../auth/auth.usecases.ts';
import { auditedTransaction, type Trx } from '../audit/audit.usecases.ts';
import type { Db } from '../../db/database.ts';
import { foldDataGeneration } from '../../db/data-changes.ts';
import { jobsErrors } from './jobs.errors.ts';
import type { JobHandler } from './jobs.models.ts';
import * as repo from './jobs.repository.ts';

type Deps = Pick<AppDeps, 'db' | 'clock'>;
type WriteDeps = Deps & { actor: Actor };

/**
 * Puts a job on the queue, inside the caller's transaction when given one (so
 * the job exists exactly when the write that needs it commits). Idempotent by
 * dedup key. Returns the new job's id, or undefined for a duplicate.
 */
/**
 * A job found by its dedup key, and its payload merged in place: how a long
 * handler (a background import) keeps state and progress that any instance's
 * status route reads. `drop` removes keys first (e.g. the stored file once final).
 */
export const findJobByDedupKey = (db: Db, dedupKey: string) => repo.findJobByDedupKey(db, dedupKey);
export const mergeJobPayload = (db: Db, dedupKey: string, patch: Record<string, unknown>, drop: string[] = []) => repo.mergePayload(db, dedupKey, patch, drop);

export function enqueue(db: Db | Trx, job: repo.NewJob, now: Date): Promise<string | undefined> {
  return repo.insertJob(db, job, now);
}

/** How long finished jobs stay visible (GET /api/v1/jobs) before housekeeping removes them. */
export const KEEP_FINISHED_JOBS_DAYS = 14;

/** Expired sessions and login throttles, old finished jobs, and the data generation's per-connection rows. */
export const housekeepingHandler: JobHandler = {
  kind: 'housekeeping',
  async run(deps) {
    await purgeExpired(deps);
    await foldDataGeneration(deps.db);
    await repo.purgeFinished(deps.db, new Date(deps.clock.now().getTime() - KEEP_FINISHED_JOBS_DAYS * DAY));
  },
};

export async function listJobs(deps: Deps, query: { status?: 'pending' | 'running' | 'done' | 'failed'; kind?: string; cursor?: string; limit?: number }) {
  const limit = query.limit ?? 50;
  const [beforeId] = (decodeCursor(query.cursor, ['bigint']) as [string] | undefined) ?? [];
  const rows = await repo.listJobs(deps.db, { status: query.status, kind: query.kind, beforeId, limit: limit + 1 });
  return pageOf(rows, limit, (row) => [row.id]);
}

/** An administrator sends a failed job round again (e.g. after fixing the SMTP settings). */
export async function retryJob(deps: WriteDeps, id: string): Promise<void> {
  await auditedTransaction(deps, async (trx, audit) => {
    const job = await repo.findJob(trx, id);
    if (!job) throw jobsErrors.notFound();
    if (!(await repo.requeueFailed(trx, id, deps.clock.now()))) throw jobsErrors.notFailed(job.status);
    audit({ action: 'job.retry', objectType: 'job', objectId: id, summary: { kind: job.kind, attempts: job.attempts, lastError: job.last_error } });
  });
}
