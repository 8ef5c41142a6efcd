/**
 * Opens the platform's database: the embedded PostgreSQL under the data dir, or
 * an external one from DATABASE_URL. Migrations run with the owner connection;
 * the application itself runs as the restricted app role.
 */
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import pg from 'pg';
import { sql } from 'kysely';
import type { AppConfig } from '../config.ts';
import { systemClock } from '../shared/clock.ts';
import { connect, databaseNameOf, withCredentials, withDatabase, type Db } from './database.ts';
import { startEmbeddedPostgres, tail, type RunningPostgres } from './embedded-postgres.ts';
import { superviseEmbeddedPostgres } from './postgres-supervisor.ts';
import { acquireInstanceLock, lockHolder, LockHeldError, type InstanceLock, type LockInfo } from './instance-lock.ts';
import { APP_ROLE, migrateToLatest } from './migrate.ts';

const DATABASE_NAME = 'yrd';

interface Secrets {
  superuserPassword: string;
  appPassword: string;
}

export interface OpenDatabase {
  ownerDb: Db;
  appDb: Db;
  /** Owner URL of the platform database (for backup/restore). */
  ownerUrl: string;
  /** Where the change listener connects (the app's login; LISTEN needs a session of its own). */
  listenUrl: string;
  kind: 'embedded' | 'external' | 'attached';
  appliedNow: string[];
  close(): Promise<void>;
}

export class AlreadyRunningError extends Error {}

function readSecrets(dataDir: string): Secrets {
  const file = path.join(dataDir, 'secrets.json');
  if (fs.existsSync(file)) return JSON.parse(fs.readFileSync(file, 'utf8')) as Secrets;
  const secrets: Secrets = {
    superuserPassword: randomBytes(24).toString('base64url'),
    appPassword: randomBytes(24).toString('base64url'),
  };
  fs.mkdirSync(dataDir, { recursive: true });
  fs.writeFileSync(file, JSON.stringify(secrets, null, 2), { mode: 0o600 });
  return secrets;
}

function lockPath(dataDir: string) {
  return path.join(dataDir, 'yrd.lock');
}

/**
 * The lock of a live platform process on this data dir, if any: the OS lock
 * decides (db/instance-lock.ts), never a pid alone. 'starting' when a process
 * holds it but has not written its details yet.
 */
export function readLiveLock(dataDir: string): LockInfo | 'starting' | undefined {
  const holder = lockHolder(lockPath(dataDir));
  return holder === 'held-unknown' ? 'starting' : holder;
}

function alreadyRunning(live: LockInfo | 'starting' | undefined, dataDir: string): AlreadyRunningError {
  const who = live && live !== 'starting' ? `(pid ${live.pid}, started ${live.startedAt}) ` : '';
  return new AlreadyRunningError(
    `Another YRD platform process ${who}is using the data directory ${dataDir}. ` +
      'Stop it first, or point YRD_DATA_DIR at another directory.',
  );
}

async function acquireLock(dataDir: string, pgPort: number): Promise<InstanceLock> {
  fs.mkdirSync(dataDir, { recursive: true });
  try {
    return await acquireInstanceLock(lockPath(dataDir), { pid: process.pid, pgPort, startedAt: systemClock.now().toISOString() });
  } catch (error) {
    if (error instanceof LockHeldError) throw alreadyRunning(error.holder, dataDir);
    throw error;
  }
}

async function ensureDatabase(serverUrl: string, name: string): Promise<void> {
  const client = new pg.Client({ connectionString: withDatabase(serverUrl, 'postgres') });
  await client.connect();
  try {
    const found = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [name]);
    if (found.rowCount === 0) await client.query(`CREATE DATABASE "${name.replace(/"/g, '""')}"`);
  } finally {
    await client.end();
  }
}

export interface OpenOptions {
  log: (message: string) => void;
  /** Run migrations (default); restore brings the schema to the backup's version itself. */
  migrate?: boolean;
  maxConnections?: number;
  /** CLI tools attach to a running platform's PostgreSQL; the server itself must not. */
  allowAttach?: boolean;
  /**
   * The server keeps its embedded PostgreSQL running (db/postgres-supervisor.ts);
   * `onGiveUp` hears of a crash loop, after which the process should exit non-zero.
   */
  supervise?: { onGiveUp: (message: string) => void };
}

/**
 * Embedded mode. When a platform process already runs on this data dir, CLI tools
 * attach to its PostgreSQL instead of starting a second server.
 */
async function openEmbedded(config: AppConfig, options: OpenOptions): Promise<OpenDatabase> {
  const secrets = readSecrets(config.dataDir);
  const live = readLiveLock(config.dataDir);
  let server: RunningPostgres | undefined;
  let lock: InstanceLock | undefined;
  let port = config.embeddedPgPort;
  if (live && (options.allowAttach === false || live === 'starting')) throw alreadyRunning(live, config.dataDir);
  if (live) {
    port = live.pgPort;
    options.log(`Attaching to the PostgreSQL of the running platform (pid ${live.pid})`);
  } else {
    lock = await acquireLock(config.dataDir, port);
    const releaseLock = () => lock!.release();
    const logFile = path.join(config.dataDir, 'log', 'postgres.log');
    const start = () =>
      startEmbeddedPostgres({ clusterDir: path.join(config.dataDir, 'pg'), port, logFile, superuserPassword: secrets.superuserPassword, log: options.log });
    try {
      server = options.supervise
        ? await superviseEmbeddedPostgres({
            start,
            log: options.log,
            onGiveUp: options.supervise.onGiveUp,
            describeFailure: () => `Its last log lines (${logFile}):\n${tail(logFile, 15)}`,
          })
        : await start();
    } catch (error) {
      await releaseLock();
      throw error;
    }
  }
  const serverUrl = `postgres://postgres:${encodeURIComponent(secrets.superuserPassword)}@127.0.0.1:${port}/postgres`;
  try {
    await ensureDatabase(serverUrl, DATABASE_NAME);
    const ownerUrl = withDatabase(serverUrl, DATABASE_NAME);
    const ownerDb = connect(ownerUrl, { maxConnections: 3, applicationName: 'yrd-owner' });
    const appliedNow = options.migrate === false ? [] : await migrateToLatest(ownerDb);
    await enableAppLogin(ownerDb, secrets.appPassword);
    const appUrl = withCredentials(ownerUrl, APP_ROLE, secrets.appPassword);
    const appDb = connect(appUrl, { maxConnections: options.maxConnections ?? 20, preparedStatements: config.databasePreparedStatements });
    return {
      ownerDb,
      appDb,
      ownerUrl,
      listenUrl: appUrl,
      kind: live ? 'attached' : 'embedded',
      appliedNow,
      async close() {
        await appDb.destroy();
        await ownerDb.destroy();
        await server?.stop();
        await lock?.release();
      },
    };
  } catch (error) {
    await server?.stop();
    await lock?.release();
    throw error;
  }
}

async function openExternal(config: AppConfig, options: OpenOptions): Promise<OpenDatabase> {
  const ownerUrl = config.databaseUrl as string;
  const ownerDb = connect(ownerUrl, { maxConnections: 3, applicationName: 'yrd-owner' });
  try {
    const appliedNow = options.migrate === false ? [] : await migrateToLatest(ownerDb);
    const appDb = config.databaseAppUrl
      ? connect(config.databaseAppUrl, { maxConnections: options.maxConnections ?? 20, preparedStatements: config.databasePreparedStatements })
      : connect(ownerUrl, { setAppRole: true, maxConnections: options.maxConnections ?? 20, preparedStatements: config.databasePreparedStatements });
    return {
      ownerDb,
      appDb,
      ownerUrl,
      listenUrl: config.databaseAppUrl ?? ownerUrl,
      kind: 'external',
      appliedNow,
      async close() {
        await appDb.destroy();
        await ownerDb.destroy();
      },
    };
  } catch (error) {
    await ownerDb.destroy();
    throw error;
  }
}

/** Embedded mode gives the app role a login of its own, so the app never holds owner rights. */
export async function enableAppLogin(ownerDb: Db, password: string): Promise<void> {
  const role = await sql<{ n: number }>`SELECT 1 AS n FROM pg_roles WHERE rolname = ${APP_ROLE}`.execute(ownerDb);
  if (role.rows.length === 0) return;
  await sql`ALTER ROLE ${sql.raw(APP_ROLE)} WITH LOGIN PASSWORD ${sql.lit(password)}`.execute(ownerDb);
}

export function openDatabase(config: AppConfig, options: OpenOptions): Promise<OpenDatabase> {
  return config.databaseUrl ? openExternal(config, options) : openEmbedded(config, options);
}

export { databaseNameOf };
