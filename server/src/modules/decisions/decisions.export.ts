/**
 * The decision list as .xlsx (issue 17, item 3): the same filters and order as
 * GET /api/v1/decisions, every page, bilingual headers and an About sheet.
 * "Implemented" follows the published rule (IMPLEMENTED_RULE).
 */
import type { AppDeps } from '../../app-deps.ts';
import type { Actor, Principal } from '../../shared/principal.ts';
import { calendarDateIn } from '../../shared/time.ts';
import { recordAuditEvent } from '../audit/audit.usecases.ts';
import { cursorBatches, exportedByOf, filtersOf, inSnapshot } from '../excel/excel.list-reply.ts';
import { writeListExport, type ListColumn } from '../excel/excel.list-export.ts';
import { listDecisions } from './decisions.usecases.ts';

type DecisionRow = Awaited<ReturnType<typeof listDecisions>>['items'][number];

const EFFECT: Record<string, string> = {
  adopt_plan: '通过规划 Adopts a plan',
  approve_agreement: '批准协议 Approves an agreement',
  resolve_matter: '解决重大事项 Resolves a major matter',
  fix_next_host: '确定下届承办方 Fixes the next host',
  create_tasks: '形成任务 Creates tasks',
};

export const DECISION_EXPORT_COLUMNS: ListColumn<DecisionRow>[] = [
  { zh: '决定时间', en: 'Decided at', width: 18, kind: 'datetime', value: (d) => d.decided_at },
  { zh: '仅知日期', en: 'Date only', width: 10, value: (d) => (d.time_of_day_known ? '' : '是 yes') },
  { zh: '决定（中文）', en: 'Decision (Chinese)', width: 44, value: (d) => d.title_zh },
  { zh: '决定（英文）', en: 'Decision (English)', width: 44, value: (d) => d.title_en },
  { zh: '会议（中文）', en: 'Meeting (Chinese)', width: 36, value: (d) => d.meeting_title_zh },
  { zh: '会议（英文）', en: 'Meeting (English)', width: 36, value: (d) => d.meeting_title_en },
  { zh: '效果', en: 'Effects', width: 30, value: (d) => (d.effect_kinds as string[]).map((k) => EFFECT[k] ?? k).join('; ') },
  { zh: '形成任务数', en: 'Tasks created', width: 10, kind: 'number', value: (d) => Number(d.task_count) },
  { zh: '已完成任务数', en: 'Tasks completed', width: 10, kind: 'number', value: (d) => Number(d.completed_tasks) },
  { zh: '已落实', en: 'Implemented', width: 10, value: (d) => (d.implemented ? '是 yes' : '否 no') },
  { zh: '演示数据', en: 'Demo', width: 8, value: (d) => (d.is_demo ? '是 yes' : '') },
];

export type DecisionExportFilter = Omit<Parameters<typeof listDecisions>[1], 'limit' | 'cursor'>;

export async function exportDecisions(deps: Pick<AppDeps, 'db' | 'clock'> & { actor: Actor; principal: Principal }, filter: DecisionExportFilter) {
  const now = deps.clock.now();
  const filters = filtersOf({ ...filter });
  const result = await inSnapshot(deps.db, (db) =>
    writeListExport(
      { sheetZh: '会议决定', sheetEn: 'Decisions', exportedBy: exportedByOf(deps.principal), exportedAt: now, filters, source: '/api/v1/decisions/export.xlsx' },
      DECISION_EXPORT_COLUMNS,
      cursorBatches((cursor, limit) => listDecisions({ db, clock: deps.clock }, { ...filter, cursor, limit })),
    ),
  );
  await recordAuditEvent(deps, { action: 'decision.export', objectType: 'decision', summary: { filters, rows: result.count, truncated: result.truncated } });
  return { ...result, date: calendarDateIn(now, 'Asia/Shanghai') };
}
