/**
 * The register benches' measurement (issue 16): each route on ONE connection
 * against the platform as deployed (every answer computed), p99 judged against a target.
 * Returns one verdict line per route, printed as it is measured.
 */
import { generateLoad } from './load.ts';
import type { BenchPlatform } from './platform.ts';

export async function timeOnOneConnection(
  platform: BenchPlatform,
  routes: readonly (readonly [label: string, path: string])[],
  options: { seconds: number; p99TargetMs: number; log: (line: string) => void },
): Promise<string[]> {
  const verdicts: string[] = [];
  for (const [label, path] of routes) {
    const result = await generateLoad(label, {
      url: `${platform.baseUrl}${path}`, headers: platform.sessionHeaders, connections: 1, durationSeconds: options.seconds, warmupSeconds: 3,
    });
    const { p50, p99 } = result.latency;
    const line = `${label}: ${result.totalRequests} requests on one connection — p50 ${p50.toFixed(1)} ms, p99 ${p99.toFixed(1)} ms ` +
      `(target p99 < ${options.p99TargetMs} ms: ${p99 < options.p99TargetMs ? 'met' : 'NOT met'}), ${result.reqPerSec.toFixed(0)} req/s`;
    options.log(line);
    verdicts.push(line);
  }
  return verdicts;
}
