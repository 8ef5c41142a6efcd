/**
 * Command-line options of `npm run bench`. Pure: takes argv, returns options or
 * throws a message meant for the person at the terminal.
 */
import { parseArgs } from 'node:util';

export interface BenchOptions {
  durationSeconds: number;
  connections: number;
  warmupSeconds: number;
  /** Seconds of an extra single-connection run per scenario (latency without queueing); 0 skips it. */
  singleSeconds: number;
  /**
   * Offered load of the extra fixed-rate run per scenario, requests per second
   * over all connections (autocannon's overallRate); 0 skips it. Open-loop-like:
   * the latency of requests that arrive at this pace, not of a saturated server.
   */
  rate: number;
  /** Median of this many sequential runs for each raw SQL timing. */
  sqlRuns: number;
  /** Scenario ids to run; empty means all. */
  only: string[];
  /** Rewrite the results section of docs/PERFORMANCE.md. */
  write: boolean;
  /** HTTP port of the platform under test; the bare Fastify server uses the next one. */
  port: number;
  /** Port of the bench's own embedded PostgreSQL. */
  pgPort: number;
  /** Data scale of the work-loop suite: 1 = 50k tasks, 200k shares, 500k+ reports. */
  scale: number;
  /** Scale at which the scaling scenarios run again for comparison; 0 skips it. */
  compareScale: number;
  /** Generate (or find) the data at both scales, measure nothing. */
  generateOnly: boolean;
  help: boolean;
}

export const DEFAULT_OPTIONS: BenchOptions = {
  durationSeconds: 10,
  connections: 50,
  warmupSeconds: 2,
  singleSeconds: 5,
  rate: 0,
  sqlRuns: 200,
  only: [],
  write: true,
  port: 3300,
  pgPort: 54500,
  scale: 1,
  compareScale: 10,
  generateOnly: false,
  help: false,
};

export const USAGE = `Usage: npm run bench -- [options]

  --duration <s>      seconds of load per run (default ${DEFAULT_OPTIONS.durationSeconds})
  --connections <n>   concurrent connections (default ${DEFAULT_OPTIONS.connections})
  --warmup <s>        seconds of discarded load before each run (default ${DEFAULT_OPTIONS.warmupSeconds})
  --single <s>        seconds of a 1-connection run per scenario, latency without queueing (default ${DEFAULT_OPTIONS.singleSeconds}; 0: skip)
  --rate <n>          requests/s of a fixed-rate run per scenario on the same connections (default ${DEFAULT_OPTIONS.rate}; 0: skip)
  --sql-runs <n>      runs per raw SQL timing (default ${DEFAULT_OPTIONS.sqlRuns})
  --only <ids>        only these scenarios, or a suite's id for all of its scenarios, or a standalone script (office-day, imports); comma-separated or repeated (e.g. members, indicators)
  --no-write          print results without rewriting docs/PERFORMANCE.md
  --port <n>          platform HTTP port (default ${DEFAULT_OPTIONS.port}; bare server: port + 1)
  --pg-port <n>       embedded PostgreSQL port (default ${DEFAULT_OPTIONS.pgPort})
  --scale <x>         work-loop data scale (default ${DEFAULT_OPTIONS.scale}: 50k tasks, 200k shares, 500k+ reports)
  --compare-scale <x> rerun the list scenarios at this scale for the growth check (default ${DEFAULT_OPTIONS.compareScale}; 0: skip)
  --generate-only     generate (or find) the data at both scales, then stop
  --help              this text`;

function integer(name: string, raw: string | undefined, fallback: number, min: number, max: number): number {
  if (raw === undefined) return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < min || value > max) {
    throw new Error(`--${name} must be an integer from ${min} to ${max}, got "${raw}"`);
  }
  return value;
}

function scaleOf(name: string, raw: string | undefined, fallback: number, allowZero: boolean): number {
  if (raw === undefined) return fallback;
  const value = Number(raw);
  if (!Number.isFinite(value) || value > 100 || (allowZero ? value < 0 : value <= 0) || (value > 0 && value < 0.001)) {
    throw new Error(`--${name} must be a number from ${allowZero ? '0' : '0.001'} to 100, got "${raw}"`);
  }
  return value;
}

export function parseBenchArgs(argv: string[]): BenchOptions {
  const { values, positionals } = parseArgs({
    args: argv,
    strict: true,
    allowPositionals: true,
    allowNegative: true,
    options: {
      duration: { type: 'string' },
      connections: { type: 'string' },
      warmup: { type: 'string' },
      single: { type: 'string' },
      rate: { type: 'string' },
      'sql-runs': { type: 'string' },
      only: { type: 'string', multiple: true },
      write: { type: 'boolean' },
      port: { type: 'string' },
      'pg-port': { type: 'string' },
      scale: { type: 'string' },
      'compare-scale': { type: 'string' },
      'generate-only': { type: 'boolean' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (positionals.length > 0) throw new Error(`Unexpected argument "${positionals[0]}"`);
  const d = DEFAULT_OPTIONS;
  return {
    durationSeconds: integer('duration', values.duration, d.durationSeconds, 1, 600),
    connections: integer('connections', values.connections, d.connections, 1, 10_000),
    warmupSeconds: integer('warmup', values.warmup, d.warmupSeconds, 0, 60),
    singleSeconds: integer('single', values.single, d.singleSeconds, 0, 600),
    rate: integer('rate', values.rate, d.rate, 0, 100_000),
    sqlRuns: integer('sql-runs', values['sql-runs'], d.sqlRuns, 1, 100_000),
    only: (values.only ?? []).flatMap((v) => v.split(',')).map((v) => v.trim()).filter(Boolean),
    write: values.write ?? d.write,
    port: integer('port', values.port, d.port, 1, 65_534),
    pgPort: integer('pg-port', values['pg-port'], d.pgPort, 1, 65_535),
    scale: scaleOf('scale', values.scale, d.scale, false),
    compareScale: scaleOf('compare-scale', values['compare-scale'], d.compareScale, true),
    generateOnly: values['generate-only'] ?? false,
    help: values.help ?? false,
  };
}

/** The command as someone would type it again, for the report. */
export function commandLine(argv: string[]): string {
  const quoted = argv.map((a) => (/^[\w@%+=:,./-]+$/.test(a) ? a : `'${a.replace(/'/g, `'\\''`)}'`));
  return quoted.length > 0 ? `npm run bench -- ${quoted.join(' ')}` : 'npm run bench';
}

/** A standalone bench script's numeric option: `--name <n>` on the command line, else the fallback. */
export function numberArg(name: string, fallback: number, argv: string[] = process.argv): number {
  const at = argv.indexOf(`--${name}`);
  return at >= 0 ? Number(argv[at + 1]) : fallback;
}
