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
  embeddedPgPort: number;
  regionFile: string;
  loadDemoData: boolean;
  passwordProfile: PasswordProfile;
  sessionIdleMinutes: number;
  sessionAbsoluteHours: number;
  loginMaxFailures: number;
  loginLockMinutes: number;
  /** Mark cookies Secure; on by default when the public URL is https. */
  secureCookies: boolean;
  trustProxy: boolean;
  logLevel: string;
  webDistDir: string;
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
    embeddedPgPort: intFromEnv(env, 'YRD_PG_PORT', 54329),
    regionFile: path.resolve(projectRoot, env.YRD_REGION_FILE ?? 'data/regions/yrd.json'),
    loadDemoData: boolFromEnv(env, 'YRD_DEMO_DATA', true),
    passwordProfile: profile,
    sessionIdleMinutes: intFromEnv(env, 'YRD_SESSION_IDLE_MINUTES', 30),
    sessionAbsoluteHours: intFromEnv(env, 'YRD_SESSION_ABSOLUTE_HOURS', 12),
    loginMaxFailures: intFromEnv(env, 'YRD_LOGIN_MAX_FAILURES', 5),
    loginLockMinutes: intFromEnv(env, 'YRD_LOGIN_LOCK_MINUTES', 15),
    secureCookies: boolFromEnv(env, 'YRD_SECURE_COOKIES', publicUrl.startsWith('https://')),
    trustProxy: boolFromEnv(env, 'YRD_TRUST_PROXY', false),
    logLevel: env.LOG_LEVEL ?? 'info',
    webDistDir: path.resolve(projectRoot, 'web', 'dist'),
  };
}
