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
  const [timing] = await timeQueriesInTurn(label, [run], runs);
  return timing!;
}

/**
 * Several queries timed in turn (a, b, b, a, a, b, …: neither always goes first), so that
 * whatever else the machine does at the time weighs on each alike.
 */
export async function timeQueriesInTurn(label: string, queries: (() => Promise<unknown>)[], runs: number): Promise<SqlTiming[]> {
  for (let i = 0; i < WARMUP_RUNS; i++) for (const run of queries) await run();
  const durations = queries.map(() => new Float64Array(runs));
  for (let i = 0; i < runs; i++) {
    const order = i % 2 === 0 ? queries.keys() : [...queries.keys()].reverse();
    for (const q of order) {
      const start = performance.now();
      await queries[q]!();
      durations[q]![i] = performance.now() - start;
    }
  }
  return durations.map((d) => {
    d.sort();
    return { label, runs, medianMs: percentileOfSorted(d, 50), p99Ms: percentileOfSorted(d, 99) };
  });
}
