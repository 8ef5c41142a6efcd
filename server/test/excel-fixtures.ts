/**
 * Workbooks for the Excel tests, generated with exceljs (no binary fixtures in
 * git): a task sheet laid out like the template, rows given by column key.
 */
import { crc32 } from 'node:zlib';
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

/** A zip of stored (uncompressed) entries, written byte by byte as OpenDocument requires: `mimetype` first. */
function storedZip(entries: [string, string][]): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const [name, text] of entries) {
    const data = Buffer.from(text, 'utf8');
    const nameBytes = Buffer.from(name, 'utf8');
    const header = Buffer.alloc(30);
    header.writeUInt32LE(0x04034b50, 0);
    header.writeUInt16LE(10, 4);
    header.writeUInt32LE(crc32(data), 14);
    header.writeUInt32LE(data.length, 18);
    header.writeUInt32LE(data.length, 22);
    header.writeUInt16LE(nameBytes.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(10, 6);
    central.writeUInt32LE(crc32(data), 16);
    central.writeUInt32LE(data.length, 20);
    central.writeUInt32LE(data.length, 24);
    central.writeUInt16LE(nameBytes.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(header, nameBytes, data);
    centrals.push(central, nameBytes);
    offset += header.length + nameBytes.length + data.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}

/** What LibreOffice Calc writes for a one-cell sheet (.ods): a clerk renames it .xlsx. */
export function odsWorkbook(): Buffer {
  return storedZip([
    ['mimetype', 'application/vnd.oasis.opendocument.spreadsheet'],
    ['META-INF/manifest.xml', '<?xml version="1.0" encoding="UTF-8"?><manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.3"><manifest:file-entry manifest:full-path="/" manifest:media-type="application/vnd.oasis.opendocument.spreadsheet"/><manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/></manifest:manifest>'],
    ['content.xml', '<?xml version="1.0" encoding="UTF-8"?><office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" office:version="1.3"><office:body><office:spreadsheet><table:table table:name="任务"><table:table-row><table:table-cell office:value-type="string"><text:p>任务编号</text:p></table:table-cell></table:table-row></table:table></office:spreadsheet></office:body></office:document-content>'],
  ]);
}

/** The first bytes of an Excel 97-2003 .xls (an OLE2 compound file) renamed .xlsx. */
export function xlsWorkbook(): Buffer {
  const buffer = Buffer.alloc(1536);
  Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]).copy(buffer);
  return buffer;
}

/** A workbook laid out by hand (merged titles, two-level headers…), as a clerk would. */
export async function clerkWorkbook(lay: (sheet: ExcelJS.Worksheet) => void, sheetName = 'Sheet1'): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  lay(workbook.addWorksheet(sheetName));
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
