/**
 * The progress-report list as .xlsx (issue 17, item 3): the same filters and
 * order as GET /api/v1/reports (the Office's review list; with taskId, one
 * task's reports), every page, bilingual headers and an About sheet.
 */
import type { AppDeps } from '../../app-deps.ts';
import type { Actor, Principal } from '../../shared/principal.ts';
import { calendarDateIn } from '../../shared/time.ts';
import { recordAuditEvent } from '../audit/audit.usecases.ts';
import { writeListExport, type ListColumn } from '../excel/excel.list-export.ts';
import { cursorBatches, exportedByOf, filtersOf, inSnapshot, memberLabels } from '../excel/excel.list-reply.ts';
import { listReports, type ReportListQuery } from './reports.usecases.ts';
import { regionTimeZone } from '../region/region.time-zone.ts';

type ReportRow = Awaited<ReturnType<typeof listReports>>['items'][number];

const STATE = { submitted: '待审核 Submitted', accepted: '已采纳 Accepted', returned: '已退回 Returned', superseded: '已被修订 Superseded' } as const;
const STATUS = { not_started: '未开始 Not started', on_track: '正常推进 On track', at_risk: '有风险 At risk', delayed: '滞后 Delayed', completed: '已完成 Completed' } as const;

function columns(member: (code: string) => string): ListColumn<ReportRow>[] {
  return [
    { zh: '任务编号', en: 'Task code', width: 12, value: (r) => r.task_code },
    { zh: '任务名称（中文）', en: 'Task (Chinese)', width: 40, value: (r) => r.task_title_zh },
    { zh: '任务名称（英文）', en: 'Task (English)', width: 40, value: (r) => r.task_title_en },
    { zh: '成员', en: 'Member', width: 16, value: (r) => member(r.member_code) },
    { zh: '报告期', en: 'Period', width: 10, value: (r) => r.period },
    { zh: '审核状态', en: 'Review state', width: 18, value: (r) => STATE[r.review_state] },
    { zh: '修订', en: 'Revision', width: 8, kind: 'number', value: (r) => r.revision },
    { zh: '进度（%）', en: 'Percent', width: 10, kind: 'number', value: (r) => Number(r.percent) },
    { zh: '进展状态', en: 'Status', width: 18, value: (r) => STATUS[r.status] },
    { zh: '提交时间', en: 'Submitted at', width: 18, kind: 'datetime', value: (r) => r.submitted_at },
    { zh: '提交人', en: 'Submitted by', width: 16, value: (r) => r.submitted_by_username },
    { zh: '审核时间', en: 'Reviewed at', width: 18, kind: 'datetime', value: (r) => r.reviewed_at },
    { zh: '审核人', en: 'Reviewed by', width: 16, value: (r) => r.reviewed_by_username },
    { zh: '审核意见', en: 'Review comment', width: 36, value: (r) => r.review_comment },
    { zh: '佐证材料数', en: 'Evidence files', width: 10, kind: 'number', value: (r) => Number(r.evidence_count ?? 0) },
    { zh: '报告摘要', en: 'Excerpt', width: 50, value: (r) => r.excerpt },
  ];
}

export async function exportReports(
  deps: Pick<AppDeps, 'db' | 'clock' | 'config'> & { actor: Actor; principal: Principal },
  query: Omit<ReportListQuery, 'cursor' | 'limit'>,
) {
  const now = deps.clock.now();
  const filters = filtersOf({ ...query });
  const result = await inSnapshot(deps.db, async (db) =>
    writeListExport(
      { sheetZh: '进展报告', sheetEn: 'Progress reports', exportedBy: exportedByOf(deps.principal), exportedAt: now, filters, source: '/api/v1/reports/export.xlsx' },
      columns(await memberLabels(db)),
      cursorBatches((cursor, limit) => listReports({ ...deps, db }, { ...query, cursor, limit })),
    ),
  );
  await recordAuditEvent(deps, { action: 'report.export', objectType: 'report', summary: { filters, rows: result.count, truncated: result.truncated } });
  return { ...result, date: calendarDateIn(now, await regionTimeZone(deps.db)) };
}
