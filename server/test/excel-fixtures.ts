/**
 * Workbooks for the Excel tests, generated with exceljs (no binary fixtures in
 * git): a task sheet laid out like the template, rows given by column key.
 */
import ExcelJS from 'exceljs';
import { headerText, TASK_COLUMNS, TASK_SHEET, XLSX_CONTENT_TYPE, type ColumnKey } from '../src/modules/excel/excel.models.ts';

export type RowSpec = Partial<Record<ColumnKey, ExcelJS.CellValue>>;

/** A task sheet: plan title on row 1, bilingual headers on row 2, the rows from row 3. */
export async function taskWorkbook(rows: RowSpec[], options: { columns?: ColumnKey[]; sheetName?: string } = {}): Promise<Buffer> {
  const columns = options.columns ?? TASK_COLUMNS.map((c) => c.key);
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet(options.sheetName ?? TASK_SHEET);
  sheet.getRow(1).values = ['规划 Plan：test'];
  sheet.getRow(2).values = columns.map((key) => headerText(TASK_COLUMNS.find((c) => c.key === key)!));
  for (const [i, spec] of rows.entries()) sheet.getRow(i + 3).values = columns.map((key) => spec[key] ?? null);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/** Fills rows into a downloaded template, below its header, as a user would. */
export async function fillTemplate(template: Buffer, rows: RowSpec[]): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(template as unknown as ExcelJS.Buffer);
  const sheet = workbook.getWorksheet(TASK_SHEET)!;
  const header = sheet.getRow(2);
  const columnOf = new Map<string, number>();
  header.eachCell((cell, col) => {
    const key = TASK_COLUMNS.find((c) => headerText(c) === cell.value)?.key;
    if (key) columnOf.set(key, col);
  });
  for (const [i, spec] of rows.entries()) {
    const row = sheet.getRow(i + 3);
    for (const [key, value] of Object.entries(spec)) row.getCell(columnOf.get(key)!).value = value ?? null;
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

export async function loadWorkbook(buffer: Buffer): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(buffer as unknown as ExcelJS.Buffer);
  return workbook;
}

/** A cell's value as text (rich text and formulas flattened). */
export function textOf(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === 'object' && 'richText' in value) return value.richText.map((r) => r.text).join('');
  return String(value);
}

export const xlsxHeaders = (headers: Record<string, string>) => ({ ...headers, 'content-type': XLSX_CONTENT_TYPE });
