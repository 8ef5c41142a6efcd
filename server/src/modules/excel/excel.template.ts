/**
 * The downloadable import template: the task sheet (plan named on row 1,
 * bilingual headers on row 2, dropdowns fed from a hidden list sheet), and an
 * instructions sheet in both languages.
 */
import ExcelJS from 'exceljs';
import {
  INSTRUCTIONS_SHEET,
  LISTS_SHEET,
  TASK_COLUMNS,
  TASK_SHEET,
  TEMPLATE_FIRST_DATA_ROW,
  TEMPLATE_HEADER_ROW,
  TEMPLATE_PREPARED_ROWS,
  headerText,
  type ColumnKey,
} from './excel.models.ts';
import { ROW_NUMBER_HEADER_LIST } from './excel.header.ts';
import type { ReferenceRows } from './excel.repository.ts';
import { dropdownLists } from './excel.resolve.ts';

export interface TemplateInput {
  plan: { code: string; title_zh: string; title_en: string };
  ref: ReferenceRows;
  generatedAt: string;
  /** Files with more rows than this are imported in the background. */
  asyncRows: number;
  maxRows: number;
}

type DataValidation = ExcelJS.DataValidation;
type WithValidations = { dataValidations: { add(range: string, validation: DataValidation): void } };

const HEADER_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFDCE6F1' } };
const REQUIRED_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFCE4D6' } };
const TEXT_COLUMNS: ColumnKey[] = ['code', 'focusArea', 'lead', 'participants', 'bodies', 'priority', 'tags'];

const GUIDE: Record<ColumnKey, [string, string]> = {
  code: [
    '必填；在规划内唯一；由字母、数字组成，以“.”或“-”分段，如 1.2.3。本列为文本格式，避免 Excel 把 1.10 变成 1.1。',
    'Required; unique within the plan; letters and digits in parts separated by "." or "-", e.g. 1.2.3. The column is text so Excel does not turn 1.10 into 1.1.',
  ],
  titleZh: ['必填，最多 300 字。', 'Required, at most 300 characters.'],
  titleEn: ['选填，最多 300 字。', 'Optional, at most 300 characters.'],
  focusArea: ['选填；从下拉列表选择，或填写领域编号（如 1.2）。', 'Optional; pick from the list or write the area number (e.g. 1.2).'],
  lead: [
    '必填；省级成员方，填写代码（如 320000）或名称（江苏省、江苏、苏、Jiangsu）。城市不是成员方。',
    'Required; a province-level member by code (e.g. 320000) or name (江苏省, Jiangsu). A city is not a member.',
  ],
  participants: ['选填；可填多个成员方，用逗号或顿号（、）分隔；不要重复填写牵头方。', 'Optional; several members separated by commas or 、; do not repeat the lead.'],
  bodies: ['选填；单位代码或名称，可填多个，用逗号或顿号分隔（可从下拉列表选择）。', 'Optional; body codes or names, several separated by commas or 、 (the list offers them).'],
  startDate: ['选填；日期单元格，或 YYYY-MM-DD 格式的文本。', 'Optional; a date cell or text as YYYY-MM-DD.'],
  dueDate: ['选填；同上，且不得早于开始日期。', 'Optional; as above, and not before the start date.'],
  priority: ['选填；高、中、低（high、normal、low），默认为“中”。', 'Optional; high, normal or low (高, 中, 低); normal when empty.'],
  tags: ['选填；多个用逗号或顿号分隔，每个最多 40 字，最多 20 个。', 'Optional; separated by commas or 、, at most 20 of up to 40 characters.'],
  description: ['选填；任务说明（中文）。', 'Optional; a description of the task (in Chinese).'],
};

function listRange(column: string, count: number): string {
  return `'${LISTS_SHEET}'!$${column}$2:$${column}$${Math.max(2, count + 1)}`;
}

function addTaskSheet(workbook: ExcelJS.Workbook, input: TemplateInput, lists: ReturnType<typeof dropdownLists>) {
  const sheet = workbook.addWorksheet(TASK_SHEET, { views: [{ state: 'frozen', xSplit: 1, ySplit: TEMPLATE_HEADER_ROW }] });
  sheet.columns = TASK_COLUMNS.map((c) => ({ key: c.key, width: c.width }));
  const last = sheet.getColumn(TASK_COLUMNS.length).letter;

  sheet.mergeCells(`A1:${last}1`);
  const title = sheet.getCell('A1');
  title.value = `规划 Plan：${input.plan.code}  ${input.plan.title_zh} / ${input.plan.title_en}`;
  title.font = { bold: true, size: 13 };
  sheet.getRow(1).height = 24;

  const header = sheet.getRow(TEMPLATE_HEADER_ROW);
  header.values = TASK_COLUMNS.map(headerText);
  header.height = 34;
  header.eachCell((cell, col) => {
    cell.font = { bold: true };
    cell.alignment = { wrapText: true, vertical: 'middle' };
    cell.fill = TASK_COLUMNS[col - 1]!.required ? REQUIRED_FILL : HEADER_FILL;
  });

  for (const [i, c] of TASK_COLUMNS.entries()) {
    const column = sheet.getColumn(i + 1);
    if (TEXT_COLUMNS.includes(c.key)) column.numFmt = '@';
    if (c.key === 'startDate' || c.key === 'dueDate') column.numFmt = 'yyyy-mm-dd';
  }

  const rangeOf = (key: ColumnKey) => {
    const letter = sheet.getColumn(TASK_COLUMNS.findIndex((c) => c.key === key) + 1).letter;
    return `${letter}${TEMPLATE_FIRST_DATA_ROW}:${letter}${TEMPLATE_FIRST_DATA_ROW + TEMPLATE_PREPARED_ROWS - 1}`;
  };
  const validations = (sheet as unknown as WithValidations).dataValidations;
  const list = (formula: string, strict: boolean, prompt?: string): DataValidation => ({
    type: 'list',
    allowBlank: true,
    formulae: [formula],
    showErrorMessage: strict,
    errorStyle: 'warning',
    errorTitle: '请核对 Please check',
    error: '请从列表中选择，或填写代码。Pick from the list, or write a code.',
    ...(prompt ? { showInputMessage: true, prompt } : {}),
  });
  validations.add(rangeOf('lead'), list(listRange('A', lists.members.length), true, '省级成员方 Province-level member'));
  validations.add(rangeOf('participants'), list(listRange('A', lists.members.length), false, '可填多个，用、分隔 Several, separated by 、'));
  validations.add(rangeOf('focusArea'), list(listRange('B', lists.areas.length), true));
  validations.add(rangeOf('priority'), list(listRange('C', lists.priorities.length), true));
  validations.add(rangeOf('bodies'), list(listRange('D', lists.bodies.length), false, '可填多个，用、分隔 Several, separated by 、'));
  for (const key of ['startDate', 'dueDate'] as const) {
    validations.add(rangeOf(key), {
      type: 'date',
      operator: 'greaterThan',
      allowBlank: true,
      formulae: [new Date(Date.UTC(1999, 11, 31))],
      showErrorMessage: true,
      errorStyle: 'warning',
      error: '请填写日期，如 2025-06-30。Enter a date, e.g. 2025-06-30.',
    });
  }
}

function addInstructions(workbook: ExcelJS.Workbook, input: TemplateInput) {
  const sheet = workbook.addWorksheet(INSTRUCTIONS_SHEET);
  sheet.columns = [{ width: 24 }, { width: 10 }, { width: 70 }, { width: 70 }];
  const bold = (row: ExcelJS.Row) => row.eachCell((cell) => (cell.font = { bold: true }));
  const wrap = (row: ExcelJS.Row) => row.eachCell((cell) => (cell.alignment = { wrapText: true, vertical: 'top' }));
  bold(sheet.addRow(['任务导入模板 填写说明', '', '', 'Task import template — instructions']));
  sheet.addRow(['规划 Plan', '', `${input.plan.code} ${input.plan.title_zh}`, `${input.plan.code} ${input.plan.title_en}`]);
  sheet.addRow(['生成时间 Generated', '', input.generatedAt, input.generatedAt]);
  sheet.addRow([]);
  bold(sheet.addRow(['列 Column', '必填 Required', '中文说明', 'How to fill in']));
  for (const c of TASK_COLUMNS) wrap(sheet.addRow([`${c.zh}\n${c.en}`, c.required ? '是 Yes' : '', GUIDE[c.key][0], GUIDE[c.key][1]]));
  sheet.addRow([]);
  bold(sheet.addRow(['规则 Rules', '', '', '']));
  const rules: [string, string][] = [
    [
      `第 1 行为规划名称，第 2 行为表头，请从第 ${TEMPLATE_FIRST_DATA_ROW} 行起填写，每行一个任务。列的顺序可以调整；表头可用下方“可识别的其他表头”中的名称。有内容的列若表头无法识别（或重复），整个文件不予导入，并指明是哪一列。`,
      `Row 1 names the plan, row 2 holds the headers; fill in one task per row from row ${TEMPLATE_FIRST_DATA_ROW}. Columns may be reordered; a header may also be one of the "other accepted headers" below. If a column holding data has a header that is not recognised (or repeated), the file is not imported and that column is named.`,
    ],
    [
      '任务编号请以文本填写：数字单元格中的 1.10 会被 Excel 存成 1.1，这样的编号会被指出，不会被猜测。',
      'Type task codes as text: in a number cell Excel stores 1.10 as 1.1; such codes are pointed out, never guessed.',
    ],
    [
      '重名地名：苏州（320500 苏州市，江苏）与宿州（341300 宿州市，安徽）的英文都是 Suzhou；泰州（321200 泰州市，江苏）与台州（331000 台州市，浙江）的英文都是 Taizhou。这些名称一律视为有歧义，请填写代码。',
      'Names shared by two places: Suzhou (320500 苏州市, Jiangsu / 341300 宿州市, Anhui) and Taizhou (321200 泰州市, Jiangsu / 331000 台州市, Zhejiang) are always treated as ambiguous: write the code.',
    ],
    [
      '默认“全部或全不”：任一行有误则不导入任何任务，并列出每个错误所在的行、列和规则；也可选择“仅导入无误的行”，其余行的错误照样列出。',
      'By default an import is all or nothing: if any row is wrong, nothing is imported and every error is listed with its row, column and rule. You may instead choose to import only the valid rows; the errors of the others are still listed.',
    ],
    [
      `每次最多导入 ${input.maxRows} 行；超过 ${input.asyncRows} 行的文件在后台导入，页面显示进度。`,
      `At most ${input.maxRows} rows per import; files with more than ${input.asyncRows} rows are imported in the background with progress shown.`,
    ],
  ];
  for (const [zh, en] of rules) wrap(sheet.addRow(['', '', zh, en]));
  sheet.addRow([]);
  bold(sheet.addRow(['可识别的其他表头 Other accepted headers', '', '也可用作表头（不区分大小写、空格和 *）', 'Also accepted as the header (case, spaces and * do not matter)']));
  for (const c of TASK_COLUMNS) {
    if (c.aliases?.length) wrap(sheet.addRow([`${c.zh}\n${c.en}`, '', c.aliases.join('、'), c.aliases.join(', ')]));
  }
  wrap(
    sheet.addRow([
      '序号 Row numbers',
      '',
      `${ROW_NUMBER_HEADER_LIST.join('、')}：序号列不导入。两级表头（如“时间”下分“开始日期”“截止日期”）和合并的分组标题均可识别。`,
      `${ROW_NUMBER_HEADER_LIST.join(', ')}: row-number columns are not imported. Two-level headers (时间 over 开始日期 and 截止日期) and merged group headings are understood.`,
    ]),
  );
  sheet.addRow([]);
  bold(sheet.addRow(['成员方 Members', '代码 Code', '名称', 'Name']));
  for (const m of input.ref.members) sheet.addRow(['', m.code, `${m.name_zh}（${m.short_zh}）`, `${m.name_en} (${m.short_en})`]);
}

function addLists(workbook: ExcelJS.Workbook, lists: ReturnType<typeof dropdownLists>) {
  const sheet = workbook.addWorksheet(LISTS_SHEET, { state: 'hidden' });
  sheet.columns = [{ width: 24 }, { width: 40 }, { width: 12 }, { width: 40 }];
  sheet.getRow(1).values = ['成员方 Members', '重点领域 Focus areas', '优先级 Priority', '责任单位 Bodies'];
  const columns = [lists.members, lists.areas, lists.priorities, lists.bodies];
  const height = Math.max(...columns.map((c) => c.length));
  for (let i = 0; i < height; i += 1) sheet.getRow(i + 2).values = columns.map((c) => c[i] ?? null);
}

export async function buildTemplate(input: TemplateInput): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'YRD Cooperation Platform';
  workbook.title = `任务导入模板 Task import template — ${input.plan.code}`;
  const lists = dropdownLists(input.ref);
  addTaskSheet(workbook, input, lists);
  addInstructions(workbook, input);
  addLists(workbook, lists);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
