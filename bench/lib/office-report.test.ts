import { describe, expect, it } from 'vitest';
import type { ScreenResult } from './office-load.ts';
import { officeDayTable, officeDayVerdict, type OfficeResult } from './office-report.ts';

const latency = (p50: number, p99: number) => ({ p50, p97_5: p99 * 0.9, p99, mean: p50, max: p99 * 2 });
const screen = (requests: number, p50: number, p99: number, non2xx = 0): ScreenResult => ({ requests, non2xx, statuses: non2xx ? { 409: non2xx } : {}, errors: 0, latency: latency(p50, p99) });

function result(overallP99: number, board = screen(6_000, 40, 180)): OfficeResult {
  return { ok: true, seconds: 60, users: 52, overall: latency(30, overallP99), screens: { 'my-work': screen(30_000, 20, 120), board } };
}

describe('the office day', () => {
  it('tabulates each screen and the whole mix, with no cache column', () => {
    const lines = officeDayTable(result(150), 50);
    expect(lines[0]).toBe('52 people, 50 desks, 60 s measured, every answer computed:');
    expect(lines[2]).toBe('| screen | requests | req/s | p50 ms | p99 ms | non-2xx/errors |');
    expect(lines).toContain('| board | 6,000 | 100.0 | 40.0 | 180.0 | 0 |');
    expect(lines).toContain('| **all** | 36,000 | 600.0 | 30.0 | 150.0 | 0 |');
    expect(lines.join('\n')).not.toMatch(/cache/);
  });

  it('is met only with both the rate and the p99 within the target, nothing refused', () => {
    expect(officeDayVerdict(result(150), { connections: 50, scale: 1 })).toBe(
      '- Office day, at least 600 req/s at 50 connections with p99 under 250 ms at 1×: met — 600 req/s, p99 150.0 ms (worst screen board: 180.0 ms).',
    );
    expect(officeDayVerdict(result(260), { connections: 50, scale: 1 })).toMatch(/\*\*missed\*\* — 600 req\/s, p99 260\.0 ms/);
    const slower = { ...result(150), seconds: 61 };
    expect(officeDayVerdict(slower, { connections: 50, scale: 1 })).toMatch(/\*\*missed\*\* — 590 req\/s/);
    expect(officeDayVerdict(result(150, screen(6_000, 40, 180, 3)), { connections: 50, scale: 1 })).toMatch(/\*\*missed\*\*.*3 non-2xx\/errors/);
  });

  it('does not judge a run at other connections or another scale', () => {
    expect(officeDayVerdict(result(150), { connections: 20, scale: 1 })).toMatch(/not judged by this run \(20 connections at 1×\)/);
    expect(officeDayVerdict(result(150), { connections: 50, scale: 10 })).toMatch(/not judged/);
  });
});
