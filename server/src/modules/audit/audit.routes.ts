import type { FastifyInstance } from 'fastify';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import type { AppDeps } from '../../app-deps.ts';
import { decodeCursor, pageOf } from '../../shared/pagination.ts';
import { hasRole } from '../../shared/principal.ts';
import { formatWithOffset } from '../../shared/time.ts';
import { withoutPersonalData } from './audit.models.ts';
import { auditPolicies } from './audit.policies.ts';
import { AuditFilterQuery, AuditListQuery, AuditPage } from './audit.schemas.ts';
import { callerDeps } from '../../app-deps.ts';
import { XLSX_CONTENT_TYPE } from '../excel/excel.models.ts';
import { sendListExport } from '../excel/excel.list-reply.ts';
import { exportAudit } from './audit.export.ts';
import { listEvents } from './audit.usecases.ts';
import type { AuditFilter } from './audit.repository.ts';
import { recordTitles, titleKey } from '../search/search.repository.ts';
import { regionTimeZone } from '../region/region.time-zone.ts';

type AuditRow = Awaited<ReturnType<typeof listEvents>>[number];
type Titles = Awaited<ReturnType<typeof recordTitles>>;

/**
 * `personal`: show the summary as stored (administrators); otherwise without e-mail and phone (audit.models.ts).
 * `titles`: display names of actors and objects (recordTitles), so screens show people and records, not ids.
 */
export function presentAuditEvent(row: AuditRow, timeZone: string, personal = false, titles: Titles = new Map()) {
  const object = row.object_type && row.object_id ? titles.get(titleKey(row.object_type, row.object_id.toLowerCase())) : undefined;
  return {
    seq: row.seq,
    id: row.id,
    occurredAt: formatWithOffset(row.occurred_at, timeZone),
    actorUserId: row.actor_user_id,
    actorUsername: row.actor_username,
    actorMemberCode: row.actor_member_code,
    actorDisplayName: row.actor_user_id ? (titles.get(titleKey('user', row.actor_user_id))?.zh ?? null) : null,
    action: row.action,
    outcome: row.outcome,
    objectType: row.object_type,
    objectId: row.object_id,
    objectTitleZh: object?.zh ?? null,
    objectTitleEn: object?.en ?? null,
    summary: personal ? row.summary : (withoutPersonalData(row.summary) as Record<string, unknown>),
    ip: row.ip,
    hash: row.hash,
  };
}

/** One page of audit events, newest first, in the region's time zone; personal data only when `personal` (administrators). */
export async function auditPage(deps: Pick<AppDeps, 'db'>, filter: Omit<AuditFilter, 'beforeSeq' | 'limit'>, cursor: string | undefined, limit: number, personal = false) {
  const [beforeSeq] = (decodeCursor(cursor, ['bigint']) as [string] | undefined) ?? [];
  const rows = await listEvents(deps, { ...filter, beforeSeq, limit: limit + 1 });
  const timeZone = await regionTimeZone(deps.db);
  const page = pageOf(rows, limit, (row) => [row.seq]);
  const titles = await recordTitles(deps.db, page.items.flatMap((row) => [
    ...(row.actor_user_id ? [{ type: 'user', id: row.actor_user_id }] : []),
    ...(row.object_type && row.object_id ? [{ type: row.object_type, id: row.object_id }] : []),
  ]));
  return { nextCursor: page.nextCursor, items: page.items.map((row) => presentAuditEvent(row, timeZone, personal, titles)) };
}

export async function auditRoutes(fastify: FastifyInstance, deps: AppDeps): Promise<void> {
  const app = fastify.withTypeProvider<TypeBoxTypeProvider>();

  app.get('/api/v1/audit-events', {
    config: { policy: auditPolicies.read },
    schema: { tags: ['audit'], summary: 'Audit events, newest first', querystring: AuditListQuery, response: { 200: AuditPage } },
    handler: async (request) => {
      const { cursor, limit = 50, from, to, ...filter } = request.query;
      const personal = hasRole(request.principal, 'admin');
      return auditPage(deps, { ...filter, from: from ? new Date(from) : undefined, to: to ? new Date(to) : undefined }, cursor, limit, personal);
    },
  });

  app.get('/api/v1/audit-events/export.xlsx', {
    config: { policy: auditPolicies.read, operationId: 'audit.export' },
    schema: {
      tags: ['audit'],
      summary: 'The audit list (same filters as GET /api/v1/audit-events, every page) as .xlsx, personal data only for administrators: bilingual headers, an About sheet with who, when and which filters',
      querystring: AuditFilterQuery,
      produces: [XLSX_CONTENT_TYPE],
    },
    handler: async (request, reply) => {
      const { from, to, ...filter } = request.query;
      const personal = hasRole(request.principal, 'admin');
      const range = { from: from ? new Date(from) : undefined, to: to ? new Date(to) : undefined };
      const result = await exportAudit(callerDeps(deps, request), request.query, (db, cursor, limit) => auditPage({ db }, { ...filter, ...range }, cursor, limit, personal));
      return sendListExport(reply, { ascii: 'audit-events', zh: '审计日志', date: result.date }, result);
    },
  });
}
