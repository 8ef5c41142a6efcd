import { createHash, randomBytes } from 'node:crypto';

/** What every secret starts with: recognisable in logs and by secret scanners. */
export const TOKEN_PREFIX = 'yrd_pat_';
/** The longest a token may live: other systems must rotate their credentials. */
export const MAX_TOKEN_DAYS = 730;
/** How many characters of the secret are kept to tell tokens apart in the list. */
const SHOWN_CHARS = TOKEN_PREFIX.length + 6;

/** 256 random bits: guessing is hopeless, so a fast hash (SHA-256) is enough to store it. */
export function newSecret(): { secret: string; hash: string; prefix: string } {
  const secret = TOKEN_PREFIX + randomBytes(32).toString('base64url');
  return { secret, hash: hashSecret(secret), prefix: secret.slice(0, SHOWN_CHARS) };
}

export const hashSecret = (secret: string) => createHash('sha256').update(secret, 'utf8').digest('hex');

/** The secret of an `Authorization: Bearer …` header, if it has the token shape. */
export function bearerSecret(header: string | undefined): string | undefined {
  const match = /^Bearer\s+(\S+)\s*$/i.exec(header ?? '');
  const secret = match?.[1];
  return secret && secret.startsWith(TOKEN_PREFIX) && secret.length <= 200 ? secret : undefined;
}

export type TokenState = 'active' | 'expired' | 'revoked';

export function tokenState(token: { expires_at: Date; revoked_at: Date | null }, now: Date): TokenState {
  if (token.revoked_at) return 'revoked';
  return token.expires_at.getTime() <= now.getTime() ? 'expired' : 'active';
}
