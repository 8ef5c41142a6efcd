/**
 * The catalogue as .xlsx: one row per service (with the filters applied), a
 * column per member for its availability and responsible body. Note rows above
 * the header say when, by whom and with which filters it was taken; demo rows
 * say so in their own column, never passing as real figures.
 */
import ExcelJS from 'exceljs';
import type { listServices } from './services.usecases.ts';

type Listed = Awaited<ReturnType<typeof listServices>>;

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

export async function writeServiceExport(notes: string[], members: { code: string; name_zh: string; name_en: string }[], listed: Listed): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet('公共服务 Services');
  for (const note of notes) sheet.addRow([note]).font = { italic: true, color: { argb: 'FF666666' } };
  const header = sheet.addRow([
    '服务代码\nCode', '名称\nName (zh)', 'Name (en)', '类别\nCategory', '法律依据\nLegal basis',
    ...members.flatMap((m) => [`${m.name_zh} 开通情况\n${m.name_en} availability`, `${m.name_zh} 责任机构\n${m.name_en} responsible body`]),
    '演示数据\nDemo',
  ]);
  header.font = { bold: true };
  header.alignment = { wrapText: true, vertical: 'top' };
  for (const { service: s, bodies, availability } of listed) {
    const category = CATEGORY_LABELS[s.category];
    sheet.addRow([
      s.code, s.name_zh, s.name_en, category ? `${category.zh} ${category.en}` : s.category, [s.legal_basis_zh, s.legal_basis_en].filter(Boolean).join('\n'),
      ...members.flatMap((m) => {
        const a = availability.find((x) => x.member_code === m.code);
        const status = a ? STATUS_LABELS[a.status] : undefined;
        const text = a ? [status ? `${status.zh} ${status.en}` : a.status, a.since ? `since ${a.since}` : '', a.channels.map((c) => CHANNEL_LABELS[c] ?? c).join(' / '),
          a.all_cities ? '全部城市 all cities' : `城市 cities: ${a.city_codes.join(', ')}`].filter(Boolean).join('; ') : '';
        return [text, bodies.find((b) => b.member_code === m.code)?.body_code ?? ''];
      }),
      s.is_demo ? '演示 Demo' : '',
    ]);
  }
  sheet.addRow([`共 ${listed.length} 项 · ${listed.length} services`]).font = { italic: true };
  sheet.columns.forEach((c, i) => { c.width = i < 3 ? 30 : 24; });
  return Buffer.from(await book.xlsx.writeBuffer());
}
