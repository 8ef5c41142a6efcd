/**
 * Large imports run as jobs of the PostgreSQL queue (modules/jobs): the file
 * waits in excel_imports, any instance's worker takes it, and progress is
 * written to the same row so any instance answers the status poll.
 */
import type { AppDeps } from '../../app-deps.ts';
import { MINUTE } from '../../shared/clock.ts';
import { AppError } from '../../shared/errors.ts';
import type { Actor } from '../../shared/principal.ts';
import { PermanentJobError, type JobHandler } from '../jobs/jobs.models.ts';
import { findJobByDedupKey } from '../jobs/jobs.repository.ts';
import { enqueue } from '../jobs/jobs.usecases.ts';
import { excelErrors } from './excel.errors.ts';
import type { ImportReport } from './excel.models.ts';
import { parseTaskWorkbook } from './excel.parser.ts';
import * as repo from './excel.repository.ts';
import { importTasks, type ImportOptions, type ProgressReporter } from './excel.usecases.ts';

type Deps = Pick<AppDeps, 'db' | 'clock'>;

export const EXCEL_IMPORT_JOB = 'excel.import';
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const dedupKeyOf = (importId: string) => `excel.import:${importId}`;

/** Stores the file and enqueues its job in one transaction: both exist, or neither. */
export async function queueImport(deps: Deps & { actor: Actor }, file: Buffer, estimatedRows: number, options: ImportOptions): Promise<string> {
  return deps.db.transaction().execute(async (trx) => {
    const now = deps.clock.now();
    const importId = await repo.insertImport(trx, { ...options, totalRows: estimatedRows, file, actor: deps.actor }, now);
    await enqueue(trx, { kind: EXCEL_IMPORT_JOB, payload: { importId }, runAt: now, dedupKey: dedupKeyOf(importId), maxAttempts: 3 }, now);
    return importId;
  });
}

/**
 * Runs a queued import as the user who uploaded it. Rule errors and a closed
 * plan are outcomes, not failures: the job is done. Anything unexpected is
 * retried by the queue; after the last attempt the import is marked failed.
 */
export const excelImportHandler: JobHandler = {
  kind: EXCEL_IMPORT_JOB,
  leaseMs: 30 * MINUTE,
  // One import at a time per worker: each holds a connection and a plan lock for its whole transaction.
  concurrency: 1,
  async run(deps, job) {
    const importId = typeof job.payload.importId === 'string' ? job.payload.importId : '';
    if (!UUID.test(importId)) throw new PermanentJobError(`excel.import: bad import id "${importId}"`);
    const row = await repo.findImport(deps.db, importId);
    if (!row) throw new PermanentJobError(`excel.import: import ${importId} not found`);
    if (row.state === 'done' || (row.state === 'failed' && row.error_code !== 'excel.import_failed')) return;
    const file = (await repo.findImportFile(deps.db, importId))?.file_content;
    const now = () => deps.clock.now();
    if (!file) {
      await repo.finishImport(deps.db, importId, { state: 'failed', processedRows: 0, result: null, errorCode: 'excel.import_failed' }, now());
      throw new PermanentJobError(`excel.import: the file of import ${importId} is gone`);
    }
    const actor: Actor = { userId: row.created_by, username: row.created_by_username, memberCode: row.created_by_member, ip: row.created_by_ip };
    const options: ImportOptions = {
      planId: row.plan_id,
      mode: row.mode,
      dryRun: row.dry_run,
      fileName: row.file_name,
      sha256: row.sha256,
      sizeBytes: row.size_bytes,
      importId,
    };
    let processed = 0;
    const progress: ProgressReporter = async (state, rows) => {
      processed = rows;
      await repo.setProgress(deps.db, importId, state, rows, now());
    };
    try {
      // Parsed here, not in the request; the exact row count replaces the estimate stored at upload.
      await repo.setProgress(deps.db, importId, 'validating', 0, now());
      const sheet = await parseTaskWorkbook(file);
      await repo.setTotalRows(deps.db, importId, sheet.rows.length, now());
      await importTasks({ db: deps.db, clock: deps.clock, actor }, sheet, options, progress);
    } catch (error) {
      if (error instanceof AppError) {
        await repo.finishImport(deps.db, importId, { state: 'failed', processedRows: processed, result: null, errorCode: error.code }, now());
        return;
      }
      if (job.attempt >= job.maxAttempts) {
        await repo.finishImport(deps.db, importId, { state: 'failed', processedRows: processed, result: null, errorCode: 'excel.import_failed', keepFile: true }, now());
      } else {
        await repo.setProgress(deps.db, importId, 'queued', 0, now());
      }
      throw error;
    }
  },
};

export async function importStatus(deps: Deps, id: string) {
  const row = await repo.findImport(deps.db, id);
  if (!row) throw excelErrors.importNotFound();
  let state = row.state;
  let errorCode = row.error_code;
  if (state !== 'done' && state !== 'failed') {
    // A worker that died on the last attempt leaves the job failed and the import unfinished.
    const job = await findJobByDedupKey(deps.db, dedupKeyOf(id));
    if (!job || job.status === 'failed') {
      state = 'failed';
      errorCode = 'excel.import_failed';
    }
  }
  return { row, state, errorCode, report: (row.result as ImportReport | null) ?? null };
}
