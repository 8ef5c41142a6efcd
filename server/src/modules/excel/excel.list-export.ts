/**
 * One writer for every "export this list to Excel" endpoint: sheet 1 is the
 * list (bilingual header, frozen, dates as dates, a closing count row, a row
 * saying so when the cap cut it); sheet 2 "导出说明 About" says when, by whom,
 * with which filters and from which API path the list was taken. Streaming
 * writer, so memory stays flat whatever the size. Date-times are written as
 * Asia/Shanghai wall-clock times (the region's time; Excel has no zones).
 */
import { PassThrough } from 'node:stream';
import ExcelJS from 'exceljs';

export interface ListColumn<Row> {
  zh: string;
  en: string;
  width?: number;
  kind?: 'text' | 'number' | 'date' | 'datetime';
  value: (row: Row) => string | number | Date | null | undefined;
}

export interface ListExportMeta {
  sheetZh: string;
  sheetEn: string;
  /** Display name + username of the caller. */
  exportedBy: string;
  exportedAt: Date;
  /** The query as applied (paging left out). */
  filters: Record<string, unknown>;
  /** The API path, e.g. /api/v1/meetings/export.xlsx */
  source: string;
}

export const LIST_EXPORT_CAP = 50_000;

/** Characters that make Excel/LibreOffice read a cell as a formula (or DDE). */
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * Text a spreadsheet would evaluate ("=HYPERLINK(…)", "+1", "-2+3", "@SUM")
 * gets a leading apostrophe so it stays text — CSV/formula injection (OWASP).
 * Numbers are written as numbers and never pass through here.
 */
export function neutralise(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}

/** Filter keys with a bilingual label; unknown keys show as-is. */
const FILTER_LABELS: Record<string, string> = {
  q: '关键词 Keyword',
  search: '关键词 Search',
  status: '状态 Status',
  memberCode: '成员 Member',
  memberCodes: '成员 Members',
  type: '类型 Type',
  phase: '阶段 Phase',
  level: '等级 Level',
  from: '起始 From',
  to: '截止 To',
  kind: '类别 Kind',
  category: '类别 Category',
  sort: '排序 Sort',
  order: '顺序 Order',
  ownerId: '负责人 Owner',
  meetingId: '会议 Meeting',
  agreementId: '协议 Agreement',
  owner: '负责人 Owner',
  overdue: '逾期 Overdue',
  member: '成员 Member',
  area: '领域 Area',
  areaId: '领域 Area',
  tier: '层级 Tier',
  year: '年份 Year',
  dueYear: '到期年份 Due year',
  resolvedYear: '解决年份 Resolved in year',
  implemented: '已落实 Implemented',
  cityCode: '城市 City',
  planId: '规划 Plan',
  state: '状态 State',
  outcome: '结果 Outcome',
  action: '操作 Action',
  role: '角色 Role',
  flag: '督办 Flag',
  actorUserId: '操作人 Actor',
  objectType: '对象类型 Object type',
  objectId: '对象 Object',
  memberRole: '成员角色 Member role',
  period: '报告期 Period',
  shareStatus: '分工状态 Share status',
  taskId: '任务 Task',
  timeliness: '时效 Timeliness',
};

function filterLabel(key: string): string {
  return FILTER_LABELS[key] ?? key;
}

function filterValue(value: unknown): string {
  if (Array.isArray(value)) return value.map((v) => String(v)).join(', ');
  if (value instanceof Date) return value.toISOString();
  if (typeof value === 'object' && value !== null) return JSON.stringify(value);
  return String(value);
}

const SHANGHAI_OFFSET_MS = 8 * 3_600_000;

/** "2026-12-05 08:05:12" in Asia/Shanghai (UTC+8, no daylight saving). */
export function shanghaiLocal(at: Date): string {
  return new Date(at.getTime() + SHANGHAI_OFFSET_MS).toISOString().slice(0, 19).replace('T', ' ');
}

/** Date-only strings ("2026-03-01") become dates at UTC midnight so Excel shows the same day. */
function toDate(value: string | number | Date): Date | null {
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? null : value;
  const text = String(value);
  const parsed = /^\d{4}-\d{2}-\d{2}$/.test(text) ? new Date(`${text}T00:00:00.000Z`) : new Date(text);
  return Number.isNaN(parsed.getTime()) ? null : parsed;
}

function cellOf<Row>(column: ListColumn<Row>, row: Row): ExcelJS.CellValue {
  const value = column.value(row);
  if (value === null || value === undefined || value === '') return null;
  const kind = column.kind ?? 'text';
  if (kind === 'number') {
    const n = typeof value === 'number' ? value : Number(value);
    return Number.isFinite(n) ? n : neutralise(String(value));
  }
  if (kind === 'date') return toDate(value) ?? neutralise(String(value));
  if (kind === 'datetime') {
    // Excel has no time zones: show the wall-clock time in the region (Asia/Shanghai, UTC+8, no DST).
    const at = toDate(value);
    return at ? new Date(at.getTime() + SHANGHAI_OFFSET_MS) : neutralise(String(value));
  }
  if (typeof value === 'number') return value;
  if (value instanceof Date) return value;
  return neutralise(value);
}

function isAsync<Row>(rows: Iterable<Row> | AsyncIterable<Row[]>): rows is AsyncIterable<Row[]> {
  return typeof (rows as AsyncIterable<Row[]>)[Symbol.asyncIterator] === 'function';
}

/** A streaming workbook collected into one buffer: rows are compressed as they are committed. */
export function streamingWorkbook(): { workbook: ExcelJS.stream.xlsx.WorkbookWriter; finish: () => Promise<Buffer> } {
  const out = new PassThrough();
  const chunks: Buffer[] = [];
  out.on('data', (chunk: Buffer) => chunks.push(chunk));
  const finished = new Promise<void>((resolve, reject) => {
    out.on('end', resolve);
    out.on('error', reject);
  });
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: out, useStyles: true, useSharedStrings: false });
  workbook.creator = 'YRD Cooperation Platform';
  return {
    workbook,
    finish: async () => {
      await workbook.commit();
      await finished;
      return Buffer.concat(chunks);
    },
  };
}

/**
 * `rows` is either a plain list or batches from a keyset walk. Writing stops
 * after `cap` rows (default 50,000) and a row then says the list was cut.
 */
export async function writeListExport<Row>(
  meta: ListExportMeta,
  columns: ListColumn<Row>[],
  rows: Iterable<Row> | AsyncIterable<Row[]>,
  opts?: { cap?: number },
): Promise<{ buffer: Buffer; count: number; truncated: boolean }> {
  const cap = opts?.cap ?? LIST_EXPORT_CAP;
  const book = streamingWorkbook();
  const { workbook } = book;
  workbook.created = meta.exportedAt;

  // Sheet names: at most 31 characters, none of : \ / ? * [ ]
  const sheetName = `${meta.sheetZh} ${meta.sheetEn}`.replace(/[:\\/?*[\]]/g, ' ').slice(0, 31);
  const sheet = workbook.addWorksheet(sheetName, { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = columns.map((c) => ({
    width: c.width ?? 18,
    ...(c.kind === 'date' ? { style: { numFmt: 'yyyy-mm-dd' } } : c.kind === 'datetime' ? { style: { numFmt: 'yyyy-mm-dd hh:mm' } } : {}),
  }));
  const header = sheet.addRow(columns.map((c) => `${c.zh}\n${c.en}`));
  header.eachCell((cell) => {
    cell.font = { bold: true };
    cell.alignment = { wrapText: true, vertical: 'middle' };
  });
  header.commit();

  let count = 0;
  let truncated = false;
  const put = (row: Row): boolean => {
    if (count >= cap) {
      truncated = true;
      return false;
    }
    sheet.addRow(columns.map((c) => cellOf(c, row))).commit();
    count += 1;
    return true;
  };
  if (isAsync(rows)) {
    for await (const batch of rows) {
      let going = true;
      for (const row of batch) if (!(going = put(row))) break;
      if (!going) break;
    }
  } else {
    for (const row of rows) if (!put(row)) break;
  }
  sheet.addRow([`共 ${count} 行。Total: ${count} row(s).`]).commit();
  if (truncated) {
    sheet
      .addRow([`已达导出上限 ${cap} 行，其余记录未导出，请缩小筛选范围。Export limit of ${cap} rows reached; the remaining rows were not exported — narrow the filters.`])
      .commit();
  }
  sheet.commit();

  const about = workbook.addWorksheet('导出说明 About');
  about.columns = [{ width: 24 }, { width: 60 }];
  const line = (label: string, value: ExcelJS.CellValue) => about.addRow([label, value]).commit();
  line('清单 List', neutralise(`${meta.sheetZh} ${meta.sheetEn}`));
  line('导出时间 (UTC) Exported at (UTC)', meta.exportedAt.toISOString());
  line('导出时间（北京时间）Exported at (Asia/Shanghai)', shanghaiLocal(meta.exportedAt));
  line('导出人 Exported by', neutralise(meta.exportedBy));
  line('来源 Source', neutralise(meta.source));
  line('行数 Rows', count);
  if (truncated) line('已截断 Truncated', `是 yes (上限 cap ${cap})`);
  const filters = Object.entries(meta.filters).filter(([, v]) => v !== undefined && v !== null && v !== '' && !(Array.isArray(v) && v.length === 0));
  if (filters.length === 0) line('筛选条件 Filters', '无（全部）none (all)');
  for (const [key, value] of filters) line(`筛选 Filter: ${filterLabel(key)}`, neutralise(filterValue(value)));
  about.commit();

  return { buffer: await book.finish(), count, truncated };
}
