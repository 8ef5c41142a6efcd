/**
 * Finds the header of a task sheet as clerks lay it out: under a merged plan
 * title or merged group headings, in one row or two (时间 over 开始日期 and
 * 截止日期, or cells merged down across both rows), in either language or a
 * known synonym. Every column that holds something is accounted for: read as
 * a field, or reported — an unrecognised or repeated header over data stops
 * the import, so no column is ever dropped silently.
 */
import type ExcelJS from 'exceljs';
import { EXPORT_ONLY_COLUMNS, TASK_COLUMNS, type ColumnDef, type ColumnKey, type SheetNote } from './excel.models.ts';
import { normalise } from './excel.resolve.ts';

const HEADER_SEARCH_ROWS = 10;

/** Header labels (both languages, synonyms, the field key) → column. Stars and spaces do not matter. */
const headerIndex = new Map<string, ColumnDef>();
export const headerKey = (text: string) => normalise(text).replace(/[*＊\s:：]/g, '');
for (const col of TASK_COLUMNS) for (const label of [col.zh, col.en, col.key, ...(col.aliases ?? [])]) headerIndex.set(headerKey(label), col);

/** Row numbers, not fields: read as nothing, and said so. Listed on the instructions sheet. */
export const ROW_NUMBER_HEADER_LIST = ['序号', '行号', 'No.', 'No', '#'];
/** Known columns that are not imported, and the warning that says so: row numbers, and the read-only columns of an export. */
const LEFT_OUT = new Map<string, string>([
  ...ROW_NUMBER_HEADER_LIST.map((h) => [headerKey(h), 'excel.row_number_column'] as [string, string]),
  ...Object.values(EXPORT_ONLY_COLUMNS).flatMap((c) => [c.zh, c.en, `${c.zh}\n${c.en}`].map((h) => [headerKey(h), 'excel.export_only_column'] as [string, string])),
]);

function recogniseText(text: string): ColumnDef | undefined {
  const whole = headerIndex.get(headerKey(text));
  if (whole) return whole;
  // The template heads each column "中文\nEnglish": either line names it.
  for (const line of text.split(/\r?\n/)) {
    const hit = headerIndex.get(headerKey(line));
    if (hit) return hit;
  }
  return undefined;
}

/** A header under a group heading: the sub-heading alone, or read with its group (开始 under 时间 → 开始时间). */
function recognise(label: string, group: string): ColumnDef | undefined {
  if (!label) return group ? recogniseText(group) : undefined;
  return recogniseText(label) ?? (group ? (recogniseText(`${label}${group}`) ?? recogniseText(`${group}${label}`)) : undefined);
}

export type CellText = (value: ExcelJS.CellValue) => string;

interface HeaderColumn {
  col: number;
  letter: string;
  /** As written in the sheet: the sub-heading under its group heading, "时间 / 开始". */
  header: string;
  def?: ColumnDef;
}

export interface FoundHeader {
  /** The last header row: data starts below it. */
  row: number;
  columns: Map<ColumnKey, number>;
  /** Headed columns that are not read as a field. */
  unread: HeaderColumn[];
  /** Columns headed 序号 and the like, or an export's read-only columns: what they hold is not imported, as the warnings say. */
  leftOutColumns: Set<number>;
  notes: SheetNote[];
}

function rowTexts(sheet: ExcelJS.Worksheet, r: number, width: number, textOf: CellText): string[] {
  const row = sheet.getRow(r);
  return Array.from({ length: width }, (_, i) => textOf(row.getCell(i + 1).value));
}

/**
 * Columns under group headings: cells merged across some columns of the row
 * (时间 over two columns). One merged range starting at column A is a title
 * over the whole table, not a group.
 */
function groupHeadings(sheet: ExcelJS.Worksheet, r: number, width: number): Set<number> {
  if (r < 1) return new Set();
  const byMaster = new Map<string, number[]>();
  const row = sheet.getRow(r);
  for (let c = 1; c <= width; c += 1) {
    const cell = row.getCell(c);
    if (!cell.isMerged || cell.master.fullAddress.row !== r) continue;
    byMaster.set(cell.master.address, [...(byMaster.get(cell.master.address) ?? []), c]);
  }
  const ranges = [...byMaster.values()].filter((cols) => cols.length > 1);
  if (ranges.length === 1 && ranges[0]![0] === 1) return new Set();
  return new Set(ranges.flat());
}

function recognisedCount(texts: string[]): { count: number; hasCode: boolean } {
  const keys = new Set(texts.map((t) => (t ? recogniseText(t)?.key : undefined)).filter(Boolean));
  return { count: keys.size, hasCode: keys.has('code') };
}

/**
 * The header is the row naming the most fields (the code among them; the later
 * one on a tie, so a heading merged down over two rows counts as the lower row).
 * Group headings merged across columns make it a two-level header: with the
 * row below when they are on that row, with the row above when they are above.
 */
export function findHeader(sheet: ExcelJS.Worksheet, textOf: CellText): FoundHeader | undefined {
  const width = sheet.columnCount;
  let best: { row: number; count: number } | undefined;
  for (let r = 1; r <= Math.min(HEADER_SEARCH_ROWS, sheet.rowCount); r += 1) {
    const { count, hasCode } = recognisedCount(rowTexts(sheet, r, width, textOf));
    if (hasCode && count >= 3 && (!best || count >= best.count)) best = { row: r, count };
  }
  if (!best) return undefined;

  const [top, last] =
    groupHeadings(sheet, best.row, width).size > 0 ? [best.row, best.row + 1] : groupHeadings(sheet, best.row - 1, width).size > 0 ? [best.row - 1, best.row] : [best.row, best.row];
  const upper = rowTexts(sheet, top, width, textOf);
  const lower = rowTexts(sheet, last, width, textOf);
  const columns = new Map<ColumnKey, number>();
  const unread: HeaderColumn[] = [];
  const notes: SheetNote[] = [];
  const leftOutColumns = new Set<number>();
  for (let c = 1; c <= width; c += 1) {
    const letter = sheet.getColumn(c).letter;
    // Two levels: the sub-heading (empty under a cell merged down both rows) under its group.
    const group = last > top ? upper[c - 1]! : '';
    const label = last > top ? (lower[c - 1] === group ? '' : lower[c - 1]!) : upper[c - 1]!;
    const header = label && group ? `${group} / ${label}` : label || group;
    if (!header) continue;
    const leftOut = LEFT_OUT.get(headerKey(label || group));
    if (leftOut) {
      notes.push({ letter, header, rule: leftOut });
      leftOutColumns.add(c);
      continue;
    }
    const def = recognise(label, group);
    if (!def || columns.has(def.key)) {
      unread.push({ col: c, letter, header, ...(def ? { def } : {}) });
      continue;
    }
    columns.set(def.key, c);
    const official = [def.zh, def.en, def.key].map(headerKey);
    const written = (label || group).split(/\r?\n/).map(headerKey);
    if (!written.some((h) => official.includes(h))) notes.push({ letter, header, rule: 'excel.header_synonym', params: { columnZh: def.zh, columnEn: def.en } });
  }
  return { row: last, columns, unread, leftOutColumns, notes };
}
