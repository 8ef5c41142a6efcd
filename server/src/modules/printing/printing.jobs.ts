/**
 * Printing runs as a job of the PostgreSQL queue, as the observation imports
 * do (indicators/observations.import.jobs.ts): the request checks the kind,
 * the parameters and that the user may read the record, then queues; any
 * instance's worker loads the record as that user, renders it in Chromium and
 * keeps the PDF in the job's payload, so any instance answers the status poll
 * and the download. No table of its own (no migration): finished jobs, and
 * their PDFs, are removed by housekeeping after KEEP_FINISHED_JOBS_DAYS.
 */
import { randomUUID } from 'node:crypto';
import type { AppDeps } from '../../app-deps.ts';
import { MINUTE } from '../../shared/clock.ts';
import { AppError } from '../../shared/errors.ts';
import type { Actor, RoleGrant, UserPrincipal } from '../../shared/principal.ts';
import type { Trx } from '../audit/audit.usecases.ts';
import { PermanentJobError, type JobHandler } from '../jobs/jobs.models.ts';
import { enqueue, findJobByDedupKey, mergeJobPayload } from '../jobs/jobs.usecases.ts';
import { htmlToPdf } from './printing.chromium.ts';
import { printingErrors } from './printing.errors.ts';
import type { Lang } from './printing.html.ts';
import { printableOf, type PrintFormat } from './printing.kinds.ts';

type Deps = Pick<AppDeps, 'db' | 'clock'>;

export const PRINT_JOB = 'printing.pdf';
export type PrintState = 'queued' | 'loading' | 'rendering' | 'done' | 'failed';
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const dedupKeyOf = (printId: string) => `printing:${printId}`;
const patch = (db: Deps['db'], printId: string, fields: Record<string, unknown>) => mergeJobPayload(db, dedupKeyOf(printId), fields);

/** What the job's payload holds; once done, `pdf` (base64) or, for Word, `docx` (base64). */
export interface PrintPayload {
  printId: string;
  actor: Actor;
  /** The requester's role grants when asking: the job reads the record as that user. */
  roles: RoleGrant[];
  kind: string;
  params: Record<string, string>;
  lang: Lang;
  /** Absent in jobs queued before Word existed: a PDF. */
  format?: PrintFormat;
  state: PrintState;
  progress: number;
  title: string | null;
  error: { code: string; status: number; params: Record<string, unknown> } | null;
}

export function principalOf(payload: Pick<PrintPayload, 'actor' | 'roles' | 'lang'>): UserPrincipal {
  return {
    kind: 'user', userId: payload.actor.userId ?? '', username: payload.actor.username, displayName: payload.actor.username, locale: payload.lang,
    roles: payload.roles, mustChangePassword: false, isDemo: false, sessionTokenHash: Buffer.alloc(0), csrfToken: '',
  };
}

/** Queued inside the caller's transaction: the print's audit event and its job commit together. */
export async function queuePrint(trx: Trx, now: Date, request: Omit<PrintPayload, 'printId' | 'state' | 'progress' | 'title' | 'error'>): Promise<string> {
  const printId = randomUUID();
  const payload: PrintPayload = { ...request, printId, state: 'queued', progress: 0, title: null, error: null };
  await enqueue(trx, { kind: PRINT_JOB, payload: { ...payload }, runAt: now, dedupKey: dedupKeyOf(printId), maxAttempts: 2 }, now);
  return printId;
}

/**
 * Rule errors (the record is gone, the user lost the right to read it, no
 * Chromium) are outcomes: the job is done and the print failed with that code.
 * Anything else is retried once, then the print fails with printing.failed.
 */
export const printHandler: JobHandler = {
  kind: PRINT_JOB,
  leaseMs: 5 * MINUTE,
  // Each print holds a Chromium page (~100 MB): two at a time per worker at most.
  concurrency: 2,
  async run(deps, job) {
    const payload = job.payload as Partial<PrintPayload>;
    const printId = typeof payload.printId === 'string' ? payload.printId : '';
    if (!UUID.test(printId) || !payload.actor || !payload.kind || !payload.params || !payload.lang) throw new PermanentJobError(`printing: bad payload of job ${job.id}`);
    if (payload.state === 'done' || payload.state === 'failed') return;
    try {
      const printable = printableOf(payload.kind);
      if (!printable) throw printingErrors.unknownKind(payload.kind);
      await patch(deps.db, printId, { state: 'loading', progress: 10 });
      const doc = await printable.load(deps, principalOf(payload as PrintPayload), payload.params, payload.lang);
      await patch(deps.db, printId, { state: 'rendering', progress: 40, title: doc.title });
      if (payload.format === 'docx') {
        if (!doc.docx) throw printingErrors.formatUnsupported(payload.kind, 'docx');
        await patch(deps.db, printId, { state: 'done', progress: 100, docx: (await doc.docx()).toString('base64') });
      } else {
        const pdf = await htmlToPdf(doc.html, { lang: payload.lang, title: doc.title });
        await patch(deps.db, printId, { state: 'done', progress: 100, pdf: pdf.toString('base64') });
      }
    } catch (error) {
      if (error instanceof AppError) {
        await patch(deps.db, printId, { state: 'failed', error: { code: error.code, status: error.statusCode, params: error.params } });
        return;
      }
      const last = job.attempt >= job.maxAttempts;
      await patch(deps.db, printId, last ? { state: 'failed', error: { code: 'printing.failed', status: 500, params: {} } } : { state: 'queued', progress: 0 });
      throw error;
    }
  },
};

/** The job of this user (anyone else is told it does not exist), with a worker's death on the last attempt as a failure. */
export async function findPrint(deps: Deps, printId: string, userId: string | null) {
  const row = UUID.test(printId) ? await findJobByDedupKey(deps.db, dedupKeyOf(printId)) : undefined;
  const payload = row?.payload as (PrintPayload & { pdf?: string; docx?: string }) | undefined;
  if (!row || !payload || !userId || payload.actor.userId !== userId) throw printingErrors.jobNotFound();
  let { state, error } = payload;
  if (state !== 'done' && state !== 'failed' && row.status === 'failed') {
    state = 'failed';
    error = { code: 'printing.failed', status: 500, params: {} };
  }
  return { row, payload, state, error };
}
