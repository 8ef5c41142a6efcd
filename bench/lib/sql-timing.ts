/**
 * Raw SQL time of a route's query: the same repository call the route makes,
 * run sequentially on an idle database, so the gap to the HTTP latency shows
 * what HTTP, sessions and serialisation add.
 */
import { performance } from 'node:perf_hooks';
import { percentileOfSorted } from './stats.ts';
import type { SqlTiming } from './types.ts';

/** Unmeasured runs first: plan caching and the pool's connections warm up. */
const WARMUP_RUNS = 20;

export async function timeQuery(label: string, run: () => Promise<unknown>, runs: number): Promise<SqlTiming> {
  for (let i = 0; i < WARMUP_RUNS; i++) await run();
  const durations = new Float64Array(runs);
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    await run();
    durations[i] = performance.now() - start;
  }
  durations.sort();
  return { label, runs, medianMs: percentileOfSorted(durations, 50), p99Ms: percentileOfSorted(durations, 99) };
}
