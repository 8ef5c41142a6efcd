import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, createUser, login, type Session, type TestContext } from '../../../test/helpers.ts';
import { systemActor } from '../../shared/principal.ts';
import { XLSX_CONTENT_TYPE } from '../excel/excel.models.ts';
import { JobWorker } from '../jobs/jobs.worker.ts';
import { createIndicator } from './indicators.usecases.ts';
import { observationImportHandler } from './observations.import.jobs.ts';
import { importObservations } from './observations.import.ts';

let ctx: TestContext;
let office: Session;
let js: Session;
const system = () => ({ ...ctx.deps, actor: systemActor('test') });
const count = async () => Number((await ctx.database.ownerDb.selectFrom('observations').select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow()).n);

beforeAll(async () => {
  // Files above 6 rows run in the background (500 by default); the synchronous cases below have at most 6.
  ctx = await createTestContext({ excelAsyncRows: 6 });
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

describe('a file above the background threshold', () => {
  const worker = () => new JobWorker(ctx.deps, [observationImportHandler], [], { id: 'test-worker' });
  const status = async (id: string, who = office) => ctx.app.inject({ method: 'GET', url: `/api/v1/indicators/imports/${id}`, headers: who.headers });
  const cities = ['320100', '320200', '320300', '320400', '320500', '320600', '320700', '320800'];
  const rowsOf = (period: string) => cities.map((c, i): (string | number)[] => ['CITY_GDP', c, period, i + 1, '', '']);

  it('is queued (202); a worker imports every row, progress reaching 100 %, visible to the uploader and the Office only', async () => {
    const before = await count();
    const accepted = await upload(js, await workbook(rowsOf('2021')));
    expect(accepted.statusCode, accepted.body).toBe(202);
    const { importId, statusUrl } = accepted.json();
    expect(accepted.json()).toMatchObject({ state: 'queued', totalRows: 8 });
    expect(statusUrl).toBe(`/api/v1/indicators/imports/${importId}`);
    expect((await status(importId, js)).json()).toMatchObject({ state: 'queued', processedRows: 0, progress: 0, result: null, error: null, createdBy: 'imp.js' });
    expect(await count()).toBe(before);

    expect(await worker().runDue()).toBe(1);
    const done = await status(importId, js);
    expect(done.statusCode, done.body).toBe(200);
    expect(done.json()).toMatchObject({ state: 'done', totalRows: 8, processedRows: 8, progress: 100, error: null, result: { totalRows: 8, created: 8, revised: 0, unchanged: 0 } });
    expect(done.json().finishedAt).not.toBeNull();
    expect(await count()).toBe(before + 8);
    // Audited as the uploader; the stored file is dropped once the import is final.
    const event = await ctx.deps.db.selectFrom('audit_events').selectAll().where('action', '=', 'observations.upsert').orderBy('seq', 'desc').executeTakeFirstOrThrow();
    expect(event.actor_username).toBe('imp.js');
    const job = await ctx.deps.db.selectFrom('jobs').select(['status', 'payload']).where('dedup_key', '=', `observations.import:${importId}`).executeTakeFirstOrThrow();
    expect(job.status).toBe('done');
    expect(job.payload).not.toHaveProperty('file');

    expect((await status(importId, office)).statusCode).toBe(200);
    await createUser(ctx.database.appDb, 'imp.js2', [{ role: 'editor', memberCode: '320000' }]);
    expect((await status(importId, await login(ctx.app, 'imp.js2'))).statusCode).toBe(404);
    expect((await status('00000000-0000-4000-8000-000000000000')).json().error.code).toBe('observations.import.not_found');
  });

  it('one bad row commits nothing: the import fails with every row error, in the reader’s language', async () => {
    const before = await count();
    const rows = rowsOf('2020');
    rows[5] = ['CITY_GDP', '320600', '2020', 'abc', '', ''];
    const accepted = await upload(office, await workbook(rows));
    expect(accepted.statusCode, accepted.body).toBe(202);
    await worker().runDue();
    const failed = (await status(accepted.json().importId)).json();
    expect(failed).toMatchObject({ state: 'failed', totalRows: 8, result: null, error: { code: 'observations.import.invalid_rows' } });
    expect(failed.progress).toBeLessThan(100);
    expect(failed.error.message).toContain('未导入任何数据');
    expect(failed.error.details.errors).toMatchObject([{ row: 7, column: 'D', rule: 'observations.import.not_a_number' }]);
    expect(await count()).toBe(before);
  });

  it('another member\'s row refuses the whole file as the synchronous import does', async () => {
    const before = await count();
    const rows = rowsOf('2019');
    rows[7] = ['CITY_GDP', '330100', '2019', 1, '', ''];
    const accepted = await upload(js, await workbook(rows));
    await worker().runDue();
    expect((await status(accepted.json().importId, js)).json()).toMatchObject({ state: 'failed', error: { code: 'observations.import.invalid_rows', details: { errors: [{ row: 9, rule: 'observations.forbidden_scope' }] } } });
    expect(await count()).toBe(before);
  });

  it('reports progress: rows checked, then rows written, to the total', async () => {
    const seen: string[] = [];
    await importObservations(system(), await workbook(rowsOf('2018')), 'all', async (state, n) => { seen.push(`${state}:${n}`); });
    expect(seen).toEqual(['validating:0', 'validating:8', 'importing:0', 'importing:8']);
  });
});
