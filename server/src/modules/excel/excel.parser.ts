/**
 * Reads an uploaded task workbook into plain rows: finds the task sheet and its
 * header (excel.header.ts: either language, synonyms, any column order, under
 * merged headings), refuses columns it would not read, and turns every cell
 * into text (keeping dates and numbers). No rule is checked here beyond the
 * shape of the file; see excel.validate.ts.
 */
import { inflateRawSync } from 'node:zlib';
import ExcelJS from 'exceljs';
import { excelErrors } from './excel.errors.ts';
import { findHeader, type FoundHeader } from './excel.header.ts';
import { columnNumber, TASK_COLUMNS, TASK_SHEET, type ColumnKey, type SheetNote } from './excel.models.ts';

/** One import holds at most this many task rows. */
export const MAX_IMPORT_ROWS = 100_000;

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
  /** About whole columns: synonyms read as fields, row-number columns left out. */
  notes: SheetNote[];
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

const isZip = (buffer: Buffer) => buffer.length > 4 && buffer.readUInt32LE(0) === 0x04034b50;
/** Legacy .xls (and other OLE2 files): D0 CF 11 E0 A1 B1 1A E1. */
const isOle2 = (buffer: Buffer) => buffer.length > 8 && buffer.readUInt32BE(0) === 0xd0cf11e0 && buffer.readUInt32BE(4) === 0xa1b11ae1;
/** OpenDocument keeps its uncompressed `mimetype` entry first in the zip: an .ods renamed .xlsx shows it at once. */
const isOds = (buffer: Buffer) => isZip(buffer) && buffer.subarray(30, 120).toString('latin1').includes('mimetypeapplication/vnd.oasis.opendocument.spreadsheet');

export async function readWorkbook(buffer: Buffer): Promise<ExcelJS.Workbook> {
  checkWorkbookFormat(buffer);
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(buffer as unknown as ExcelJS.Buffer);
  } catch {
    throw excelErrors.unreadable();
  }
  return workbook;
}

/** Refuses what is no .xlsx at all (an .ods, a legacy .xls, not a zip) before anything is queued. */
export function checkWorkbookFormat(buffer: Buffer): void {
  if (isOds(buffer)) throw excelErrors.unreadableFormat('ods');
  if (isOle2(buffer)) throw excelErrors.unreadableFormat('xls');
  if (!isZip(buffer)) throw excelErrors.unreadable();
}

/** The worksheets' XML, read straight from the zip's central directory (no workbook model is built). */
function worksheetXml(buffer: Buffer): string[] {
  const eocd = buffer.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  if (eocd < 0 || eocd + 22 > buffer.length) throw excelErrors.unreadable();
  const entries = buffer.readUInt16LE(eocd + 10);
  let at = buffer.readUInt32LE(eocd + 16);
  const sheets: string[] = [];
  for (let i = 0; i < entries && at + 46 <= buffer.length && buffer.readUInt32LE(at) === 0x02014b50; i += 1) {
    const method = buffer.readUInt16LE(at + 10);
    const size = buffer.readUInt32LE(at + 20);
    const [nameLength, extraLength, commentLength] = [buffer.readUInt16LE(at + 28), buffer.readUInt16LE(at + 30), buffer.readUInt16LE(at + 32)];
    const local = buffer.readUInt32LE(at + 42);
    const name = buffer.subarray(at + 46, at + 46 + nameLength).toString('utf8');
    at += 46 + nameLength + extraLength + commentLength;
    if (!/^xl\/worksheets\/[^/]+\.xml$/i.test(name) || local + 30 > buffer.length) continue;
    const start = local + 30 + buffer.readUInt16LE(local + 26) + buffer.readUInt16LE(local + 28);
    const data = buffer.subarray(start, start + size);
    try {
      sheets.push((method === 0 ? data : inflateRawSync(data)).toString('utf8'));
    } catch {
      throw excelErrors.unreadable();
    }
  }
  return sheets;
}

const ROW = /<(?:\w+:)?row\b[^>]*?(?:\/>|>([\s\S]*?)<\/(?:\w+:)?row>)/g;
const VALUE = /<(?:\w+:)?(?:v|is)\b[^>]*>/;

/**
 * About how many data rows the file holds, without parsing it: rows with a
 * value in the fullest worksheet, less one for the header. Never fewer than
 * the rows the parser will find, so a request can decide in milliseconds to
 * queue a large file and leave the reading to the worker (issue 13).
 */
export function estimateDataRows(buffer: Buffer): number {
  checkWorkbookFormat(buffer);
  let most = 0;
  for (const xml of worksheetXml(buffer)) {
    let rows = 0;
    for (const match of xml.matchAll(ROW)) if (match[1] && VALUE.test(match[1])) rows += 1;
    most = Math.max(most, rows);
  }
  return Math.max(0, most - 1);
}

export async function parseTaskWorkbook(buffer: Buffer, maxRows = MAX_IMPORT_ROWS): Promise<ParsedSheet> {
  const workbook = await readWorkbook(buffer);
  const named = workbook.getWorksheet(TASK_SHEET);
  const candidates = [...(named ? [named] : []), ...workbook.worksheets.filter((s) => s !== named && s.state === 'visible')];
  let sheet: ExcelJS.Worksheet | undefined;
  let header: FoundHeader | undefined;
  for (const candidate of candidates) {
    header = findHeader(candidate, (value) => cellOf(value).text);
    if (header) {
      sheet = candidate;
      break;
    }
  }
  if (!sheet || !header) throw excelErrors.noHeader();
  const missing = TASK_COLUMNS.filter((c) => c.required && !header.columns.has(c.key));
  if (missing.length > 0) throw excelErrors.missingColumns(missing, header.unread);

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
    if (rows.length > maxRows) throw excelErrors.tooManyRows(maxRows);
  });
  if (rows.length === 0) throw excelErrors.noRows();
  const unread = unreadColumnsWithData(sheet, header);
  if (unread.length > 0) throw excelErrors.unreadColumns(unread);
  const emptyUnread = header.unread.filter((u) => !unread.includes(u)).map((u) => ({ letter: u.letter, header: u.header, rule: 'excel.empty_column_ignored' }));
  return { sheetName: sheet.name, headerRow, letters, rows, notes: [...header.notes, ...emptyUnread].sort((a, b) => columnNumber(a.letter) - columnNumber(b.letter)) };
}

/**
 * Columns that hold something but would not be read: an unrecognised or
 * repeated header, or no header at all. Importing without them would lose
 * what they say, so the file is refused with each column named.
 */
function unreadColumnsWithData(sheet: ExcelJS.Worksheet, header: FoundHeader): FoundHeader['unread'] {
  const read = new Set([...header.columns.values()]);
  const headed = new Map(header.unread.map((u) => [u.col, u]));
  const withData = new Set<number>();
  sheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    if (rowNumber <= header.row) return;
    row.eachCell((cell, col) => {
      if (!read.has(col) && !withData.has(col) && cellOf(cell.value).text !== '') withData.add(col);
    });
  });
  const unnamed = (col: number) => ({ col, letter: sheet.getColumn(col).letter, header: '' });
  return [...withData]
    .filter((col) => !header.leftOutColumns.has(col))
    .sort((a, b) => a - b)
    .map((col) => headed.get(col) ?? unnamed(col));
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
