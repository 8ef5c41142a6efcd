/**
 * "Excel import errors (a test workbook with each kind of mistake)": one row
 * per kind of mistake plus good rows; every error names row, column and rule
 * in the user's language; all or nothing writes nothing; valid rows only
 * writes exactly the good rows.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditActions, createTestContext, createUser, login, type Session, type TestContext } from '../../../test/helpers.ts';
import { makePlan, makeTask } from '../../../test/work-fixtures.ts';
import { taskWorkbook, xlsxHeaders, type RowSpec } from '../../../test/excel-fixtures.ts';
import { translate } from '../../i18n/messages.ts';
import { MAX_IMPORT_ROWS, parseTaskWorkbook } from './excel.parser.ts';

let ctx: TestContext;
let officeZh: Session;
let officeEn: Session;
let liaison: Session;
let planId: string;

beforeAll(async () => {
  ctx = await createTestContext();
  const db = ctx.database.appDb;
  await createUser(db, 'office.xl', [{ role: 'office' }]);
  const enId = await createUser(db, 'office.xl.en', [{ role: 'office' }]);
  await db.updateTable('users').set({ locale: 'en' }).where('id', '=', enId).execute();
  await createUser(db, 'liaison.xl', [{ role: 'liaison', memberCode: '320000' }]);
  officeZh = await login(ctx.app, 'office.xl');
  officeEn = await login(ctx.app, 'office.xl.en');
  liaison = await login(ctx.app, 'liaison.xl');
  planId = await makePlan(ctx.deps, { code: 'XL-PLAN' });
  await makeTask(ctx.deps, planId, { code: 'E.1' });
});
afterAll(() => ctx.close());

const good = (code: string, extra: RowSpec = {}): RowSpec => ({ code, titleZh: `任务 ${code}`, lead: '320000', ...extra });

/** Row 3 onwards, in this order. */
const ROWS: RowSpec[] = [
  good('X.1', {
    titleEn: 'Good task one', focusArea: '1', lead: '江苏省', participants: '330000、沪', bodies: 'rco、wg-innovation',
    startDate: new Date(Date.UTC(2025, 0, 1)), dueDate: '2025-12-31', priority: '高', tags: '科创、数字', description: '说明文字',
  }),
  good('X.2', { lead: 'Anhui', dueDate: new Date(Date.UTC(2026, 5, 30)), priority: 'low' }),
  good('X.3', { titleZh: '' }), // row 5: missing title
  good('X 4!'), // row 6: bad code
  good('X.1'), // row 7: duplicate of row 3
  good('E.1'), // row 8: already in the plan
  good('X.6', { lead: '北京市' }), // row 9: unknown member
  good('X.7', { lead: '苏州' }), // row 10: ambiguous
  good('X.8', { lead: '南京' }), // row 11: a city, not a member
  good('X.9', { startDate: '2025-02-30' }), // row 12: bad date
  good('X.10', { startDate: '2025-06-01', dueDate: '2025-01-31' }), // row 13: due before start
  good('X.11', { focusArea: '9.9' }), // row 14: unknown area
  good('X.12', { bodies: 'rco、nobody' }), // row 15: unknown body
  good('X.13', { priority: 'urgent' }), // row 16: bad priority
  good('X.5', { lead: '上海', participants: 'Zhejiang, 340000 安徽省' }), // row 17: good
];

/** [row, letter, rule, zh fragment, en fragment] */
const EXPECTED: [number, string, string, string, string][] = [
  [5, 'B', 'excel.required', '第 5 行 B 列（任务名称（中文））：必填', 'Row 5, column B (Title (Chinese)): required'],
  [6, 'A', 'excel.bad_code', '任务编号“X 4!”格式不正确', 'task code "X 4!" has the wrong format'],
  [7, 'A', 'excel.duplicate_code', '与第 3 行重复', 'repeats row 3'],
  [8, 'A', 'excel.code_exists', '“E.1”在该规划中已存在', '"E.1" already exists in this plan'],
  [9, 'E', 'excel.unknown_member', '找不到成员方“北京市”', 'no member "北京市"'],
  [10, 'E', 'excel.ambiguous_place', '320500 苏州市（江苏省） 或 341300 宿州市（安徽省）；请填写代码', '320500 Suzhou (Jiangsu) or 341300 Suzhou (Anhui); write the code'],
  [11, 'E', 'excel.not_a_member', '是城市 320100 南京市，不是成员方', 'is the city 320100 Nanjing, not a member'],
  [12, 'H', 'excel.bad_date', '“2025-02-30”不是有效日期', '"2025-02-30" is not a valid date'],
  [13, 'I', 'excel.due_before_start', '截止日期 2025-01-31 早于开始日期 2025-06-01', 'due date 2025-01-31 is before the start date 2025-06-01'],
  [14, 'D', 'excel.unknown_area', '找不到重点领域“9.9”', 'no focus area "9.9"'],
  [15, 'G', 'excel.unknown_body', '找不到责任单位“nobody”', 'no responsible body "nobody"'],
  [16, 'J', 'excel.bad_priority', '优先级“urgent”无效', 'priority "urgent" is not valid'],
];

const importUrl = (query: string) => `/api/v1/excel/tasks-import?planId=${planId}&${query}`;
const post = async (session: Session, query: string, body: Buffer) =>
  ctx.app.inject({ method: 'POST', url: importUrl(query), headers: xlsxHeaders(session.headers), payload: body });
const tasksInPlan = async () =>
  (await ctx.deps.db.selectFrom('tasks').select('code').where('plan_id', '=', planId).orderBy('code').execute()).map((t) => t.code);

interface RowErrorBody {
  row: number;
  column: { letter: string; header: string };
  field: string;
  rule: string;
  message: string;
  value: string;
}

describe('the workbook with every kind of mistake', () => {
  it('all or nothing (the default): 400 excel.invalid_rows naming row, column and rule in Chinese; nothing written', async () => {
    const before = await tasksInPlan();
    const response = await post(officeZh, '', await taskWorkbook(ROWS));
    expect(response.statusCode, response.body).toBe(400);
    const error = response.json().error;
    expect(error.code).toBe('excel.invalid_rows');
    expect(error.message).toBe('共 15 行中有 12 处错误，未导入任何任务。请修改后重新导入，或选择“仅导入无误的行”。');
    const report = error.details.report;
    expect(report).toMatchObject({ mode: 'all_or_nothing', totalRows: 15, validRows: 3, imported: 0 });
    const errors = report.errors as RowErrorBody[];
    expect(errors.map((e) => [e.row, e.column.letter, e.rule])).toEqual(EXPECTED.map(([row, letter, rule]) => [row, letter, rule]));
    for (const [i, [, , , zh]] of EXPECTED.entries()) expect(errors[i]!.message).toContain(zh);
    expect(errors[0]!.column.header).toBe('任务名称（中文）');
    expect(errors.find((e) => e.rule === 'excel.ambiguous_place')).toMatchObject({ field: 'lead', value: '苏州' });
    // The generic error shape names the cells too.
    expect(error.fields[0]).toMatchObject({ field: 'B5', rule: 'excel.required' });
    expect(await tasksInPlan()).toEqual(before);
    expect((await auditActions(ctx.deps.db)).at(-1)).toBe('excel.import');
    const event = await ctx.deps.db.selectFrom('audit_events').selectAll().orderBy('seq', 'desc').executeTakeFirstOrThrow();
    expect(event).toMatchObject({ outcome: 'failure', object_type: 'plan', object_id: planId });
    expect(event.summary).toMatchObject({ totalRows: 15, validRows: 3, errorCount: 12, imported: 0, mode: 'all_or_nothing' });
  });

  it('speaks English to a user who chose English', async () => {
    const response = await post(officeEn, 'dryRun=true', await taskWorkbook(ROWS));
    expect(response.statusCode, response.body).toBe(200);
    const errors = response.json().errors as RowErrorBody[];
    expect(errors[0]!.column.header).toBe('Title (Chinese)');
    for (const [i, [, , , , en]] of EXPECTED.entries()) expect(errors[i]!.message).toContain(en);
  });

  it('a dry run validates without writing', async () => {
    const before = await tasksInPlan();
    const audits = (await auditActions(ctx.deps.db)).length;
    const response = await post(officeZh, 'dryRun=true&mode=valid_rows_only', await taskWorkbook(ROWS));
    expect(response.json()).toMatchObject({ dryRun: true, totalRows: 15, validRows: 3, imported: 0 });
    expect(await tasksInPlan()).toEqual(before);
    expect((await auditActions(ctx.deps.db)).length).toBe(audits);
  });

  it('valid rows only: imports exactly the good rows, with their shares, bodies and dates, and reports the rest', async () => {
    const response = await post(officeZh, 'mode=valid_rows_only&fileName=errors.xlsx', await taskWorkbook(ROWS));
    expect(response.statusCode, response.body).toBe(200);
    expect(response.json()).toMatchObject({ mode: 'valid_rows_only', totalRows: 15, validRows: 3, imported: 3 });
    expect(response.json().errors).toHaveLength(12);
    expect(await tasksInPlan()).toEqual(['E.1', 'X.1', 'X.2', 'X.5']);

    const task = await ctx.deps.db.selectFrom('tasks').selectAll().where('plan_id', '=', planId).where('code', '=', 'X.1').executeTakeFirstOrThrow();
    expect(task).toMatchObject({ title_en: 'Good task one', lead_member_code: '320000', start_date: '2025-01-01', due_date: '2025-12-31', priority: 'high', tags: ['科创', '数字'], description_zh: '说明文字' });
    expect(task.source_ref).toMatch(/^excel:[0-9a-f]{12}:任务 Tasks!3$/);
    const shares = await ctx.deps.db.selectFrom('task_shares').select(['member_code', 'role']).where('task_id', '=', task.id).orderBy('member_code').execute();
    expect(shares).toEqual([{ member_code: '310000', role: 'participant' }, { member_code: '320000', role: 'lead' }, { member_code: '330000', role: 'participant' }]);
    const bodies = await ctx.deps.db.selectFrom('task_bodies').select('body_code').where('task_id', '=', task.id).orderBy('body_code').execute();
    expect(bodies.map((b) => b.body_code)).toEqual(['rco', 'wg-innovation']);
    const x2 = await ctx.deps.db.selectFrom('tasks').selectAll().where('plan_id', '=', planId).where('code', '=', 'X.2').executeTakeFirstOrThrow();
    expect(x2).toMatchObject({ lead_member_code: '340000', due_date: '2026-06-30', priority: 'low' });
    const x5 = await ctx.deps.db.selectFrom('task_shares').innerJoin('tasks', 'tasks.id', 'task_shares.task_id').select('member_code').where('tasks.plan_id', '=', planId).where('tasks.code', '=', 'X.5').orderBy('member_code').execute();
    expect(x5.map((s) => s.member_code)).toEqual(['310000', '330000', '340000']);

    // Each task audited like one made by hand, then one summary.
    const actions = await auditActions(ctx.deps.db);
    expect(actions.slice(-4)).toEqual(['task.create', 'task.create', 'task.create', 'excel.import']);
    const summary = await ctx.deps.db.selectFrom('audit_events').select(['summary', 'actor_username', 'outcome']).orderBy('seq', 'desc').executeTakeFirstOrThrow();
    expect(summary).toMatchObject({ actor_username: 'office.xl', outcome: 'success' });
    expect(summary.summary).toMatchObject({ imported: 3, errorCount: 12, fileName: 'errors.xlsx', planCode: 'XL-PLAN' });
  });

  it('the same file again: every good row now collides with the plan', async () => {
    const response = await post(officeZh, 'mode=valid_rows_only&dryRun=true', await taskWorkbook(ROWS.slice(0, 2)));
    expect(response.json().errors.map((e: RowErrorBody) => `${e.row}${e.column.letter}:${e.rule}`)).toEqual(['3A:excel.code_exists', '4A:excel.code_exists']);
  });
});

describe('the file itself', () => {
  it('refuses what is not an .xlsx, and JSON', async () => {
    const junk = await ctx.app.inject({ method: 'POST', url: importUrl(''), headers: xlsxHeaders(officeZh.headers), payload: Buffer.from('code,title\n1,x\n') });
    expect(junk.statusCode).toBe(400);
    expect(junk.json().error.code).toBe('excel.unreadable');
    const json = await ctx.app.inject({ method: 'POST', url: importUrl(''), headers: officeZh.headers, payload: { rows: [] } });
    expect(json.statusCode).toBe(415);
    expect(json.json().error.code).toBe('excel.unsupported_media_type');
  });

  it('accepts octet-stream uploads too', async () => {
    const file = await taskWorkbook([good('O.1')]);
    const response = await ctx.app.inject({ method: 'POST', url: importUrl('dryRun=true'), headers: { ...officeZh.headers, 'content-type': 'application/octet-stream' }, payload: file });
    expect(response.statusCode, response.body).toBe(200);
    expect(response.json()).toMatchObject({ totalRows: 1, validRows: 1 });
  });

  it('names missing required columns and finds columns in any order, headed in one language only', async () => {
    const missing = await post(officeZh, '', await taskWorkbook([good('M.1')], { columns: ['code', 'titleZh', 'titleEn'] }));
    expect(missing.statusCode).toBe(400);
    expect(missing.json().error).toMatchObject({ code: 'excel.missing_columns', message: '缺少必填列：牵头成员方。' });

    const ExcelJS = (await import('exceljs')).default;
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('Sheet1');
    sheet.addRow(['Lead member', 'Title (Chinese)', 'Code']);
    sheet.addRow(['Shanghai', '英文表头', 'R.1']);
    const reordered = await post(officeZh, 'dryRun=true', Buffer.from(await workbook.xlsx.writeBuffer()));
    expect(reordered.json()).toMatchObject({ totalRows: 1, validRows: 1, errors: [] });
  });

  it('refuses a file without rows, and a closed or unknown plan', async () => {
    const empty = await post(officeZh, '', await taskWorkbook([]));
    expect(empty.json().error.code).toBe('excel.no_rows');
    const unknown = await ctx.app.inject({
      method: 'POST',
      url: '/api/v1/excel/tasks-import?planId=00000000-0000-4000-8000-000000000000',
      headers: xlsxHeaders(officeZh.headers),
      payload: await taskWorkbook([good('U.1')]),
    });
    expect(unknown.json().error.code).toBe('tasks.plan_not_found');
  });

  it('has limits: 20 MiB per upload, 100 000 rows per import', async () => {
    const huge = await post(officeZh, '', Buffer.alloc(20 * 1024 * 1024 + 1));
    expect(huge.statusCode).toBe(413);
    expect(MAX_IMPORT_ROWS).toBe(100_000);
    // The row limit is the parser's (a file that large is parsed by the worker); shown here with a limit of 10.
    const many = await taskWorkbook(Array.from({ length: 11 }, (_, i) => good(`N.${i}`)), { columns: ['code', 'titleZh', 'lead'] });
    await expect(parseTaskWorkbook(many, 10)).rejects.toMatchObject({ code: 'excel.too_many_rows', params: { max: 10 } });
    expect((await parseTaskWorkbook(many, 11)).rows).toHaveLength(11);
    expect(translate('zh-CN', 'excel.too_many_rows', { max: MAX_IMPORT_ROWS })).toBe('文件超过单次导入上限 100000 行，请拆分后分批导入。');
  });

  it('is for the Office only; others are refused before the file is looked at', async () => {
    const response = await post(liaison, '', await taskWorkbook([good('L.1')]));
    expect(response.statusCode).toBe(403);
    expect(response.json().error.code).toBe('common.forbidden');
  });
});
