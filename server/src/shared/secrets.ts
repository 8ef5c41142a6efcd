/**
 * Secrets never reach a printout or a log line: the passwords in the connection
 * URLs of the configuration (YRD_SMTP_URL, DATABASE_URL, DATABASE_APP_URL), the
 * embedded PostgreSQL's own logins, and the calendar feed tokens that travel in
 * request addresses. `yrd config` prints the URLs with the password as ***, the
 * server's log stream masks every known secret in every line (plugins/logging.ts).
 */
import type { AppConfig } from '../config.ts';

export const MASK = '***';
/** Query parameters that carry credentials (libpq's password, sslpassword; tokens). */
const SECRET_PARAMS = /^(password|sslpassword|token|secret|access_token)$/i;
/** Shorter "secrets" would mask ordinary words; no real password is that short. */
const MIN_SECRET_LENGTH = 4;

function parseUrl(value: string): URL | undefined {
  try {
    return new URL(value);
  } catch {
    return undefined;
  }
}

function decoded(value: string): string {
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
}

/**
 * The secrets in one connection URL, in each form they may be printed in: as
 * written (percent-encoded), decoded, and escaped inside a JSON string. A value
 * that is not a URL (a libpq key=value string) is a secret as a whole.
 */
export function urlSecrets(value: string | undefined): string[] {
  if (!value) return [];
  const url = parseUrl(value);
  if (!url) return variants(value);
  const raw = [url.password, ...[...url.searchParams].filter(([key]) => SECRET_PARAMS.test(key)).map(([, v]) => v)];
  return raw.flatMap(variants);
}

function variants(secret: string): string[] {
  if (secret.length < MIN_SECRET_LENGTH) return [];
  return [...new Set([secret, decoded(secret), encodeURIComponent(decoded(secret))].flatMap((s) => [s, JSON.stringify(s).slice(1, -1)]))];
}

/** Every secret the configuration holds. */
export function configSecrets(config: Pick<AppConfig, 'smtpUrl' | 'databaseUrl' | 'databaseAppUrl'>): string[] {
  return [...new Set([config.smtpUrl, config.databaseUrl, config.databaseAppUrl].flatMap(urlSecrets))];
}

/** `text` with every secret replaced by ***; longest first, so no part of a longer one is left. */
export function maskSecrets(text: string, secrets: readonly string[]): string {
  let out = text;
  for (const secret of [...secrets].sort((a, b) => b.length - a.length)) if (secret) out = out.split(secret).join(MASK);
  return out;
}

/** A connection URL as it may be shown: user, host, port and database, the password as ***. */
export function maskUrl(value: string | undefined): string | undefined {
  if (!value) return value;
  const url = parseUrl(value);
  if (!url) return '(set)';
  if (url.password) url.password = MASK;
  for (const key of [...url.searchParams.keys()]) if (SECRET_PARAMS.test(key)) url.searchParams.set(key, MASK);
  return url.toString();
}

/** The effective configuration for `yrd config`: everything, the secrets masked. */
export function printableConfig(config: AppConfig): Record<string, unknown> {
  return { ...config, databaseUrl: maskUrl(config.databaseUrl), databaseAppUrl: maskUrl(config.databaseAppUrl), smtpUrl: maskUrl(config.smtpUrl) };
}

/** A request address as it may be logged: a calendar feed's token (its credential) and credential parameters masked. */
export function maskRequestUrl(url: string): string {
  const [path = '', query] = url.split(/\?(.*)/s, 2);
  const maskedPath = path.replace(/^(\/api\/v1\/calendar\/feeds\/)[^/]+/, `$1${MASK}`);
  if (query === undefined) return maskedPath;
  const maskedQuery = query
    .split('&')
    .map((pair) => (SECRET_PARAMS.test(decoded(pair.split('=')[0] ?? '')) ? `${pair.split('=')[0]}=${MASK}` : pair))
    .join('&');
  return `${maskedPath}?${maskedQuery}`;
}
