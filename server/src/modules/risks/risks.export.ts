/**
 * The register as .xlsx: one row per risk (with the filters applied). Note rows
 * above the header say when, by whom and with which filters it was taken; demo
 * rows say so in their own column, never passing as real records.
 */
import ExcelJS from 'exceljs';
import { scoreOf } from './risks.models.ts';
import type { listRisks } from './risks.repository.ts';

type Row = Awaited<ReturnType<typeof listRisks>>[number];

export const AREA_LABELS: Record<string, { zh: string; en: string }> = {
  industry_supply_chain: { zh: '产业链供应链', en: 'Industrial and supply chains' }, finance: { zh: '金融', en: 'Finance' }, energy: { zh: '能源', en: 'Energy' },
  food: { zh: '粮食', en: 'Food' }, urban_governance: { zh: '城市治理', en: 'Urban governance' }, ecology: { zh: '生态环境', en: 'Ecology' }, public_health: { zh: '公共卫生', en: 'Public health' },
};
export const STATUS_LABELS: Record<string, { zh: string; en: string }> = {
  open: { zh: '未缓解', en: 'Open' }, mitigated: { zh: '已缓解', en: 'Mitigated' }, closed: { zh: '已关闭', en: 'Closed' },
};

export async function writeRiskExport(notes: string[], rows: Row[]): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet('风险清单 Risk register');
  for (const note of notes) sheet.addRow([note]).font = { italic: true, color: { argb: 'FF666666' } };
  const header = sheet.addRow([
    '编号\nCode', '名称\nTitle (zh)', 'Title (en)', '领域\nArea', '可能性\nLikelihood', '影响\nImpact', '风险值\nScore', '责任成员方\nOwner members',
    '复核日期\nReview date', '状态\nStatus', '描述\nDescription', '演示数据\nDemo',
  ]);
  header.font = { bold: true };
  header.alignment = { wrapText: true, vertical: 'top' };
  for (const r of rows) {
    const area = AREA_LABELS[r.area];
    const status = STATUS_LABELS[r.status];
    sheet.addRow([
      r.code, r.title_zh, r.title_en, area ? `${area.zh} ${area.en}` : r.area, r.likelihood, r.impact, scoreOf(r.likelihood, r.impact), r.owner_member_codes.join(', '),
      r.review_date ?? '', status ? `${status.zh} ${status.en}` : r.status, [r.description_zh, r.description_en].filter(Boolean).join('\n'), r.is_demo ? '演示 Demo' : '',
    ]);
  }
  sheet.addRow([`共 ${rows.length} 项 · ${rows.length} risks`]).font = { italic: true };
  sheet.columns.forEach((c, i) => { c.width = i === 1 || i === 2 || i === 10 ? 36 : 14; });
  return Buffer.from(await book.xlsx.writeBuffer());
}
