/**
 * The vocabulary of the benchmark: a suite is a group of scenarios that share
 * one results section in docs/PERFORMANCE.md (its markers); a scenario is one
 * HTTP route put under load, optionally beside a bare Fastify route serving the
 * same JSON and beside the raw SQL time of the query behind it.
 */
import type { TSchema } from 'typebox';
import type { Db } from '../../server/src/db/database.ts';

/** Latency percentiles of one load run, in milliseconds (sub-millisecond precision). */
export interface LatencySummary {
  p50: number;
  p97_5: number;
  p99: number;
  mean: number;
  max: number;
}

export interface LoadResult {
  reqPerSec: number;
  /** The fixed rate asked for, when the run was paced. */
  offeredRate?: number;
  totalRequests: number;
  latency: LatencySummary;
  /** Connection errors (autocannon counts timeouts among them). */
  errors: number;
  timeouts: number;
  non2xx: number;
}

export interface SqlTiming {
  label: string;
  runs: number;
  medianMs: number;
  p99Ms: number;
}

/** What a scenario may use while it runs: the platform's database, for raw SQL timings. */
export interface ScenarioContext {
  db: Db;
}

export interface Scenario {
  /** Used by `--only`; short and stable. */
  id: string;
  title: string;
  /** GET path on the platform, query string included. */
  path: string;
  /**
   * More paths to spread the load over (e.g. random task ids); each connection
   * cycles through them. The bare route and the first check use `path`.
   */
  paths?: string[];
  /** Send the bench user's session cookie. */
  authenticated: boolean;
  /** Headers of another signed-in user than the default office one, and its role for the report. */
  signedInAs?: { role: string; headers: Record<string, string> };
  /**
   * When set, a bare Fastify route serves the JSON the platform returned, with
   * this response schema, so serialisation costs the same and the difference is
   * the platform's own work (session, policy, database, hooks).
   */
  bareResponseSchema?: TSchema;
  /** The query behind the route, run directly on the database; `runs` overrides --sql-runs for slow ones. */
  rawSql?: { label: string; run: (context: ScenarioContext) => Promise<unknown>; runs?: number };
  /**
   * For answers that take seconds under load: a longer measured run (the default
   * one may not see a single answer), no warm-up, and a per-request timeout
   * above autocannon's default 10 s.
   */
  slow?: { durationSeconds: number; timeoutSeconds: number };
  /** Committed writes per second beside the flat-out run (lib/writer.ts). */
  writesPerSecond?: number;
}

/** What a suite may use to set itself up: both connections, the chosen data scale, the means to sign users in. */
export interface SuiteContext extends ScenarioContext {
  /** Owner connection: bulk loading, VACUUM, CHECKPOINT. */
  ownerDb: Db;
  baseUrl: string;
  scale: number;
  log: (message: string) => void;
  /** Creates (or refreshes) a bench user with these roles and returns its session cookie header. */
  signIn: (username: string, roles: BenchRole[]) => Promise<Record<string, string>>;
}

export interface BenchRole {
  role: 'office' | 'liaison' | 'editor' | 'observer';
  memberCode?: string;
}

export interface PreparedSuite {
  scenarios: Scenario[];
  /** Markdown lines put before the results (e.g. the data the suite ran on). */
  preamble?: string[];
}

export interface Suite {
  /** Names the markers `<!-- bench:<id>:start -->` / `<!-- bench:<id>:end -->`. */
  id: string;
  title: string;
  /** Scenario ids, known before any data exists (for `--only`). */
  scenarioIds: string[];
  /** Generates or finds its data and builds the scenarios on it; runs once before them. */
  prepare: (context: SuiteContext) => Promise<PreparedSuite>;
  /**
   * Scenarios to measure again on the data at `--compare-scale`, and the Markdown
   * (comparison, verdict) written after the results from both runs.
   */
  scaling?: {
    scenarioIds: string[];
    conclude: (base: SuiteRun, compared: SuiteRun | undefined) => string[];
  };
  /** Markdown lines written after the results when there is no scaling run. */
  conclude?: (run: SuiteRun) => string[];
}

/** One pass of a suite over the data at one scale. */
export interface SuiteRun {
  scale: number;
  preamble: string[];
  results: ScenarioResult[];
  /** The scenarios as prepared on this data (the growth check runs them again beside the other scale's). */
  scenarios: Scenario[];
}

/**
 * The growth check measured side by side: both data sets served at once and
 * measured in alternation, so that a change in the machine's load (which moves
 * the same query's median by 2× between runs here) hits both sides alike.
 */
export interface PairedGrowth {
  /** Median and p99 under load, [base, compared]: the mean of two runs a side (base, compared, compared, base). */
  p50: [number, number];
  p99: [number, number];
  /** Raw SQL, the two data sets' queries timed in alternation. */
  sql?: [SqlTiming, SqlTiming];
}

export interface ScenarioResult {
  scenario: Pick<Scenario, 'id' | 'title' | 'path' | 'authenticated' | 'writesPerSecond'> & { signedInAs?: string };
  /** The platform as deployed (every answer computed, decision 0017), flat out. */
  real: LoadResult;
  /** Writes committed beside the flat-out run (Scenario.writesPerSecond). */
  writes?: number;
  /** The platform on a single connection: the cost of computing an answer, without queueing. */
  single?: LoadResult;
  /** The platform on the same connections at a fixed offered rate (LoadSettings.rate), instead of flat out. */
  paced?: LoadResult;
  bare?: LoadResult;
  sql?: SqlTiming;
  /** On the compared scale's results: the growth measured beside the base scale. */
  paired?: PairedGrowth;
}

export interface MachineInfo {
  cpu: string;
  cores: number;
  memoryGiB: number;
  os: string;
  node: string;
  postgres: string;
}

export interface LoadSettings {
  durationSeconds: number;
  connections: number;
  warmupSeconds: number;
  /** Seconds of the single-connection run (0: none). */
  singleSeconds?: number;
  /** Requests per second of the fixed-rate run (0: none). */
  rate?: number;
}

export interface SuiteReport {
  suite: Pick<Suite, 'id' | 'title'>;
  date: Date;
  machine: MachineInfo;
  command: string;
  settings: LoadSettings & { sqlRuns: number };
  /** 1-minute load average before the bench started: other work on the machine skews the numbers. */
  loadAverageBefore: number;
  results: ScenarioResult[];
  /** Markdown before the results and after them (data sizes; comparisons and verdicts). */
  preamble?: string[];
  conclusion?: string[];
}
