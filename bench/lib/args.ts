/**
 * Command-line options of `npm run bench`. Pure: takes argv, returns options or
 * throws a message meant for the person at the terminal.
 */
import { parseArgs } from 'node:util';

export interface BenchOptions {
  durationSeconds: number;
  connections: number;
  warmupSeconds: number;
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
  help: boolean;
}

export const DEFAULT_OPTIONS: BenchOptions = {
  durationSeconds: 10,
  connections: 50,
  warmupSeconds: 2,
  sqlRuns: 200,
  only: [],
  write: true,
  port: 3300,
  pgPort: 54500,
  help: false,
};

export const USAGE = `Usage: npm run bench -- [options]

  --duration <s>      seconds of load per run (default ${DEFAULT_OPTIONS.durationSeconds})
  --connections <n>   concurrent connections (default ${DEFAULT_OPTIONS.connections})
  --warmup <s>        seconds of discarded load before each run (default ${DEFAULT_OPTIONS.warmupSeconds})
  --sql-runs <n>      runs per raw SQL timing (default ${DEFAULT_OPTIONS.sqlRuns})
  --only <ids>        only these scenarios, comma-separated or repeated (e.g. members)
  --no-write          print results without rewriting docs/PERFORMANCE.md
  --port <n>          platform HTTP port (default ${DEFAULT_OPTIONS.port}; bare server: port + 1)
  --pg-port <n>       embedded PostgreSQL port (default ${DEFAULT_OPTIONS.pgPort})
  --help              this text`;

function integer(name: string, raw: string | undefined, fallback: number, min: number, max: number): number {
  if (raw === undefined) return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < min || value > max) {
    throw new Error(`--${name} must be an integer from ${min} to ${max}, got "${raw}"`);
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
      'sql-runs': { type: 'string' },
      only: { type: 'string', multiple: true },
      write: { type: 'boolean' },
      port: { type: 'string' },
      'pg-port': { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (positionals.length > 0) throw new Error(`Unexpected argument "${positionals[0]}"`);
  const d = DEFAULT_OPTIONS;
  return {
    durationSeconds: integer('duration', values.duration, d.durationSeconds, 1, 600),
    connections: integer('connections', values.connections, d.connections, 1, 10_000),
    warmupSeconds: integer('warmup', values.warmup, d.warmupSeconds, 0, 60),
    sqlRuns: integer('sql-runs', values['sql-runs'], d.sqlRuns, 1, 100_000),
    only: (values.only ?? []).flatMap((v) => v.split(',')).map((v) => v.trim()).filter(Boolean),
    write: values.write ?? d.write,
    port: integer('port', values.port, d.port, 1, 65_534),
    pgPort: integer('pg-port', values['pg-port'], d.pgPort, 1, 65_535),
    help: values.help ?? false,
  };
}

/** The command as someone would type it again, for the report. */
export function commandLine(argv: string[]): string {
  const quoted = argv.map((a) => (/^[\w@%+=:,./-]+$/.test(a) ? a : `'${a.replace(/'/g, `'\\''`)}'`));
  return quoted.length > 0 ? `npm run bench -- ${quoted.join(' ')}` : 'npm run bench';
}
