import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, createUser, login, type Session, type TestContext } from '../../../test/helpers.ts';
import { XLSX_CONTENT_TYPE } from '../excel/excel.models.ts';

let ctx: TestContext;
let admin: Session;
beforeAll(async () => {
  ctx = await createTestContext();
  await createUser(ctx.database.appDb, 'admin.import', [{ role: 'admin' }]);
  await createUser(ctx.database.appDb, 'taken.user', []);
  admin = await login(ctx.app, 'admin.import');
});
afterAll(() => ctx.close());

async function sheet(rows: unknown[][], header = ['用户名 / Username', '显示名 / Display name', '电子邮箱 / E-mail', '角色 / Roles']): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const ws = workbook.addWorksheet('Users');
  ws.addRow(header);
  for (const row of rows) ws.addRow(row);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

const upload = (body: Buffer, headers: Record<string, string> = {}) =>
  ctx.app.inject({ method: 'POST', url: '/api/v1/users/import', headers: { ...admin.headers, 'content-type': XLSX_CONTENT_TYPE, ...headers }, payload: body });

async function readAnswer(body: Buffer) {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(body as unknown as ExcelJS.Buffer);
  const rows: string[][] = [];
  workbook.worksheets[0]!.eachRow((row) => rows.push((row.values as unknown[]).slice(1).map(String)));
  return rows;
}

const userCount = async () => Number((await ctx.database.appDb.selectFrom('users').select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow()).n);

describe('bulk user import from Excel', () => {
  it('the template downloads with the four columns', async () => {
    const response = await ctx.app.inject({ method: 'GET', url: '/api/v1/users/import-template', headers: admin.headers });
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toBe(XLSX_CONTENT_TYPE);
    const rows = await readAnswer(response.rawPayload);
    expect(rows[0]).toEqual(['用户名 / Username', '显示名 / Display name', '电子邮箱 / E-mail', '角色 / Roles']);
  });

  it('refuses the whole sheet when any row is wrong, naming every row and column in both languages', async () => {
    const before = await userCount();
    const file = await sheet([
      ['ok.one', '正确的一行', 'ok@example.cn', 'office'],
      ['', '无用户名', '', ''],
      ['bad name', '空格', 'not-an-email', 'liaison'],
      ['ok.one', '重复', '', 'editor:320000:drc-330000'],
      ['TAKEN.user', '已占用', '', 'chief; liaison:999999'],
    ]);
    const response = await upload(file);
    expect(response.statusCode, response.body).toBe(400);
    const error = response.json().error;
    expect(error.code).toBe('users.import.invalid_rows');
    expect(error.fields.map((f: { field: string; rule: string }) => [f.field, f.rule])).toEqual([
      ['A3', 'users.import.required'],
      ['A4', 'users.import.username_invalid'],
      ['C4', 'users.import.email_invalid'],
      ['D4', 'users.import.role_scope'],
      ['A5', 'users.import.username_repeated'],
      ['D5', 'users.import.body_not_of_member'],
      ['A6', 'users.import.username_taken'],
      ['D6', 'users.import.role_unknown'],
      ['D6', 'users.import.unknown_member'],
    ]);
    // In the account's language (zh-CN); details carry both.
    expect(error.fields[4].message).toBe('第 5 行 A 列（用户名）：用户名“ok.one”与第 2 行重复。');
    expect(error.details.errors[4].messageEn).toBe('Row 5, column A (Username): username "ok.one" repeats row 2.');
    expect(error.details.errors[0]).toMatchObject({ row: 3, column: 'A', messageZh: '第 3 行 A 列（用户名）：必填。', messageEn: 'Row 3, column A (Username): required.' });
    expect(await userCount()).toBe(before);
  });

  it('creates every account with its roles and answers the one-time passwords as a sheet; each can sign in once and must change it', async () => {
    const file = await sheet([
      ['js.liaison.imp', '江苏联络员', 'js@example.cn', 'liaison:320000；editor：320000:drc-320000'],
      ['office.imp', '区域办 张三', '', '区域合作办'],
    ]);
    const response = await upload(file);
    expect(response.statusCode, response.body).toBe(200);
    expect(response.headers['content-type']).toBe(XLSX_CONTENT_TYPE);
    expect(response.headers['x-imported-users']).toBe('2');
    expect(response.headers['content-disposition']).toMatch(/^attachment; /);
    const rows = await readAnswer(response.rawPayload);
    expect(rows.slice(1).map((r) => r.slice(0, 2))).toEqual([['js.liaison.imp', '江苏联络员'], ['office.imp', '区域办 张三']]);

    const db = ctx.database.appDb;
    const created = await db.selectFrom('users').select(['id', 'username', 'email', 'must_change_password']).where('username', 'in', ['js.liaison.imp', 'office.imp']).orderBy('username').execute();
    expect(created.map((u) => [u.username, u.email, u.must_change_password])).toEqual([['js.liaison.imp', 'js@example.cn', true], ['office.imp', null, true]]);
    const roles = await db.selectFrom('user_roles').select(['role', 'member_code', 'body_code']).where('user_id', '=', created[0]!.id).orderBy('role').execute();
    expect(roles).toEqual([{ role: 'editor', member_code: '320000', body_code: 'drc-320000' }, { role: 'liaison', member_code: '320000', body_code: null }]);

    const password = rows[1]![2]!;
    const signIn = await ctx.app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { username: 'js.liaison.imp', password } });
    expect(signIn.statusCode).toBe(200);
    expect(signIn.json().user.mustChangePassword).toBe(true);

    const audit = await db.selectFrom('audit_events').select(['action', 'object_id']).where('action', '=', 'user.create').where('object_id', 'in', created.map((u) => u.id)).execute();
    expect(audit).toHaveLength(2);
  });

  it('refuses a sheet without the required columns, an empty sheet and a non-xlsx body', async () => {
    const noName = await upload(await sheet([['a.b', 'x@y.cn']], ['Username', 'E-mail']));
    expect(noName.statusCode).toBe(400);
    expect(noName.json().error.code).toBe('users.import.missing_columns');
    const empty = await upload(await sheet([]));
    expect(empty.json().error.code).toBe('users.import.no_rows');
    const text = await upload(Buffer.from('username,display\n'), { 'content-type': 'text/csv' });
    expect(text.statusCode).toBe(415);
  });
});
