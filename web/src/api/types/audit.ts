/** The audit log (server module audit). */

export type AuditOutcome = 'success' | 'denied' | 'failure';
export const AUDIT_OUTCOMES: readonly AuditOutcome[] = ['success', 'denied', 'failure'];

export interface AuditEvent {
  seq: string;
  id: string;
  /** ISO 8601 in the region's time zone, with its offset (e.g. +08:00). */
  occurredAt: string;
  actorUserId: string | null;
  actorUsername: string | null;
  actorMemberCode: string | null;
  /** The actor's display name now; null for the system or anonymous. */
  actorDisplayName: string | null;
  action: string;
  outcome: AuditOutcome;
  objectType: string | null;
  objectId: string | null;
  /** The object's title (a user's display name) when it has one. */
  objectTitleZh: string | null;
  objectTitleEn: string | null;
  summary: Record<string, unknown>;
  ip: string | null;
  hash: string;
}
