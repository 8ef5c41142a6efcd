import { createHash } from 'node:crypto';
import type { AuditOutcome } from '../../db/schema.ts';

/** What a use case says happened. The chain fields are added when it is stored. */
export interface AuditEventInput {
  action: string;
  outcome?: AuditOutcome;
  objectType?: string | null;
  objectId?: string | null;
  /** A summary of the change: changed fields with before/after, never secrets. */
  summary?: Record<string, unknown>;
}

export interface ChainedFields {
  id: string;
  occurredAt: Date;
  actorUserId: string | null;
  actorUsername: string | null;
  actorMemberCode: string | null;
  action: string;
  outcome: AuditOutcome;
  objectType: string | null;
  objectId: string | null;
  summary: Record<string, unknown>;
  ip: string | null;
  prevHash: string;
}

/** The hash before the first event. */
export const GENESIS_HASH = '0'.repeat(64);

/** JSON with sorted keys, so the same content always hashes the same (jsonb reorders keys). */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value ?? null);
  if (value instanceof Date) return JSON.stringify(value.toISOString());
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  const entries = Object.entries(value as Record<string, unknown>)
    .filter(([, v]) => v !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
}

export function chainHash(fields: ChainedFields): string {
  const payload = canonicalJson({ ...fields, occurredAt: fields.occurredAt.toISOString() });
  return createHash('sha256').update(fields.prevHash).update('\n').update(payload).digest('hex');
}

/** Values that must never reach the audit log, whatever a use case passes. */
const SECRET_KEYS = /password|secret|token|hash/i;

export function redactSummary(summary: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(summary)) {
    if (SECRET_KEYS.test(key)) out[key] = '[redacted]';
    else if (value && typeof value === 'object' && !Array.isArray(value) && !(value instanceof Date))
      out[key] = redactSummary(value as Record<string, unknown>);
    else out[key] = value;
  }
  return out;
}

/**
 * Personal data in summaries (decision, issue 14): the audit log is read by the
 * Office and observers too, who may not see users' contact details. Only
 * administrators (who manage the accounts) get summaries as stored; everyone
 * else — on the audit list and in a task's history — gets them with e-mail
 * addresses and phone numbers replaced by PERSONAL_HIDDEN: fields named like
 * e-mail or phone, and any text that is an e-mail address (e.g. the `to` of
 * `notification.emailed`). The stored event and its hash are unchanged; the
 * chain is verified on the server (`yrd audit verify`), not by the reader.
 */
export const PERSONAL_HIDDEN = '[hidden]';
const PERSONAL_KEYS = /^(e-?mail|email_?address|phone|phone_?number|mobile|tel|telephone)$/i;
const EMAIL_ADDRESS = /[^\s@<>"]+@[^\s@<>"]+\.[^\s@<>"]+/;

export function withoutPersonalData(value: unknown): unknown {
  if (typeof value === 'string') return EMAIL_ADDRESS.test(value) ? PERSONAL_HIDDEN : value;
  if (Array.isArray(value)) return value.map(withoutPersonalData);
  if (value === null || typeof value !== 'object' || value instanceof Date) return value;
  return Object.fromEntries(
    Object.entries(value as Record<string, unknown>).map(([key, v]) => [key, PERSONAL_KEYS.test(key) && v !== null && typeof v !== 'boolean' ? PERSONAL_HIDDEN : withoutPersonalData(v)]),
  );
}
