/**
 * Workbooks authored the way clerks author them — merged titles and group
 * headings, two-level headers, their own names for columns, codes typed into
 * number cells, an .ods renamed .xlsx, full-width codes — each with the exact
 * error or warning it must get. No column is ever dropped silently.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, createUser, login, type Session, type TestContext } from '../../../test/helpers.ts';
import { makePlan } from '../../../test/work-fixtures.ts';
import { clerkWorkbook, odsWorkbook, xlsWorkbook, xlsxHeaders } from '../../../test/excel-fixtures.ts';
import { headerKey } from './excel.header.ts';
import { TASK_COLUMNS } from './excel.models.ts';
import { normaliseCode } from './excel.validate.ts';

let ctx: TestContext;
let office: Session;
let officeEn: Session;
let planId: string;

beforeAll(async () => {
  ctx = await createTestContext();
  const db = ctx.database.appDb;
  await createUser(db, 'office.clerk', [{ role: 'office' }]);
  const enId = await createUser(db, 'office.clerk.en', [{ role: 'office' }]);
  await db.updateTable('users').set({ locale: 'en' }).where('id', '=', enId).execute();
  office = await login(ctx.app, 'office.clerk');
  officeEn = await login(ctx.app, 'office.clerk.en');
  planId = await makePlan(ctx.deps, { code: 'CLERK-2025' });
});
afterAll(() => ctx.close());

const post = (session: Session, query: string, body: Buffer) =>
  ctx.app.inject({ method: 'POST', url: `/api/v1/excel/tasks-import?planId=${planId}&${query}`, headers: xlsxHeaders(session.headers), payload: body });

interface Warning {
  column: { letter: string; header: string };
  rule: string;
  message: string;
}
const messages = (warnings: Warning[]) => warnings.map((w) => w.message);

const task = (code: string) => ctx.deps.db.selectFrom('tasks').selectAll().where('plan_id', '=', planId).where('code', '=', code).executeTakeFirstOrThrow();

describe('headers as clerks write them', () => {
  /** A title merged over the table, group headings merged over their columns, the clerk's own column names. */
  const grouped = () =>
    clerkWorkbook((sheet) => {
      sheet.mergeCells('A1:G1');
      sheet.getCell('A1').value = '2025年长三角一体化重点任务分解表';
      sheet.mergeCells('A2:C2');
      sheet.getCell('A2').value = '基本信息';
      sheet.mergeCells('D2:E2');
      sheet.getCell('D2').value = '责任分工';
      sheet.mergeCells('F2:G2');
      sheet.getCell('F2').value = '时间安排';
      sheet.getRow(3).values = ['序号', '任务编号', '任务名称', '牵头省市', '配合省市', '开始时间', '完成时限'];
      sheet.getRow(4).values = [1, 'ＣＬ－１', '长江口水环境联保', '江苏', '浙江、上海', '2025年3月1日', '2025/12/31'];
      sheet.getRow(5).values = [2, 'CL-2', '跨省通办事项扩围', '安徽', null, null, new Date(Date.UTC(2026, 5, 30))];
    });

  it('finds the header under the merged title and group headings, reads the synonyms and says so, column by column', async () => {
    const response = await post(office, 'dryRun=true', await grouped());
    expect(response.statusCode, response.body).toBe(200);
    expect(response.json()).toMatchObject({ totalRows: 2, validRows: 2, errors: [] });
    expect(messages(response.json().warnings)).toEqual([
      'A 列“基本信息 / 序号”是序号列，不导入。',
      'C 列“基本信息 / 任务名称”按“任务名称（中文）”读取。',
      'D 列“责任分工 / 牵头省市”按“牵头成员方”读取。',
      'E 列“责任分工 / 配合省市”按“参与成员方”读取。',
      'F 列“时间安排 / 开始时间”按“开始日期”读取。',
      'G 列“时间安排 / 完成时限”按“截止日期”读取。',
    ]);
    expect(response.json().warnings.map((w: Warning) => w.rule)).toEqual(['excel.row_number_column', ...Array(5).fill('excel.header_synonym')]);
  });

  it('says the same in English, and imports the rows with their dates and a full-width code folded', async () => {
    const en = await post(officeEn, 'dryRun=true', await grouped());
    expect(messages(en.json().warnings)).toEqual([
      'Column A "基本信息 / 序号" holds row numbers and is not imported.',
      'Column C "基本信息 / 任务名称" is read as "Title (Chinese)".',
      'Column D "责任分工 / 牵头省市" is read as "Lead member".',
      'Column E "责任分工 / 配合省市" is read as "Participating members".',
      'Column F "时间安排 / 开始时间" is read as "Start date".',
      'Column G "时间安排 / 完成时限" is read as "Due date".',
    ]);
    const response = await post(office, '', await grouped());
    expect(response.statusCode, response.body).toBe(200);
    expect(response.json()).toMatchObject({ imported: 2 });
    expect(await task('CL-1')).toMatchObject({ title_zh: '长江口水环境联保', lead_member_code: '320000', start_date: '2025-03-01', due_date: '2025-12-31' });
    expect(await task('CL-2')).toMatchObject({ lead_member_code: '340000', start_date: null, due_date: '2026-06-30' });
  });

  /** 时间 over 开始日期 / 截止日期; the other headings merged down across both header rows. */
  const twoLevel = (department: string | null) =>
    clerkWorkbook((sheet) => {
      sheet.mergeCells('A1:F1');
      sheet.getCell('A1').value = '重点任务清单';
      for (const [range, text] of [['A2:A3', '任务编号'], ['B2:B3', '任务名称'], ['C2:C3', '牵头成员方'], ['D2:E2', '时间'], ['F2:F3', '责任处室']] as const) {
        sheet.mergeCells(range);
        sheet.getCell(range.split(':')[0]!).value = text;
      }
      sheet.getCell('D3').value = '开始日期';
      sheet.getCell('E3').value = '截止日期';
      sheet.getRow(4).values = ['TL-1', '数据跨域共享', '上海', '2025-04-01', '2025-09-30', department];
    });

  it('reads a two-level header (时间 over 开始日期 and 截止日期), and refuses a column it does not know that holds data', async () => {
    const refused = await post(office, 'dryRun=true', await twoLevel('发展改革委地区处'));
    expect(refused.statusCode).toBe(400);
    expect(refused.json().error).toMatchObject({
      code: 'excel.unread_columns',
      message:
        '有 1 列内容不会被导入，为免遗漏，未导入任何任务：F 列“责任处室”（无法识别的表头）。请把表头改为模板中的列名（“填写说明”工作表列出了可识别的其他表头），或删除这些列后重新导入。',
      fields: [{ field: 'F', rule: 'excel.unknown_column', message: 'F 列表头“责任处室”无法识别' }],
    });

    const empty = await post(office, '', await twoLevel(null));
    expect(empty.statusCode, empty.body).toBe(200);
    expect(empty.json()).toMatchObject({ imported: 1, errors: [] });
    expect(messages(empty.json().warnings)).toEqual(['B 列“任务名称”按“任务名称（中文）”读取。', 'F 列表头“责任处室”无法识别；该列没有内容，已忽略。']);
    expect(await task('TL-1')).toMatchObject({ lead_member_code: '310000', start_date: '2025-04-01', due_date: '2025-09-30' });
  });

  it('reads sub-headings that only make sense with their group (开始 and 截止 under 时间)', async () => {
    const file = await clerkWorkbook((sheet) => {
      sheet.getRow(1).values = ['任务编号', '任务名称', '牵头方', '时间'];
      sheet.mergeCells('D1:E1');
      sheet.getRow(2).values = [null, null, null, '开始', '截止'];
      sheet.getRow(3).values = ['SH-1', '示范区联合招商', '浙江', '2025-01-15', '2025-06-30'];
    });
    const response = await post(office, 'dryRun=true', file);
    expect(response.statusCode, response.body).toBe(200);
    expect(response.json()).toMatchObject({ totalRows: 1, validRows: 1, errors: [] });
    expect(messages(response.json().warnings)).toEqual([
      'B 列“任务名称”按“任务名称（中文）”读取。',
      'C 列“牵头方”按“牵头成员方”读取。',
      'D 列“时间 / 开始”按“开始日期”读取。',
      'E 列“时间 / 截止”按“截止日期”读取。',
    ]);
  });

  it('names every column it would not read: a repeated field, an unknown header, data without a header', async () => {
    const file = await clerkWorkbook((sheet) => {
      sheet.getRow(1).values = ['任务编号', '任务名称', '牵头成员方', '截止日期', '完成时限', '责任处室'];
      sheet.getRow(2).values = ['U-1', '标准互认', '江苏', '2025-10-01', '2025-11-01', '标准化处', '请于月底前报送'];
    });
    const zh = await post(office, 'dryRun=true', file);
    expect(zh.statusCode).toBe(400);
    expect(zh.json().error.message).toBe(
      '有 3 列内容不会被导入，为免遗漏，未导入任何任务：E 列“完成时限”（与已读取的“截止日期”列重复）；F 列“责任处室”（无法识别的表头）；G 列（没有表头）。请把表头改为模板中的列名（“填写说明”工作表列出了可识别的其他表头），或删除这些列后重新导入。',
    );
    expect(zh.json().error.fields.map((f: { field: string; rule: string }) => `${f.field}:${f.rule}`)).toEqual(['E:excel.duplicate_column', 'F:excel.unknown_column', 'G:excel.unnamed_column']);
    const en = await post(officeEn, 'dryRun=true', file);
    expect(en.json().error.message).toBe(
      '3 column(s) hold data that would not be imported, so nothing was imported: column E "完成时限" (repeats the "Due date" column already read); column F "责任处室" (header not recognised); column G (no header). Rename each header to a template column (the Instructions sheet lists the other accepted headers) or remove the column, and import again.',
    );
  });

  it('points at headers it does not know when a required column is missing (牵头单位 is not a member column)', async () => {
    const file = await clerkWorkbook((sheet) => {
      sheet.getRow(1).values = ['任务编号', '任务名称', '英文名称', '牵头单位'];
      sheet.getRow(2).values = ['M-1', '名称', 'Name', '江苏省发展改革委'];
    });
    const response = await post(office, 'dryRun=true', file);
    expect(response.json().error).toMatchObject({
      code: 'excel.missing_columns',
      message: '缺少必填列：牵头成员方。',
      fields: [
        { field: 'lead', rule: 'excel.missing_column', message: '缺少必填列“牵头成员方”' },
        { field: 'D', rule: 'excel.unknown_column', message: 'D 列表头“牵头单位”无法识别' },
      ],
    });
  });

  it('accepts every listed synonym for its own column only', () => {
    const owner = new Map<string, string>();
    for (const c of TASK_COLUMNS) {
      for (const label of [c.zh, c.en, ...(c.aliases ?? [])]) {
        const key = headerKey(label);
        expect(owner.get(key) ?? c.key, `${label} is claimed by two columns`).toBe(c.key);
        owner.set(key, c.key);
      }
    }
  });
});

describe('cells as clerks type them', () => {
  it('flags a code stored as a number (1.10 became 1.1) instead of importing it changed; whole numbers and text codes pass', async () => {
    const file = await clerkWorkbook((sheet) => {
      sheet.getRow(1).values = ['任务编号', '任务名称', '牵头成员方'];
      sheet.getRow(2).values = [1.1, '编号被改', '江苏'];
      sheet.getRow(3).values = [12, '整数编号', '江苏'];
      sheet.getRow(4).values = ['1.10', '文本编号', '江苏'];
    });
    const response = await post(office, 'dryRun=true', file);
    expect(response.json()).toMatchObject({ totalRows: 3, validRows: 2 });
    expect(response.json().errors).toEqual([
      {
        row: 2,
        column: { letter: 'A', header: '任务编号' },
        field: 'code',
        rule: 'excel.code_is_number',
        message: '第 2 行 A 列（任务编号）：任务编号存成了数字 1.1，Excel 会把 1.10 存成 1.1，无法确定原编号；请把该列设为文本格式后重新输入编号（模板中该列已是文本格式）。',
        value: '1.1',
      },
    ]);
  });

  it('folds full-width codes (ＥＲＲ－１) like names: stored as ERR-1, and a repeat of it is caught', async () => {
    expect(normaliseCode('ＥＲＲ－１')).toBe('ERR-1');
    expect(normaliseCode(' １．２．３ ')).toBe('1.2.3');
    const file = await clerkWorkbook((sheet) => {
      sheet.getRow(1).values = ['任务编号', '任务名称', '牵头成员方'];
      sheet.getRow(2).values = ['ＥＲＲ－１', '全角编号', '江苏'];
      sheet.getRow(3).values = ['ERR-1', '半角编号', '浙江'];
    });
    const dry = await post(office, 'dryRun=true', file);
    expect(dry.json().errors.map((e: { message: string }) => e.message)).toEqual(['第 3 行 A 列（任务编号）：任务编号“ERR-1”与第 2 行重复。']);
    const imported = await post(office, 'mode=valid_rows_only', file);
    expect(imported.json()).toMatchObject({ imported: 1 });
    expect(await task('ERR-1')).toMatchObject({ title_zh: '全角编号' });
  });

  it('lists the errors of a row in the order of its columns in the sheet', async () => {
    const file = await clerkWorkbook((sheet) => {
      sheet.getRow(1).values = ['截止日期', '牵头成员方', '任务编号', '任务名称', '优先级', '重点领域'];
      sheet.getRow(2).values = ['2025-02-30', '北京市', 'X 1!', null, 'urgent', '9.9'];
    });
    const response = await post(office, 'dryRun=true', file);
    expect(response.json().errors.map((e: { column: { letter: string }; rule: string }) => `${e.column.letter}:${e.rule}`)).toEqual([
      'A:excel.bad_date',
      'B:excel.unknown_member',
      'C:excel.bad_code',
      'D:excel.required',
      'E:excel.bad_priority',
      'F:excel.unknown_area',
    ]);
  });
});

describe('files that are not .xlsx inside', () => {
  it('an .ods renamed .xlsx is "unreadable (ODS is not supported: save as .xlsx)", not "no header"', async () => {
    const zh = await post(office, 'dryRun=true', odsWorkbook());
    expect(zh.statusCode).toBe(400);
    expect(zh.json().error).toMatchObject({
      code: 'excel.unreadable_ods',
      message: '无法读取该文件（不支持 ODS 格式：请另存为 .xlsx）。这是 OpenDocument 电子表格（LibreOffice、WPS 的 .ods），只是扩展名改成了 .xlsx；请用“另存为”选择 Excel 2007-365 (.xlsx) 后重新导入。',
      details: { format: 'ods' },
    });
    const en = await post(officeEn, 'dryRun=true', odsWorkbook());
    expect(en.json().error.message).toMatch(/^The file is unreadable \(ODS is not supported: save as \.xlsx\)\./);
  });

  it('an old .xls renamed .xlsx says so too', async () => {
    const response = await post(officeEn, 'dryRun=true', xlsWorkbook());
    expect(response.json().error).toMatchObject({ code: 'excel.unreadable_xls' });
    expect(response.json().error.message).toMatch(/^The file is unreadable \(the old \.xls format is not supported: save as \.xlsx\)\./);
  });
});
