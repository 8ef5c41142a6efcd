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
  /** Send the bench user's session cookie. */
  authenticated: boolean;
  /**
   * When set, a bare Fastify route serves the JSON the platform returned, with
   * this response schema, so serialisation costs the same and the difference is
   * the platform's own work (session, policy, database, hooks).
   */
  bareResponseSchema?: TSchema;
  /** The query behind the route, run directly on the database. */
  rawSql?: { label: string; run: (context: ScenarioContext) => Promise<unknown> };
}

export interface Suite {
  /** Names the markers `<!-- bench:<id>:start -->` / `<!-- bench:<id>:end -->`. */
  id: string;
  title: string;
  /** Room for data generators of later suites; runs once before the scenarios. */
  prepare?: (context: ScenarioContext) => Promise<void>;
  scenarios: Scenario[];
}

export interface ScenarioResult {
  scenario: Pick<Scenario, 'id' | 'title' | 'path' | 'authenticated'>;
  real: LoadResult;
  bare?: LoadResult;
  sql?: SqlTiming;
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
}
