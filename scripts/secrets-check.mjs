#!/usr/bin/env node
/**
 * CI step for issue 14, item 12: run the real CLI and server as an operator does,
 * with secrets configured, and search everything they print for each secret.
 *
 *   1. `yrd config` with passwords in DATABASE_URL, DATABASE_APP_URL (and a libpq
 *      sslpassword) and YRD_SMTP_URL;
 *   2. `yrd start` on a throw-away data dir (its embedded PostgreSQL, whose own
 *      passwords are read afterwards from the data dir's secrets.json), at debug
 *      log level, with YRD_SMTP_URL carrying a password; a calendar feed token is
 *      sent in a path and a query, and a password in a sign-in body.
 *
 * Each secret is looked for as given, percent-encoded and JSON-escaped. Exits 1
 * naming every secret found (never printing it), 0 otherwise. A few seconds:
 * no demo data, no web build. server/src/cli/secrets.test.ts covers the same
 * inside `npm test`; this step proves it on the process CI ships.
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');
const bin = path.join(root, 'bin', 'yrd.mjs');
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'yrd-secrets-check-'));
// Run as root, the embedded PostgreSQL runs as "postgres", which must be able to enter the data dir.
fs.chmodSync(dataDir, 0o755);

const SMTP_PASSWORD = 'Ci-Smtp-p@ss:w/rd#91';
const DB_PASSWORD = 'Ci-Db-Owner-S3cret-57';
const APP_PASSWORD = 'Ci-App-Login-S3cret-23';
const SSL_PASSPHRASE = 'Ci-Key-Pa55phrase-8';
const FEED_TOKEN = 'cifeedtoken-0123456789abcdefghijklmn';
const SIGN_IN_PASSWORD = 'Ci-Typed-Password-64';

const forms = (secret) => [...new Set([secret, encodeURIComponent(secret), JSON.stringify(secret).slice(1, -1)])];
/** Names of the secrets found in `output` (the names only: a CI log must not show the values either). */
const leaked = (output, secrets) => Object.entries(secrets).filter(([, value]) => forms(value).some((f) => output.includes(f))).map(([name]) => name);

function freePort() {
  return new Promise((resolve) => {
    const server = net.createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

function run(args, env) {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [bin, ...args], { env, cwd: root });
    let output = '';
    child.stdout.on('data', (d) => (output += d));
    child.stderr.on('data', (d) => (output += d));
    child.on('close', (code) => resolve({ code, output }));
  });
}

const failures = [];
const base = { ...process.env, YRD_DATA_DIR: dataDir, YRD_DEMO_DATA: 'false' };
delete base.DATABASE_URL;
delete base.DATABASE_APP_URL;

try {
  // 1. yrd config
  const config = await run(['config'], {
    ...base,
    DATABASE_URL: `postgres://owner:${encodeURIComponent(DB_PASSWORD)}@db.example:5432/yrd?sslpassword=${SSL_PASSPHRASE}`,
    DATABASE_APP_URL: `postgres://yrd_app:${APP_PASSWORD}@db.example:5432/yrd`,
    YRD_SMTP_URL: `smtps://mailer:${encodeURIComponent(SMTP_PASSWORD)}@mail.example:465`,
    YRD_PUBLIC_URL: 'https://yrd.example.gov.cn',
  });
  if (config.code !== 0) failures.push(`yrd config exited ${config.code}:\n${config.output}`);
  const inConfig = leaked(config.output, { DB_PASSWORD, APP_PASSWORD, SSL_PASSPHRASE, SMTP_PASSWORD });
  if (inConfig.length) failures.push(`yrd config printed: ${inConfig.join(', ')}`);
  if (!config.output.includes('smtps://mailer:***@mail.example:465')) failures.push('yrd config did not print the masked SMTP URL');

  // 2. yrd start
  const [httpPort, pgPort, smtpPort] = [await freePort(), await freePort(), await freePort()];
  const server = spawn(process.execPath, [bin, 'start', '--no-web-build'], {
    cwd: root,
    env: {
      ...base,
      PORT: String(httpPort),
      YRD_PG_PORT: String(pgPort),
      LOG_LEVEL: 'debug',
      YRD_SMTP_URL: `smtp://mailer:${encodeURIComponent(SMTP_PASSWORD)}@127.0.0.1:${smtpPort}`,
      YRD_SMTP_FROM: 'YRD <noreply@yrd.test>',
    },
  });
  let output = '';
  server.stdout.on('data', (d) => (output += d));
  server.stderr.on('data', (d) => (output += d));
  const exited = new Promise((resolve) => server.once('exit', resolve));
  try {
    const deadline = Date.now() + 120_000;
    while (!output.includes('Platform is running on')) {
      if (server.exitCode !== null || Date.now() > deadline) throw new Error(`the server did not start:\n${output}`);
      await new Promise((r) => setTimeout(r, 200));
    }
    const url = `http://127.0.0.1:${httpPort}`;
    const health = await fetch(`${url}/api/v1/health`);
    if (health.status !== 200) failures.push(`health answered ${health.status}`);
    await fetch(`${url}/api/v1/calendar/feeds/${FEED_TOKEN}`);
    await fetch(`${url}/api/v1/calendar/feeds/${FEED_TOKEN}?token=${FEED_TOKEN}`);
    await fetch(`${url}/api/v1/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ username: 'admin', password: SIGN_IN_PASSWORD }) });
  } finally {
    server.kill('SIGTERM');
    await exited;
  }
  const embedded = JSON.parse(fs.readFileSync(path.join(dataDir, 'secrets.json'), 'utf8'));
  const secrets = { SMTP_PASSWORD, FEED_TOKEN, SIGN_IN_PASSWORD };
  for (const [key, value] of Object.entries(embedded)) if (typeof value === 'string' && value.length >= 8) secrets[`embedded PostgreSQL ${key}`] = value;
  if (Object.keys(secrets).length < 5) failures.push(`expected the embedded PostgreSQL's passwords in secrets.json, found keys: ${Object.keys(embedded).join(', ')}`);
  const inLog = leaked(output, secrets);
  if (inLog.length) failures.push(`the server's output contains: ${inLog.join(', ')}`);
  // The search is only worth something if the log is there: the requests were logged, the token's place masked.
  if (!output.includes('request completed') || !output.includes('/api/v1/calendar/feeds/***')) failures.push('the server log lacks the request lines this check searches');
} catch (error) {
  failures.push(String(error instanceof Error ? error.message : error));
} finally {
  fs.rmSync(dataDir, { recursive: true, force: true });
}

if (failures.length) {
  console.error(`✗ secrets check failed:\n- ${failures.join('\n- ')}`);
  process.exit(1);
}
console.log('✓ secrets check: yrd config and the server log show none of the configured secrets');
