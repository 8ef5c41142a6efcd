import type { AppDeps } from '../../app-deps.ts';
import { HOUR, MINUTE } from '../../shared/clock.ts';

/** What a handler gets: the app's dependencies (database, clock, config, where writes are noted). */
export type JobDeps = Pick<AppDeps, 'db' | 'clock' | 'config' | 'dataChanges'>;

export interface ClaimedJob {
  id: string;
  kind: string;
  payload: Record<string, unknown>;
  /** This run's number, from 1. */
  attempt: number;
  maxAttempts: number;
}

/**
 * One kind of job. Handlers are listed explicitly in server/src/job-handlers.ts.
 * A handler must be idempotent: a job whose worker died mid-run is run again
 * once its lease has expired (at least once, never twice at the same time).
 */
export interface JobHandler {
  kind: string;
  /** How long a worker holds the job before another may take it over (default 5 minutes). */
  leaseMs?: number;
  /**
   * How many jobs of this kind one worker runs at once (default 1). Kinds are
   * counted apart, so a long import never holds reminders, e-mails or webhooks.
   */
  concurrency?: number;
  run(deps: JobDeps, job: ClaimedJob): Promise<void>;
}

/** Work that recurs: enqueued once per time slot, whatever the number of instances. */
export interface RecurringSchedule {
  name: string;
  kind: string;
  everyMs: number;
  payload?: Record<string, unknown>;
}

/** Thrown by a handler when a retry cannot help (bad payload, record gone): the job fails at once. */
export class PermanentJobError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'PermanentJobError';
  }
}

export const DEFAULT_LEASE_MS = 5 * MINUTE;
export const DEFAULT_MAX_ATTEMPTS = 5;
export const DEFAULT_CONCURRENCY = 1;
/** Jobs one worker runs at once over all kinds: the pool (10 connections) is shared with HTTP requests. */
export const DEFAULT_MAX_RUNNING = 6;

/** Exponential backoff after the n-th failed attempt: 30 s, 1 min, 2 min, 4 min … at most 1 h. */
export function retryDelayMs(attempt: number): number {
  return Math.min(30_000 * 2 ** Math.max(0, attempt - 1), HOUR);
}

/** The slot a moment falls in, and the dedup key that makes a schedule enqueue once per slot. */
export function scheduleSlot(schedule: RecurringSchedule, now: Date): { runAt: Date; dedupKey: string } {
  const start = Math.floor(now.getTime() / schedule.everyMs) * schedule.everyMs;
  const runAt = new Date(start);
  return { runAt, dedupKey: `schedule:${schedule.name}:${runAt.toISOString()}` };
}

function describeOne(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  const code = (error as NodeJS.ErrnoException).code;
  let text = `${error.name}: ${error.message}`;
  if (code && !error.message.includes(code)) text += ` (${code})`;
  // Connecting to every address of a name fails as one AggregateError with an empty message.
  if (error instanceof AggregateError && error.errors.length) text += ` [${error.errors.map(describeOne).join('; ')}]`;
  return text;
}

/**
 * Error text for the jobs table: with its causes (`TypeError: fetch failed` says
 * nothing; its cause says the port was refused), no secrets, bounded length.
 */
export function describeError(error: unknown, secrets: readonly string[] = []): string {
  const chain: string[] = [];
  for (let current: unknown = error; current !== undefined && current !== null && chain.length < 5; current = current instanceof Error ? current.cause : undefined) {
    chain.push(describeOne(current));
  }
  let text = chain.join(' — caused by ');
  for (const secret of secrets) if (secret) text = text.split(secret).join('***');
  return text.length > 2000 ? `${text.slice(0, 2000)}…` : text;
}
