/**
 * Runs one load (warm-up, then the measured run) in a child process and
 * insists it was clean: a benchmark of failing requests measures nothing.
 */
import { fork } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import type { LoadReply, LoadRequest } from './load-generator.ts';
import type { LoadResult } from './types.ts';

const GENERATOR = fileURLToPath(new URL('./load-generator.ts', import.meta.url));
/** Time for the child to start and report beyond the load itself. */
const GRACE_MS = 30_000;

/** Kill switches of the load generators now running. */
const running = new Set<() => void>();

/** Stops any load in progress, so the servers can close without waiting for it. */
export function stopLoad(): void {
  for (const kill of running) kill();
}

/** The load ran but not every request succeeded: a finding, reported without a stack trace. */
export class UncleanLoadError extends Error {}

/** Runs the load and throws unless every request, warm-up included, got a 2xx answer. */
export function generateLoad(label: string, request: LoadRequest): Promise<LoadResult> {
  const child = fork(GENERATOR, [], { execArgv: ['--import', 'tsx'], stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
  const limitMs = (request.durationSeconds + request.warmupSeconds + 2 * (request.timeoutSeconds ?? 0)) * 1000 + GRACE_MS;
  // If the bench itself exits (Ctrl-C, SIGTERM, a crash), the load must stop with it.
  const killChild = () => {
    if (child.exitCode === null && child.signalCode === null) child.kill();
  };
  process.once('exit', killChild);
  running.add(killChild);
  return new Promise<LoadResult>((resolve, reject) => {
    let settled = false;
    const finish = (error: Error | undefined, result?: LoadResult) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      process.off('exit', killChild);
      running.delete(killChild);
      killChild();
      if (error) reject(error);
      else resolve(result!);
    };
    // Bounded in time whatever happens to the child.
    const timer = setTimeout(() => finish(new Error(`load generator did not finish within ${limitMs} ms`)), limitMs);
    child.once('message', (message) => {
      const reply = message as LoadReply;
      if (!reply.ok) return finish(new Error(`load generator failed: ${reply.error}`));
      try {
        if (reply.warmup) assertClean(`${label}, warm-up`, reply.warmup);
        assertClean(label, reply.result);
        finish(undefined, reply.result);
      } catch (error) {
        finish(error as Error);
      }
    });
    child.once('error', (error) => finish(error));
    // 'close', not 'exit': by then any reply still in the IPC channel has been delivered.
    child.once('close', (code, signal) => finish(new Error(`load generator exited without a result (code ${code}, signal ${signal})`)));
    child.send(request);
  });
}

function assertClean(label: string, result: LoadResult): void {
  if (result.totalRequests === 0) throw new UncleanLoadError(`${label}: no request completed`);
  if (result.errors + result.timeouts + result.non2xx > 0) {
    throw new UncleanLoadError(
      `${label}: ${result.errors} errors, ${result.timeouts} timeouts, ${result.non2xx} non-2xx responses ` +
        `out of ${result.totalRequests} requests. Results are not written.`,
    );
  }
}
