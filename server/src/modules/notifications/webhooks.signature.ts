import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';

/**
 * Webhook signatures. Every delivery carries
 *   X-YRD-Timestamp: unix seconds when it was sent
 *   X-YRD-Signature: sha256=<hex HMAC-SHA256 of `${timestamp}.${body}` with the endpoint's secret>
 * A receiver recomputes the HMAC over the raw body and compares in constant
 * time (verifySignature), and should refuse timestamps far from its clock so
 * that a captured request cannot be replayed later.
 */
export const SIGNATURE_PREFIX = 'sha256=';

export function generateSecret(): string {
  return `whsec_${randomBytes(32).toString('base64url')}`;
}

export function signPayload(secret: string, timestamp: string | number, body: string): string {
  return SIGNATURE_PREFIX + createHmac('sha256', secret).update(`${timestamp}.${body}`).digest('hex');
}

/** True when `signature` is the signature of `${timestamp}.${body}` under `secret`; constant time in the signature's content. */
export function verifySignature(secret: string, timestamp: string | number, body: string, signature: string): boolean {
  const expected = Buffer.from(signPayload(secret, timestamp, body), 'utf8');
  const given = Buffer.from(signature, 'utf8');
  if (given.length !== expected.length) return false;
  return timingSafeEqual(given, expected);
}
