import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, createUser, login, type Session, type TestContext } from '../../../test/helpers.ts';
import { makePlan } from '../../../test/work-fixtures.ts';
import { fillTemplate, loadWorkbook, textOf, xlsxHeaders } from '../../../test/excel-fixtures.ts';
import { headerText, INSTRUCTIONS_SHEET, LISTS_SHEET, TASK_COLUMNS, TASK_SHEET, XLSX_CONTENT_TYPE } from './excel.models.ts';

let ctx: TestContext;
let office: Session;
let liaison: Session;
let planId: string;

beforeAll(async () => {
  ctx = await createTestContext();
  await createUser(ctx.database.appDb, 'office.tpl', [{ role: 'office' }]);
  await createUser(ctx.database.appDb, 'liaison.tpl', [{ role: 'liaison', memberCode: '330000' }]);
  office = await login(ctx.app, 'office.tpl');
  liaison = await login(ctx.app, 'liaison.tpl');
  planId = await makePlan(ctx.deps, { code: 'TPL-2024', titleZh: '长三角地区一体化发展三年行动计划（2024—2026年）', titleEn: 'Three-Year Action Plan 2024-2026' });
});
afterAll(() => ctx.close());

const download = (session: Session) => ctx.app.inject({ method: 'GET', url: `/api/v1/excel/tasks-template?planId=${planId}`, headers: session.headers });

describe('the import template', () => {
  it('is an .xlsx named after the plan, with an RFC 5987 file name', async () => {
    const response = await download(office);
    expect(response.statusCode, response.body).toBe(200);
    expect(response.headers['content-type']).toBe(XLSX_CONTENT_TYPE);
    expect(response.headers['content-disposition']).toBe(
      `attachment; filename="task-import-template-TPL-2024-2026-03-02.xlsx"; filename*=UTF-8''${encodeURIComponent('任务导入模板-TPL-2024-2026-03-02.xlsx')}`,
    );
    expect(response.headers['x-content-type-options']).toBe('nosniff');
  });

  it('names the plan, heads every column in both languages, and offers dropdowns fed from a hidden list sheet', async () => {
    const workbook = await loadWorkbook((await download(office)).rawPayload);
    expect(workbook.worksheets.map((s) => s.name)).toEqual([TASK_SHEET, INSTRUCTIONS_SHEET, LISTS_SHEET]);
    const sheet = workbook.getWorksheet(TASK_SHEET)!;
    expect(textOf(sheet.getCell('A1').value)).toBe('规划 Plan：TPL-2024  长三角地区一体化发展三年行动计划（2024—2026年） / Three-Year Action Plan 2024-2026');
    expect(TASK_COLUMNS.map((_, i) => textOf(sheet.getRow(2).getCell(i + 1).value))).toEqual(TASK_COLUMNS.map(headerText));
    expect(textOf(sheet.getCell('B2').value)).toBe('任务名称（中文） *\nTitle (Chinese) *');

    const lists = workbook.getWorksheet(LISTS_SHEET)!;
    expect(lists.state).toBe('hidden');
    expect([2, 3, 4, 5].map((r) => textOf(lists.getCell(`A${r}`).value))).toEqual(['310000 上海市', '320000 江苏省', '330000 浙江省', '340000 安徽省']);
    expect(textOf(lists.getCell('B2').value)).toBe('1 科技创新和产业创新跨区域协同');
    expect([2, 3, 4].map((r) => textOf(lists.getCell(`C${r}`).value))).toEqual(['high 高', 'normal 中', 'low 低']);
    expect(textOf(lists.getCell('D2').value)).toMatch(/^symposium /);

    const lead = sheet.getCell('E3').dataValidation;
    expect(lead).toMatchObject({ type: 'list', formulae: [`'${LISTS_SHEET}'!$A$2:$A$5`] });
    expect(sheet.getCell('E2002').dataValidation).toMatchObject({ type: 'list' });
    expect(sheet.getCell('D3').dataValidation).toMatchObject({ type: 'list', formulae: [expect.stringMatching(/\$B\$2:\$B\$\d+$/)] });
    expect(sheet.getCell('J3').dataValidation).toMatchObject({ type: 'list', formulae: [`'${LISTS_SHEET}'!$C$2:$C$4`] });
    expect(sheet.getCell('H3').dataValidation).toMatchObject({ type: 'date' });
    expect(sheet.getColumn(1).numFmt).toBe('@');
  });

  it('explains every column and the rules, in both languages', async () => {
    const workbook = await loadWorkbook((await download(office)).rawPayload);
    const text = workbook.getWorksheet(INSTRUCTIONS_SHEET)!.getSheetValues().flat().map((v) => textOf(v as never)).join('\n');
    for (const c of TASK_COLUMNS) expect(text).toContain(`${c.zh}\n${c.en}`);
    expect(text).toContain('苏州（320500 苏州市，江苏）与宿州（341300 宿州市，安徽）');
    expect(text).toContain('Taizhou (321200 泰州市, Jiangsu / 331000 台州市, Zhejiang)');
    expect(text).toContain('默认“全部或全不”');
    expect(text).toContain('import only the valid rows');
    expect(text).toContain('TPL-2024 长三角地区一体化发展三年行动计划');
    // Every accepted synonym is listed, in both languages' rows.
    for (const c of TASK_COLUMNS) if (c.aliases?.length) expect(text, c.key).toContain(c.aliases.join('、'));
    expect(text).toContain('完成时限');
    expect(text).toContain('序号、行号');
  });

  it('is for the Office', async () => {
    expect((await download(liaison)).statusCode).toBe(403);
    const missing = await ctx.app.inject({ method: 'GET', url: '/api/v1/excel/tasks-template?planId=00000000-0000-4000-8000-000000000000', headers: office.headers });
    expect(missing.json().error.code).toBe('tasks.plan_not_found');
  });
});

describe('round trip: download the template, fill it in, import it', () => {
  it('creates the tasks with their shares, from dropdown values, names and date cells', async () => {
    const template = (await download(office)).rawPayload;
    const filled = await fillTemplate(template, [
      {
        code: '1.1', titleZh: '共建长三角科技创新共同体', titleEn: 'Build the YRD sci-tech innovation community', focusArea: '1 科技创新和产业创新跨区域协同',
        lead: '310000 上海市', participants: '320000 江苏省、330000 浙江省、340000 安徽省', bodies: 'rco 长三角区域合作办公室、wg-innovation',
        startDate: new Date(Date.UTC(2024, 6, 1)), dueDate: new Date(Date.UTC(2026, 5, 30)), priority: 'high 高', tags: '科创', description: '原则审议通过',
      },
      { code: '4.1', titleZh: '太湖流域水环境综合治理', focusArea: '4', lead: '江苏', participants: '浙江、沪', dueDate: '2025-12-31' },
      { code: '7.1', titleZh: '强化区域合作办公室', lead: 'Anhui' },
    ]);
    const response = await ctx.app.inject({ method: 'POST', url: `/api/v1/excel/tasks-import?planId=${planId}`, headers: xlsxHeaders(office.headers), payload: filled });
    expect(response.statusCode, response.body).toBe(200);
    expect(response.json()).toEqual({ mode: 'all_or_nothing', dryRun: false, totalRows: 3, validRows: 3, imported: 3, errors: [], warnings: [] });

    const list = (await ctx.app.inject({ method: 'GET', url: `/api/v1/tasks?planId=${planId}`, headers: office.headers })).json();
    expect(list.items.map((t: { code: string; leadMemberCode: string; participantMemberCodes: string[] }) => [t.code, t.leadMemberCode, t.participantMemberCodes])).toEqual([
      ['1.1', '310000', ['320000', '330000', '340000']],
      ['4.1', '320000', ['310000', '330000']],
      ['7.1', '340000', []],
    ]);
    const detail = (await ctx.app.inject({ method: 'GET', url: `/api/v1/tasks/${list.items[0].id}`, headers: office.headers })).json();
    expect(detail).toMatchObject({ titleEn: 'Build the YRD sci-tech innovation community', startDate: '2024-07-01', dueDate: '2026-06-30', priority: 'high', bodyCodes: ['rco', 'wg-innovation'] });
    expect(detail.shares).toHaveLength(4);
    expect(list.items[1].areaCode).toBe('4');
  });
});
