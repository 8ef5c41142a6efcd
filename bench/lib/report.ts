/**
 * Turns results into Markdown and puts them into docs/PERFORMANCE.md between
 * the suite's markers, leaving every other section of the document alone so
 * each suite can be rerun on its own.
 */
import fs from 'node:fs';
import type { LoadResult, ScenarioResult, SuiteReport } from './types.ts';

export function markersOf(suiteId: string): { start: string; end: string } {
  return { start: `<!-- bench:${suiteId}:start -->`, end: `<!-- bench:${suiteId}:end -->` };
}

/** Replaces the marked section (markers kept); appends it when the document has none yet. */
export function replaceMarkedSection(document: string, suiteId: string, content: string): string {
  const { start, end } = markersOf(suiteId);
  const block = `${start}\n${content.trim()}\n${end}`;
  const from = document.indexOf(start);
  const to = document.indexOf(end);
  if (from === -1 && to === -1) return `${document.trimEnd()}\n\n${block}\n`;
  if (from === -1 || to === -1 || to < from || document.indexOf(start, from + 1) !== -1) {
    throw new Error(`The markers of "${suiteId}" are damaged (missing, repeated or out of order); fix them by hand.`);
  }
  return document.slice(0, from) + block + document.slice(to + end.length);
}

const integer = (n: number) => Math.round(n).toLocaleString('en-US');
const ms = (n: number) => n.toFixed(2);

function loadRow(label: string, r: LoadResult): string {
  return `| ${label} | ${integer(r.reqPerSec)} | ${ms(r.latency.p50)} | ${ms(r.latency.p97_5)} | ${ms(r.latency.p99)} | ${r.errors + r.timeouts} / ${r.non2xx} |`;
}

/** "98 writes committed during the run". */
export function writesNote(writes: number): string {
  return `${integer(writes)} writes committed during the run`;
}

function scenarioSection(result: ScenarioResult): string {
  const who = result.scenario.signedInAs ? `platform, as ${result.scenario.signedInAs}` : result.scenario.authenticated ? 'platform, authenticated' : 'platform';
  const lines = [
    `#### ${result.scenario.title}`,
    '',
    '| scenario | req/s | p50 ms | p97.5 ms | p99 ms | errors / non-2xx |',
    '| --- | ---: | ---: | ---: | ---: | ---: |',
    loadRow(result.writes === undefined ? who : `${who} (${writesNote(result.writes)})`, result.real),
  ];
  if (result.paced) lines.push(loadRow(`platform, ${integer(result.paced.offeredRate ?? 0)} req/s offered (fixed rate)`, result.paced));
  if (result.single) lines.push(loadRow('platform, 1 connection (no queueing)', result.single));
  if (result.bare) lines.push(loadRow('bare Fastify, same JSON', result.bare));
  if (result.sql) {
    const s = result.sql;
    lines.push('', `Raw SQL, ${s.label}: median **${ms(s.medianMs)} ms** (p99 ${ms(s.p99Ms)} ms) over ${s.runs} sequential runs.`);
  }
  return lines.join('\n');
}

export function renderSuiteReport(report: SuiteReport): string {
  const { machine: m, settings: s } = report;
  return [
    `### ${report.suite.title}`,
    '',
    `- Date: ${report.date.toISOString().replace(/\.\d{3}Z$/, 'Z')}`,
    `- Machine: ${m.cpu}, ${m.cores} cores, ${m.memoryGiB} GiB RAM; ${m.os}`,
    `- Software: Node ${m.node}, PostgreSQL ${m.postgres} (embedded)`,
    `- Command: \`${report.command}\``,
    `- Load: ${s.connections} connections, ${s.durationSeconds} s per run after ${s.warmupSeconds} s of warm-up, one run at a time` +
      (s.rate ? `; then the same connections at a fixed offered rate of ${integer(s.rate)} req/s (autocannon \`overallRate\`)` : '') +
      (s.singleSeconds ? `; plus a ${s.singleSeconds} s run on 1 connection` : '') +
      '; the platform as deployed, every answer computed (no read cache since decision 0017)' +
      ` (machine load average before: ${report.loadAverageBefore.toFixed(2)})`,
    ...(report.preamble ?? []),
    '',
    ...report.results.flatMap((r) => [scenarioSection(r), '']),
    ...(report.conclusion ? [...report.conclusion, ''] : []),
  ].join('\n');
}

export function writeSuiteReport(file: string, report: SuiteReport): void {
  const existing = fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : '# Performance\n';
  fs.writeFileSync(file, replaceMarkedSection(existing, report.suite.id, renderSuiteReport(report)));
}

/** The same numbers, aligned for a terminal. */
export function consoleSummary(report: SuiteReport): string {
  const header = ['scenario', 'req/s', 'p50 ms', 'p97.5 ms', 'p99 ms', 'err/non2xx'];
  const rows: string[][] = [];
  for (const r of report.results) {
    const row = (label: string, l: LoadResult) =>
      rows.push([label, integer(l.reqPerSec), ms(l.latency.p50), ms(l.latency.p97_5), ms(l.latency.p99), `${l.errors + l.timeouts}/${l.non2xx}`]);
    row(`${r.scenario.id} (platform${r.writes === undefined ? '' : `, ${integer(r.writes)} writes`})`, r.real);
    if (r.paced) row(`${r.scenario.id} (at ${integer(r.paced.offeredRate ?? 0)} req/s)`, r.paced);
    if (r.single) row(`${r.scenario.id} (1 connection)`, r.single);
    if (r.bare) row(`${r.scenario.id} (bare)`, r.bare);
    if (r.sql) rows.push([`${r.scenario.id} (raw SQL median)`, '', ms(r.sql.medianMs), '', ms(r.sql.p99Ms), '']);
  }
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((row) => row[i]!.length)));
  const format = (cells: string[]) => cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  ');
  return [report.suite.title, format(header), ...rows.map(format)].join('\n');
}
