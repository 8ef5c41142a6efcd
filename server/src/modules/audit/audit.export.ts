/**
 * The audit trail as .xlsx (issue 17, item 3): the same filters, order and
 * presentation as GET /api/v1/audit-events (personal data in summaries only
 * for administrators), every page, bilingual headers and an About sheet.
 * The page function is the list's own, passed in by the route.
 */
import type { AppDeps } from '../../app-deps.ts';
import type { Actor, Principal } from '../../shared/principal.ts';
import { calendarDateIn } from '../../shared/time.ts';
import { writeListExport, type ListColumn } from '../excel/excel.list-export.ts';
import { cursorBatches, exportedByOf, filtersOf, inSnapshot } from '../excel/excel.list-reply.ts';
import { recordAuditEvent } from './audit.usecases.ts';
import type { Db } from '../../db/database.ts';
import { regionTimeZone } from '../region/region.time-zone.ts';

/** One row as the list presents it (audit.routes.ts presentAuditEvent). */
export interface PresentedAuditEvent {
  seq: string;
  occurredAt: string;
  actorUsername: string | null;
  actorDisplayName: string | null;
  actorMemberCode: string | null;
  action: string;
  outcome: string;
  objectType: string | null;
  objectId: string | null;
  objectTitleZh: string | null;
  objectTitleEn: string | null;
  summary: unknown;
  ip: string | null;
  hash: string;
}

type Page = (db: Db, cursor: string | undefined, limit: number) => Promise<{ items: PresentedAuditEvent[]; nextCursor: string | null }>;

const OUTCOME: Record<string, string> = { success: '成功 Success', denied: '拒绝 Denied', failure: '失败 Failure' };

export const AUDIT_EXPORT_COLUMNS: ListColumn<PresentedAuditEvent>[] = [
  { zh: '序号', en: 'Seq', width: 10, kind: 'number', value: (e) => Number(e.seq) },
  { zh: '时间', en: 'Occurred at', width: 26, value: (e) => e.occurredAt },
  { zh: '操作人', en: 'Actor', width: 18, value: (e) => e.actorUsername },
  { zh: '操作人姓名', en: 'Actor name', width: 16, value: (e) => e.actorDisplayName },
  { zh: '操作人成员', en: 'Actor member', width: 12, value: (e) => e.actorMemberCode },
  { zh: '动作', en: 'Action', width: 24, value: (e) => e.action },
  { zh: '结果', en: 'Outcome', width: 12, value: (e) => OUTCOME[e.outcome] ?? e.outcome },
  { zh: '对象类型', en: 'Object type', width: 14, value: (e) => e.objectType },
  { zh: '对象', en: 'Object id', width: 38, value: (e) => e.objectId },
  { zh: '对象名称（中文）', en: 'Object (Chinese)', width: 30, value: (e) => e.objectTitleZh },
  { zh: '对象名称（英文）', en: 'Object (English)', width: 30, value: (e) => e.objectTitleEn },
  { zh: '摘要', en: 'Summary', width: 60, value: (e) => (e.summary === null || e.summary === undefined ? '' : JSON.stringify(e.summary)) },
  { zh: '来源地址', en: 'IP address', width: 16, value: (e) => e.ip },
  { zh: '哈希', en: 'Hash', width: 20, value: (e) => e.hash },
];

export async function exportAudit(deps: Pick<AppDeps, 'db' | 'clock'> & { actor: Actor; principal: Principal }, query: Record<string, unknown>, page: Page) {
  const now = deps.clock.now();
  const filters = filtersOf(query);
  const result = await inSnapshot(deps.db, (db) =>
    writeListExport(
      { sheetZh: '审计日志', sheetEn: 'Audit events', exportedBy: exportedByOf(deps.principal), exportedAt: now, filters, source: '/api/v1/audit-events/export.xlsx' },
      AUDIT_EXPORT_COLUMNS,
      cursorBatches((cursor, limit) => page(db, cursor, limit)),
    ),
  );
  // Exporting the trail is itself on the trail (after the walk, so it is not in its own file).
  await recordAuditEvent(deps, { action: 'audit.export', objectType: 'audit_event', summary: { filters, rows: result.count, truncated: result.truncated } });
  return { ...result, date: calendarDateIn(now, await regionTimeZone(deps.db)) };
}
