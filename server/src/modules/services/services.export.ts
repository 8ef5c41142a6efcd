/**
 * The catalogue as .xlsx: one row per service (the list's filters and order),
 * a column per member for its availability and responsible body; demo rows say
 * so in their own column, never passing as real figures. Written by the shared
 * list writer (bilingual header, neutralised text, About sheet with when, by
 * whom, which filters and from where).
 */
import type { AppDeps } from '../../app-deps.ts';
import type { Actor, Principal } from '../../shared/principal.ts';
import { calendarDateIn } from '../../shared/time.ts';
import { recordAuditEvent } from '../audit/audit.usecases.ts';
import { exportedByOf, filtersOf, inSnapshot } from '../excel/excel.list-reply.ts';
import { writeListExport, type ListColumn } from '../excel/excel.list-export.ts';
import { membersOf } from './services.repository.ts';
import { listServices } from './services.usecases.ts';

type Listed = Awaited<ReturnType<typeof listServices>>[number];
type ServiceFilter = Parameters<typeof listServices>[1];

export const CATEGORY_LABELS: Record<string, { zh: string; en: string }> = {
  employment: { zh: '就业', en: 'Employment' }, medical_insurance: { zh: '医疗保障', en: 'Medical insurance' },
  social_security: { zh: '社会保障', en: 'Social security' }, pension: { zh: '养老', en: 'Pensions' },
  government_services: { zh: '政务服务', en: 'Government services' }, transport: { zh: '交通出行', en: 'Transport' },
  education: { zh: '教育', en: 'Education' }, other: { zh: '其他', en: 'Other' },
};
export const STATUS_LABELS: Record<string, { zh: string; en: string }> = {
  planned: { zh: '计划', en: 'Planned' }, pilot: { zh: '试点', en: 'Pilot' }, available: { zh: '已开通', en: 'Available' }, suspended: { zh: '暂停', en: 'Suspended' },
};
const CHANNEL_LABELS: Record<string, string> = { online: '网上 online', app: 'App', counter: '窗口 counter' };

function availabilityText(a: Listed['availability'][number] | undefined): string {
  if (!a) return '';
  const status = STATUS_LABELS[a.status];
  return [
    status ? `${status.zh} ${status.en}` : a.status, a.since ? `since ${a.since}` : '', a.channels.map((c) => CHANNEL_LABELS[c] ?? c).join(' / '),
    a.all_cities ? '全部城市 all cities' : `城市 cities: ${a.city_codes.join(', ')}`,
  ].filter(Boolean).join('; ');
}

/** Fixed columns, then two per member (the region's members, in their order). */
export function serviceExportColumns(members: { code: string; name_zh: string; name_en: string }[]): ListColumn<Listed>[] {
  return [
    { zh: '服务代码', en: 'Code', width: 30, value: (l) => l.service.code },
    { zh: '名称', en: 'Name (zh)', width: 30, value: (l) => l.service.name_zh },
    { zh: '英文名称', en: 'Name (en)', width: 30, value: (l) => l.service.name_en },
    { zh: '类别', en: 'Category', width: 20, value: (l) => { const c = CATEGORY_LABELS[l.service.category]; return c ? `${c.zh} ${c.en}` : l.service.category; } },
    { zh: '法律依据', en: 'Legal basis', width: 30, value: (l) => [l.service.legal_basis_zh, l.service.legal_basis_en].filter(Boolean).join('\n') },
    ...members.flatMap((m): ListColumn<Listed>[] => [
      { zh: `${m.name_zh} 开通情况`, en: `${m.name_en} availability`, width: 24, value: (l) => availabilityText(l.availability.find((x) => x.member_code === m.code)) },
      { zh: `${m.name_zh} 责任机构`, en: `${m.name_en} responsible body`, width: 24, value: (l) => l.bodies.find((b) => b.member_code === m.code)?.body_code },
    ]),
    { zh: '演示数据', en: 'Demo', width: 10, value: (l) => (l.service.is_demo ? '演示 Demo' : '') },
  ];
}

export async function exportServices(deps: Pick<AppDeps, 'db' | 'clock'> & { actor: Actor; principal: Principal }, filter: ServiceFilter) {
  const now = deps.clock.now();
  const filters = filtersOf({ ...filter });
  // The catalogue list is not paged (it holds dozens of services): one read, in the same snapshot as the members.
  const result = await inSnapshot(deps.db, async (db) => {
    const listed = await listServices({ db, clock: deps.clock }, filter);
    const members = await membersOf(db);
    return writeListExport(
      { sheetZh: '公共服务', sheetEn: 'Services', exportedBy: exportedByOf(deps.principal), exportedAt: now, filters, source: '/api/v1/services/export.xlsx' },
      serviceExportColumns(members),
      listed,
    );
  });
  await recordAuditEvent(deps, { action: 'service.export', objectType: 'public_service', summary: { filters, rows: result.count, truncated: result.truncated } });
  return { ...result, date: calendarDateIn(now, 'Asia/Shanghai') };
}
