/**
 * Keeps the embedded PostgreSQL running for the server (issue 14, item 16;
 * decision 0002 amended). When the server's process ends without being asked
 * to, it is started again after a back-off (1 s, 2 s, 4 s … at most 30 s);
 * meanwhile requests fail fast (503) and /api/v1/health/ready says not ready,
 * and the connection pools and the change listener reconnect by themselves
 * once it is back. A crash loop — `maxFailures` exits or failed starts within
 * `windowMs` — ends supervision with a clear message, and the caller exits
 * non-zero so that a process supervisor (systemd, Docker, Kubernetes) can take
 * over.
 */
import type { RunningPostgres } from './embedded-postgres.ts';

export interface SupervisorOptions {
  /** Starts the server (the same way every time). */
  start: () => Promise<RunningPostgres>;
  log: (message: string) => void;
  /** Supervision ended in a crash loop: the message says what happened and where the log is. */
  onGiveUp: (message: string) => void;
  /** Extra text for the give-up message (e.g. the server's last log lines). */
  describeFailure?: () => string;
  /** Exits or failed starts within `windowMs` that end supervision (default 5). */
  maxFailures?: number;
  windowMs?: number;
  /** The wait before the n-th restart attempt in a row (default 1 s doubling, at most 30 s). */
  backoffMs?: (attempt: number) => number;
}

export type SupervisedState = 'up' | 'restarting' | 'stopped' | 'gave-up';

export interface SupervisedPostgres extends RunningPostgres {
  readonly state: SupervisedState;
  /** Restarts so far. */
  readonly restarts: number;
}

const DEFAULT_BACKOFF = (attempt: number) => Math.min(1_000 * 2 ** (attempt - 1), 30_000);

/** Starts the server once (a failure here is thrown: nothing was running) and watches it from then on. */
export async function superviseEmbeddedPostgres(options: SupervisorOptions): Promise<SupervisedPostgres> {
  const maxFailures = options.maxFailures ?? 5;
  const windowMs = options.windowMs ?? 10 * 60_000;
  const backoff = options.backoffMs ?? DEFAULT_BACKOFF;
  let current = await options.start();
  let state: SupervisedState = 'up';
  let restarts = 0;
  const failures: number[] = [];
  let wakeUp: (() => void) | undefined;
  let starting: Promise<boolean> | undefined;
  let lastFailure = '';

  const noteFailure = (what: string) => {
    const now = Date.now();
    failures.push(now);
    while (failures.length > 0 && failures[0]! <= now - windowMs) failures.shift();
    lastFailure = what;
  };

  const giveUp = () => {
    state = 'gave-up';
    const extra = options.describeFailure?.() ?? '';
    options.onGiveUp(
      `The embedded PostgreSQL failed ${failures.length} times within ${Math.round(windowMs / 60_000)} minutes (last: ${lastFailure}); ` +
        `not restarting it again.${extra ? `\n${extra}` : ''}`,
    );
  };

  const restartLoop = async () => {
    for (let round = 1; state === 'restarting'; round++) {
      if (failures.length >= maxFailures) return giveUp();
      const delay = backoff(round);
      options.log(`Restarting the embedded PostgreSQL in ${(delay / 1000).toFixed(1)} s`);
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, delay);
        wakeUp = () => {
          clearTimeout(timer);
          resolve();
        };
      });
      wakeUp = undefined;
      if (state !== 'restarting') return;
      const attempt = tryStart();
      starting = attempt;
      if (await attempt) return;
    }
  };

  /** One start; true when the server is up again (or supervision ended meanwhile). */
  const tryStart = async (): Promise<boolean> => {
    try {
      const server = await options.start();
      if (state !== 'restarting') {
        await server.stop();
        return true;
      }
      current = server;
      restarts += 1;
      state = 'up';
      options.log(`The embedded PostgreSQL is running again (pid ${server.pid})`);
      watch(server);
      return true;
    } catch (error) {
      const first = (error as Error).message.split('\n')[0];
      noteFailure(`a restart failed: ${first}`);
      options.log(`The embedded PostgreSQL did not start: ${first}`);
      return false;
    }
  };

  const watch = (server: RunningPostgres) => {
    void server.exited.then(({ code, signal }) => {
      if (state !== 'up' || current !== server) return;
      const how = signal ? `killed by ${signal}` : `exit code ${code}`;
      noteFailure(`the server (pid ${server.pid}) stopped, ${how}`);
      options.log(`The embedded PostgreSQL (pid ${server.pid}) stopped unexpectedly (${how})`);
      state = 'restarting';
      void restartLoop();
    });
  };
  watch(current);

  return {
    get port() {
      return current.port;
    },
    get pid() {
      return current.pid;
    },
    get exited() {
      return current.exited;
    },
    get state() {
      return state;
    },
    get restarts() {
      return restarts;
    },
    ownerUrl: (database: string) => current.ownerUrl(database),
    async stop() {
      state = 'stopped';
      wakeUp?.();
      // A restart under way stops what it started itself (state is no longer 'restarting').
      await starting;
      await current.stop();
    },
  };
}
