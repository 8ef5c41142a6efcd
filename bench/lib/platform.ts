/**
 * Starts an isolated platform for the bench: its own data dir (var/bench, or one per data scale), its
 * own embedded PostgreSQL port and HTTP port, the region's reference data, and
 * a signed-in user. Never touches the data of a normal `npm start`.
 */
import { randomBytes } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import { buildApp } from '../../server/src/app.ts';
import { loadConfig } from '../../server/src/config.ts';
import { DataChanges } from '../../server/src/db/data-changes.ts';
import type { Db } from '../../server/src/db/database.ts';
import { openDatabase, type OpenDatabase } from '../../server/src/db/runtime.ts';
import { hashPassword } from '../../server/src/modules/auth/auth.passwords.ts';
import { SESSION_COOKIE } from '../../server/src/modules/auth/auth.usecases.ts';
import { loadRegion, readRegionFile } from '../../server/src/modules/region/region.usecases.ts';
import { systemClock } from '../../server/src/shared/clock.ts';
import { systemActor } from '../../server/src/shared/principal.ts';
import type { BenchRole } from './types.ts';

export const BENCH_DATA_DIR = 'var/bench';
const BENCH_USERNAME = 'bench.office';

/** Scale 1 lives in var/bench (with the foundation suite); other scales in a cluster of their own, so switching never regenerates. */
export function benchDataDir(scale: number): string {
  return scale === 1 ? BENCH_DATA_DIR : `${BENCH_DATA_DIR}-scale${String(scale).replace('.', '_')}`;
}

export interface BenchPlatform {
  /** The platform as deployed: every answer computed (decision 0017). */
  baseUrl: string;
  /** `cookie` header of the bench user's session. */
  sessionHeaders: Record<string, string>;
  db: Db;
  /** Owner connection (bulk loading, VACUUM). */
  ownerDb: Db;
  /** Creates or refreshes another bench user and signs it in. */
  signIn(username: string, roles: BenchRole[]): Promise<Record<string, string>>;
  close(): Promise<void>;
}

/**
 * A bench user with exactly these roles, no forced password change. A fresh
 * random password every run, so no password is written down anywhere.
 */
async function ensureBenchUser(db: Db, username: string, roles: BenchRole[]): Promise<string> {
  const password = `Bench-${randomBytes(18).toString('base64url')}-9`;
  const passwordHash = await hashPassword(password);
  await db.transaction().execute(async (trx) => {
    const values = { display_name: `Benchmark (${roles.map((r) => r.role).join(', ')})`, password_hash: passwordHash, must_change_password: false, password_changed_at: new Date(), status: 'active' as const };
    const existing = await trx.selectFrom('users').select('id').where('username', '=', username).executeTakeFirst();
    const userId = existing
      ? (await trx.updateTable('users').set(values).where('id', '=', existing.id).returning('id').executeTakeFirstOrThrow()).id
      : (await trx.insertInto('users').values({ username, ...values }).returning('id').executeTakeFirstOrThrow()).id;
    await trx.deleteFrom('user_roles').where('user_id', '=', userId).execute();
    await trx.insertInto('user_roles').values(roles.map((r) => ({ user_id: userId, role: r.role, member_code: r.memberCode ?? null }))).execute();
  });
  return password;
}

async function signIn(baseUrl: string, username: string, password: string): Promise<string> {
  const response = await fetch(`${baseUrl}/api/v1/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username, password }),
    signal: AbortSignal.timeout(10_000),
  });
  if (response.status !== 200) throw new Error(`bench login of ${username} failed: ${response.status} ${await response.text()}`);
  const session = response.headers.getSetCookie().find((c) => c.startsWith(`${SESSION_COOKIE}=`));
  if (!session) throw new Error(`bench login of ${username} returned no session cookie`);
  return session.split(';')[0]!;
}

export async function startBenchPlatform(options: { port: number; pgPort: number; dataDir?: string; log: (message: string) => void }): Promise<BenchPlatform> {
  // An explicit environment, not process.env: a DATABASE_URL in the shell must
  // not turn the bench loose on a real database.
  const config = loadConfig({
    YRD_DATA_DIR: options.dataDir ?? BENCH_DATA_DIR,
    YRD_PG_PORT: String(options.pgPort),
    HOST: '127.0.0.1',
    PORT: String(options.port),
    YRD_DEMO_DATA: 'false',
    // Passed through for A/B runs of decision 0018 (prepared statements on by default).
    ...(process.env.YRD_DB_PREPARED_STATEMENTS ? { YRD_DB_PREPARED_STATEMENTS: process.env.YRD_DB_PREPARED_STATEMENTS } : {}),
  });
  const database: OpenDatabase = await openDatabase(config, { log: (m) => options.log(`· ${m}`) });
  let app: FastifyInstance | undefined;
  // As deployed (the session cache's invalidation): when the listener cannot vouch for the last second, the database's generation decides.
  const dataChanges = new DataChanges({ db: database.appDb });
  const close = async () => {
    try {
      await app?.close();
      await dataChanges.stop();
    } finally {
      await database.close();
    }
  };
  try {
    if (database.kind !== 'embedded') {
      throw new Error(`${config.dataDir} is in use by another platform process; stop it before benchmarking.`);
    }
    const deps = { db: database.appDb, clock: systemClock, config, dataChanges };
    await loadRegion({ ...deps, actor: systemActor('bench') }, readRegionFile(config.regionFile));
    await dataChanges.listen(database.listenUrl);
    app = await buildApp(deps, { logger: false });
    await app.listen({ host: config.host, port: config.port });
    const baseUrl = `http://${config.host}:${config.port}`;
    const signInAs = async (username: string, roles: BenchRole[]) => ({ cookie: await signIn(baseUrl, username, await ensureBenchUser(database.appDb, username, roles)) });
    const sessionHeaders = await signInAs(BENCH_USERNAME, [{ role: 'office' }]);
    return { baseUrl, sessionHeaders, db: database.appDb, ownerDb: database.ownerDb, signIn: signInAs, close };
  } catch (error) {
    await close().catch((closeError: unknown) => options.log(`· cleanup after failed start also failed: ${String(closeError)}`));
    throw error;
  }
}

/** An Office user's session that may write: its cookie and CSRF token. */
export async function writerSession(platform: BenchPlatform, username: string): Promise<Record<string, string>> {
  const cookieHeaders = await platform.signIn(username, [{ role: 'office' }]);
  const session = await fetch(`${platform.baseUrl}/api/v1/auth/session`, { headers: cookieHeaders });
  const { csrfToken } = (await session.json()) as { csrfToken: string };
  return { ...cookieHeaders, 'x-csrf-token': csrfToken };
}
