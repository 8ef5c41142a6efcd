/**
 * Usage from a spreadsheet (.xlsx): a template and a synchronous import (usage
 * files are small: services × 16 member pairs × months). Every row is checked
 * first and every error is named by row and column in both languages; one bad
 * row writes nothing. Importing the same file twice changes nothing. Rows are
 * owned by their ORIGIN member: a liaison or editor imports only their own.
 */
import ExcelJS from 'exceljs';
import { translate } from '../../i18n/messages.ts';
import { AppError, defineErrors, type FieldError } from '../../shared/errors.ts';
import { auditedTransaction } from '../audit/audit.usecases.ts';
import { readWorkbook } from '../excel/excel.parser.ts';
import * as regionRepo from '../region/region.repository.ts';
import { isMonth } from './services.models.ts';
import { inScope, type MemberScope } from './services.policies.ts';
import { currentMonth, type WriteDeps } from './services.usecases.ts';
import * as repo from './usage.repository.ts';
import { syncDeclaredIndicators } from './usage.usecases.ts';

export const USAGE_SHEET = '用量 Usage';
export const MAX_USAGE_ROWS = 20_000;
export const USAGE_COLUMNS = [
  { key: 'serviceCode', zh: '服务代码' },
  { key: 'originMemberCode', zh: '来源成员' },
  { key: 'destinationMemberCode', zh: '目的地成员' },
  { key: 'month', zh: '月份' },
  { key: 'count', zh: '次数' },
] as const;
type ColumnKey = (typeof USAGE_COLUMNS)[number]['key'];
const headerOf = (c: (typeof USAGE_COLUMNS)[number]) => `${c.zh} ${c.key}`;

export interface RowError { row: number; letter: string; column: ColumnKey; rule: string; params: Record<string, unknown> }

export const usageImportErrors = defineErrors({
  noSheet: () => new AppError(400, 'services.import.no_sheet'),
  missingColumn: (column: string) => new AppError(400, 'services.import.missing_column', { column }),
  tooManyRows: (rows: number) => new AppError(400, 'services.import.too_many_rows', { rows, max: MAX_USAGE_ROWS }),
  empty: () => new AppError(400, 'services.import.empty'),
  invalidRows: (status: 400 | 403, total: number, errors: RowError[]) => {
    const text = (locale: 'zh-CN' | 'en', e: RowError) => translate(locale, e.rule, { ...e.params, field: `${e.letter}${e.row} ${e.column}` });
    const fields: FieldError[] = errors.slice(0, 200).map((e) => ({ field: `${e.letter}${e.row}`, rule: e.rule, params: { ...e.params, field: `${e.letter}${e.row} ${e.column}` } }));
    return new AppError(status, 'services.import.invalid_rows', { count: errors.length, total, first: text('zh-CN', errors[0]!) }, fields, {
      total, errorCount: errors.length,
      errors: errors.slice(0, 10_000).map((e) => ({ row: e.row, column: e.letter, field: e.column, rule: e.rule, messageZh: text('zh-CN', e), messageEn: text('en', e) })),
    });
  },
});

export async function usageTemplate(): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet(USAGE_SHEET);
  sheet.addRow(USAGE_COLUMNS.map(headerOf)).font = { bold: true };
  sheet.columns.forEach((col) => { col.width = 24; });
  sheet.addRow(['MED-SETTLE', '340000', '310000', '2024-03', null]);
  const help = book.addWorksheet('填写说明 Instructions');
  help.columns = [{ width: 26 }, { width: 100 }];
  for (const line of [
    ['填写说明 How to fill in', '每行一个月的一组来源→目的地用量；整份文件要么全部导入，要么（有任何错误时）全部不导入。One count per row; all rows or none.'],
    ['serviceCode', '服务代码（见服务目录）。The service code.'],
    ['originMemberCode', '来源成员代码（如 340000 安徽：参保人/居民所属成员，即该行的填报方）。The origin member (whose residents used the service; it owns the row).'],
    ['destinationMemberCode', '目的地成员代码（如 310000 上海：办理或就医所在成员）。Where the service was used.'],
    ['month', '月份 YYYY-MM，如 2024-03。'],
    ['count', '次数：不小于 0 的整数。A whole number, 0 or more.'],
  ]) help.addRow(line);
  return Buffer.from(await book.xlsx.writeBuffer());
}

const textOf = (value: ExcelJS.CellValue): string => {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return value.toISOString().slice(0, 7);
  if (typeof value === 'object') {
    if ('richText' in value) return value.richText.map((r) => r.text).join('').trim();
    if ('result' in value) return textOf((value.result ?? null) as ExcelJS.CellValue);
    if ('text' in value) return String(value.text).trim();
    return '';
  }
  return String(value).trim();
};
const letterOf = (n: number) => String.fromCharCode(64 + n);

async function parse(buffer: Buffer) {
  const book = await readWorkbook(buffer);
  for (const sheet of book.worksheets) {
    for (let r = 1; r <= Math.min(5, sheet.rowCount); r++) {
      const columns: Partial<Record<ColumnKey, number>> = {};
      sheet.getRow(r).eachCell((cell, n) => {
        const text = textOf(cell.value).toLowerCase();
        const col = USAGE_COLUMNS.find((c) => text.includes(c.key.toLowerCase()) || text === c.zh);
        if (col && columns[col.key] === undefined) columns[col.key] = n;
      });
      if (columns.serviceCode === undefined) continue;
      const absent = USAGE_COLUMNS.find((c) => columns[c.key] === undefined);
      if (absent) throw usageImportErrors.missingColumn(headerOf(absent));
      const rows: { row: number; cells: Record<ColumnKey, string> }[] = [];
      for (let n = r + 1; n <= sheet.rowCount; n++) {
        const row = sheet.getRow(n);
        const cells = Object.fromEntries(USAGE_COLUMNS.map((c) => [c.key, textOf(row.getCell(columns[c.key]!).value)])) as Record<ColumnKey, string>;
        if (Object.values(cells).every((c) => c === '')) continue;
        rows.push({ row: n, cells });
        if (rows.length > MAX_USAGE_ROWS) throw usageImportErrors.tooManyRows(sheet.rowCount - r);
      }
      const letters = Object.fromEntries(USAGE_COLUMNS.map((c) => [c.key, letterOf(columns[c.key]!)])) as Record<ColumnKey, string>;
      return { rows, letters };
    }
  }
  throw usageImportErrors.noSheet();
}

export async function importUsage(deps: WriteDeps, file: Buffer, scope: MemberScope) {
  const { rows, letters } = await parse(file);
  if (rows.length === 0) throw usageImportErrors.empty();
  const codes = [...new Set(rows.map((r) => r.cells.serviceCode).filter(Boolean))];
  const [serviceRows, memberCodes, thisMonth] = await Promise.all([repo.servicesByCodes(deps.db, codes), regionRepo.memberCodes(deps.db), currentMonth(deps)]);
  const serviceIds = new Map(serviceRows.map((s) => [s.code, s.id]));
  const members = new Set(memberCodes);
  const errors: RowError[] = [];
  const forbidden: RowError[] = [];
  const items: (repo.UsageKey & { count: number })[] = [];
  const seen = new Map<string, number>();
  for (const r of rows) {
    const fail = (column: ColumnKey, rule: string, params: Record<string, unknown> = {}) => errors.push({ row: r.row, letter: letters[column], column, rule, params });
    const before = errors.length;
    for (const c of USAGE_COLUMNS) if (r.cells[c.key] === '') fail(c.key, 'services.import.required');
    const { serviceCode, originMemberCode: origin, destinationMemberCode: destination, month, count: countText } = r.cells;
    if (serviceCode && !serviceIds.has(serviceCode)) fail('serviceCode', 'services.import.unknown_service', { value: serviceCode });
    if (origin && !members.has(origin)) fail('originMemberCode', 'services.import.unknown_member', { value: origin });
    if (destination && !members.has(destination)) fail('destinationMemberCode', 'services.import.unknown_member', { value: destination });
    if (month && !isMonth(month)) fail('month', 'services.import.bad_month', { value: month });
    else if (month && month > thisMonth) fail('month', 'services.import.future_month', { value: month });
    const count = Number(countText.replace(/,/g, ''));
    if (countText && (!Number.isSafeInteger(count) || count < 0)) fail('count', 'services.import.bad_count', { value: countText });
    if (errors.length > before) continue;
    if (!inScope(scope, origin)) {
      forbidden.push({ row: r.row, letter: letters.originMemberCode, column: 'originMemberCode', rule: 'services.import.not_own_member', params: { value: origin } });
      continue;
    }
    const key = { serviceId: serviceIds.get(serviceCode)!, origin, destination, month };
    const earlier = seen.get(repo.keyOf(key));
    if (earlier !== undefined) { fail('serviceCode', 'services.import.duplicate', { row: earlier }); continue; }
    seen.set(repo.keyOf(key), r.row);
    items.push({ ...key, count });
  }
  // 403 before 400: a writer learns first what is not theirs to write.
  if (forbidden.length) throw usageImportErrors.invalidRows(403, rows.length, forbidden);
  if (errors.length) throw usageImportErrors.invalidRows(400, rows.length, errors.sort((a, b) => a.row - b.row || a.letter.localeCompare(b.letter)));
  const result = await auditedTransaction(deps, async (trx, audit) => {
    const existing = await repo.existingUsage(trx, items);
    let created = 0;
    let updated = 0;
    for (const i of items) {
      const stored = existing.get(repo.keyOf(i));
      if (!stored) created++;
      else if (Number(stored.count) !== i.count) updated++;
    }
    await repo.upsertUsageRows(trx, items, deps.actor.userId, deps.clock.now());
    audit({ action: 'service.usage.import', objectType: 'public_service', objectId: null, summary: { rows: rows.length, created, updated, services: codes } });
    return { totalRows: rows.length, created, updated, unchanged: items.length - created - updated };
  });
  await syncDeclaredIndicators(deps, [...new Set(items.map((i) => i.serviceId))]);
  return result;
}
