/**
 * `npm run bench`: starts an isolated platform, puts each scenario's route under
 * load (then a bare Fastify route serving the same JSON, then the raw SQL of
 * the same query), prints the numbers and rewrites the suite's section of
 * docs/PERFORMANCE.md. One load at a time: the machine is small, and two loads
 * would measure each other.
 *
 * Suites with scaling scenarios (work-loop) then run those again on a second
 * platform holding the data at --compare-scale, and report the growth.
 */
import { spawn } from 'node:child_process';
import os from 'node:os';
import path from 'node:path';
import { projectRoot } from '../server/src/config.ts';
import { commandLine, parseBenchArgs, USAGE, type BenchOptions } from './lib/args.ts';
import { startBareServer } from './lib/bare-server.ts';
import { ensureWorkData } from './lib/generate-work.ts';
import { generateLoad, stopLoad, UncleanLoadError } from './lib/load.ts';
import { machineInfo } from './lib/machine.ts';
import { benchDataDir, startBenchPlatform, type BenchPlatform } from './lib/platform.ts';
import { progressFor } from './lib/progress.ts';
import { consoleSummary, writeSuiteReport } from './lib/report.ts';
import { timeQueriesInTurn, timeQuery } from './lib/sql-timing.ts';
import type { LoadResult, MachineInfo, PairedGrowth, Scenario, ScenarioResult, SqlTiming, Suite, SuiteContext, SuiteRun } from './lib/types.ts';
import { startWriter } from './lib/writer.ts';
import { foundationSuite } from './scenarios/foundation.ts';
import { indicatorsSuite } from './scenarios/indicators.ts';
import { workLoopSuite } from './scenarios/work-loop.ts';

const SUITES: Suite[] = [foundationSuite, workLoopSuite, indicatorsSuite];
/**
 * Scripts that start their own platform and write their own section (they need
 * a process of their own: a child load generator, a job worker, a fresh database).
 * Run after the suites, one at a time, by `npm run bench` or `--only <id>`.
 */
const STANDALONE: { id: string; script: string; args: (options: BenchOptions) => string[] }[] = [
  { id: 'office-day', script: 'bench/office-day.ts', args: (o) => ['--scale', String(o.scale)] },
  { id: 'imports', script: 'bench/imports.ts', args: () => [] },
  { id: 'portal', script: 'bench/portal.ts', args: () => [] },
  { id: 'results', script: 'bench/results.ts', args: () => [] },
];
const REPORT_FILE = path.join(projectRoot, 'docs', 'PERFORMANCE.md');
/** The compared platform's HTTP ports sit this far above the base one's (which uses port and port + 1). */
const COMPARED_PORT_OFFSET = 10;

const log = (message: string) => console.log(message);

async function fetchBody(url: string, headers: Record<string, string>): Promise<string> {
  const response = await fetch(url, { headers, signal: AbortSignal.timeout(180_000) });
  const text = await response.text();
  if (response.status !== 200) throw new Error(`GET ${url} answered ${response.status}: ${text.slice(0, 300)}`);
  return text;
}

interface LoadShape {
  connections: number;
  durationSeconds: number;
  warmupSeconds: number;
  paths?: string[];
  timeoutSeconds?: number;
  overallRate?: number;
}

async function load(label: string, url: string, headers: Record<string, string>, shape: LoadShape): Promise<LoadResult> {
  log(`  ${label}: ${shape.warmupSeconds} s warm-up + ${shape.durationSeconds} s × ${shape.connections} connection${shape.connections === 1 ? '' : 's'}…`);
  return generateLoad(`${label} (${url})`, { url, headers, ...shape });
}

/** Waits until the server has worked off its backlog: one answer as fast as `fastMs` (bounded by `limitMs`). */
async function settle(url: string, headers: Record<string, string>, fastMs: number, limitMs: number): Promise<void> {
  const deadline = Date.now() + limitMs;
  log(`  waiting for the platform to finish the requests left over from the load…`);
  while (Date.now() < deadline) {
    const started = Date.now();
    await fetchBody(url, headers);
    if (Date.now() - started <= fastMs) return;
  }
  throw new Error(`the platform still had a backlog ${limitMs / 1000} s after the load of ${url}`);
}

/** The flat-out run and, when the scenario asks, writes committed beside it. */
async function loadWithWrites(scenario: Scenario, platform: BenchPlatform, url: string, headers: Record<string, string>, shape: LoadShape): Promise<{ real: LoadResult; writes?: number }> {
  const writer = scenario.writesPerSecond ? await startWriter(platform.ownerDb, scenario.writesPerSecond) : undefined;
  let real: LoadResult;
  let writes: number | undefined;
  try {
    real = await load(`platform${writer ? ` + ${scenario.writesPerSecond} writes/s` : ''}`, url, headers, shape);
  } finally {
    writes = await writer?.stop();
  }
  return { real, ...(writes === undefined ? {} : { writes }) };
}

function headersOf(scenario: Scenario, platform: BenchPlatform): Record<string, string> {
  return scenario.signedInAs?.headers ?? (scenario.authenticated ? platform.sessionHeaders : {});
}

/**
 * One scenario's runs, every answer computed (the platform as deployed since decision 0017).
 * `computed: false` leaves out the raw SQL: the compared scale's pass, whose growth check
 * measures both side by side (pairedGrowth).
 */
async function runScenario(scenario: Scenario, platform: BenchPlatform, options: BenchOptions, computed = true): Promise<ScenarioResult> {
  log(`▶ ${scenario.id}: ${scenario.title}`);
  const headers = headersOf(scenario, platform);
  const url = `${platform.baseUrl}${scenario.path}`;
  const realBody = await fetchBody(url, headers);
  const shape: LoadShape = { connections: options.connections, durationSeconds: options.durationSeconds, warmupSeconds: options.warmupSeconds, paths: scenario.paths };
  // Computing answers that take seconds under 50 connections: longer, without warm-up, with a longer timeout.
  const computingShape: LoadShape = scenario.slow
    ? { ...shape, durationSeconds: scenario.slow.durationSeconds, warmupSeconds: 0, timeoutSeconds: scenario.slow.timeoutSeconds }
    : shape;
  // The single connection first: after a slow load, the server is still answering requests the client gave up on.
  const single = options.singleSeconds > 0
    ? await load('platform, 1 connection', url, headers, { ...computingShape, connections: 1, durationSeconds: options.singleSeconds, warmupSeconds: options.warmupSeconds })
    : undefined;
  const { real, writes } = await loadWithWrites(scenario, platform, url, headers, computingShape);
  if (scenario.slow) await settle(url, headers, 2 * (single?.latency.p99 ?? 5_000), 3 * scenario.slow.timeoutSeconds * 1000);
  // The same connections at a fixed pace: the latency of requests arriving at that rate rather than of a server kept saturated.
  const paced = options.rate > 0 && !scenario.slow
    ? await load(`platform at ${options.rate} req/s`, url, headers, { ...shape, warmupSeconds: 0, overallRate: options.rate })
    : undefined;

  let bare: LoadResult | undefined;
  if (scenario.bareResponseSchema) {
    const server = await startBareServer({
      port: options.port + 1,
      path: scenario.path,
      body: JSON.parse(realBody) as unknown,
      responseSchema: scenario.bareResponseSchema,
    });
    try {
      // The comparison only holds if the bare route sends the very same bytes.
      if ((await fetchBody(server.url, {})) !== realBody) throw new Error(`bare route for ${scenario.id} does not serve the platform's JSON`);
      bare = await load('bare Fastify', server.url, {}, { ...shape, paths: undefined });
    } finally {
      await server.close();
    }
  }

  const sql = computed && scenario.rawSql
    ? await timeQuery(scenario.rawSql.label, () => scenario.rawSql!.run({ db: platform.db }), scenario.rawSql.runs ?? options.sqlRuns)
    : undefined;
  const { id, title, path: route, authenticated, writesPerSecond } = scenario;
  // Each scenario's headline as soon as it is measured: a run stopped later still leaves these numbers.
  const brief = (r: LoadResult | undefined) => (r ? `${Math.round(r.reqPerSec)} req/s, p99 ${r.latency.p99.toFixed(2)} ms` : '–');
  log(`  = 1 connection: ${brief(single)}; ${options.connections} connections: ${brief(real)}; bare: ${brief(bare)}`);
  return { scenario: { id, title, path: route, authenticated, writesPerSecond, signedInAs: scenario.signedInAs?.role }, real, ...(writes === undefined ? {} : { writes }), single, paced, bare, sql };
}

/** `--only` takes scenario ids, or a suite's id for all of its scenarios (e.g. `--only indicators`). */
function selected(suite: Suite, options: BenchOptions, among = suite.scenarioIds): string[] {
  return among.filter((id) => options.only.length === 0 || options.only.includes(id) || options.only.includes(suite.id));
}

/** Platforms running now: a signal stops them all (the growth check runs two at once). */
const openPlatforms = new Set<BenchPlatform>();
let stopping = false;

function onSignal(signal: NodeJS.Signals): void {
  if (stopping) return;
  stopping = true;
  log(`\n${signal}: stopping the load and the bench platforms…`);
  stopLoad();
  // The embedded PostgreSQL runs in its own process group, so Ctrl-C does not reach it: stop it ourselves.
  void Promise.allSettled([...openPlatforms].map((p) => p.close())).finally(() => process.exit(130));
}

/** Starts the platform on the data dir of `scale`, runs `body`, and stops it whatever happens (Ctrl-C included). */
async function withPlatform<T>(scale: number, options: BenchOptions, body: (platform: BenchPlatform) => Promise<T>): Promise<T> {
  const dataDir = benchDataDir(scale);
  log(`Starting the bench platform (data in ${dataDir}, PostgreSQL on port ${options.pgPort}, HTTP on 127.0.0.1:${options.port})…`);
  const platform = await startBenchPlatform({ port: options.port, pgPort: options.pgPort, dataDir, log });
  openPlatforms.add(platform);
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);
  try {
    return await body(platform);
  } finally {
    openPlatforms.delete(platform);
    if (openPlatforms.size === 0) {
      process.off('SIGINT', onSignal);
      process.off('SIGTERM', onSignal);
    }
    await platform.close();
    log('Bench platform stopped.');
  }
}

function contextOf(platform: BenchPlatform, scale: number): SuiteContext {
  return { db: platform.db, ownerDb: platform.ownerDb, baseUrl: platform.baseUrl, scale, log, signIn: platform.signIn };
}

async function runSuite(suite: Suite, ids: string[], platform: BenchPlatform, scale: number, options: BenchOptions, computed = true): Promise<SuiteRun> {
  log(`\n■ ${suite.title} (data scale ${scale})`);
  const prepared = await suite.prepare(contextOf(platform, scale));
  const results: ScenarioResult[] = [];
  for (const scenario of prepared.scenarios.filter((s) => ids.includes(s.id))) results.push(await runScenario(scenario, platform, options, computed));
  return { scale, preamble: prepared.preamble ?? [], results, scenarios: prepared.scenarios };
}

interface Side {
  scenario: Scenario;
  platform: BenchPlatform;
}

/**
 * The growth check side by side (PairedGrowth): with both platforms up, the
 * load runs in the order base, compared, compared, base — half the
 * usual duration each — and the raw queries are timed in turn.
 */
async function pairedGrowth(base: Side, compared: Side, options: BenchOptions): Promise<PairedGrowth> {
  log(`▶ ${compared.scenario.id}: growth, ${options.scale}× and ${options.compareScale}× side by side`);
  const shape: LoadShape = { connections: options.connections, durationSeconds: Math.max(1, Math.round(options.durationSeconds / 2)), warmupSeconds: options.warmupSeconds };
  const run = (side: Side, label: string) =>
    load(label, `${side.platform.baseUrl}${side.scenario.path}`, headersOf(side.scenario, side.platform), { ...shape, paths: side.scenario.paths });
  const baseFirst = await run(base, `${options.scale}×`);
  const comparedFirst = await run(compared, `${options.compareScale}×`);
  const comparedSecond = await run(compared, `${options.compareScale}×`);
  const baseSecond = await run(base, `${options.scale}×`);
  const mean = (a: LoadResult, b: LoadResult, of: (r: LoadResult) => number) => (of(a) + of(b)) / 2;
  const both = (of: (r: LoadResult) => number): [number, number] => [mean(baseFirst, baseSecond, of), mean(comparedFirst, comparedSecond, of)];
  const [baseSql, comparedSql] = [base.scenario.rawSql, compared.scenario.rawSql];
  const sql = baseSql && comparedSql
    ? (await timeQueriesInTurn(baseSql.label, [() => baseSql.run({ db: base.platform.db }), () => comparedSql.run({ db: compared.platform.db })], baseSql.runs ?? options.sqlRuns)) as [SqlTiming, SqlTiming]
    : undefined;
  return { p50: both((r) => r.latency.p50), p99: both((r) => r.latency.p99), ...(sql ? { sql } : {}) };
}

function report(suite: Suite, base: SuiteRun, compared: SuiteRun | undefined, machine: MachineInfo, options: BenchOptions, argv: string[], loadAverageBefore: number): void {
  const suiteReport = {
    suite: { id: suite.id, title: suite.title },
    date: new Date(),
    machine,
    command: commandLine(argv),
    settings: {
      durationSeconds: options.durationSeconds, connections: options.connections, warmupSeconds: options.warmupSeconds, singleSeconds: options.singleSeconds, rate: options.rate,
      sqlRuns: options.sqlRuns,
    },
    loadAverageBefore,
    results: base.results,
    preamble: base.preamble,
    conclusion: suite.scaling ? suite.scaling.conclude(base, compared) : suite.conclude?.(base),
  };
  log('');
  log(consoleSummary(suiteReport));
  if (compared) log(consoleSummary({ ...suiteReport, suite: { ...suiteReport.suite, title: `${suite.title} at ${compared.scale}×` }, results: compared.results }));
  for (const line of suiteReport.conclusion ?? []) if (line !== '' && !line.startsWith('#')) log(line.replace(/\*\*/g, ''));
  if (options.write) {
    writeSuiteReport(REPORT_FILE, suiteReport);
    log(`\nWrote the "${suite.id}" section of ${path.relative(process.cwd(), REPORT_FILE)}`);
  }
}

async function benchmark(options: BenchOptions, argv: string[], loadAverageBefore: number): Promise<void> {
  const suites = SUITES.filter((s) => selected(s, options).length > 0);
  const runs = new Map<Suite, SuiteRun>();
  const scaling = suites.filter((s) => s.scaling && selected(s, options, s.scaling.scenarioIds).length > 0);
  const compared = new Map<Suite, SuiteRun>();
  await withPlatform(options.scale, options, async (platform) => {
    const info = await machineInfo(platform.db);
    for (const suite of suites) runs.set(suite, await runSuite(suite, selected(suite, options), platform, options.scale, options));
    if (options.compareScale > 0 && options.compareScale !== options.scale && scaling.length > 0) {
      // The larger data set beside the base one (other ports), so that the growth can be measured side by side.
      const comparedOptions = { ...options, port: options.port + COMPARED_PORT_OFFSET, pgPort: options.pgPort + 1 };
      await withPlatform(options.compareScale, comparedOptions, async (comparedPlatform) => {
        // The growth check compares the flat-out median and the raw SQL, measured side by side below: the compared pass itself
        // runs only the flat-out load and the bare server (no single-connection, fixed-rate or raw SQL runs).
        const growthOptions = { ...comparedOptions, singleSeconds: 0, rate: 0 };
        for (const suite of scaling) {
          const baseRun = runs.get(suite)!;
          const comparedRun = await runSuite(suite, selected(suite, options, suite.scaling!.scenarioIds), comparedPlatform, options.compareScale, growthOptions, false);
          for (const result of comparedRun.results) {
            const baseScenario = baseRun.scenarios.find((s) => s.id === result.scenario.id);
            const comparedScenario = comparedRun.scenarios.find((s) => s.id === result.scenario.id)!;
            if (baseScenario) result.paired = await pairedGrowth({ scenario: baseScenario, platform }, { scenario: comparedScenario, platform: comparedPlatform }, options);
          }
          compared.set(suite, comparedRun);
        }
      });
    }
    // Reported before the platform stops: a stop that goes wrong must not take the measurements with it.
    for (const suite of suites) report(suite, runs.get(suite)!, compared.get(suite), info, options, argv, loadAverageBefore);
  });
}

/** --generate-only: the data at both scales, timed, and nothing measured. */
async function generateOnly(options: BenchOptions): Promise<void> {
  for (const scale of [...new Set([options.scale, options.compareScale].filter((s) => s > 0))]) {
    await withPlatform(scale, options, async (platform) => {
      const { marker, generated } = await ensureWorkData(platform.ownerDb, { scale, now: new Date(), progress: progressFor(), log });
      log(generated ? `Scale ${scale}: generated in ${marker.seconds} s.` : `Scale ${scale}: already there (generated ${marker.generatedAt} in ${marker.seconds} s).`);
    });
  }
}

async function main(): Promise<void> {
  const argv = process.argv.slice(2);
  let options: BenchOptions;
  try {
    options = parseBenchArgs(argv);
  } catch (error) {
    console.error(`${(error as Error).message}\n\n${USAGE}`);
    process.exitCode = 2;
    return;
  }
  if (options.help) return log(USAGE);
  const known = [...SUITES.flatMap((s) => [s.id, ...s.scenarioIds]), ...STANDALONE.map((s) => s.id)];
  const unknown = options.only.filter((id) => !known.includes(id));
  if (unknown.length > 0) {
    console.error(`Unknown scenario ${unknown.join(', ')}; known: ${known.join(', ')}`);
    process.exitCode = 2;
    return;
  }
  if (options.generateOnly) return generateOnly(options);
  // Taken before our own work starts; later it would mostly measure us.
  const loadAverageBefore = os.loadavg()[0] ?? 0;
  if (SUITES.some((s) => selected(s, options).length > 0)) await benchmark(options, argv, loadAverageBefore);
  for (const standalone of STANDALONE) {
    if (options.only.length > 0 && !options.only.includes(standalone.id)) continue;
    await runStandalone(standalone.script, [...standalone.args(options), ...(options.write ? ['--write'] : [])]);
  }
}

function runStandalone(script: string, args: string[]): Promise<void> {
  log(`\n▶ ${script} ${args.join(' ')}`);
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', path.join(projectRoot, script), ...args], { cwd: projectRoot, stdio: 'inherit' });
    child.once('error', reject);
    child.once('exit', (code) => (code === 0 ? resolve() : reject(new Error(`${script} exited with ${code}`))));
  });
}

main().catch((error: unknown) => {
  console.error(`\nBenchmark failed: ${error instanceof Error ? error.message : String(error)}`);
  // A dirty load is a finding, not a crash: its message says all there is.
  if (error instanceof Error && !(error instanceof UncleanLoadError)) console.error(error.stack);
  process.exitCode = 1;
});
