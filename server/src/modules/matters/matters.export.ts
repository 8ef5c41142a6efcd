/**
 * The major-matter list as .xlsx (issue 17, item 3): the same filters and order
 * as GET /api/v1/matters, every page, bilingual headers and an About sheet.
 */
import type { AppDeps } from '../../app-deps.ts';
import type { Actor, Principal } from '../../shared/principal.ts';
import { calendarDateIn } from '../../shared/time.ts';
import { recordAuditEvent } from '../audit/audit.usecases.ts';
import { cursorBatches, exportedByOf, filtersOf, inSnapshot } from '../excel/excel.list-reply.ts';
import { writeListExport, type ListColumn } from '../excel/excel.list-export.ts';
import { listMatters } from './matters.usecases.ts';

type MatterItem = Awaited<ReturnType<typeof listMatters>>['items'][number];

const TIER: Record<string, string> = { execution: '执行层 Execution', coordination: '协调层 Coordination', decision: '决策层 Decision' };
const STATUS: Record<string, string> = { open: '办理中 Open', resolved: '已解决 Resolved', withdrawn: '已撤回 Withdrawn' };
const URGENCY: Record<string, string> = { high: '紧急 High', normal: '一般 Normal', low: '不急 Low' };

export const MATTER_EXPORT_COLUMNS: ListColumn<MatterItem>[] = [
  { zh: '提出时间', en: 'Raised at', width: 18, kind: 'datetime', value: (m) => m.raised_at },
  { zh: '事项（中文）', en: 'Matter (Chinese)', width: 44, value: (m) => m.title_zh },
  { zh: '事项（英文）', en: 'Matter (English)', width: 44, value: (m) => m.title_en },
  { zh: '提出方', en: 'Raised by', width: 14, value: (m) => m.raised_by_member_code ?? m.raised_by_body_code },
  { zh: '涉及成员', en: 'Members', width: 24, value: (m) => m.memberCodes.join(', ') },
  { zh: '紧急程度', en: 'Urgency', width: 12, value: (m) => URGENCY[m.urgency] ?? m.urgency },
  { zh: '层级', en: 'Tier', width: 16, value: (m) => TIER[m.tier] ?? m.tier },
  { zh: '状态', en: 'Status', width: 14, value: (m) => STATUS[m.status] ?? m.status },
  { zh: '执行层期限', en: 'Execution deadline', width: 18, kind: 'datetime', value: (m) => m.execution_deadline },
  { zh: '协调层期限', en: 'Coordination deadline', width: 18, kind: 'datetime', value: (m) => m.coordination_deadline },
  { zh: '决策层期限', en: 'Decision deadline', width: 18, kind: 'datetime', value: (m) => m.decision_deadline },
  { zh: '描述', en: 'Description', width: 48, value: (m) => [m.description_zh, m.description_en].filter(Boolean).join('\n') },
  { zh: '演示数据', en: 'Demo', width: 8, value: (m) => (m.is_demo ? '是 yes' : '') },
];

export type MatterExportFilter = Omit<Parameters<typeof listMatters>[1], 'limit' | 'cursor'>;

export async function exportMatters(deps: Pick<AppDeps, 'db' | 'clock'> & { actor: Actor; principal: Principal }, filter: MatterExportFilter) {
  const now = deps.clock.now();
  const filters = filtersOf({ ...filter });
  const result = await inSnapshot(deps.db, (db) =>
    writeListExport(
      { sheetZh: '重大事项', sheetEn: 'Major matters', exportedBy: exportedByOf(deps.principal), exportedAt: now, filters, source: '/api/v1/matters/export.xlsx' },
      MATTER_EXPORT_COLUMNS,
      cursorBatches((cursor, limit) => listMatters({ db, clock: deps.clock }, { ...filter, cursor, limit })),
    ),
  );
  await recordAuditEvent(deps, { action: 'matter.export', objectType: 'major_matter', summary: { filters, rows: result.count, truncated: result.truncated } });
  return { ...result, date: calendarDateIn(now, 'Asia/Shanghai') };
}
