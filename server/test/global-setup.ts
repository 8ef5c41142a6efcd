/**
 * Starts one PostgreSQL for the whole run (the embedded server, or the one in
 * TEST_DATABASE_URL) and prepares a migrated template database with the
 * reference data. Each test file then clones the template: a fresh database
 * per file in milliseconds.
 */
import { randomBytes } from 'node:crypto';
import net from 'node:net';
import path from 'node:path';
import fs from 'node:fs';
import pg from 'pg';
import { sql } from 'kysely';
import type { TestProject } from 'vitest/node';
import { projectRoot } from '../src/config.ts';
import { connect, withDatabase } from '../src/db/database.ts';
import { startEmbeddedPostgres, type RunningPostgres } from '../src/db/embedded-postgres.ts';
import { APP_ROLE, migrateToLatest } from '../src/db/migrate.ts';
import { loadRegion, readRegionFile } from '../src/modules/region/region.usecases.ts';
import { systemActor } from '../src/shared/principal.ts';
import { systemClock } from '../src/shared/clock.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    pgServerUrl: string;
    templateDatabase: string;
    appRolePassword: string;
  }
}

const TEMPLATE = 'yrd_test_template';

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.listen(0, '127.0.0.1', () => {
      const address = server.address() as net.AddressInfo;
      server.close(() => resolve(address.port));
    });
    server.on('error', reject);
  });
}

async function admin(url: string, statements: string[]) {
  const client = new pg.Client({ connectionString: withDatabase(url, 'postgres') });
  await client.connect();
  try {
    for (const statement of statements) await client.query(statement);
  } finally {
    await client.end();
  }
}

export default async function setup(project: TestProject) {
  let server: RunningPostgres | undefined;
  let serverUrl = process.env.TEST_DATABASE_URL;
  let releaseSlot = () => undefined as void;
  if (!serverUrl) {
    const slot = takeSlot();
    releaseSlot = slot.release;
    const dir = slot.dir;
    const secretFile = path.join(dir, 'test-secret');
    fs.mkdirSync(dir, { recursive: true });
    if (!fs.existsSync(secretFile)) fs.writeFileSync(secretFile, randomBytes(18).toString('base64url'), { mode: 0o600 });
    const password = fs.readFileSync(secretFile, 'utf8');
    server = await startEmbeddedPostgres({
      clusterDir: path.join(dir, 'cluster'),
      port: await freePort(),
      logFile: path.join(dir, 'postgres.log'),
      superuserPassword: password,
    });
    serverUrl = server.ownerUrl('postgres');
  }

  // Leftovers of an interrupted run.
  const client = new pg.Client({ connectionString: withDatabase(serverUrl, 'postgres') });
  await client.connect();
  const stale = await client.query<{ datname: string }>(`SELECT datname FROM pg_database WHERE datname LIKE 'yrd_t_%'`);
  for (const row of stale.rows) await client.query(`DROP DATABASE IF EXISTS "${row.datname}" WITH (FORCE)`);
  await client.end();

  await admin(serverUrl, [`DROP DATABASE IF EXISTS ${TEMPLATE} WITH (FORCE)`, `CREATE DATABASE ${TEMPLATE}`]);
  const appRolePassword = randomBytes(18).toString('base64url');
  const templateDb = connect(withDatabase(serverUrl, TEMPLATE), { maxConnections: 2 });
  try {
    await migrateToLatest(templateDb);
    await sql`ALTER ROLE ${sql.raw(APP_ROLE)} WITH LOGIN PASSWORD ${sql.lit(appRolePassword)}`.execute(templateDb);
    const region = readRegionFile(path.join(projectRoot, 'data', 'regions', 'yrd.json'));
    await loadRegion({ db: templateDb, clock: systemClock, actor: systemActor('test-setup') }, region);
  } finally {
    await templateDb.destroy();
  }

  project.provide('pgServerUrl', serverUrl);
  project.provide('templateDatabase', TEMPLATE);
  project.provide('appRolePassword', appRolePassword);

  return async () => {
    await admin(serverUrl!, [`DROP DATABASE IF EXISTS ${TEMPLATE} WITH (FORCE)`]).catch(() => undefined);
    await server?.stop();
    releaseSlot();
  };
}

/**
 * Test runs may overlap (several terminals, helpers, CI): each takes a slot of
 * its own, var/test-pg/<n>, with its own cluster, reused by later runs.
 */
function takeSlot(): { dir: string; release: () => void } {
  for (let n = 0; n < 16; n++) {
    const dir = path.join(projectRoot, 'var', 'test-pg', String(n));
    fs.mkdirSync(dir, { recursive: true });
    const lock = path.join(dir, 'in-use');
    try {
      fs.writeFileSync(lock, String(process.pid), { flag: 'wx' });
    } catch {
      const owner = Number(fs.readFileSync(lock, 'utf8'));
      if (isAlive(owner)) continue;
      fs.writeFileSync(lock, String(process.pid));
    }
    return { dir, release: () => fs.rmSync(lock, { force: true }) };
  }
  throw new Error('All 16 test PostgreSQL slots are busy.');
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}
