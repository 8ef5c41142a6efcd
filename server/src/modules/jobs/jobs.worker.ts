import { randomBytes } from 'node:crypto';
import os from 'node:os';
import {
  DEFAULT_LEASE_MS,
  describeError,
  PermanentJobError,
  retryDelayMs,
  scheduleSlot,
  type ClaimedJob,
  type JobDeps,
  type JobHandler,
  type RecurringSchedule,
} from './jobs.models.ts';
import * as repo from './jobs.repository.ts';

export interface WorkerLog {
  info(obj: object, msg: string): void;
  error(obj: object, msg: string): void;
}

const silent: WorkerLog = { info: () => undefined, error: () => undefined };

export interface WorkerOptions {
  /** Names this worker in locked_by (default host:pid:random). */
  id?: string;
  /** Pause between polls when the queue is empty (only used by start()). */
  pollMs?: number;
  log?: WorkerLog;
  /** Strings that must never reach last_error (e.g. the SMTP password). */
  secrets?: string[];
}

/**
 * The queue worker. `runDue()` does one pass — enqueue this slot's recurring
 * jobs, then claim and run due jobs one by one until none is left — and is
 * what tests call. `start()` repeats it every few seconds; `stop()` lets the
 * running job finish, then stops.
 */
export class JobWorker {
  readonly id: string;
  private readonly handlers: Map<string, JobHandler>;
  private readonly pollMs: number;
  private readonly log: WorkerLog;
  private readonly secrets: string[];
  private stopping = false;
  private timer: NodeJS.Timeout | undefined;
  private pass: Promise<number> | undefined;

  constructor(
    private readonly deps: JobDeps,
    handlers: readonly JobHandler[],
    private readonly schedules: readonly RecurringSchedule[] = [],
    options: WorkerOptions = {},
  ) {
    this.handlers = new Map();
    for (const handler of handlers) {
      if (this.handlers.has(handler.kind)) throw new Error(`Two job handlers for kind "${handler.kind}"`);
      this.handlers.set(handler.kind, handler);
    }
    for (const schedule of schedules) {
      if (!this.handlers.has(schedule.kind)) throw new Error(`Schedule "${schedule.name}" names kind "${schedule.kind}" that has no handler`);
    }
    this.id = options.id ?? `${os.hostname()}:${process.pid}:${randomBytes(3).toString('hex')}`;
    this.pollMs = options.pollMs ?? 3_000;
    this.log = options.log ?? silent;
    this.secrets = options.secrets ?? [];
  }

  /** Enqueues the current slot of every schedule; other instances doing the same add nothing. */
  async enqueueSchedules(): Promise<number> {
    const now = this.deps.clock.now();
    let added = 0;
    for (const schedule of this.schedules) {
      const slot = scheduleSlot(schedule, now);
      if (await repo.insertJob(this.deps.db, { kind: schedule.kind, payload: schedule.payload, runAt: slot.runAt, dedupKey: slot.dedupKey, maxAttempts: 3 }, now)) added += 1;
    }
    return added;
  }

  /** One pass over the queue; returns how many jobs were run. Stops early (after the current job) when stop() is called. */
  async runDue(limit = 1000): Promise<number> {
    await this.enqueueSchedules();
    await repo.failAbandoned(this.deps.db, this.deps.clock.now());
    const kinds = [...this.handlers.keys()];
    let ran = 0;
    while (!this.stopping && ran < limit && kinds.length > 0) {
      const now = this.deps.clock.now();
      const row = await repo.claimNext(this.deps.db, kinds, this.id, now, (kind) => new Date(now.getTime() + (this.handlers.get(kind)?.leaseMs ?? DEFAULT_LEASE_MS)));
      if (!row) break;
      ran += 1;
      await this.execute({ id: row.id, kind: row.kind, payload: row.payload ?? {}, attempt: row.attempts, maxAttempts: row.max_attempts });
    }
    return ran;
  }

  private async execute(job: ClaimedJob): Promise<void> {
    const handler = this.handlers.get(job.kind)!;
    try {
      await handler.run(this.deps, job);
      await repo.markDone(this.deps.db, job.id, this.id, this.deps.clock.now());
    } catch (error) {
      const now = this.deps.clock.now();
      const text = describeError(error, this.secrets);
      if (error instanceof PermanentJobError || job.attempt >= job.maxAttempts) {
        await repo.markFailed(this.deps.db, job.id, this.id, now, text);
        this.log.error({ jobId: job.id, kind: job.kind, attempt: job.attempt, error: text }, 'job failed');
      } else {
        await repo.markRetry(this.deps.db, job.id, this.id, new Date(now.getTime() + retryDelayMs(job.attempt)), text);
        this.log.info({ jobId: job.id, kind: job.kind, attempt: job.attempt, error: text }, 'job will be retried');
      }
    }
  }

  /** Polls until stop(). A pass that fails (database gone) is logged and retried at the next poll. */
  start(): void {
    const loop = () => {
      if (this.stopping) return;
      this.pass = this.runDue().catch((error: unknown) => {
        this.log.error({ error: describeError(error, this.secrets) }, 'job worker pass failed');
        return 0;
      });
      void this.pass.then(() => {
        if (!this.stopping) {
          this.timer = setTimeout(loop, this.pollMs);
          this.timer.unref();
        }
      });
    };
    loop();
  }

  /** Lets the running job finish, then stops polling. */
  async stop(): Promise<void> {
    this.stopping = true;
    if (this.timer) clearTimeout(this.timer);
    await this.pass;
  }
}
