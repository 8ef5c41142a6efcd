/**
 * The plan list as .xlsx (issue 17, item 3): the same filters and order as
 * GET /api/v1/plans, every page, bilingual headers and an About sheet.
 */
import type { AppDeps } from '../../app-deps.ts';
import type { Actor, Principal } from '../../shared/principal.ts';
import { calendarDateIn } from '../../shared/time.ts';
import { recordAuditEvent } from '../audit/audit.usecases.ts';
import { cursorBatches, exportedByOf, filtersOf, inSnapshot } from '../excel/excel.list-reply.ts';
import { writeListExport, type ListColumn } from '../excel/excel.list-export.ts';
import type { PlanListFilter } from './plans.repository.ts';
import { listPlans } from './plans.usecases.ts';
import { regionTimeZone } from '../region/region.time-zone.ts';

type PlanRow = Awaited<ReturnType<typeof listPlans>>['items'][number];

const KIND = { three_year: '三年行动计划 Three-year action plan', annual: '年度工作计划 Annual work plan', implementation: '实施方案 Implementation plan' } as const;
const STATUS = {
  draft: '草案 Draft',
  adopted_in_principle: '原则通过 Adopted in principle',
  adopted: '已通过 Adopted',
  in_force: '实施中 In force',
  closed: '已结束 Closed',
} as const;
const CADENCE = { monthly: '每月 Monthly', quarterly: '每季度 Quarterly' } as const;

export const PLAN_EXPORT_COLUMNS: ListColumn<PlanRow>[] = [
  { zh: '编号', en: 'Code', width: 18, value: (p) => p.code },
  { zh: '类型', en: 'Kind', width: 26, value: (p) => KIND[p.kind] },
  { zh: '名称（中文）', en: 'Title (Chinese)', width: 44, value: (p) => p.title_zh },
  { zh: '名称（英文）', en: 'Title (English)', width: 44, value: (p) => p.title_en },
  { zh: '开始日期', en: 'Starts', width: 12, kind: 'date', value: (p) => p.period_start },
  { zh: '结束日期', en: 'Ends', width: 12, kind: 'date', value: (p) => p.period_end },
  { zh: '状态', en: 'Status', width: 24, value: (p) => STATUS[p.status] },
  { zh: '报告周期', en: 'Reporting cadence', width: 16, value: (p) => CADENCE[p.reporting_cadence] },
  { zh: '任务数', en: 'Tasks', width: 8, kind: 'number', value: (p) => Number(p.task_count ?? 0) },
  { zh: '基线冻结时间', en: 'Baseline frozen', width: 18, kind: 'datetime', value: (p) => p.baseline_frozen_at },
  { zh: '演示数据', en: 'Demo', width: 8, value: (p) => (p.is_demo ? '是 yes' : '') },
  { zh: '更新时间', en: 'Updated', width: 18, kind: 'datetime', value: (p) => p.updated_at },
];

export async function exportPlans(deps: Pick<AppDeps, 'db' | 'clock'> & { actor: Actor; principal: Principal }, filter: PlanListFilter) {
  const now = deps.clock.now();
  const result = await inSnapshot(deps.db, (db) =>
    writeListExport(
      { sheetZh: '规划计划', sheetEn: 'Plans', exportedBy: exportedByOf(deps.principal), exportedAt: now, filters: filtersOf({ ...filter }), source: '/api/v1/plans/export.xlsx' },
      PLAN_EXPORT_COLUMNS,
      cursorBatches((cursor, limit) => listPlans({ db, clock: deps.clock }, { ...filter, cursor, limit })),
    ),
  );
  await recordAuditEvent(deps, { action: 'plan.export', objectType: 'plan', summary: { filters: filtersOf({ ...filter }), rows: result.count, truncated: result.truncated } });
  return { ...result, date: calendarDateIn(now, await regionTimeZone(deps.db)) };
}
