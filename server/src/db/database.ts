import { createHash } from 'node:crypto';
import { Kysely, PostgresDialect } from 'kysely';
import pg from 'pg';
import type { Database } from './schema.ts';
import { APP_ROLE } from './migrate.ts';

export type Db = Kysely<Database>;

// Calendar dates stay 'YYYY-MM-DD' text: converting them to a Date at local midnight shifts days across time zones.
const DATE_OID = 1082;
pg.types.setTypeParser(DATE_OID, (value: string) => value);

export interface ConnectOptions {
  /** Switch to the app role on every connection (external PostgreSQL without a separate login). */
  setAppRole?: boolean;
  maxConnections?: number;
  applicationName?: string;
  /**
   * Send parameterised statements as named (prepared) statements, so each pooled connection parses
   * and plans a statement text once (decision 0018). Off for transaction-mode poolers that cannot
   * keep a session's statements (YRD_DB_PREPARED_STATEMENTS=0).
   */
  preparedStatements?: boolean;
}

/**
 * Only short statements are kept: lookups by key and the kept-count sums, whose plan does not depend
 * on the values. The long ones are the lists, whose best plan does (a generic plan of the task list's
 * text search ran 400 ms instead of 10 in the office-day bench), and bulk statements are one-offs.
 */
const PREPARE_MAX_TEXT = 1_000;
const PREPARE_MAX_PARAMS = 100;
/** Statements kept per connection; beyond this a connection runs new texts unnamed. */
const PREPARE_MAX_PER_CONNECTION = 500;
/** PostgreSQL's "cached plan must not change result type" (a table changed under a kept statement). */
const CACHED_PLAN_CHANGED = '0A000';

type QueryFn = (config: unknown, values?: unknown, callback?: unknown) => unknown;

/**
 * Names each short parameterised statement by a hash of its text; node-postgres then parses it once
 * per connection and afterwards only binds and executes it. Statements without parameters keep the
 * simple protocol (a migration's several statements in one text need it).
 */
function prepareStatementsOn(client: pg.PoolClient): void {
  const named = new Set<string>();
  // Bumped when a schema change invalidated the kept statements: new names, so nothing stale is reused.
  let epoch = 0;
  const query = client.query.bind(client) as QueryFn;
  (client as unknown as { query: QueryFn }).query = (config, values, callback) => {
    if (typeof config !== 'string' || !Array.isArray(values) || values.length === 0 || values.length > PREPARE_MAX_PARAMS || config.length > PREPARE_MAX_TEXT) {
      return query(config, values, callback);
    }
    const name = `y${epoch}_${createHash('sha1').update(config).digest('base64url')}`;
    if (!named.has(name)) {
      if (named.size >= PREPARE_MAX_PER_CONNECTION) return query(config, values, callback);
      named.add(name);
    }
    const result = query({ name, text: config, values }, undefined, callback);
    if (result instanceof Promise) {
      return result.catch((error: unknown) => {
        // A schema change (another instance's migration) invalidated the kept statements: this query
        // fails once, and the connection prepares every text afresh under new names from the next on.
        if ((error as { code?: string }).code === CACHED_PLAN_CHANGED) {
          named.clear();
          epoch += 1;
        }
        throw error;
      });
    }
    return result;
  };
}

export function connect(connectionString: string, options: ConnectOptions = {}): Db {
  const pool = new pg.Pool({
    connectionString,
    max: options.maxConnections ?? 10,
    application_name: options.applicationName ?? 'yrd',
    ...(options.setAppRole ? { options: `-c role=${APP_ROLE}` } : {}),
  });
  // An idle client losing its connection must not crash the process; the pool replaces it.
  pool.on('error', () => undefined);
  // Nor one just handed out, whose query is not sent yet (the pool listens only to idle ones): when
  // PostgreSQL dies, its "terminating connection" may arrive in that gap. The client is then not
  // queryable; its query fails and the pool drops it on release.
  pool.on('connect', (client) => {
    client.on('error', () => undefined);
    if (options.preparedStatements) prepareStatementsOn(client);
  });
  return new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
}

/** Replace the database name in a connection URL. */
export function withDatabase(url: string, database: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${database}`;
  return parsed.toString();
}

export function withCredentials(url: string, user: string, password: string): string {
  const parsed = new URL(url);
  parsed.username = encodeURIComponent(user);
  parsed.password = encodeURIComponent(password);
  return parsed.toString();
}

export function databaseNameOf(url: string): string {
  return decodeURIComponent(new URL(url).pathname.replace(/^\//, '')) || 'postgres';
}

/** Connection URLs with the password masked, for logs and messages. */
export function redactUrl(url: string): string {
  const parsed = new URL(url);
  if (parsed.password) parsed.password = '***';
  return parsed.toString();
}
