import { randomBytes } from 'node:crypto';
import os from 'node:os';
import {
  DEFAULT_CONCURRENCY,
  DEFAULT_LEASE_MS,
  DEFAULT_MAX_RUNNING,
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
  /** Jobs run at once over all kinds (default 6); each kind also keeps to its handler's `concurrency`. */
  maxRunning?: number;
}

/**
 * The queue worker. `runDue()` does one pass — enqueue this slot's recurring
 * jobs, then claim and run due jobs until none is left — and is what tests
 * call. Jobs run side by side: each kind up to its handler's `concurrency`,
 * all kinds up to `maxRunning`; while jobs run, the pass keeps polling every
 * `pollMs`, so a short job enqueued during a long import starts at once
 * rather than after it. `start()` repeats passes every few seconds; `stop()`
 * lets the running jobs finish, then stops.
 */
export class JobWorker {
  readonly id: string;
  private readonly handlers: Map<string, JobHandler>;
  private readonly pollMs: number;
  private readonly maxRunning: number;
  private readonly log: WorkerLog;
  private readonly secrets: string[];
  private stopping = false;
  private timer: NodeJS.Timeout | undefined;
  private pass: Promise<number> | undefined;
  /** Ends the current wait for a free slot or the next poll (stop() calls it). */
  private wake: (() => void) | undefined;

  constructor(
    private readonly deps: JobDeps,
    handlers: readonly JobHandler[],
    private readonly schedules: readonly RecurringSchedule[] = [],
    options: WorkerOptions = {},
  ) {
    this.handlers = new Map();
    for (const handler of handlers) {
      if (this.handlers.has(handler.kind)) throw new Error(`Two job handlers for kind "${handler.kind}"`);
      if (handler.concurrency !== undefined && !(Number.isInteger(handler.concurrency) && handler.concurrency >= 1)) throw new Error(`Job kind "${handler.kind}" has a bad concurrency ${handler.concurrency}`);
      this.handlers.set(handler.kind, handler);
    }
    for (const schedule of schedules) {
      if (!this.handlers.has(schedule.kind)) throw new Error(`Schedule "${schedule.name}" names kind "${schedule.kind}" that has no handler`);
    }
    this.id = options.id ?? `${os.hostname()}:${process.pid}:${randomBytes(3).toString('hex')}`;
    this.pollMs = options.pollMs ?? 3_000;
    this.maxRunning = Math.max(1, options.maxRunning ?? DEFAULT_MAX_RUNNING);
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

  private concurrencyOf(kind: string): number {
    return this.handlers.get(kind)?.concurrency ?? DEFAULT_CONCURRENCY;
  }

  /**
   * One pass over the queue; returns how many jobs were claimed. It ends when
   * nothing is running and nothing is due, or after `limit` claims once the
   * running jobs have finished. Stops claiming when stop() is called.
   */
  async runDue(limit = 1000): Promise<number> {
    const running = new Set<Promise<void>>();
    const busy = new Map<string, number>();
    let ran = 0;
    let failure: unknown;
    let lastPoll = -Infinity;
    try {
      while (!this.stopping && failure === undefined) {
        // Recurring slots and abandoned jobs are looked at once per poll, also while a long job runs.
        if (Date.now() - lastPoll >= this.pollMs) {
          lastPoll = Date.now();
          await this.enqueueSchedules();
          await repo.failAbandoned(this.deps.db, this.deps.clock.now());
        }
        const open = ran < limit && running.size < this.maxRunning ? [...this.handlers.keys()].filter((kind) => (busy.get(kind) ?? 0) < this.concurrencyOf(kind)) : [];
        const now = this.deps.clock.now();
        const row = open.length > 0 ? await repo.claimNext(this.deps.db, open, this.id, now, (kind) => new Date(now.getTime() + (this.handlers.get(kind)?.leaseMs ?? DEFAULT_LEASE_MS))) : undefined;
        if (row) {
          ran += 1;
          busy.set(row.kind, (busy.get(row.kind) ?? 0) + 1);
          const done: Promise<void> = this.execute({ id: row.id, kind: row.kind, payload: row.payload ?? {}, attempt: row.attempts, maxAttempts: row.max_attempts })
            .catch((error: unknown) => {
              failure ??= error;
            })
            .finally(() => {
              busy.set(row.kind, (busy.get(row.kind) ?? 1) - 1);
              running.delete(done);
            });
          running.add(done);
          continue;
        }
        if (running.size === 0) break;
        // Something runs: wait for a free slot, or poll again for jobs of the kinds still open.
        await this.waitFor([...running], Math.max(0, lastPoll + this.pollMs - Date.now()));
      }
    } finally {
      // Even when the database fails mid-pass, the jobs already started are let finish.
      await Promise.all(running);
    }
    if (failure !== undefined) throw failure;
    return ran;
  }

  private async waitFor(running: Promise<void>[], ms: number): Promise<void> {
    let timer: NodeJS.Timeout | undefined;
    const tick = new Promise<void>((resolve) => {
      this.wake = resolve;
      timer = setTimeout(resolve, ms);
      timer.unref();
    });
    try {
      await Promise.race([...running, tick]);
    } finally {
      clearTimeout(timer);
      this.wake = undefined;
    }
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

  /** Lets the running jobs finish, then stops polling. */
  async stop(): Promise<void> {
    this.stopping = true;
    if (this.timer) clearTimeout(this.timer);
    this.wake?.();
    await this.pass;
  }
}
