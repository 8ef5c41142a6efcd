/**
 * Child process that generates load with autocannon. It runs apart from the
 * servers under test so the client never shares their event loop (with the
 * client in the same thread, the numbers measure the two fighting each other).
 * Started by load.ts over IPC: one request in, one result out, then it exits.
 */
import autocannon from 'autocannon';
import { SampleBuffer, summarizeLatencies } from './stats.ts';
import type { LoadResult } from './types.ts';

export interface LoadRequest {
  url: string;
  /** Paths (on url's origin) each connection cycles through, instead of url's own. */
  paths?: string[];
  headers: Record<string, string>;
  connections: number;
  durationSeconds: number;
  warmupSeconds: number;
  /** Requests per second over all connections (autocannon's overallRate); unset: as fast as the server answers. */
  overallRate?: number;
  /** Per-request timeout in seconds (autocannon's default: 10). */
  timeoutSeconds?: number;
}

export type LoadReply = { ok: true; warmup?: LoadResult; result: LoadResult } | { ok: false; error: string };

function runOnce(request: LoadRequest, durationSeconds: number): Promise<LoadResult> {
  const samples = new SampleBuffer();
  return new Promise((resolve, reject) => {
    const instance = autocannon(
      {
        url: request.url,
        headers: request.headers,
        connections: request.connections,
        duration: durationSeconds,
        ...(request.timeoutSeconds ? { timeout: request.timeoutSeconds } : {}),
        ...(request.overallRate ? { overallRate: request.overallRate } : {}),
        ...(request.paths ? { requests: request.paths.map((path) => ({ method: 'GET' as const, path })) } : {}),
      },
      (error: unknown, result: autocannon.Result) => {
        if (error) return reject(error instanceof Error ? error : new Error(String(error)));
        resolve({
          reqPerSec: result.requests.average,
          ...(request.overallRate ? { offeredRate: request.overallRate } : {}),
          totalRequests: result.requests.total,
          latency: summarizeLatencies(samples.values()),
          errors: result.errors,
          timeouts: result.timeouts,
          non2xx: result.non2xx,
        });
      },
    );
    // Like autocannon's own histogram, latencies of successful responses only.
    instance.on('response', (_client, statusCode, _bytes, responseTime) => {
      if (statusCode >= 200 && statusCode < 300) samples.push(responseTime);
    });
  });
}

async function handle(request: LoadRequest): Promise<LoadReply> {
  try {
    const warmup = request.warmupSeconds > 0 ? await runOnce(request, request.warmupSeconds) : undefined;
    return { ok: true, warmup, result: await runOnce(request, request.durationSeconds) };
  } catch (error) {
    return { ok: false, error: error instanceof Error ? (error.stack ?? error.message) : String(error) };
  }
}

process.once('message', (message) => {
  void handle(message as LoadRequest).then((reply) => {
    process.send?.(reply, () => process.disconnect());
  });
});
