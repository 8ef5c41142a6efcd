/**
 * The work-loop targets, judged from the measured numbers: p99 under load
 * below a limit for every scenario, and for the scaling scenarios, latency at
 * the larger data set within a factor of the base one. Pure: results in,
 * Markdown lines out, so the verdict is tested rather than eyeballed.
 */
import type { ScenarioResult, SuiteRun } from './types.ts';

export interface Targets {
  /** p99 under load, in ms. */
  p99Ms: number;
  /** Largest acceptable ratio compared / base (p99 under load and raw SQL median). */
  growth: number;
}

const ms = (n: number) => n.toFixed(2);
const ratio = (n: number) => `${n.toFixed(2)}×`;
const mark = (ok: boolean) => (ok ? 'met' : '**missed**');

export interface Growth {
  id: string;
  p50: [number, number];
  p99: [number, number];
  sqlMedian: [number, number] | undefined;
  p50Ratio: number;
  p99Ratio: number;
  sqlRatio: number | undefined;
  met: boolean;
}

/**
 * Judged on the median under load and the raw SQL median. The p99 at 50
 * connections is mostly time spent queueing (and the odd GC pause) and moves
 * by tens of percent between two runs on the same data, so it is shown, and
 * named when it grows beyond the factor, but does not decide.
 */
export function growthOf(base: ScenarioResult, compared: ScenarioResult, targets: Targets): Growth {
  const computed = (r: ScenarioResult) => r.real.latency;
  // Measured side by side where the bench could (PairedGrowth); else from the two scales' own runs.
  const paired = compared.paired;
  const p50: [number, number] = paired?.p50 ?? [computed(base).p50, computed(compared).p50];
  const p99: [number, number] = paired?.p99 ?? [computed(base).p99, computed(compared).p99];
  const sqlMedian: [number, number] | undefined = paired?.sql
    ? [paired.sql[0].medianMs, paired.sql[1].medianMs]
    : base.sql && compared.sql ? [base.sql.medianMs, compared.sql.medianMs] : undefined;
  const p50Ratio = p50[1] / p50[0];
  const sqlRatio = sqlMedian ? sqlMedian[1] / sqlMedian[0] : undefined;
  return {
    id: base.scenario.id, p50, p99, sqlMedian, p50Ratio, p99Ratio: p99[1] / p99[0], sqlRatio,
    met: p50Ratio <= targets.growth && (sqlRatio === undefined || sqlRatio <= targets.growth),
  };
}

export function growthTable(base: SuiteRun, compared: SuiteRun, targets: Targets): { lines: string[]; growths: Growth[] } {
  const growths = compared.results.flatMap((c) => {
    const b = base.results.find((r) => r.scenario.id === c.scenario.id);
    return b ? [growthOf(b, c, targets)] : [];
  });
  const [x, y] = [`${base.scale}×`, `${compared.scale}×`];
  const sideBySide = compared.results.some((r) => r.paired)
    ? [`Measured side by side: both data sets served at once; under load in the order ${x}, ${y}, ${y}, ${x} (half-length runs, each side the mean of its two), the raw queries timed in turn.`, '']
    : [];
  const lines = [
    ...sideBySide,
    `| scenario | p50 ms ${x} → ${y} | p50 growth | p99 ms ${x} → ${y} | p99 growth | raw SQL median ms ${x} → ${y} | SQL growth | within ${targets.growth}× (p50 and SQL) |`,
    '| --- | ---: | ---: | ---: | ---: | ---: | ---: | --- |',
    ...growths.map((g) =>
      `| ${g.id} | ${ms(g.p50[0])} → ${ms(g.p50[1])} | ${ratio(g.p50Ratio)} | ${ms(g.p99[0])} → ${ms(g.p99[1])} | ${ratio(g.p99Ratio)} | ` +
        `${g.sqlMedian ? `${ms(g.sqlMedian[0])} → ${ms(g.sqlMedian[1])}` : '–'} | ${g.sqlRatio === undefined ? '–' : ratio(g.sqlRatio)} | ${mark(g.met)} |`,
    ),
  ];
  return { lines, growths };
}

/** The plain statement: which scenario meets the p99 target, and whether the growth target holds. */
function p99Line(label: string, results: ScenarioResult[], of: (r: ScenarioResult) => number, targets: Targets, noteSingle = true): string {
  const met = results.filter((r) => of(r) < targets.p99Ms).map((r) => `${r.scenario.id} (${ms(of(r))} ms)`);
  const missed = results.filter((r) => of(r) >= targets.p99Ms).map((r) => `${r.scenario.id} (${ms(of(r))} ms${r.single === undefined || !noteSingle ? '' : `; ${ms(r.single.latency.p99)} ms on 1 connection`})`);
  return `- p99 under ${targets.p99Ms} ms ${label}: ${met.length > 0 ? `met by ${met.join(', ')}` : 'met by none'}${missed.length > 0 ? `; **missed** by ${missed.join(', ')}` : ''}.`;
}

export function verdictLines(base: SuiteRun, targets: Targets, growths: Growth[] | undefined): string[] {
  const flatOut = `at ${base.scale}×, flat out (each connection sends its next request as soon as the answer arrives)`;
  const lines = [p99Line(flatOut, base.results, (r) => r.real.latency.p99, targets)];
  // One connection: the cost of computing each answer, without queueing behind the others.
  const single = base.results.filter((r) => r.single);
  if (single.length > 0) lines.push(p99Line(`at ${base.scale}× on 1 connection (no queueing)`, single, (r) => r.single!.latency.p99, targets, false));
  const paced = base.results.filter((r) => r.paced);
  if (paced.length > 0) {
    const rate = paced[0]!.paced!.offeredRate ?? 0;
    // A run that could not keep up with the offered rate was saturated: its latency is queueing, and it does not meet the target.
    const keptUp = (r: ScenarioResult) => r.paced!.reqPerSec >= 0.95 * (r.paced!.offeredRate ?? 0);
    const describe = (r: ScenarioResult) => `${r.scenario.id} (${ms(r.paced!.latency.p99)} ms at ${Math.round(r.paced!.reqPerSec)} req/s${keptUp(r) ? '' : ', could not keep up'})`;
    const ok = paced.filter((r) => keptUp(r) && r.paced!.latency.p99 < targets.p99Ms);
    const not = paced.filter((r) => !ok.includes(r));
    lines.push(
      `- p99 under ${targets.p99Ms} ms at ${base.scale}×, at a fixed offered rate of ${rate} req/s on the same connections: ` +
        `${ok.length > 0 ? `met by ${ok.map(describe).join(', ')}` : 'met by none'}${not.length > 0 ? `; **missed** by ${not.map(describe).join(', ')}` : ''}.`,
    );
  }
  if (!growths) lines.push(`- Growth at 10× the data: not measured in this run (\`--compare-scale 0\`).`);
  else {
    const failed = growths.filter((g) => !g.met).map((g) => g.id);
    const p99 = growths.filter((g) => g.p99Ratio > targets.growth).map((g) => `${g.id} (${ratio(g.p99Ratio)})`);
    lines.push(
      `- List latency within ${targets.growth}× at the larger data set (median under load, and raw SQL median): ` +
        (failed.length === 0 ? `met by all ${growths.length} list scenarios` : `**missed** by ${failed.join(', ')}`) +
        (p99.length === 0 ? `; the p99 under load stayed within ${targets.growth}× too.` : `; the p99 under load grew more than ${targets.growth}× for ${p99.join(', ')}.`),
    );
  }
  return lines;
}
