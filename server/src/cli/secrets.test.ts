/**
 * No secret in a printout or the server's log (issue 14, item 12): `yrd config`
 * printed YRD_SMTP_URL with its password, and the request log carried calendar
 * feed tokens. Both run here as an operator runs them, in their own processes,
 * with every secret configured, and their whole output is searched for each
 * secret in every form it could be printed in.
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createEmptyDatabase } from '../../test/helpers.ts';
import { projectRoot } from '../config.ts';

const bin = path.join(projectRoot, 'bin', 'yrd.mjs');
const workDir = fs.mkdtempSync(path.join(os.tmpdir(), 'yrd-secrets-'));
afterAll(() => fs.rmSync(workDir, { recursive: true, force: true }));

const SMTP_PASSWORD = 'Smtp-p@ss:w/rd#42';
const APP_PASSWORD = 'App-Login-S3cret-77';
const FEED_TOKEN = 'feedtoken-0123456789abcdefghijkl';

/** Each form a secret may be printed in: as given, percent-encoded, JSON-escaped. */
const forms = (secret: string) => [...new Set([secret, encodeURIComponent(secret), JSON.stringify(secret).slice(1, -1)])];

function leaks(output: string, secrets: string[]): string[] {
  return secrets.flatMap(forms).filter((form) => output.includes(form));
}

async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const server = net.createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

function run(args: string[], env: NodeJS.ProcessEnv): Promise<{ code: number | null; output: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [bin, ...args], { env, cwd: projectRoot });
    let output = '';
    child.stdout.on('data', (d) => (output += d));
    child.stderr.on('data', (d) => (output += d));
    child.on('close', (code) => resolve({ code, output }));
  });
}

describe('secrets', { timeout: 180_000 }, () => {
  it('`yrd config` prints every setting but no secret: the URLs show *** for their passwords', async () => {
    const dbPassword = 'Db-Owner-S3cret-99';
    const env = {
      ...process.env,
      YRD_DATA_DIR: path.join(workDir, 'config'),
      DATABASE_URL: `postgres://owner:${encodeURIComponent(dbPassword)}@db.example:5432/yrd?sslpassword=Key-Pa55phrase-1`,
      DATABASE_APP_URL: `postgres://yrd_app:${APP_PASSWORD}@db.example:5432/yrd`,
      YRD_SMTP_URL: `smtps://mailer:${encodeURIComponent(SMTP_PASSWORD)}@mail.example:465`,
      YRD_PUBLIC_URL: 'https://yrd.example.gov.cn',
    };
    const { code, output } = await run(['config'], env);
    expect(code, output).toBe(0);
    expect(leaks(output, [dbPassword, APP_PASSWORD, SMTP_PASSWORD, 'Key-Pa55phrase-1'])).toEqual([]);
    const printed = JSON.parse(output) as Record<string, unknown>;
    expect(printed).toMatchObject({
      databaseUrl: 'postgres://owner:***@db.example:5432/yrd?sslpassword=***',
      databaseAppUrl: 'postgres://yrd_app:***@db.example:5432/yrd',
      smtpUrl: 'smtps://mailer:***@mail.example:465',
      smtpFrom: 'YRD Cooperation Platform <noreply@yrd.example.gov.cn>',
    });
  });

  it('a started server logs requests and its start, but none of the configured secrets nor a calendar feed token', async () => {
    const database = await createEmptyDatabase();
    const dbPassword = decodeURIComponent(new URL(database.url).password);
    expect(dbPassword.length).toBeGreaterThan(8);
    const [httpPort, smtpPort] = [await freePort(), await freePort()];
    const env = {
      ...process.env,
      YRD_DATA_DIR: path.join(workDir, 'server'),
      DATABASE_URL: database.url,
      YRD_SMTP_URL: `smtp://mailer:${encodeURIComponent(SMTP_PASSWORD)}@127.0.0.1:${smtpPort}`,
      YRD_SMTP_FROM: 'YRD <noreply@yrd.test>',
      YRD_DEMO_DATA: 'false',
      PORT: String(httpPort),
      LOG_LEVEL: 'debug',
    };
    const server = spawn(process.execPath, [bin, 'start', '--no-web-build'], { env, cwd: projectRoot });
    let output = '';
    server.stdout.on('data', (d) => (output += d));
    server.stderr.on('data', (d) => (output += d));
    try {
      const started = Date.now();
      while (!output.includes('Platform is running on') && Date.now() - started < 90_000) {
        if (server.exitCode !== null) throw new Error(`server exited: ${output}`);
        await new Promise((r) => setTimeout(r, 200));
      }
      const base = `http://127.0.0.1:${httpPort}`;
      expect((await fetch(`${base}/api/v1/health`)).status).toBe(200);
      await fetch(`${base}/api/v1/calendar/feeds/${FEED_TOKEN}`);
      await fetch(`${base}/api/v1/calendar/feeds/${FEED_TOKEN}?token=${FEED_TOKEN}`);
      await fetch(`${base}/api/v1/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ username: 'admin', password: SMTP_PASSWORD }) });
    } finally {
      const exited = new Promise((resolve) => server.on('exit', resolve));
      server.kill('SIGTERM');
      await exited;
      await database.drop();
    }
    expect(leaks(output, [dbPassword, SMTP_PASSWORD, FEED_TOKEN])).toEqual([]);
    // The log is real: it has the requests, with the token's place masked.
    expect(output).toContain('request completed');
    expect(output).toContain('/api/v1/calendar/feeds/***');
  });
});
