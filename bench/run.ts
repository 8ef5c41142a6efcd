/**
 * `npm run bench`: starts an isolated platform, puts each scenario's route under
 * load (then a bare Fastify route serving the same JSON, then the raw SQL of
 * the same query), prints the numbers and rewrites the suite's section of
 * docs/PERFORMANCE.md. One load at a time: the machine is small, and two loads
 * would measure each other.
 */
import os from 'node:os';
import path from 'node:path';
import { projectRoot } from '../server/src/config.ts';
import { commandLine, parseBenchArgs, USAGE, type BenchOptions } from './lib/args.ts';
import { startBareServer } from './lib/bare-server.ts';
import { generateLoad, stopLoad, UncleanLoadError } from './lib/load.ts';
import { machineInfo } from './lib/machine.ts';
import { startBenchPlatform, type BenchPlatform } from './lib/platform.ts';
import { consoleSummary, writeSuiteReport } from './lib/report.ts';
import { timeQuery } from './lib/sql-timing.ts';
import type { LoadResult, Scenario, ScenarioResult, Suite, SuiteReport } from './lib/types.ts';
import { foundationSuite } from './scenarios/foundation.ts';

const SUITES: Suite[] = [foundationSuite];
const REPORT_FILE = path.join(projectRoot, 'docs', 'PERFORMANCE.md');

const log = (message: string) => console.log(message);

async function fetchBody(url: string, headers: Record<string, string>): Promise<string> {
  const response = await fetch(url, { headers, signal: AbortSignal.timeout(10_000) });
  const text = await response.text();
  if (response.status !== 200) throw new Error(`GET ${url} answered ${response.status}: ${text.slice(0, 300)}`);
  return text;
}

async function load(label: string, url: string, headers: Record<string, string>, options: BenchOptions): Promise<LoadResult> {
  log(`  ${label}: ${options.warmupSeconds} s warm-up + ${options.durationSeconds} s × ${options.connections} connections…`);
  return generateLoad(`${label} (${url})`, {
    url,
    headers,
    connections: options.connections,
    durationSeconds: options.durationSeconds,
    warmupSeconds: options.warmupSeconds,
  });
}

async function runScenario(scenario: Scenario, platform: BenchPlatform, options: BenchOptions): Promise<ScenarioResult> {
  log(`▶ ${scenario.id}: ${scenario.title}`);
  const headers = scenario.authenticated ? platform.sessionHeaders : {};
  const url = `${platform.baseUrl}${scenario.path}`;
  const realBody = await fetchBody(url, headers);
  const real = await load('platform', url, headers, options);

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
      bare = await load('bare Fastify', server.url, {}, options);
    } finally {
      await server.close();
    }
  }

  const sql = scenario.rawSql
    ? await timeQuery(scenario.rawSql.label, () => scenario.rawSql!.run({ db: platform.db }), options.sqlRuns)
    : undefined;
  return { scenario: { id: scenario.id, title: scenario.title, path: scenario.path, authenticated: scenario.authenticated }, real, bare, sql };
}

async function runSuites(platform: BenchPlatform, options: BenchOptions, argv: string[], loadAverageBefore: number): Promise<void> {
  const machine = await machineInfo(platform.db);
  for (const suite of SUITES) {
    const scenarios = suite.scenarios.filter((s) => options.only.length === 0 || options.only.includes(s.id));
    if (scenarios.length === 0) continue;
    const date = new Date();
    await suite.prepare?.({ db: platform.db });
    const results: ScenarioResult[] = [];
    for (const scenario of scenarios) results.push(await runScenario(scenario, platform, options));
    const report: SuiteReport = {
      suite: { id: suite.id, title: suite.title },
      date,
      machine,
      command: commandLine(argv),
      settings: { durationSeconds: options.durationSeconds, connections: options.connections, warmupSeconds: options.warmupSeconds, sqlRuns: options.sqlRuns },
      loadAverageBefore,
      results,
    };
    log('');
    log(consoleSummary(report));
    if (options.write) {
      writeSuiteReport(REPORT_FILE, report);
      log(`\nWrote the "${suite.id}" section of ${path.relative(process.cwd(), REPORT_FILE)}`);
    }
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
  const known = SUITES.flatMap((s) => s.scenarios.map((c) => c.id));
  const unknown = options.only.filter((id) => !known.includes(id));
  if (unknown.length > 0) {
    console.error(`Unknown scenario ${unknown.join(', ')}; known: ${known.join(', ')}`);
    process.exitCode = 2;
    return;
  }

  // Taken before our own work starts; later it would mostly measure us.
  const loadAverageBefore = os.loadavg()[0] ?? 0;
  log(`Starting the bench platform (data in var/bench, PostgreSQL on port ${options.pgPort}, HTTP on 127.0.0.1:${options.port})…`);
  const platform = await startBenchPlatform({ port: options.port, pgPort: options.pgPort, log });
  // The embedded PostgreSQL runs in its own process group, so Ctrl-C does not
  // reach it: stop it ourselves before leaving.
  const onSignal = (signal: NodeJS.Signals) => {
    log(`\n${signal}: stopping the load and the bench platform…`);
    stopLoad();
    void platform.close().finally(() => process.exit(130));
  };
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);
  try {
    await runSuites(platform, options, argv, loadAverageBefore);
  } finally {
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
    await platform.close();
    log('Bench platform stopped.');
  }
}

main().catch((error: unknown) => {
  console.error(`\nBenchmark failed: ${error instanceof Error ? error.message : String(error)}`);
  // A dirty load is a finding, not a crash: its message says all there is.
  if (error instanceof Error && !(error instanceof UncleanLoadError)) console.error(error.stack);
  process.exitCode = 1;
});
