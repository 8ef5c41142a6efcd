/**
 * When the embedded PostgreSQL dies, the server does not answer 500 forever
 * (issue 14, item 16): the database is started again, readiness says
 * not-ready meanwhile, requests get 503, and the app answers again once it is
 * back. A crash loop ends supervision with a clear message.
 */
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../app.ts';
import { loadConfig } from '../config.ts';
import { systemClock } from '../shared/clock.ts';
import { DataChanges } from './data-changes.ts';
import { isPostmasterOf, type RunningPostgres } from './embedded-postgres.ts';
import { superviseEmbeddedPostgres } from './postgres-supervisor.ts';
import { openDatabase, type OpenDatabase } from './runtime.ts';

async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const server = net.createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('the embedded PostgreSQL under supervision', { timeout: 240_000 }, () => {
  const workDir = fs.mkdtempSync(path.join(os.tmpdir(), 'yrd-supervise-'));
  // As root, PostgreSQL runs as the "postgres" user, which must be able to enter the directory.
  fs.chmodSync(workDir, 0o755);
  const dataDir = path.join(workDir, 'data');
  let database: OpenDatabase;
  let app: FastifyInstance;
  let changes: DataChanges;
  const log: string[] = [];
  const gaveUp: string[] = [];

  beforeAll(async () => {
    const config = loadConfig({ YRD_DATA_DIR: dataDir, YRD_PG_PORT: String(await freePort()), YRD_DEMO_DATA: 'false', LOG_LEVEL: 'warn' });
    database = await openDatabase(config, { log: (m) => log.push(m), allowAttach: false, supervise: { onGiveUp: (m) => gaveUp.push(m) } });
    changes = new DataChanges({ db: database.appDb, reconnectDelayMs: 200 });
    await changes.listen(database.listenUrl);
    app = await buildApp({ db: database.appDb, clock: systemClock, config: { ...config, webDistDir: '/nonexistent' }, dataChanges: changes });
    await app.ready();
  }, 180_000);
  afterAll(async () => {
    await app?.close();
    await changes?.stop();
    await database?.close();
    fs.rmSync(workDir, { recursive: true, force: true });
  });

  const postmasterPid = () => Number(fs.readFileSync(path.join(dataDir, 'pg', 'postmaster.pid'), 'utf8').split('\n')[0]);
  const status = async (url: string) => (await app.inject({ method: 'GET', url })).statusCode;

  it('is started again after kill -9, reported not ready meanwhile, and the app answers again', async () => {
    expect(await status('/api/v1/health/ready')).toBe(200);
    expect(await status('/api/v1/members')).toBe(200);
    const pid = postmasterPid();
    expect(isPostmasterOf(pid, path.join(dataDir, 'pg'))).toBe(true);

    process.kill(pid, 'SIGKILL');
    const seen = { notReady: 0, unavailable: 0, serverErrors: 0, liveWhileDown: 0 };
    const deadline = Date.now() + 90_000;
    let back = false;
    let unavailableCode: string | undefined;
    while (Date.now() < deadline) {
      const ready = await status('/api/v1/health/ready');
      const members = await status('/api/v1/members');
      if (ready === 503) {
        seen.notReady += 1;
        if ((await status('/api/v1/health/live')) === 200) seen.liveWhileDown += 1;
      }
      if (members === 503) {
        seen.unavailable += 1;
        unavailableCode ??= (await app.inject({ method: 'GET', url: '/api/v1/members' })).json()?.error?.code;
      }
      if (members === 500) seen.serverErrors += 1;
      if (ready === 200 && members === 200 && seen.notReady > 0) {
        back = true;
        break;
      }
      await sleep(100);
    }
    expect(back, log.join('\n')).toBe(true);
    expect(seen.notReady).toBeGreaterThan(0);
    expect(seen.liveWhileDown).toBeGreaterThan(0);
    // While it was down, requests were told to come back later, never given a bare 500.
    expect(seen.serverErrors).toBe(0);
    expect(seen.unavailable).toBeGreaterThan(0);
    expect([undefined, 'common.unavailable']).toContain(unavailableCode);
    expect(postmasterPid()).not.toBe(pid);
    expect(log.join('\n')).toMatch(/stopped unexpectedly \(killed by SIGKILL\)/);
    // The supervisor's own readiness check may finish a moment after the app's first answer.
    const confirmed = Date.now() + 20_000;
    while (!log.join('\n').includes('running again') && Date.now() < confirmed) await sleep(100);
    expect(log.join('\n')).toMatch(/running again \(pid \d+\)/);
    expect(gaveUp).toEqual([]);

    // The change listener found its way back too.
    const listening = Date.now() + 20_000;
    while (!changes.isWatching() && Date.now() < listening) await sleep(100);
    await changes.sync();
  });
});

describe('a crash loop', () => {
  /** A fake server that dies when told to. */
  function fakeServer(pid: number) {
    let die: (how: { code: number | null; signal: NodeJS.Signals | null }) => void = () => undefined;
    const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) => (die = resolve));
    const server: RunningPostgres = { pid, port: 1, exited, ownerUrl: () => '', stop: async () => die({ code: 0, signal: null }) };
    return { server, die: () => die({ code: null, signal: 'SIGKILL' }) };
  }

  it('ends with a clear message after too many failures within the window, instead of restarting forever', async () => {
    const started: ReturnType<typeof fakeServer>[] = [];
    const gaveUp: string[] = [];
    const supervised = await superviseEmbeddedPostgres({
      start: async () => {
        const fake = fakeServer(100 + started.length);
        started.push(fake);
        return fake.server;
      },
      log: () => undefined,
      onGiveUp: (message) => gaveUp.push(message),
      describeFailure: () => 'Its last log lines: PANIC: could not write to file',
      maxFailures: 3,
      backoffMs: () => 10,
    });
    for (let crash = 0; crash < 3; crash++) {
      started.at(-1)!.die();
      const deadline = Date.now() + 2_000;
      while (started.length === crash + 1 && gaveUp.length === 0 && Date.now() < deadline) await sleep(5);
    }
    expect(started).toHaveLength(3);
    expect(supervised.restarts).toBe(2);
    expect(supervised.state).toBe('gave-up');
    expect(gaveUp).toHaveLength(1);
    expect(gaveUp[0]).toMatch(/failed 3 times within 10 minutes \(last: the server \(pid 102\) stopped, killed by SIGKILL\); not restarting it again/);
    expect(gaveUp[0]).toContain('PANIC: could not write to file');
  });

  it('counts starts that fail, and recovers when one succeeds', async () => {
    let attempts = 0;
    const first = fakeServer(1);
    const supervised = await superviseEmbeddedPostgres({
      start: async () => {
        attempts += 1;
        if (attempts === 1) return first.server;
        if (attempts < 4) throw new Error('could not bind IPv4 address "127.0.0.1": Address already in use');
        return fakeServer(attempts).server;
      },
      log: () => undefined,
      onGiveUp: () => undefined,
      maxFailures: 5,
      backoffMs: () => 10,
    });
    first.die();
    const deadline = Date.now() + 2_000;
    while (supervised.state !== 'up' || supervised.restarts === 0) {
      if (Date.now() > deadline) throw new Error(`still ${supervised.state} after ${attempts} attempts`);
      await sleep(5);
    }
    expect(attempts).toBe(4);
    expect(supervised.pid).toBe(4);
    await supervised.stop();
    expect(supervised.state).toBe('stopped');
  });
});
