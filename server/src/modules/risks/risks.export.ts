/**
 * The register as .xlsx: one row per risk (the list's filters and order, every
 * page); demo rows say so in their own column, never passing as real records.
 * Written by the shared list writer (bilingual header, neutralised text, About
 * sheet with when, by whom, which filters and from where).
 */
import type { AppDeps } from '../../app-deps.ts';
import type { Actor, Principal } from '../../shared/principal.ts';
import { calendarDateIn } from '../../shared/time.ts';
import { recordAuditEvent } from '../audit/audit.usecases.ts';
import { cursorBatches, exportedByOf, filtersOf, inSnapshot } from '../excel/excel.list-reply.ts';
import { writeListExport, type ListColumn } from '../excel/excel.list-export.ts';
import { scoreOf } from './risks.models.ts';
import type { RiskFilter } from './risks.repository.ts';
import { listRisks } from './risks.usecases.ts';

type Row = Awaited<ReturnType<typeof listRisks>>['items'][number];

export const AREA_LABELS: Record<string, { zh: string; en: string }> = {
  industry_supply_chain: { zh: '产业链供应链', en: 'Industrial and supply chains' }, finance: { zh: '金融', en: 'Finance' }, energy: { zh: '能源', en: 'Energy' },
  food: { zh: '粮食', en: 'Food' }, urban_governance: { zh: '城市治理', en: 'Urban governance' }, ecology: { zh: '生态环境', en: 'Ecology' }, public_health: { zh: '公共卫生', en: 'Public health' },
};
export const STATUS_LABELS: Record<string, { zh: string; en: string }> = {
  open: { zh: '未缓解', en: 'Open' }, mitigated: { zh: '已缓解', en: 'Mitigated' }, closed: { zh: '已关闭', en: 'Closed' },
};

const both = (l: { zh: string; en: string } | undefined, raw: string) => (l ? `${l.zh} ${l.en}` : raw);

export const RISK_EXPORT_COLUMNS: ListColumn<Row>[] = [
  { zh: '编号', en: 'Code', width: 14, value: (r) => r.code },
  { zh: '名称', en: 'Title (zh)', width: 36, value: (r) => r.title_zh },
  { zh: '英文名称', en: 'Title (en)', width: 36, value: (r) => r.title_en },
  { zh: '领域', en: 'Area', width: 20, value: (r) => both(AREA_LABELS[r.area], r.area) },
  { zh: '可能性', en: 'Likelihood', width: 10, kind: 'number', value: (r) => r.likelihood },
  { zh: '影响', en: 'Impact', width: 10, kind: 'number', value: (r) => r.impact },
  { zh: '风险值', en: 'Score', width: 10, kind: 'number', value: (r) => scoreOf(r.likelihood, r.impact) },
  { zh: '责任成员方', en: 'Owner members', width: 18, value: (r) => r.owner_member_codes.join(', ') },
  { zh: '复核日期', en: 'Review date', width: 12, kind: 'date', value: (r) => r.review_date },
  { zh: '状态', en: 'Status', width: 14, value: (r) => both(STATUS_LABELS[r.status], r.status) },
  { zh: '描述', en: 'Description', width: 36, value: (r) => [r.description_zh, r.description_en].filter(Boolean).join('\n') },
  { zh: '演示数据', en: 'Demo', width: 10, value: (r) => (r.is_demo ? '演示 Demo' : '') },
];

export async function exportRisks(deps: Pick<AppDeps, 'db' | 'clock'> & { actor: Actor; principal: Principal }, filter: RiskFilter) {
  const now = deps.clock.now();
  const filters = filtersOf({ ...filter });
  const result = await inSnapshot(deps.db, (db) =>
    writeListExport(
      { sheetZh: '风险清单', sheetEn: 'Risk register', exportedBy: exportedByOf(deps.principal), exportedAt: now, filters, source: '/api/v1/risks/export.xlsx' },
      RISK_EXPORT_COLUMNS,
      cursorBatches((cursor, limit) => listRisks({ db, clock: deps.clock }, { ...filter, cursor, limit })),
    ),
  );
  await recordAuditEvent(deps, { action: 'risk.export', objectType: 'risk', summary: { filters, rows: result.count, truncated: result.truncated } });
  return { ...result, date: calendarDateIn(now, 'Asia/Shanghai') };
}
