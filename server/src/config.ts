import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** Repository root, resolved from this file so the CLI works from any cwd. */
export const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

export type PasswordProfile = 'standard' | 'mlps3';

export interface AppConfig {
  host: string;
  port: number;
  /** Where runtime state lives: embedded PostgreSQL data, secrets, lock file. */
  dataDir: string;
  /** External PostgreSQL (owner role). When unset, the embedded server is used. */
  databaseUrl: string | undefined;
  /** Optional separate login for the app's own role on an external PostgreSQL. */
  databaseAppUrl: string | undefined;
  /** Parameterised statements are prepared once per connection (YRD_DB_PREPARED_STATEMENTS; 0 for transaction-mode poolers). */
  databasePreparedStatements: boolean;
  embeddedPgPort: number;
  regionFile: string;
  loadDemoData: boolean;
  passwordProfile: PasswordProfile;
  sessionIdleMinutes: number;
  sessionAbsoluteHours: number;
  loginMaxFailures: number;
  loginLockMinutes: number;
  /** Requests per minute one address may send without signing in (YRD_ANON_REQUESTS_PER_MINUTE); 0 = no limit. */
  anonymousRequestsPerMinute: number;
  /** Administrators must pass a second factor (YRD_REQUIRE_ADMIN_2FA, default on; decision 0016). */
  requireAdminSecondFactor: boolean;
  /** Mark cookies Secure; on by default when the public URL is https. */
  secureCookies: boolean;
  trustProxy: boolean;
  logLevel: string;
  webDistDir: string;
  /** Excel imports with more task rows than this run in the background and report progress (YRD_EXCEL_ASYNC_ROWS). */
  excelAsyncRows: number;
  /** smtp://user:pass@host:port or smtps://…; unset: no e-mail (the inbox still works). Never logged. */
  smtpUrl: string | undefined;
  /** Where users reach the platform (YRD_PUBLIC_URL), for links in e-mails; may be empty. */
  publicUrl: string;
  /** The From: of notification e-mails: YRD_SMTP_FROM, else noreply@ the public URL's host; empty only while e-mail is off. */
  smtpFrom: string;
  /**
   * Webhook receivers allowed on internal addresses (YRD_WEBHOOK_ALLOW_HOSTS): host names, IP
   * addresses or CIDR ranges. Without an entry, loopback, private, link-local and metadata
   * addresses are refused (notifications/webhooks.address.ts).
   */
  webhookAllowHosts: string[];
  /** Days a supervision flag waits at one rung of the ladder before the next is notified. */
  escalationGraceDays: number;
  /** Days after a reporting period ends before a missing report is flagged. */
  reportGraceDays: number;
  /** Run the job queue worker in this process (default on; another instance may do it instead). */
  worker: boolean;
  /** Sessions whose user and roles this instance keeps between requests (YRD_SESSION_CACHE_ENTRIES); 0 reads them on every request. */
  sessionCacheEntries: number;
}

function intFromEnv(env: NodeJS.ProcessEnv, name: string, fallback: number): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 0) {
    throw new Error(`${name} must be a non-negative integer, got "${raw}"`);
  }
  return value;
}

function boolFromEnv(env: NodeJS.ProcessEnv, name: string, fallback: boolean): boolean {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  if (['1', 'true', 'yes', 'on'].includes(raw.toLowerCase())) return true;
  if (['0', 'false', 'no', 'off'].includes(raw.toLowerCase())) return false;
  throw new Error(`${name} must be true or false, got "${raw}"`);
}

function smtpUrlFromEnv(env: NodeJS.ProcessEnv): string | undefined {
  const raw = env.YRD_SMTP_URL;
  if (raw === undefined || raw === '') return undefined;
  let parsed: URL | undefined;
  try {
    parsed = new URL(raw);
  } catch {
    parsed = undefined;
  }
  // The value may hold a password: never echo it.
  if (!parsed || (parsed.protocol !== 'smtp:' && parsed.protocol !== 'smtps:') || !parsed.hostname) {
    throw new Error('YRD_SMTP_URL must look like smtp://user:pass@host:port or smtps://user:pass@host:port');
  }
  return raw;
}

/** A host name mail can be sent from: a dotted DNS name, not localhost, not an IP address. */
function mailDomainOf(publicUrl: string): string | undefined {
  let host: string;
  try {
    host = new URL(publicUrl).hostname.toLowerCase();
  } catch {
    return undefined;
  }
  if (!host.includes('.') || host.endsWith('.localhost') || /^[0-9.]+$/.test(host) || host.startsWith('[')) return undefined;
  return host;
}

function smtpFromEnv(env: NodeJS.ProcessEnv, smtpUrl: string | undefined, publicUrl: string): string {
  const raw = env.YRD_SMTP_FROM;
  if (raw === undefined || raw === '') {
    // Never a made-up sender such as noreply@localhost: receiving servers reject it, or worse, trust it.
    const domain = mailDomainOf(publicUrl);
    if (domain) return `YRD Cooperation Platform <noreply@${domain}>`;
    if (smtpUrl) throw new Error('YRD_SMTP_FROM must be set when YRD_SMTP_URL is (or YRD_PUBLIC_URL with a host name, for noreply@<host>)');
    return '';
  }
  if (!/^[^\r\n]*[^\s<>@]+@[^\s<>@]+[^\r\n]*$/.test(raw)) throw new Error(`YRD_SMTP_FROM must be an e-mail address, got "${raw}"`);
  return raw;
}

/** Comma-separated host names, IP addresses and CIDR ranges. */
function allowHostsFromEnv(env: NodeJS.ProcessEnv): string[] {
  const entries = (env.YRD_WEBHOOK_ALLOW_HOSTS ?? '').split(',').map((e) => e.trim().toLowerCase()).filter(Boolean);
  for (const entry of entries) {
    if (!/^[0-9a-z.:[\]-]+(\/[0-9]{1,3})?$/.test(entry)) throw new Error(`YRD_WEBHOOK_ALLOW_HOSTS: "${entry}" is not a host name, an IP address or a CIDR range`);
  }
  return entries;
}

function positiveIntFromEnv(env: NodeJS.ProcessEnv, name: string, fallback: number): number {
  const value = intFromEnv(env, name, fallback);
  if (value < 1) throw new Error(`${name} must be at least 1, got "${env[name]}"`);
  return value;
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): AppConfig {
  const profile = env.YRD_PASSWORD_PROFILE ?? 'standard';
  if (profile !== 'standard' && profile !== 'mlps3') {
    throw new Error(`YRD_PASSWORD_PROFILE must be "standard" or "mlps3", got "${profile}"`);
  }
  const publicUrl = env.YRD_PUBLIC_URL ?? '';
  return {
    host: env.HOST ?? '127.0.0.1',
    port: intFromEnv(env, 'PORT', 3000),
    dataDir: path.resolve(projectRoot, env.YRD_DATA_DIR ?? 'var'),
    databaseUrl: env.DATABASE_URL || undefined,
    databaseAppUrl: env.DATABASE_APP_URL || undefined,
    databasePreparedStatements: boolFromEnv(env, 'YRD_DB_PREPARED_STATEMENTS', true),
    embeddedPgPort: intFromEnv(env, 'YRD_PG_PORT', 54329),
    regionFile: path.resolve(projectRoot, env.YRD_REGION_FILE ?? 'data/regions/yrd.json'),
    loadDemoData: boolFromEnv(env, 'YRD_DEMO_DATA', true),
    passwordProfile: profile,
    sessionIdleMinutes: intFromEnv(env, 'YRD_SESSION_IDLE_MINUTES', 30),
    sessionAbsoluteHours: intFromEnv(env, 'YRD_SESSION_ABSOLUTE_HOURS', 12),
    loginMaxFailures: intFromEnv(env, 'YRD_LOGIN_MAX_FAILURES', 5),
    loginLockMinutes: intFromEnv(env, 'YRD_LOGIN_LOCK_MINUTES', 15),
    anonymousRequestsPerMinute: intFromEnv(env, 'YRD_ANON_REQUESTS_PER_MINUTE', 300),
    requireAdminSecondFactor: boolFromEnv(env, 'YRD_REQUIRE_ADMIN_2FA', true),
    secureCookies: boolFromEnv(env, 'YRD_SECURE_COOKIES', publicUrl.startsWith('https://')),
    trustProxy: boolFromEnv(env, 'YRD_TRUST_PROXY', false),
    logLevel: env.LOG_LEVEL ?? 'info',
    webDistDir: path.resolve(projectRoot, 'web', 'dist'),
    excelAsyncRows: intFromEnv(env, 'YRD_EXCEL_ASYNC_ROWS', 500),
    publicUrl: publicUrl.replace(/\/+$/, ''),
    smtpUrl: smtpUrlFromEnv(env),
    smtpFrom: smtpFromEnv(env, smtpUrlFromEnv(env), publicUrl),
    webhookAllowHosts: allowHostsFromEnv(env),
    escalationGraceDays: positiveIntFromEnv(env, 'YRD_ESCALATION_GRACE_DAYS', 3),
    reportGraceDays: intFromEnv(env, 'YRD_REPORT_GRACE_DAYS', 7),
    worker: boolFromEnv(env, 'YRD_WORKER', true),
    sessionCacheEntries: intFromEnv(env, 'YRD_SESSION_CACHE_ENTRIES', 10_000),
  };
}
