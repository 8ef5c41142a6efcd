import { api } from '../../api/client.ts';
import type { ApiQuery } from '../../api/openapi.ts';
import type { AuditEvent, Page } from '../../api/types.ts';

/** The audit list's filters (GET /audit-events): action is a prefix ("user." matches user.create…), from/to ISO 8601 with offset. */
export type AuditFilters = Omit<ApiQuery<'audit.list'>, 'cursor' | 'limit'>;

const PAGE_SIZE = 50;

export const auditApi = {
  list: (filters: AuditFilters, cursor: string | null, signal?: AbortSignal) =>
    api.get<Page<AuditEvent>>('/api/v1/audit-events', { ...filters, cursor, limit: PAGE_SIZE }, signal),
};
