import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, createUser, login, type Session, type TestContext } from '../../../test/helpers.ts';
import { systemActor } from '../../shared/principal.ts';
import { XLSX_CONTENT_TYPE } from '../excel/excel.models.ts';
import { createIndicator } from './indicators.usecases.ts';

let ctx: TestContext;
let office: Session;
let js: Session;
const system = () => ({ ...ctx.deps, actor: systemActor('test') });
const count = async () => Number((await ctx.database.ownerDb.selectFrom('observations').select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow()).n);

beforeAll(async () => {
  ctx = await createTestContext();
  await createUser(ctx.database.appDb, 'imp.office', [{ role: 'office' }]);
  await createUser(ctx.database.appDb, 'imp.js', [{ role: 'liaison', memberCode: '320000' }]);
  office = await login(ctx.app, 'imp.office');
  js = await login(ctx.app, 'imp.js');
  const common = { nameZh: '测试', direction: 'higher', valueKind: 'decimal' } as const;
  await createIndicator(system(), { ...common, code: 'CITY_GDP', level: 'city', frequency: 'yearly' });
  await createIndicator(system(), { ...common, code: 'RATE', valueKind: 'percent', level: 'member', frequency: 'yearly' });
});
afterAll(() => ctx.close());

async function workbook(rows: (string | number | null)[][]): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet('观测值 Observations');
  sheet.addRow(['指标代码 indicatorCode', '范围代码 scopeCode', '期间 period', '数值 value', '来源 source', '备注 note']);
  for (const row of rows) sheet.addRow(row);
  return Buffer.from(await book.xlsx.writeBuffer());
}
const upload = (who: Session, file: Buffer) =>
  ctx.app.inject({ method: 'POST', url: '/api/v1/indicators/import', headers: { ...who.headers, 'content-type': XLSX_CONTENT_TYPE }, payload: file });

describe('observation template', () => {
  it('has the six columns and an instructions sheet naming the indicators', async () => {
    const response = await ctx.app.inject({ method: 'GET', url: '/api/v1/indicators/template.xlsx?codes=CITY_GDP,RATE', headers: office.headers });
    expect(response.statusCode).toBe(200);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(response.rawPayload as unknown as ArrayBuffer);
    const headers = (book.worksheets[0]!.getRow(1).values as string[]).slice(1);
    expect(headers.map((h) => h.split(' ')[1])).toEqual(['indicatorCode', 'scopeCode', 'period', 'value', 'source', 'note']);
    const help = JSON.stringify(book.getWorksheet('填写说明 Instructions')!.getSheetValues());
    expect(help).toContain('CITY_GDP');
    expect(help).toContain('Taizhou');
    expect((await ctx.app.inject({ method: 'GET', url: '/api/v1/indicators/template.xlsx?codes=NOPE', headers: office.headers })).statusCode).toBe(400);
  });
});

describe('observation import', () => {
  it('imports all rows, reading unique names; the same file again changes nothing', async () => {
    const file = await workbook([['CITY_GDP', '320500', '2024', 2.4, '年鉴', ''], ['CITY_GDP', '南京市', '2024', 1.9, '', ''], ['RATE', '江苏', '2024', 55, '', '']]);
    const first = await upload(office, file);
    expect(first.statusCode, first.body).toBe(200);
    expect(first.json()).toEqual({ totalRows: 3, created: 3, revised: 0, unchanged: 0 });
    expect((await upload(office, file)).json()).toEqual({ totalRows: 3, created: 0, revised: 0, unchanged: 3 });
  });

  it('is all or nothing, naming every bad row and column in both languages; an ambiguous city name asks for the code', async () => {
    const before = await count();
    const file = await workbook([
      ['CITY_GDP', '320100', '2023', 1, '', ''],
      ['CITY_GDP', 'Suzhou', '2023', 1, '', ''],
      ['CITY_GDP', 'Taizhou', '2023', 1, '', ''],
      ['CITY_GDP', '苏州', '2023', 1, '', ''],
      ['RATE', '320000', '2023-05', 'abc', '', ''],
      ['RATE', '320000', '2022', 140, '', ''],
    ]);
    const response = await upload(office, file);
    expect(response.statusCode, response.body).toBe(400);
    const error = response.json().error;
    expect(error.code).toBe('observations.import.invalid_rows');
    const byCell = Object.fromEntries(error.details.errors.map((e: { row: number; column: string; rule: string }) => [`${e.column}${e.row}`, e.rule]));
    expect(byCell).toEqual({ B3: 'observations.import.ambiguous_name', B4: 'observations.import.ambiguous_name', D6: 'observations.import.not_a_number', D7: 'indicators.above_max' });
    const suzhou = error.details.errors.find((e: { row: number }) => e.row === 3);
    expect(suzhou.messageZh).toContain('320500, 341300');
    expect(suzhou.messageZh).toContain('请填写代码');
    expect(suzhou.messageEn).toContain('enter the code');
    expect(await count()).toBe(before);
  });

  it("a liaison imports their own member's rows; another member's row refuses the whole file (403)", async () => {
    const own = await upload(js, await workbook([['CITY_GDP', '320200', '2024', 3, '', '']]));
    expect(own.statusCode, own.body).toBe(200);
    const before = await count();
    const other = await upload(js, await workbook([['CITY_GDP', '320300', '2024', 3, '', ''], ['CITY_GDP', '330100', '2024', 3, '', '']]));
    expect(other.statusCode).toBe(403);
    expect(other.json().error.details.errors).toMatchObject([{ row: 3, column: 'B', rule: 'observations.forbidden_scope' }]);
    expect(await count()).toBe(before);
  });
});
