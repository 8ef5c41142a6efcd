/**
 * The CLI end to end, each command in its own process as an operator runs it:
 * start, a refused second start, create-user and backup while the server runs,
 * clean shutdown on SIGTERM, restore into an empty data dir, audit verify.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { projectRoot } from '../config.ts';

const bin = path.join(projectRoot, 'bin', 'yrd.mjs');
const workDir = fs.mkdtempSync(path.join(os.tmpdir(), 'yrd-cli-'));
fs.chmodSync(workDir, 0o755);
const dataDir = path.join(workDir, 'data');
const restoredDir = path.join(workDir, 'restored');
const backupFile = path.join(workDir, 'platform.yrdbak');

async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const server = net.createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

function env(dir: string, pgPort: number, httpPort: number) {
  return { ...process.env, YRD_DATA_DIR: dir, YRD_PG_PORT: String(pgPort), PORT: String(httpPort), YRD_DEMO_DATA: 'false', LOG_LEVEL: 'warn' };
}

function run(args: string[], environment: NodeJS.ProcessEnv): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [bin, ...args], { env: environment, cwd: projectRoot });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

let server: ChildProcess | undefined;
afterAll(() => {
  server?.kill('SIGKILL');
  fs.rmSync(workDir, { recursive: true, force: true });
});

describe('yrd CLI', { timeout: 180_000 }, () => {
  it('starts, refuses a second start, serves commands alongside, backs up, stops cleanly, restores', async () => {
    const [pgPort, httpPort, pgPort2] = [await freePort(), await freePort(), await freePort()];
    const environment = env(dataDir, pgPort, httpPort);

    server = spawn(process.execPath, [bin, 'start', '--no-web-build'], { env: environment, cwd: projectRoot });
    let output = '';
    server.stdout!.on('data', (d) => (output += d));
    server.stderr!.on('data', (d) => (output += d));
    const started = Date.now();
    while (!output.includes('Platform is running on') && Date.now() - started < 90_000) {
      if (server.exitCode !== null) throw new Error(`server exited: ${output}`);
      await new Promise((r) => setTimeout(r, 200));
    }
    expect(output, output).toContain("First administrator created");
    const oneTimePassword = /one-time password: (\S+)/.exec(output)?.[1];
    expect(oneTimePassword).toMatch(/^\w{5}-\w{5}-\w{5}-\w{5}$/);

    const health = await fetch(`http://127.0.0.1:${httpPort}/api/v1/health`);
    expect(health.status).toBe(200);
    const loginResponse = await fetch(`http://127.0.0.1:${httpPort}/api/v1/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username: 'admin', password: oneTimePassword }),
    });
    expect(loginResponse.status).toBe(200);

    const second = await run(['start', '--no-web-build'], env(dataDir, pgPort, await freePort()));
    expect(second.code).toBe(1);
    expect(second.stderr).toMatch(/Another YRD platform process \(pid \d+/);

    const created = await run(['create-user', '-u', 'cli.liaison', '-n', 'CLI 联络员', '-r', 'liaison:330000'], environment);
    expect(created.code, created.stderr).toBe(0);
    expect(created.stdout).toMatch(/Created cli\.liaison\. One-time password \(shown once\): \S+/);

    const badRole = await run(['create-user', '-u', 'cli.bad', '-n', 'Bad', '-r', 'liaison'], environment);
    expect(badRole.code).toBe(1);
    expect(badRole.stderr).toMatch(/wrong member scope/);

    const backup = await run(['backup', backupFile], environment);
    expect(backup.code, backup.stderr).toBe(0);
    expect(backup.stdout).toMatch(/Backup written/);

    const verify = await run(['audit', 'verify'], environment);
    expect(verify.code, verify.stdout + verify.stderr).toBe(0);
    const events = Number(/intact: (\d+) events/.exec(verify.stdout)?.[1]);
    expect(events).toBeGreaterThan(3);

    const exited = new Promise<number | null>((resolve) => server!.on('exit', (code) => resolve(code)));
    server.kill('SIGTERM');
    expect(await exited).toBe(0);
    expect(output).toContain('Stopped cleanly.');
    expect(fs.existsSync(path.join(dataDir, 'pg', 'postmaster.pid'))).toBe(false);
    // The OS lock is gone with its holder; the file stays (a removed lock file could be locked twice), emptied.
    expect(fs.readFileSync(path.join(dataDir, 'yrd.lock'), 'utf8')).toBe('');

    const restoredEnv = env(restoredDir, pgPort2, await freePort());
    const restore = await run(['restore', backupFile], restoredEnv);
    expect(restore.code, restore.stdout + restore.stderr).toBe(0);
    expect(restore.stdout).toMatch(/Restored \d+ rows/);
    expect(restore.stdout).toMatch(/Audit chain intact/);

    const verifyRestored = await run(['audit', 'verify'], restoredEnv);
    expect(verifyRestored.code).toBe(0);
    // The backup was taken before `audit verify` and shutdown added nothing to the chain.
    expect(Number(/intact: (\d+) events/.exec(verifyRestored.stdout)?.[1])).toBe(events);

    const again = await run(['restore', backupFile], restoredEnv);
    expect(again.code).toBe(1);
    expect(again.stderr).toMatch(/already holds records/);
    // A refused command still stops the PostgreSQL it started.
    expect(fs.existsSync(path.join(restoredDir, 'pg', 'postmaster.pid'))).toBe(false);
  });
});
