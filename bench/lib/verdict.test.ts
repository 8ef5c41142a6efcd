import { describe, expect, it } from 'vitest';
import type { LoadResult, ScenarioResult, SuiteRun } from './types.ts';
import { growthOf, growthTable, verdictLines } from './verdict.ts';

const targets = { p99Ms: 50, growth: 1.5 };

function result(id: string, p99: number, sqlMedian?: number): ScenarioResult {
  const real: LoadResult = { reqPerSec: 1000, totalRequests: 10_000, errors: 0, timeouts: 0, non2xx: 0, latency: { p50: p99 / 2, p97_5: p99 * 0.9, p99, mean: p99 / 2, max: p99 * 2 } };
  return {
    scenario: { id, title: id, path: `/${id}`, authenticated: true },
    real,
    sql: sqlMedian === undefined ? undefined : { label: id, runs: 200, medianMs: sqlMedian, p99Ms: sqlMedian * 2 },
  };
}

const run = (scale: number, results: ScenarioResult[]): SuiteRun => ({ scale, preamble: [], results, scenarios: [] });

describe('growth at the larger data set', () => {
  it('holds when the median under load and the raw SQL median stay within the factor', () => {
    expect(growthOf(result('a', 40, 2), result('a', 59, 2.9), targets)).toMatchObject({ met: true });
    expect(growthOf(result('a', 40, 2), result('a', 61, 2.9), targets)).toMatchObject({ met: false });
    expect(growthOf(result('a', 40, 2), result('a', 50, 3.1), targets)).toMatchObject({ met: false });
    expect(growthOf(result('a', 40), result('a', 50), targets)).toMatchObject({ met: true, sqlRatio: undefined });
  });

  it('shows but does not judge the p99', () => {
    const base = result('a', 40, 2);
    const spiky = { ...result('a', 40, 2), real: { ...base.real, latency: { ...base.real.latency, p99: 100 } } };
    expect(growthOf(base, spiky, targets)).toMatchObject({ met: true, p99Ratio: 2.5 });
  });

  it('judges from the side-by-side measurement when there is one, not from the two scales\' own runs', () => {
    // Alone, the 10× run fell on a busy minute (p50 40 → 100 ms, SQL 2 → 5 ms); side by side both sides were slowed alike.
    const sql = (medianMs: number) => ({ label: 'a', runs: 200, medianMs, p99Ms: medianMs * 2 });
    const compared = { ...result('a', 200, 5), paired: { p50: [48, 55] as [number, number], p99: [90, 120] as [number, number], sql: [sql(4), sql(4.6)] as [ReturnType<typeof sql>, ReturnType<typeof sql>] } };
    expect(growthOf(result('a', 80, 2), compared, targets)).toMatchObject({ met: true, p50: [48, 55], sqlMedian: [4, 4.6] });
    const grown = { ...compared, paired: { ...compared.paired, sql: [sql(4), sql(6.1)] as [ReturnType<typeof sql>, ReturnType<typeof sql>] } };
    expect(growthOf(result('a', 80, 2), grown, targets)).toMatchObject({ met: false });
  });

  it('tabulates the scenarios both runs have', () => {
    const { lines, growths } = growthTable(run(1, [result('list', 20, 1), result('board', 900, 80)]), run(10, [result('list', 25, 1.2)]), targets);
    expect(growths.map((g) => g.id)).toEqual(['list']);
    expect(lines[0]).toContain('p99 ms 1× → 10×');
    expect(lines[2]).toBe('| list | 10.00 → 12.50 | 1.25× | 20.00 → 25.00 | 1.25× | 1.00 → 1.20 | 1.20× | met |');
  });
});

describe('verdictLines', () => {
  it('names what meets and what misses each target, with the numbers', () => {
    const base = run(1, [result('list', 20, 1), { ...result('board', 900.5, 80), single: result('board', 95).real }]);
    const { growths } = growthTable(base, run(10, [result('list', 45, 1.1)]), targets);
    expect(verdictLines(base, targets, growths)).toEqual([
      '- p99 under 50 ms at 1×, flat out (each connection sends its next request as soon as the answer arrives): met by list (20.00 ms); **missed** by board (900.50 ms; 95.00 ms on 1 connection).',
      '- p99 under 50 ms at 1× on 1 connection (no queueing): met by none; **missed** by board (95.00 ms).',
      '- List latency within 1.5× at the larger data set (median under load, and raw SQL median): **missed** by list; the p99 under load grew more than 1.5× for list (2.25×).',
    ]);
    const { growths: flat } = growthTable(base, run(10, [result('list', 21, 1.1)]), targets);
    expect(verdictLines(base, targets, flat)[2]).toBe(
      '- List latency within 1.5× at the larger data set (median under load, and raw SQL median): met by all 1 list scenarios; the p99 under load stayed within 1.5× too.',
    );
    expect(verdictLines(run(1, [result('list', 20)]), targets, undefined)[1]).toMatch(/not measured/);
  });

  it('judges each screen on 1 connection, where computing the answer is all the time there is', () => {
    const single = (r: ScenarioResult, p99: number): ScenarioResult => ({ ...r, single: { ...r.real, latency: { ...r.real.latency, p99 } } });
    const base = run(1, [single(result('list', 300, 2), 12), single(result('board', 900, 80), 70), result('detail', 40)]);
    const lines = verdictLines(base, targets, undefined);
    expect(lines[0]).toBe(
      '- p99 under 50 ms at 1×, flat out (each connection sends its next request as soon as the answer arrives): met by detail (40.00 ms); **missed** by list (300.00 ms; 12.00 ms on 1 connection), board (900.00 ms; 70.00 ms on 1 connection).',
    );
    expect(lines[1]).toBe('- p99 under 50 ms at 1× on 1 connection (no queueing): met by list (12.00 ms); **missed** by board (70.00 ms).');
  });

  it('judges the fixed-rate run too, and a run that fell behind the offered rate as missed', () => {
    const paced = (r: ScenarioResult, p99: number, reqPerSec: number): ScenarioResult => ({ ...r, paced: { ...r.real, offeredRate: 200, reqPerSec, latency: { ...r.real.latency, p99 } } });
    const base = run(1, [paced(result('list', 300), 12.5, 199.6), paced(result('detail', 90), 41, 150), paced(result('board', 900), 60, 200)]);
    expect(verdictLines(base, targets, undefined)[1]).toBe(
      '- p99 under 50 ms at 1×, at a fixed offered rate of 200 req/s on the same connections: met by list (12.50 ms at 200 req/s); ' +
        '**missed** by detail (41.00 ms at 150 req/s, could not keep up), board (60.00 ms at 200 req/s).',
    );
  });
});
