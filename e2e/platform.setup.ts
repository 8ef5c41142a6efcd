/**
 * Starts the real platform (`yrd start`) on a throw-away data dir and ports,
 * exactly as an operator would, and hands the tests its URL and the first
 * admin's one-time password read from its output.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
    adminOneTimePassword: string;
    dataDir: string;
    pgPort: number;
  }
}

const root = path.resolve(import.meta.dirname, '..');

async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const server = net.createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

export default async function setup(project: TestProject) {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'yrd-e2e-'));
  fs.chmodSync(dataDir, 0o755);
  const [httpPort, pgPort] = [await freePort(), await freePort()];
  const server: ChildProcess = spawn(process.execPath, [path.join(root, 'bin', 'yrd.mjs'), 'start'], {
    cwd: root,
    // The journeys sign the administrator in with a password only (decision 0016: two-factor is tested in the server suite).
    env: { ...process.env, YRD_DATA_DIR: dataDir, PORT: String(httpPort), YRD_PG_PORT: String(pgPort), LOG_LEVEL: 'warn', YRD_REQUIRE_ADMIN_2FA: 'false' },
  });
  let output = '';
  server.stdout!.on('data', (d) => (output += d));
  server.stderr!.on('data', (d) => (output += d));
  const deadline = Date.now() + 170_000;
  while (!output.includes('Platform is running on')) {
    if (server.exitCode !== null || Date.now() > deadline) throw new Error(`The platform did not start:\n${output}`);
    await new Promise((r) => setTimeout(r, 250));
  }
  const password = /one-time password: (\S+)/.exec(output)?.[1];
  if (!password) throw new Error(`No one-time password in the output:\n${output}`);
  project.provide('baseUrl', `http://127.0.0.1:${httpPort}`);
  project.provide('adminOneTimePassword', password);
  project.provide('dataDir', dataDir);
  project.provide('pgPort', pgPort);

  return async () => {
    const exited = new Promise((resolve) => server.once('exit', resolve));
    server.kill('SIGTERM');
    await exited;
    fs.rmSync(dataDir, { recursive: true, force: true });
  };
}
