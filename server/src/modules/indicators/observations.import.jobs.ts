/**
 * Large observation imports run as jobs of the PostgreSQL queue, as task
 * imports do (excel.jobs.ts): the route answers 202 with an import id, any
 * instance's worker parses the file, checks every row and writes all rows or
 * none, recording progress in the job's payload; GET …/imports/:id reads it.
 */
import { randomUUID } from 'node:crypto';
import type { AppDeps } from '../../app-deps.ts';
import { MINUTE } from '../../shared/clock.ts';
import { AppError } from '../../shared/errors.ts';
import { hasRole, type Actor, type Principal } from '../../shared/principal.ts';
import { PermanentJobError, type JobHandler } from '../jobs/jobs.models.ts';
import { enqueue, findJobByDedupKey, mergeJobPayload } from '../jobs/jobs.usecases.ts';
import type { MemberScope } from './indicators.models.ts';
import { importErrors, importObservations, type ObservationProgress } from './observations.import.ts';

type Deps = Pick<AppDeps, 'db' | 'clock'>;

export const OBSERVATION_IMPORT_JOB = 'indicators.observations-import';
/**
 * A background observation import lives in its job's row (jobs.payload): the
 * file waits there for a worker, and state, progress and outcome are merged
 * into it outside the import's transaction, so any instance answers the status
 * poll. (excel_imports is for task imports only: its kind, plan and mode are
 * fixed by CHECK constraints.)
 */
const dedupKeyOfImport = (importId: string) => `observations.import:${importId}`;
const patchImportJob = (db: Deps['db'], importId: string, patch: Record<string, unknown>) => mergeJobPayload(db, dedupKeyOfImport(importId), patch);
/** The final outcome also drops the stored file. */
const finishImportJob = (db: Deps['db'], importId: string, patch: Record<string, unknown>) => mergeJobPayload(db, dedupKeyOfImport(importId), patch, ['file']);
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export type ObservationImportState = 'queued' | 'validating' | 'importing' | 'done' | 'failed';

/** What the job's payload holds besides the file (base64, dropped once the import is final). */
interface ImportPayload {
  importId: string;
  actor: Actor;
  memberScope: MemberScope;
  state: ObservationImportState;
  totalRows: number;
  processedRows: number;
  result?: { totalRows: number; created: number; revised: number; unchanged: number } | null;
  error?: { code: string; status: number; params: Record<string, unknown>; details: Record<string, unknown> | null } | null;
}

/** Enqueues the file with its uploader and their member scope (decided at upload, as for a synchronous import). */
export async function queueObservationImport(deps: Deps & { actor: Actor }, file: Buffer, totalRows: number, memberScope: MemberScope): Promise<string> {
  const importId = randomUUID();
  const payload: ImportPayload & { file: string } = { importId, actor: deps.actor, memberScope, state: 'queued', totalRows, processedRows: 0, result: null, error: null, file: file.toString('base64') };
  await enqueue(deps.db, { kind: OBSERVATION_IMPORT_JOB, payload: { ...payload }, runAt: deps.clock.now(), dedupKey: dedupKeyOfImport(importId), maxAttempts: 3 }, deps.clock.now());
  return importId;
}

/**
 * Rule errors (bad rows, another member's rows) are outcomes: the job is done
 * and the import failed with its row errors. Anything unexpected is retried;
 * the write is an idempotent upsert, so a rerun after a crash writes nothing twice.
 */
export const observationImportHandler: JobHandler = {
  kind: OBSERVATION_IMPORT_JOB,
  leaseMs: 30 * MINUTE,
  async run(deps, job) {
    const payload = job.payload as Partial<ImportPayload> & { file?: string };
    const importId = typeof payload.importId === 'string' ? payload.importId : '';
    if (!UUID.test(importId) || !payload.actor || !payload.memberScope) throw new PermanentJobError(`observations.import: bad payload of job ${job.id}`);
    if (payload.state === 'done' || payload.state === 'failed') return;
    if (!payload.file) {
      await finishImportJob(deps.db, importId, { state: 'failed', error: { code: 'observations.import.failed', status: 500, params: {}, details: null } });
      throw new PermanentJobError(`observations.import: the file of import ${importId} is gone`);
    }
    let processed = 0;
    const progress: ObservationProgress = async (state, rows, totalRows) => {
      processed = rows;
      await patchImportJob(deps.db, importId, { state, processedRows: rows, ...(totalRows === undefined ? {} : { totalRows }) });
    };
    try {
      const result = await importObservations({ db: deps.db, clock: deps.clock, dataChanges: deps.dataChanges, config: deps.config, actor: payload.actor }, Buffer.from(payload.file, 'base64'), payload.memberScope, progress);
      await finishImportJob(deps.db, importId, { state: 'done', processedRows: result.totalRows, totalRows: result.totalRows, result });
    } catch (error) {
      if (error instanceof AppError) {
        const failure = { code: error.code, status: error.statusCode, params: error.params, details: error.details ?? null };
        await finishImportJob(deps.db, importId, { state: 'failed', processedRows: processed, error: failure });
        return;
      }
      if (job.attempt >= job.maxAttempts) {
        await patchImportJob(deps.db, importId, { state: 'failed', processedRows: processed, error: { code: 'observations.import.failed', status: 500, params: {}, details: null } });
      } else {
        await patchImportJob(deps.db, importId, { state: 'queued', processedRows: 0 });
      }
      throw error;
    }
  },
};

/** The uploader and the Office see an import; anyone else is told it does not exist. */
export async function observationImportStatus(deps: Deps, importId: string, principal: Principal) {
  const row = UUID.test(importId) ? await findJobByDedupKey(deps.db, dedupKeyOfImport(importId)) : undefined;
  const payload = row?.payload as ImportPayload | undefined;
  const mine = principal.kind === 'user' && payload?.actor.userId === principal.userId;
  if (!row || !payload || (!mine && !hasRole(principal, 'office'))) throw importErrors.importNotFound();
  let { state, error = null } = payload;
  // A worker that died on the last attempt leaves the job failed and the import unfinished.
  if (state !== 'done' && state !== 'failed' && row.status === 'failed') {
    state = 'failed';
    error = { code: 'observations.import.failed', status: 500, params: {}, details: null };
  }
  const percent = payload.totalRows > 0 ? Math.floor((100 * payload.processedRows) / payload.totalRows) : 0;
  return {
    id: importId, state, totalRows: payload.totalRows, processedRows: payload.processedRows,
    // Rows are checked, then written: each half of the work is half of the bar; 100 only once the import is done.
    progress: state === 'done' ? 100 : state === 'importing' ? Math.min(99, 50 + Math.floor(percent / 2)) : state === 'validating' ? Math.floor(percent / 2) : 0,
    createdBy: payload.actor.username, createdAt: row.created_at, finishedAt: row.finished_at, result: payload.result ?? null, error,
  };
}
