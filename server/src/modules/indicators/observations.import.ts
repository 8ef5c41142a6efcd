/**
 * Observations from a spreadsheet (.xlsx; a CSV saved from Excel works once
 * opened and saved as .xlsx): a template per set of indicators, and an import
 * that checks every row first and writes all rows or none through the batch
 * upsert (so the same file twice changes nothing). Scopes are codes; a name is
 * read only when it names exactly one member or city (Suzhou and Taizhou
 * name two cities each — 苏州/宿州, 泰州/台州 — so they need the code).
 */
import ExcelJS from 'exceljs';
import type { AppDeps } from '../../app-deps.ts';
import { translate } from '../../i18n/messages.ts';
import { AppError, defineErrors, type FieldError } from '../../shared/errors.ts';
import { calendarDateIn } from '../../shared/time.ts';
import { readWorkbook } from '../excel/excel.parser.ts';
import { placeNames } from '../region/region.repository.ts';
import { PERIOD_EXAMPLES, type MemberScope } from './indicators.models.ts';
import { indicatorsByCodes, scopeBook } from './indicators.repository.ts';
import { checkObservationItems, indicatorsForItems, type ObservationInput } from './observations.check.ts';
import { upsertObservations, type UpsertResult, type WriteDeps } from './observations.usecases.ts';
import { regionTimeZone } from '../region/region.time-zone.ts';

export const OBSERVATION_SHEET = '观测值 Observations';
const INSTRUCTIONS_SHEET = '填写说明 Instructions';
/** One import holds at most this many rows (the push API's batch is 10,000). */
export const MAX_OBSERVATION_ROWS = 100_000;

export const IMPORT_COLUMNS = [
  { key: 'indicatorCode', zh: '指标代码', required: true },
  { key: 'scopeCode', zh: '范围代码', required: true },
  { key: 'period', zh: '期间', required: true },
  { key: 'value', zh: '数值', required: true },
  { key: 'source', zh: '来源', required: false },
  { key: 'note', zh: '备注', required: false },
] as const;
type ColumnKey = (typeof IMPORT_COLUMNS)[number]['key'];
const headerOf = (c: (typeof IMPORT_COLUMNS)[number]) => `${c.zh} ${c.key}`;
const letterOf = (n: number) => { let s = ''; for (let x = n; x > 0; x = Math.floor((x - 1) / 26)) s = String.fromCharCode(65 + ((x - 1) % 26)) + s; return s; };

export interface RowError { row: number; letter: string; column: ColumnKey; rule: string; params: Record<string, unknown> }

export const importErrors = defineErrors({
  noSheet: () => new AppError(400, 'observations.import.no_sheet'),
  missingColumn: (column: string) => new AppError(400, 'observations.import.missing_column', { column }),
  tooManyRows: (rows: number) => new AppError(400, 'observations.import.too_many_rows', { rows, max: MAX_OBSERVATION_ROWS }),
  empty: () => new AppError(400, 'observations.import.empty'),
  importNotFound: () => new AppError(404, 'observations.import.not_found'),
  unknownIndicator: (code: string) => new AppError(400, 'observations.import.unknown_indicator_param', { code }, [{ field: 'codes', rule: 'observations.import.unknown_indicator_param', params: { code } }]),
  /** Every row error, in both languages (details.errors); status 403 when the errors are rows of another member. */
  invalidRows: (status: 400 | 403, total: number, errors: RowError[]) => {
    const text = (locale: 'zh-CN' | 'en', e: RowError) => translate(locale, e.rule, { ...e.params, field: `${e.letter}${e.row} ${e.column}` });
    const fields: FieldError[] = errors.slice(0, 200).map((e) => ({ field: `${e.letter}${e.row}`, rule: e.rule, params: { ...e.params, field: `${e.letter}${e.row} ${e.column}` } }));
    return new AppError(status, 'observations.import.invalid_rows', { count: errors.length, total, first: text('zh-CN', errors[0]!) }, fields, {
      total, errorCount: errors.length,
      errors: errors.slice(0, 10_000).map((e) => ({ row: e.row, column: e.letter, field: e.column, rule: e.rule, messageZh: text('zh-CN', e), messageEn: text('en', e) })),
    });
  },
});

type Deps = Pick<AppDeps, 'db' | 'clock'>;

/** The template: the six columns, an example row per indicator, and the instructions with each indicator's rules. */
export async function observationsTemplate(deps: Deps, codes: string[]): Promise<Buffer> {
  const indicators = await indicatorsByCodes(deps.db, codes);
  const missing = codes.find((c) => !indicators.some((i) => i.code === c));
  if (missing) throw importErrors.unknownIndicator(missing);
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet(OBSERVATION_SHEET);
  sheet.addRow(IMPORT_COLUMNS.map(headerOf)).font = { bold: true };
  sheet.columns.forEach((col, i) => { col.width = i === 5 ? 40 : 22; });
  for (const i of indicators) {
    const scope = i.level === 'region' ? 'region' : i.level === 'member' ? '320000' : '320500';
    sheet.addRow([i.code, scope, PERIOD_EXAMPLES[i.frequency], null, '', '']);
  }
  const help = book.addWorksheet(INSTRUCTIONS_SHEET);
  help.columns = [{ width: 26 }, { width: 100 }];
  const lines: [string, string][] = [
    ['填写说明 How to fill in', '每行一个观测值；整份文件要么全部导入，要么（有任何错误时）全部不导入。One value per row; the whole file is imported, or nothing when any row is wrong.'],
    ['indicatorCode', '指标代码（见下表）。The indicator code (see below).'],
    ['scopeCode', '区域级填 region；成员级填成员代码（如 320000）；城市级填城市代码（如 320500）。名称仅在唯一时可用（如苏州市、宿州市可填中文名，但拼音 Suzhou 对应 320500 / 341300、Taizhou 对应 321200 / 331000，必须填代码）。region; a member code; a city code. A name is read only when unique: Suzhou and Taizhou name two cities each and need the code.'],
    ['period', '按频率：年度 2024，季度 2024-Q1，月度 2024-03。By frequency: 2024, 2024-Q1, 2024-03.'],
    ['value', '数值（百分比填 0–100 的数，不带 %）。A number (percent as 0–100, no %).'],
    ['source / note', '可选：数据来源、备注。Optional.'],
    ['', ''],
    ['指标 Indicator', '名称 · 单位 · 层级 · 频率 · 取值  Name · unit · level · frequency · values'],
    ...indicators.map((i): [string, string] => [i.code, `${i.name_zh} / ${i.name_en} · ${i.unit_zh || '-'} · ${i.level} · ${i.frequency} · ${i.value_kind}${i.min_value !== null ? ` ≥ ${i.min_value}` : ''}${i.max_value !== null ? ` ≤ ${i.max_value}` : ''}`]),
  ];
  for (const line of lines) help.addRow(line);
  help.getColumn(2).alignment = { wrapText: true, vertical: 'top' };
  return Buffer.from(await book.xlsx.writeBuffer());
}

const textOf = (value: ExcelJS.CellValue): string => {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === 'object') {
    if ('richText' in value) return value.richText.map((r) => r.text).join('').trim();
    if ('result' in value) return textOf((value.result ?? null) as ExcelJS.CellValue);
    if ('text' in value) return String(value.text).trim();
    return '';
  }
  return String(value).trim();
};

export interface ParsedObservationRow { row: number; cells: Record<ColumnKey, { text: string; number?: number }> }

/** The sheet's rows as text (numbers kept), found by its header row (either language, any column order). */
export async function parseObservationWorkbook(buffer: Buffer): Promise<{ rows: ParsedObservationRow[]; letters: Record<ColumnKey, string> }> {
  const book = await readWorkbook(buffer);
  for (const sheet of book.worksheets) {
    for (let r = 1; r <= Math.min(5, sheet.rowCount); r++) {
      const columns: Partial<Record<ColumnKey, number>> = {};
      sheet.getRow(r).eachCell((cell, n) => {
        const text = textOf(cell.value).toLowerCase();
        const col = IMPORT_COLUMNS.find((c) => text === c.key.toLowerCase() || text.includes(c.key.toLowerCase()) || text === c.zh);
        if (col && columns[col.key] === undefined) columns[col.key] = n;
      });
      if (columns.indicatorCode === undefined) continue;
      const absent = IMPORT_COLUMNS.find((c) => c.required && columns[c.key] === undefined);
      if (absent) throw importErrors.missingColumn(headerOf(absent));
      const rows: ParsedObservationRow[] = [];
      for (let n = r + 1; n <= sheet.rowCount; n++) {
        const row = sheet.getRow(n);
        const cells = Object.fromEntries(IMPORT_COLUMNS.map((c) => {
          const value = columns[c.key] === undefined ? null : row.getCell(columns[c.key]!).value;
          const resolved = value && typeof value === 'object' && 'result' in value ? value.result : value;
          return [c.key, { text: textOf(value), ...(typeof resolved === 'number' ? { number: resolved } : {}) }];
        })) as ParsedObservationRow['cells'];
        if (Object.values(cells).every((c) => c.text === '')) continue;
        rows.push({ row: n, cells });
        if (rows.length > MAX_OBSERVATION_ROWS) throw importErrors.tooManyRows(sheet.rowCount - r);
      }
      const letters = Object.fromEntries(IMPORT_COLUMNS.map((c) => [c.key, columns[c.key] ? letterOf(columns[c.key]!) : ''])) as Record<ColumnKey, string>;
      return { rows, letters };
    }
  }
  throw importErrors.noSheet();
}

/** Names → codes of members and cities (Chinese with or without 省/市, English); a name with two codes is ambiguous. */
async function scopeNames(deps: Deps): Promise<Map<string, Set<string>>> {
  const { members, cities } = await placeNames(deps.db);
  const names = new Map<string, Set<string>>();
  const add = (name: string, code: string) => {
    const key = name.trim().toLowerCase();
    if (key) names.set(key, (names.get(key) ?? new Set()).add(code));
  };
  for (const p of [...members, ...cities]) {
    add(p.name_zh, p.code);
    add(p.name_zh.replace(/[省市]$/, ''), p.code);
    add(p.name_en, p.code);
    if ('short_en' in p) add(String(p.short_en), p.code);
  }
  return names;
}

const CODE = /^(region|[0-9]{6})$/;

/** Progress of a background import: rows checked, then rows written (inside the write's transaction, reported outside it); the exact row count once the file is read. */
export type ObservationProgress = (state: 'validating' | 'importing', processedRows: number, totalRows?: number) => Promise<void>;

/**
 * Imports the rows for the caller's members (the Office: all), all or nothing:
 * the file's own errors and every rule of the observations are collected over
 * all rows first; one error writes nothing.
 */
export async function importObservations(deps: WriteDeps, file: Buffer, memberScope: MemberScope, onProgress: ObservationProgress = async () => {}): Promise<UpsertResult & { totalRows: number }> {
  const { rows, letters } = await parseObservationWorkbook(file);
  if (rows.length === 0) throw importErrors.empty();
  // The request only estimated the rows (it does not parse); the exact count is known from here.
  await onProgress('validating', 0, rows.length);
  const names = await scopeNames(deps);
  const errors: RowError[] = [];
  const items: ObservationInput[] = [];
  const rowOfItem: ParsedObservationRow[] = [];
  for (const r of rows) {
    const fail = (column: ColumnKey, rule: string, params: Record<string, unknown> = {}) => errors.push({ row: r.row, letter: letters[column], column, rule, params });
    const before = errors.length;
    for (const c of IMPORT_COLUMNS) if (c.required && r.cells[c.key].text === '') fail(c.key, 'observations.import.required');
    const valueText = r.cells.value.text;
    const value = r.cells.value.number ?? (valueText === '' ? NaN : Number(valueText.replace(/,/g, '')));
    if (valueText !== '' && !Number.isFinite(value)) fail('value', 'observations.import.not_a_number', { value: valueText });
    let scopeCode = r.cells.scopeCode.text;
    if (scopeCode && !CODE.test(scopeCode)) {
      const codes = names.get(scopeCode.toLowerCase());
      if (!codes) fail('scopeCode', 'observations.import.unknown_scope', { value: scopeCode });
      else if (codes.size > 1) fail('scopeCode', 'observations.import.ambiguous_name', { value: scopeCode, codes: [...codes].sort().join(', ') });
      else scopeCode = [...codes][0]!;
    }
    if (errors.length > before) continue;
    items.push({ indicatorCode: r.cells.indicatorCode.text, scopeCode, period: r.cells.period.text, value, source: r.cells.source.text || undefined, note: r.cells.note.text || undefined });
    rowOfItem.push(r);
  }
  // The observation rules over every row that could be read, so one answer lists all errors.
  const checked = await deps.db.transaction().execute(async (trx) => {
    const timeZone = await regionTimeZone(trx);
    return checkObservationItems(items, {
      indicators: await indicatorsForItems(trx, items), book: await scopeBook(trx), memberScope, today: calendarDateIn(deps.clock.now(), timeZone), fieldOf: (_, f) => f,
    });
  });
  const asRow = (e: { index: number; field: string; rule: string; params: Record<string, unknown> }): RowError => {
    const column = (IMPORT_COLUMNS.find((c) => c.key === e.field)?.key ?? 'scopeCode') as ColumnKey;
    const params = e.rule === 'observations.duplicate_item' ? { ...e.params, index: rowOfItem[e.params.index as number]?.row } : e.params;
    return { row: rowOfItem[e.index]!.row, letter: letters[column], column, rule: e.rule, params };
  };
  const all = [...errors, ...checked.invalid.map(asRow)].sort((a, b) => a.row - b.row || a.letter.localeCompare(b.letter));
  if (checked.forbidden.length) throw importErrors.invalidRows(403, rows.length, checked.forbidden.map(asRow));
  if (all.length) throw importErrors.invalidRows(400, rows.length, all);
  await onProgress('validating', rows.length);
  await onProgress('importing', 0);
  try {
    const result = await upsertObservations(deps, { items, memberScope, origin: 'import', onProgress: (written) => onProgress('importing', written) });
    return { totalRows: rows.length, ...result };
  } catch (error) {
    // Changed between the check and the write (e.g. an indicator retired meanwhile): the same row-level answer.
    const details = error instanceof AppError ? (error.details?.errors as { index: number; field: string; rule: string; params: Record<string, unknown> }[] | undefined) : undefined;
    if (details) throw importErrors.invalidRows(400, rows.length, details.map((e) => asRow({ ...e, field: e.field.replace(/^items\[\d+\]\./, '') })));
    throw error;
  }
}

