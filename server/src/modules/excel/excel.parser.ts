/**
 * Reads an uploaded task workbook into plain rows: finds the task sheet and its
 * header row (either language, any column order), and turns every cell into
 * text (keeping dates and numbers for the date columns). No rule is checked
 * here beyond the shape of the file; see excel.validate.ts.
 */
import ExcelJS from 'exceljs';
import { excelErrors } from './excel.errors.ts';
import { TASK_COLUMNS, TASK_SHEET, type ColumnDef, type ColumnKey } from './excel.models.ts';
import { normalise } from './excel.resolve.ts';

/** One import holds at most this many task rows. */
export const MAX_IMPORT_ROWS = 20_000;
const HEADER_SEARCH_ROWS = 10;

export interface Cell {
  text: string;
  date?: Date;
  number?: number;
}

export interface ParsedRow {
  /** The row number in the sheet, as Excel shows it. */
  row: number;
  cells: Partial<Record<ColumnKey, Cell>>;
}

export interface ParsedSheet {
  sheetName: string;
  headerRow: number;
  /** Column letter of each recognised column. */
  letters: Partial<Record<ColumnKey, string>>;
  rows: ParsedRow[];
}

function cellOf(value: ExcelJS.CellValue): Cell {
  if (value === null || value === undefined) return { text: '' };
  if (value instanceof Date) return { text: value.toISOString().slice(0, 10), date: value };
  if (typeof value === 'number') return { text: String(value), number: value };
  if (typeof value === 'string') return { text: value.trim() };
  if (typeof value === 'boolean') return { text: value ? 'TRUE' : 'FALSE' };
  if ('richText' in value) return { text: value.richText.map((r) => r.text).join('').trim() };
  if ('hyperlink' in value) return cellOf(value.text as ExcelJS.CellValue);
  if ('formula' in value || 'sharedFormula' in value) return cellOf((value.result ?? null) as ExcelJS.CellValue);
  if ('error' in value) return { text: value.error };
  return { text: '' };
}

/** Header labels (both languages, aliases, the field key) → column. Stars and spaces do not matter. */
const headerIndex = new Map<string, ColumnDef>();
const headerKey = (text: string) => normalise(text).replace(/[*＊\s]/g, '');
for (const col of TASK_COLUMNS) for (const label of [col.zh, col.en, col.key, ...(col.aliases ?? [])]) headerIndex.set(headerKey(label), col);

function recognise(text: string): ColumnDef | undefined {
  const whole = headerIndex.get(headerKey(text));
  if (whole) return whole;
  // The template heads each column "中文\nEnglish": either line names it.
  for (const line of text.split(/\r?\n/)) {
    const hit = headerIndex.get(headerKey(line));
    if (hit) return hit;
  }
  return undefined;
}

function findHeader(sheet: ExcelJS.Worksheet): { row: number; columns: Map<ColumnKey, number> } | undefined {
  for (let r = 1; r <= Math.min(HEADER_SEARCH_ROWS, sheet.rowCount); r += 1) {
    const columns = new Map<ColumnKey, number>();
    sheet.getRow(r).eachCell((cell, col) => {
      const def = recognise(cellOf(cell.value).text);
      if (def && !columns.has(def.key)) columns.set(def.key, col);
    });
    if (columns.has('code') && columns.size >= 3) return { row: r, columns };
  }
  return undefined;
}

const isZip = (buffer: Buffer) => buffer.length > 4 && buffer.readUInt32LE(0) === 0x04034b50;

export async function readWorkbook(buffer: Buffer): Promise<ExcelJS.Workbook> {
  if (!isZip(buffer)) throw excelErrors.unreadable();
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(buffer as unknown as ExcelJS.Buffer);
  } catch {
    throw excelErrors.unreadable();
  }
  return workbook;
}

export async function parseTaskWorkbook(buffer: Buffer): Promise<ParsedSheet> {
  const workbook = await readWorkbook(buffer);
  const named = workbook.getWorksheet(TASK_SHEET);
  const candidates = [...(named ? [named] : []), ...workbook.worksheets.filter((s) => s !== named && s.state === 'visible')];
  let sheet: ExcelJS.Worksheet | undefined;
  let header: ReturnType<typeof findHeader>;
  for (const candidate of candidates) {
    header = findHeader(candidate);
    if (header) {
      sheet = candidate;
      break;
    }
  }
  if (!sheet || !header) throw excelErrors.noHeader();
  const missing = TASK_COLUMNS.filter((c) => c.required && !header.columns.has(c.key));
  if (missing.length > 0) throw excelErrors.missingColumns(missing);

  const letters: Partial<Record<ColumnKey, string>> = {};
  for (const [key, col] of header.columns) letters[key] = sheet.getColumn(col).letter;
  const rows: ParsedRow[] = [];
  const headerRow = header.row;
  sheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    if (rowNumber <= headerRow) return;
    const cells: Partial<Record<ColumnKey, Cell>> = {};
    let empty = true;
    for (const [key, col] of header.columns) {
      const cell = cellOf(row.getCell(col).value);
      if (cell.text !== '') empty = false;
      cells[key] = cell;
    }
    if (empty) return;
    rows.push({ row: rowNumber, cells });
    if (rows.length > MAX_IMPORT_ROWS) throw excelErrors.tooManyRows(MAX_IMPORT_ROWS);
  });
  if (rows.length === 0) throw excelErrors.noRows();
  return { sheetName: sheet.name, headerRow, letters, rows };
}

const pad = (n: number) => String(n).padStart(2, '0');

function validDate(y: number, m: number, d: number): string | undefined {
  const date = new Date(Date.UTC(y, m - 1, d));
  if (y < 1900 || y > 2999 || date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d) return undefined;
  return `${y}-${pad(m)}-${pad(d)}`;
}

/**
 * A date cell, an Excel serial number, or text as 2025-06-30 (also 2025/6/30,
 * 2025.6.30, 2025年6月30日). Returns YYYY-MM-DD, or undefined when it is not a real date.
 */
export function parseDateCell(cell: Cell): string | undefined {
  if (cell.date) {
    // Excel stores a date without a zone; exceljs hands it over as UTC midnight.
    const d = cell.date;
    return validDate(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate());
  }
  if (cell.number !== undefined) {
    if (!Number.isInteger(cell.number) || cell.number < 1 || cell.number > 401768) return undefined;
    const d = new Date(Date.UTC(1899, 11, 30) + cell.number * 86_400_000);
    return validDate(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate());
  }
  const m = /^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?$/.exec(cell.text.normalize('NFKC').trim());
  return m ? validDate(Number(m[1]), Number(m[2]), Number(m[3])) : undefined;
}
