/**
 * Writes a task list to .xlsx with the streaming writer: rows are compressed as
 * they come (batch by batch from a keyset walk), so memory stays flat whatever
 * the size. Note rows above the header say when, by whom, with which filters
 * and from where the list was taken; a last row gives the count. A second
 * sheet "导出说明 About" says the same in the shape every list export has
 * (excel.list-export.ts). Text cells pass through neutralise(): a title
 * starting with = + - @ stays text in any spreadsheet.
 */
import type ExcelJS from 'exceljs';
import { columnDef, EXPORT_ONLY_COLUMNS as EXTRA, headerText, STATUS_LABELS, type ColumnKey } from './excel.models.ts';
import { neutralise, shanghaiLocal, streamingWorkbook, type ListExportMeta } from './excel.list-export.ts';

export interface ExportRow {
  planCode: string;
  code: string;
  titleZh: string;
  titleEn: string;
  area: string;
  lead: string;
  participants: string;
  bodies: string;
  startDate: string | null;
  dueDate: string | null;
  priority: string;
  tags: string;
  status: string;
  progress: number;
  redFlags: number;
  yellowFlags: number;
  updatedAt: string;
}

const TASK_KEYS: ColumnKey[] = ['code', 'titleZh', 'titleEn', 'focusArea', 'lead', 'participants', 'bodies', 'startDate', 'dueDate', 'priority', 'tags'];

export const EXPORT_HEADERS: string[] = [
  `${EXTRA.planCode.zh}\n${EXTRA.planCode.en}`,
  ...TASK_KEYS.map((k) => headerText({ ...columnDef(k), required: false })),
  ...(['status', 'progress', 'redFlags', 'yellowFlags', 'updatedAt'] as const).map((k) => `${EXTRA[k].zh}\n${EXTRA[k].en}`),
];

const asDate = (value: string | null) => (value ? new Date(`${value}T00:00:00.000Z`) : null);

function cellsOf(row: ExportRow): ExcelJS.CellValue[] {
  const status = STATUS_LABELS[row.status];
  const text = [row.planCode, row.code, row.titleZh, row.titleEn, row.area, row.lead, row.participants, row.bodies].map(neutralise);
  return [
    ...text, asDate(row.startDate), asDate(row.dueDate), neutralise(row.priority), neutralise(row.tags),
    status ? `${status.zh} ${status.en}` : neutralise(row.status), row.progress, row.redFlags, row.yellowFlags, row.updatedAt,
  ];
}

/** The About sheet of every list export, for the task list (whose note rows stay above its header, as imports expect). */
function addAboutSheet(workbook: ExcelJS.stream.xlsx.WorkbookWriter, meta: ListExportMeta, result: { count: number; truncated: boolean }, cap: number) {
  const about = workbook.addWorksheet('导出说明 About');
  about.columns = [{ width: 24 }, { width: 60 }];
  const line = (label: string, value: ExcelJS.CellValue) => about.addRow([label, value]).commit();
  line('清单 List', `${meta.sheetZh} ${meta.sheetEn}`);
  line('导出时间 (UTC) Exported at (UTC)', meta.exportedAt.toISOString());
  line('导出时间（北京时间）Exported at (Asia/Shanghai)', shanghaiLocal(meta.exportedAt));
  line('导出人 Exported by', neutralise(meta.exportedBy));
  line('来源 Source', neutralise(meta.source));
  line('行数 Rows', result.count);
  if (result.truncated) line('已截断 Truncated', `是 yes (上限 cap ${cap})`);
  const filters = Object.entries(meta.filters).filter(([, v]) => v !== undefined && v !== null && v !== '');
  if (filters.length === 0) line('筛选条件 Filters', '无（全部）none (all)');
  for (const [key, value] of filters) line(`筛选 Filter: ${key}`, neutralise(Array.isArray(value) ? value.join(', ') : String(value)));
  about.commit();
}

export interface ExportResult {
  buffer: Buffer;
  count: number;
  truncated: boolean;
}

/**
 * `batches` yields rows in order; writing stops after `cap` rows, and then a
 * closing row says the list was cut (never silently).
 */
export async function writeTaskExport(notes: string[], batches: AsyncIterable<ExportRow[]>, cap: number, about?: ListExportMeta): Promise<ExportResult> {
  const book = streamingWorkbook();
  const { workbook } = book;
  const sheet = workbook.addWorksheet('任务清单 Tasks', { views: [{ state: 'frozen', ySplit: notes.length + 1 }] });
  const widths = [EXTRA.planCode.width, ...TASK_KEYS.map((k) => columnDef(k).width), 16, 10, 10, 10, 26];
  sheet.columns = widths.map((width, i) => ({ width, ...(i === 8 || i === 9 ? { style: { numFmt: 'yyyy-mm-dd' } } : {}) }));

  for (const note of notes) sheet.addRow([neutralise(note)]).commit();
  const header = sheet.addRow(EXPORT_HEADERS);
  header.eachCell((cell) => {
    cell.font = { bold: true };
    cell.alignment = { wrapText: true, vertical: 'middle' };
  });
  header.commit();

  let count = 0;
  let truncated = false;
  for await (const batch of batches) {
    for (const row of batch) {
      if (count >= cap) {
        truncated = true;
        break;
      }
      sheet.addRow(cellsOf(row)).commit();
      count += 1;
    }
    if (truncated) break;
  }
  const closing = truncated
    ? `已达导出上限 ${cap} 行，其余任务未导出，请缩小筛选范围。Export limit of ${cap} rows reached; the remaining tasks were not exported — narrow the filters.`
    : `共 ${count} 项任务。Total: ${count} task(s).`;
  sheet.addRow([closing]).commit();
  sheet.commit();
  if (about) addAboutSheet(workbook, about, { count, truncated }, cap);
  return { buffer: await book.finish(), count, truncated };
}
