/**
 * The shape of the task workbook, shared by the template, the parser and the
 * export: one column per field, headed in both working languages. The parser
 * finds columns by their header (either language), so users may reorder them.
 */
import type { Locale } from '../../i18n/messages.ts';

export const XLSX_CONTENT_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

export const TASK_SHEET = '任务 Tasks';
export const INSTRUCTIONS_SHEET = '填写说明 Instructions';
export const LISTS_SHEET = '列表 Lists';

/** Row 1 names the plan; row 2 holds the headers; data starts on row 3. */
export const TEMPLATE_HEADER_ROW = 2;
export const TEMPLATE_FIRST_DATA_ROW = 3;
/** Dropdowns and formats are laid on this many rows of the template. */
export const TEMPLATE_PREPARED_ROWS = 2000;

export type ColumnKey =
  | 'code'
  | 'titleZh'
  | 'titleEn'
  | 'focusArea'
  | 'lead'
  | 'participants'
  | 'bodies'
  | 'startDate'
  | 'dueDate'
  | 'priority'
  | 'tags'
  | 'description';

export interface ColumnDef {
  key: ColumnKey;
  zh: string;
  en: string;
  required: boolean;
  width: number;
  /** Other headers accepted on import (clerks' usual names); listed on the instructions sheet. Case, spaces and stars do not matter. */
  aliases?: string[];
}

export const TASK_COLUMNS: readonly ColumnDef[] = [
  { key: 'code', zh: '任务编号', en: 'Code', required: true, width: 12, aliases: ['编号', '任务代码', 'Task code'] },
  { key: 'titleZh', zh: '任务名称（中文）', en: 'Title (Chinese)', required: true, width: 40, aliases: ['任务名称', '名称', '重点任务', '工作任务', '事项名称'] },
  { key: 'titleEn', zh: '任务名称（英文）', en: 'Title (English)', required: false, width: 40, aliases: ['英文名称', 'English title'] },
  { key: 'focusArea', zh: '重点领域', en: 'Focus area', required: false, width: 28, aliases: ['领域', '所属领域', '合作领域', 'Area'] },
  { key: 'lead', zh: '牵头成员方', en: 'Lead member', required: true, width: 16, aliases: ['牵头方', '牵头省市', '牵头地区', 'Lead'] },
  { key: 'participants', zh: '参与成员方', en: 'Participating members', required: false, width: 28, aliases: ['参与方', '参与省市', '配合方', '配合省市', 'Participants'] },
  { key: 'bodies', zh: '责任单位', en: 'Responsible bodies', required: false, width: 28, aliases: ['责任部门', 'Bodies'] },
  { key: 'startDate', zh: '开始日期', en: 'Start date', required: false, width: 13, aliases: ['开始时间', '起始日期', '起始时间', '启动时间', 'Start'] },
  { key: 'dueDate', zh: '截止日期', en: 'Due date', required: false, width: 13, aliases: ['截止时间', '完成时限', '完成时间', '完成日期', '时限', 'Due', 'Deadline'] },
  { key: 'priority', zh: '优先级', en: 'Priority', required: false, width: 11, aliases: ['优先等级'] },
  { key: 'tags', zh: '标签', en: 'Tags', required: false, width: 18, aliases: ['关键词'] },
  { key: 'description', zh: '说明', en: 'Description', required: false, width: 40, aliases: ['任务说明', '描述', '任务描述'] },
];

/** Columns an export adds to the task columns: read-only facts, left out (and said so) when the export is imported again. */
export const EXPORT_ONLY_COLUMNS = {
  planCode: { zh: '规划编号', en: 'Plan', width: 14 },
  status: { zh: '状态', en: 'Status', width: 16 },
  progress: { zh: '进度（%）', en: 'Progress (%)', width: 10 },
  redFlags: { zh: '红色预警', en: 'Red flags', width: 10 },
  yellowFlags: { zh: '黄色预警', en: 'Yellow flags', width: 10 },
  updatedAt: { zh: '最后更新', en: 'Updated at', width: 26 },
} as const;

export function columnDef(key: ColumnKey): ColumnDef {
  return TASK_COLUMNS.find((c) => c.key === key)!;
}

/** The header cell text: both languages, a star on required columns. */
export function headerText(col: ColumnDef): string {
  const star = col.required ? ' *' : '';
  return `${col.zh}${star}\n${col.en}${star}`;
}

export function headerIn(locale: Locale, col: ColumnDef): string {
  return locale === 'zh-CN' ? col.zh : col.en;
}

export const PRIORITIES = [
  { value: 'high', zh: '高', en: 'High' },
  { value: 'normal', zh: '中', en: 'Normal' },
  { value: 'low', zh: '低', en: 'Low' },
] as const;
export type Priority = (typeof PRIORITIES)[number]['value'];

export const STATUS_LABELS: Record<string, { zh: string; en: string }> = {
  not_started: { zh: '未启动', en: 'Not started' },
  on_track: { zh: '正常推进', en: 'On track' },
  at_risk: { zh: '有风险', en: 'At risk' },
  delayed: { zh: '延误', en: 'Delayed' },
  completed: { zh: '已完成', en: 'Completed' },
};

export type ImportMode = 'all_or_nothing' | 'valid_rows_only';

/** One broken rule in one cell. Messages are made when presented, in the reader's language. */
export interface RowError {
  row: number;
  column: ColumnKey;
  /** Column letter in the uploaded sheet. */
  letter: string;
  rule: string;
  value: string;
  params?: Record<string, string | number>;
}

/** Something about a whole column of the uploaded sheet (a synonym read as a field, a row-number column left out). */
export interface SheetNote {
  letter: string;
  /** The header as written in the sheet. */
  header: string;
  rule: string;
  params?: Record<string, string | number>;
}

/** What an import did (or would do); stored as is for background imports. */
export interface ImportReport {
  mode: ImportMode;
  dryRun: boolean;
  totalRows: number;
  validRows: number;
  imported: number;
  errors: RowError[];
  /** Absent in reports stored before warnings existed. */
  warnings?: SheetNote[];
}

/** "A", "Z", "AA" → 1, 26, 27: errors within a row are listed in the sheet's column order. */
export function columnNumber(letter: string): number {
  let n = 0;
  for (const ch of letter) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

/** Splits a multi-value cell: commas, 、, semicolons or line breaks (full- or half-width). */
export function splitList(text: string): string[] {
  return text
    .split(/[,，、;；\n\r]+/)
    .map((s) => s.trim())
    .filter((s) => s.length > 0);
}
