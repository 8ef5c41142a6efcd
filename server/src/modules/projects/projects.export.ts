/**
 * The project list as .xlsx (the list's filters applied): one row per project with
 * its investment in the stated currency and unit, members, cities, progress and
 * the rule that made it. Note rows above the header say when, by whom and with
 * which filters; demo rows say so in their own column.
 */
import ExcelJS from 'exceljs';
import type { Enriched } from './projects.usecases.ts';
import { PHASE_LABELS, TYPE_LABELS, UNIT_LABELS } from './projects.models.ts';

const both = (l: { zh: string; en: string } | undefined, raw: string) => (l ? `${l.zh} ${l.en}` : raw);

export async function writeProjectExport(notes: string[], rows: Enriched[]): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet('重点项目 Projects');
  for (const note of notes) sheet.addRow([note]).font = { italic: true, color: { argb: 'FF666666' } };
  const header = sheet.addRow([
    '项目代码\nCode', '名称\nTitle (zh)', 'Title (en)', '类型\nType', '阶段\nPhase', '牵头成员\nLead member', '参与成员\nMembers', '涉及城市\nCities', '所在城市\nLocation',
    '开工\nStart', '计划完成\nPlanned completion', '币种\nCurrency', '单位\nUnit', '总投资\nTotal investment', '分成员投资\nInvestment per member',
    '进度 %\nProgress %', '进度规则\nProgress rule', '逾期里程碑督办\nOpen flags', '演示数据\nDemo',
  ]);
  header.font = { bold: true };
  header.alignment = { wrapText: true, vertical: 'top' };
  for (const { project: p, members, progress, openFlags } of rows) {
    sheet.addRow([
      p.code, p.title_zh, p.title_en, both(TYPE_LABELS[p.type], p.type), both(PHASE_LABELS[p.phase], p.phase), p.lead_member_code,
      members.map((m) => m.memberCode).join(', '), p.city_codes.join(', '), p.location_city_code ?? '', p.start_date ?? '', p.planned_completion ?? '',
      p.currency, both(UNIT_LABELS[p.unit], p.unit), p.total_investment === null ? '' : Number(p.total_investment),
      members.filter((m) => m.investment !== null).map((m) => `${m.memberCode}: ${m.investment}`).join('; '),
      progress.percent ?? '', `${progress.ruleZh}\n${progress.ruleEn}`, openFlags, p.is_demo ? '演示 Demo' : '',
    ]);
  }
  sheet.addRow([`共 ${rows.length} 项 · ${rows.length} projects`]).font = { italic: true };
  sheet.columns.forEach((c, i) => { c.width = i === 1 || i === 2 || i === 16 ? 36 : 16; });
  return Buffer.from(await book.xlsx.writeBuffer());
}
