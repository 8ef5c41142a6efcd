/**
 * Test helpers: a fresh database per test file (cloned from the migrated
 * template), an app wired to it with a manual clock, and signed-in clients.
 */
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { inject } from 'vitest';
import { buildApp } from '../src/app.ts';
import type { AppDeps } from '../src/app-deps.ts';
import { loadConfig, type AppConfig } from '../src/config.ts';
import { DataChanges } from '../src/db/data-changes.ts';
import { connect, withCredentials, withDatabase, type Db } from '../src/db/database.ts';
import { APP_ROLE } from '../src/db/migrate.ts';
import type { RoleName } from '../src/db/schema.ts';
import { hashPassword } from '../src/modules/auth/auth.passwords.ts';
import { ManualClock } from '../src/shared/clock.ts';

export interface TestDatabase {
  name: string;
  ownerUrl: string;
  ownerDb: Db;
  appDb: Db;
  /** The app role's URL (what the change listener connects with). */
  appUrl: string;
  drop(): Promise<void>;
}

async function onServer(statement: string) {
  const client = new pg.Client({ connectionString: withDatabase(inject('pgServerUrl'), 'postgres') });
  await client.connect();
  try {
    await client.query(statement);
  } finally {
    await client.end();
  }
}

export async function createTestDatabase(): Promise<TestDatabase> {
  const name = `yrd_t_${randomBytes(6).toString('hex')}`;
  await onServer(`CREATE DATABASE ${name} TEMPLATE ${inject('templateDatabase')}`);
  const ownerUrl = withDatabase(inject('pgServerUrl'), name);
  const ownerDb = connect(ownerUrl, { maxConnections: 3 });
  const appUrl = withCredentials(ownerUrl, APP_ROLE, inject('appRolePassword'));
  const appDb = connect(appUrl, { maxConnections: 5, preparedStatements: true });
  return {
    name,
    ownerUrl,
    ownerDb,
    appDb,
    appUrl,
    async drop() {
      await appDb.destroy();
      await ownerDb.destroy();
      await onServer(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    },
  };
}

/** An empty database (no schema): for migrations from scratch and restores. */
export async function createEmptyDatabase(): Promise<{ name: string; url: string; db: Db; drop(): Promise<void> }> {
  const name = `yrd_t_${randomBytes(6).toString('hex')}`;
  await onServer(`CREATE DATABASE ${name}`);
  const url = withDatabase(inject('pgServerUrl'), name);
  const db = connect(url, { maxConnections: 2 });
  return {
    name,
    url,
    db,
    async drop() {
      await db.destroy();
      await onServer(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    },
  };
}

export function testConfig(overrides: Partial<AppConfig> = {}): AppConfig {
  // Tests sign admins in with a password and send many anonymous requests from one address;
  // the tests of two-factor sign-in and the rate limit turn these on (decision 0016).
  return { ...loadConfig({}), webDistDir: '/nonexistent', loadDemoData: false, anonymousRequestsPerMinute: 0, requireAdminSecondFactor: false, ...overrides };
}

export interface TestContext {
  database: TestDatabase;
  deps: AppDeps;
  clock: ManualClock;
  app: FastifyInstance;
  close(): Promise<void>;
}

export async function createTestContext(configOverrides: Partial<AppConfig> = {}): Promise<TestContext> {
  const database = await createTestDatabase();
  const clock = new ManualClock('2026-03-02T01:00:00.000Z');
  // The session cache is on as in production, with its change listener: every API test also checks that no stale session is used.
  const dataChanges = new DataChanges({ db: database.appDb });
  await dataChanges.listen(database.appUrl);
  const deps: AppDeps = { db: database.appDb, clock, config: testConfig(configOverrides), dataChanges };
  const app = await buildApp(deps);
  await app.ready();
  return {
    database,
    deps,
    clock,
    app,
    async close() {
      await app.close();
      await dataChanges.stop();
      await database.drop();
    },
  };
}

/** Change notices as if they arrived, without a database: for the caches' own unit tests. */
export function listeningChanges(): DataChanges {
  const changes = new DataChanges();
  changes.isWatching = () => true;
  return changes;
}

export const TEST_PASSWORD = 'Correct-Horse-Battery-42';

/** A ready-to-use account: known password, no forced change. */
export async function createUser(
  db: Db,
  username: string,
  roles: { role: RoleName; memberCode?: string; bodyCode?: string }[] = [],
  password = TEST_PASSWORD,
): Promise<string> {
  const passwordHash = await hashPassword(password);
  const user = await db
    .insertInto('users')
    .values({ username, display_name: username, password_hash: passwordHash, must_change_password: false, password_changed_at: new Date() })
    .returning('id')
    .executeTakeFirstOrThrow();
  for (const role of roles) {
    await db
      .insertInto('user_roles')
      .values({ user_id: user.id, role: role.role, member_code: role.memberCode ?? null, body_code: role.bodyCode ?? null })
      .execute();
  }
  return user.id;
}

export interface Session {
  cookie: string;
  csrfToken: string;
  /** Request headers for a state-changing call. */
  headers: Record<string, string>;
}

export async function login(app: FastifyInstance, username: string, password = TEST_PASSWORD): Promise<Session> {
  const response = await app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { username, password } });
  if (response.statusCode !== 200) throw new Error(`login ${username}: ${response.statusCode} ${response.body}`);
  const cookie = sessionCookieOf(response);
  const csrfToken = (response.json() as { csrfToken: string }).csrfToken;
  return { cookie, csrfToken, headers: { cookie, 'x-csrf-token': csrfToken } };
}

export function sessionCookieOf(response: LightMyRequestResponse): string {
  const header = response.headers['set-cookie'];
  const all = Array.isArray(header) ? header : [header ?? ''];
  const session = all.find((c) => c.startsWith('yrd_sid='));
  if (!session) throw new Error('no session cookie');
  return session.split(';')[0]!;
}

/** Counts audit events by action, for asserting that writes were audited. */
export async function auditActions(db: Db): Promise<string[]> {
  const rows = await db.selectFrom('audit_events').select('action').orderBy('seq').execute();
  return rows.map((r) => r.action);
}

/** Follows nextCursor from the first page to the last; answers every item's id in order and how many pages it took. */
export async function walkPages(app: FastifyInstance, session: Session, url: string): Promise<{ ids: string[]; pages: number }> {
  const ids: string[] = [];
  let cursor: string | null = null;
  let pages = 0;
  do {
    const separator = url.includes('?') ? '&' : '?';
    const response = await app.inject({ method: 'GET', url: cursor ? `${url}${separator}cursor=${encodeURIComponent(cursor)}` : url, headers: session.headers });
    if (response.statusCode !== 200) throw new Error(`${url}: ${response.statusCode} ${response.body}`);
    const page = response.json() as { items: { id: string }[]; nextCursor: string | null };
    ids.push(...page.items.map((item) => item.id));
    cursor = page.nextCursor;
    pages += 1;
  } while (cursor);
  return { ids, pages };
}
