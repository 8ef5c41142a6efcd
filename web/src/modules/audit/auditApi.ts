import { api } from '../../api/client.ts';
import type { AuditEvent, AuditOutcome, Page } from '../../api/types.ts';

export interface AuditFilters {
  /** Prefix: "user." matches user.create, user.update, … */
  action?: string;
  outcome?: AuditOutcome;
  objectType?: string;
  objectId?: string;
  actorUserId?: string;
  memberCode?: string;
  /** ISO 8601 with offset. */
  from?: string;
  to?: string;
}

const PAGE_SIZE = 50;

export const auditApi = {
  list: (filters: AuditFilters, cursor: string | null, signal?: AbortSignal) =>
    api.get<Page<AuditEvent>>('/api/v1/audit-events', { ...filters, cursor, limit: PAGE_SIZE }, signal),
};
