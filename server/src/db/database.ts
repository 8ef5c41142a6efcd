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
  pool.on('connect', (client) => client.on('error', () => undefined));
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
