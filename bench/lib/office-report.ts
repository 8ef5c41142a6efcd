/**
 * The office day's table and verdict (issue 13, items 1 and 3), from the
 * child's reply: per screen req/s, p50, p99, overall, and the target judged on
 * the overall numbers. Pure, so the verdict is tested rather than eyeballed.
 */
import type { OfficeLoadReply, ScreenResult } from './office-load.ts';

export type OfficeResult = Extract<OfficeLoadReply, { ok: true }>;

/** Issue 13, item 3: at 1×, on the bench machine, at 50 connections, every answer computed. */
export const OFFICE_DAY_TARGET = { reqPerSec: 600, p99Ms: 250, connections: 50 };

/** " (HTTP 400 × 3, …)" after a count of non-2xx answers. */
function refusals(s: ScreenResult): string {
  const codes = Object.entries(s.statuses);
  return codes.length ? ` (${codes.map(([code, n]) => `HTTP ${code} × ${n}`).join(', ')})` : '';
}

const requestsOf = (result: OfficeResult) => Object.values(result.screens).reduce((sum, s) => sum + s.requests, 0);

export function officeDayTable(result: OfficeResult, connections: number): string[] {
  const row = (name: string, s: ScreenResult) =>
    `| ${name} | ${s.requests.toLocaleString('en-US')} | ${(s.requests / result.seconds).toFixed(1)} | ${s.latency.p50.toFixed(1)} | ${s.latency.p99.toFixed(1)} | ${s.non2xx + s.errors}${refusals(s)} |`;
  const screens = Object.entries(result.screens).sort(([a], [b]) => a.localeCompare(b));
  const all = screens.map(([, s]) => s);
  const requests = requestsOf(result);
  return [
    `${result.users} people, ${connections} desks, ${result.seconds.toFixed(0)} s measured, every answer computed:`,
    '',
    '| screen | requests | req/s | p50 ms | p99 ms | non-2xx/errors |',
    '|---|---|---|---|---|---|',
    ...screens.map(([name, s]) => row(name, s)),
    `| **all** | ${requests.toLocaleString('en-US')} | ${(requests / result.seconds).toFixed(1)} | ${result.overall.p50.toFixed(1)} | ${result.overall.p99.toFixed(1)} | ${all.reduce((sum, s) => sum + s.non2xx + s.errors, 0)} |`,
    '',
  ];
}

/** Met only at the target's connections and scale, with both the rate and the p99 (of answered requests) within it, and nothing refused or failed. */
export function officeDayVerdict(result: OfficeResult, run: { connections: number; scale: number }): string {
  const t = OFFICE_DAY_TARGET;
  const rate = requestsOf(result) / result.seconds;
  const failed = Object.values(result.screens).reduce((sum, s) => sum + s.non2xx + s.errors, 0);
  const worst = Object.entries(result.screens).sort(([, a], [, b]) => b.latency.p99 - a.latency.p99)[0];
  const measured = `${rate.toFixed(0)} req/s, p99 ${result.overall.p99.toFixed(1)} ms` +
    (worst ? ` (worst screen ${worst[0]}: ${worst[1].latency.p99.toFixed(1)} ms)` : '') +
    (failed > 0 ? `, ${failed} non-2xx/errors` : '');
  const target = `at least ${t.reqPerSec} req/s at ${t.connections} connections with p99 under ${t.p99Ms} ms at 1×`;
  if (run.connections !== t.connections || run.scale !== 1) return `- Office day, ${target}: not judged by this run (${run.connections} connections at ${run.scale}×): ${measured}.`;
  const met = rate >= t.reqPerSec && result.overall.p99 < t.p99Ms && failed === 0;
  return `- Office day, ${target}: ${met ? 'met' : '**missed**'} — ${measured}.`;
}
