/**
 * The agreement list as .xlsx (issue 17, item 3): the same filters and order as
 * GET /api/v1/agreements, every page, bilingual headers and an About sheet.
 */
import type { AppDeps } from '../../app-deps.ts';
import type { Actor, Principal } from '../../shared/principal.ts';
import { calendarDateIn } from '../../shared/time.ts';
import { recordAuditEvent } from '../audit/audit.usecases.ts';
import { cursorBatches, exportedByOf, filtersOf, inSnapshot } from '../excel/excel.list-reply.ts';
import { writeListExport, type ListColumn } from '../excel/excel.list-export.ts';
import { listAgreements } from './agreements.usecases.ts';

type AgreementItem = Awaited<ReturnType<typeof listAgreements>>['items'][number];

const STATUS: Record<string, string> = {
  draft: '草案 Draft', signed: '已签署 Signed', in_force: '生效中 In force', expired: '已期满 Expired', terminated: '已终止 Terminated',
};

export const AGREEMENT_EXPORT_COLUMNS: ListColumn<AgreementItem>[] = [
  { zh: '协议名称（中文）', en: 'Title (Chinese)', width: 44, value: (a) => a.agreement.title_zh },
  { zh: '协议名称（英文）', en: 'Title (English)', width: 44, value: (a) => a.agreement.title_en },
  { zh: '签约方', en: 'Parties', width: 30, value: (a) => a.parties.map((p) => p.member_code ?? p.body_code ?? '').filter(Boolean).join(', ') },
  { zh: '签署日期', en: 'Signed on', width: 12, kind: 'date', value: (a) => a.agreement.signed_on },
  { zh: '有效期起', en: 'Term starts', width: 12, kind: 'date', value: (a) => a.agreement.term_start },
  { zh: '有效期止', en: 'Term ends', width: 12, kind: 'date', value: (a) => a.agreement.term_end },
  { zh: '状态', en: 'Status', width: 16, value: (a) => STATUS[a.agreement.status] ?? a.agreement.status },
  { zh: '演示数据', en: 'Demo', width: 8, value: (a) => (a.agreement.is_demo ? '是 yes' : '') },
  { zh: '登记时间', en: 'Recorded', width: 18, kind: 'datetime', value: (a) => a.agreement.created_at },
];

export type AgreementExportFilter = Omit<Parameters<typeof listAgreements>[1], 'limit' | 'cursor'>;

export async function exportAgreements(deps: Pick<AppDeps, 'db' | 'clock'> & { actor: Actor; principal: Principal }, filter: AgreementExportFilter) {
  const now = deps.clock.now();
  const filters = filtersOf({ ...filter });
  const result = await inSnapshot(deps.db, (db) =>
    writeListExport(
      { sheetZh: '合作协议', sheetEn: 'Agreements', exportedBy: exportedByOf(deps.principal), exportedAt: now, filters, source: '/api/v1/agreements/export.xlsx' },
      AGREEMENT_EXPORT_COLUMNS,
      cursorBatches((cursor, limit) => listAgreements({ db, clock: deps.clock }, { ...filter, cursor, limit })),
    ),
  );
  await recordAuditEvent(deps, { action: 'agreement.export', objectType: 'agreement', summary: { filters, rows: result.count, truncated: result.truncated } });
  return { ...result, date: calendarDateIn(now, 'Asia/Shanghai') };
}
