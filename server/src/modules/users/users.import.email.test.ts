import ExcelJS from 'exceljs';
import { fakeSmtp } from '../../../test/smtp-double.ts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, createUser, login, type Session, type TestContext } from '../../../test/helpers.ts';
import { XLSX_CONTENT_TYPE } from '../excel/excel.models.ts';
import { JobWorker } from '../jobs/jobs.worker.ts';
import { closeMailTransports } from '../notifications/notifications.email.ts';
import { ACCOUNT_MAIL_JOB, accountMailHandler } from './users.account-mail.ts';

/** The text/plain part of a nodemailer message, decoded (quoted-printable or base64). */
function plainText(raw: string): string {
  const boundary = /boundary="?([^";\r\n]+)"?/.exec(raw)?.[1];
  const part = boundary ? raw.split(`--${boundary}`).find((p) => /content-type:\s*text\/plain/i.test(p)) ?? '' : raw;
  const at = part.indexOf('\r\n\r\n');
  const head = part.slice(0, at);
  const body = part.slice(at + 4);
  if (/content-transfer-encoding:\s*base64/i.test(head)) return Buffer.from(body, 'base64').toString('utf8');
  if (/content-transfer-encoding:\s*quoted-printable/i.test(head)) {
    const clean = body.replace(/=\r?\n/g, '');
    const bytes: number[] = [];
    for (let i = 0; i < clean.length; i += 1) {
      if (clean[i] === '=' && /^[0-9A-F]{2}$/i.test(clean.slice(i + 1, i + 3))) { bytes.push(parseInt(clean.slice(i + 1, i + 3), 16)); i += 2; } else bytes.push(...Buffer.from(clean[i]!, 'utf8'));
    }
    return Buffer.from(bytes).toString('utf8').replace(/\r\n/g, '\n');
  }
  return body.replace(/\r\n/g, '\n');
}

async function sheet(rows: unknown[][]): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const ws = workbook.addWorksheet('Users');
  ws.addRow(['用户名 / Username', '显示名 / Display name', '电子邮箱 / E-mail', '角色 / Roles']);
  for (const row of rows) ws.addRow(row);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

async function readAnswer(body: Buffer) {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(body as unknown as ExcelJS.Buffer);
  const rows: string[][] = [];
  workbook.worksheets[0]!.eachRow((row) => rows.push((row.values as unknown[]).slice(1).map(String)));
  return rows;
}

const upload = (ctx: TestContext, admin: Session, body: Buffer, query: string) =>
  ctx.app.inject({ method: 'POST', url: `/api/v1/users/import${query}`, headers: { ...admin.headers, 'content-type': XLSX_CONTENT_TYPE }, payload: body });

describe('one-time passwords by e-mail, without a mail server', () => {
  let ctx: TestContext;
  let admin: Session;
  beforeAll(async () => {
    ctx = await createTestContext({ smtpUrl: undefined });
    await createUser(ctx.database.appDb, 'admin.nosmtp', [{ role: 'admin' }]);
    admin = await login(ctx.app, 'admin.nosmtp');
  });
  afterAll(() => ctx.close());

  it('refuses delivery by e-mail with a 400 on the field delivery, and creates nobody', async () => {
    const response = await upload(ctx, admin, await sheet([['no.smtp', '无邮件服务器', 'a@b.cn', 'observer']]), '?delivery=email');
    expect(response.statusCode, response.body).toBe(400);
    const error = response.json().error;
    expect(error.code).toBe('users.import.email_unavailable');
    expect(error.fields).toEqual([expect.objectContaining({ field: 'delivery', rule: 'users.import.email_unavailable' })]);
    expect(error.message).toContain('YRD_SMTP_URL');
    expect(await ctx.database.appDb.selectFrom('users').select('id').where('username', '=', 'no.smtp').executeTakeFirst()).toBeUndefined();
    // The sheet still works.
    const bySheet = await upload(ctx, admin, await sheet([['no.smtp', '无邮件服务器', 'a@b.cn', 'observer']]), '');
    expect(bySheet.statusCode, bySheet.body).toBe(200);
    expect(bySheet.headers['x-emailed-users']).toBe('0');
  });
});

describe('one-time passwords by e-mail, through the mail queue', () => {
  let smtp: Awaited<ReturnType<typeof fakeSmtp>>;
  let ctx: TestContext;
  let admin: Session;
  beforeAll(async () => {
    smtp = await fakeSmtp();
    ctx = await createTestContext({ smtpUrl: `smtp://127.0.0.1:${smtp.port}`, smtpFrom: 'YRD <noreply@yrd.test>', publicUrl: 'https://yrd.example' });
    await createUser(ctx.database.appDb, 'admin.mail', [{ role: 'admin' }]);
    admin = await login(ctx.app, 'admin.mail');
  });
  afterAll(async () => {
    closeMailTransports();
    await ctx.close();
    await smtp.close();
  });

  it('mails each new user with an address their username, one-time password and sign-in address in both languages; lists the others in the sheet', async () => {
    const db = ctx.database.appDb;
    const response = await upload(ctx, admin, await sheet([
      ['mail.liaison', '江苏联络员', 'liaison@js.example', 'liaison:320000'],
      ['sheet.office', '区域办 李四', '', 'office'],
    ]), '?delivery=email');
    expect(response.statusCode, response.body).toBe(200);
    expect(response.headers['x-imported-users']).toBe('2');
    expect(response.headers['x-emailed-users']).toBe('1');
    const rows = await readAnswer(response.rawPayload);
    expect(rows.slice(1).map((r) => r.slice(0, 3))).toEqual([
      ['mail.liaison', '江苏联络员', '已发送至邮箱 / Sent by e-mail to liaison@js.example'],
      ['sheet.office', '区域办 李四', expect.stringMatching(/^[\w]{5}-[\w]{5}-[\w]{5}-[\w]{5}$/)],
    ]);

    // Queued in the import's transaction; no password exists yet, and the queue holds none.
    const mailed = await db.selectFrom('users').select(['id', 'password_hash']).where('username', '=', 'mail.liaison').executeTakeFirstOrThrow();
    expect(mailed.password_hash).toBeNull();
    const job = await db.selectFrom('jobs').selectAll().where('kind', '=', ACCOUNT_MAIL_JOB).executeTakeFirstOrThrow();
    expect(job.payload).toEqual({ userId: mailed.id });
    expect(smtp.received).toHaveLength(0);

    const worker = new JobWorker(ctx.deps, [accountMailHandler]);
    expect(await worker.runDue()).toBe(1);
    expect(smtp.received).toHaveLength(1);
    const [mail] = smtp.received;
    expect(mail!.to).toEqual(['liaison@js.example']);
    expect(mail!.raw).not.toMatch(/^List-Unsubscribe:/im);
    const text = plainText(mail!.raw);
    expect(text).toContain('用户名：mail.liaison');
    expect(text).toContain('Username: mail.liaison');
    expect(text).toContain('登录地址：https://yrd.example/login');
    expect(text).toContain('Sign in at: https://yrd.example/login');
    expect(text.indexOf('江苏联络员，您好')).toBeLessThan(text.indexOf('Dear 江苏联络员'));
    const password = /One-time password: (\S+)/.exec(text)![1]!;
    expect(text).toContain(`一次性密码：${password}`);

    // The mailed password signs in once and must be changed.
    const signIn = await ctx.app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { username: 'mail.liaison', password } });
    expect(signIn.statusCode, signIn.body).toBe(200);
    expect(signIn.json().user.mustChangePassword).toBe(true);

    // Nowhere stored in clear: not in the job, not in the audit trail.
    const after = await db.selectFrom('jobs').select(['payload', 'status']).where('id', '=', job.id).executeTakeFirstOrThrow();
    expect(after.status).toBe('done');
    expect(JSON.stringify(after.payload)).not.toContain(password);
    const events = await db.selectFrom('audit_events').select(['action', 'summary']).where('object_id', '=', mailed.id).execute();
    expect(events.map((e) => e.action).sort()).toEqual(['auth.login', 'user.create', 'user.password_emailed']);
    expect(JSON.stringify(events)).not.toContain(password);

    // Run again (a retry after a lost answer): the user has signed in, so nothing is reset or sent.
    await accountMailHandler.run(ctx.deps, { id: job.id, kind: ACCOUNT_MAIL_JOB, payload: after.payload as Record<string, unknown>, attempt: 2, maxAttempts: 10 });
    expect(smtp.received).toHaveLength(1);
    const again = await ctx.app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { username: 'mail.liaison', password } });
    expect(again.statusCode).toBe(200);
  });

  it('a retry replaces a password it set but never delivered; an administrator’s reset since then wins', async () => {
    const db = ctx.database.appDb;
    const response = await upload(ctx, admin, await sheet([['mail.retry', '重试', 'retry@js.example', 'observer']]), '?delivery=email');
    expect(response.statusCode, response.body).toBe(200);
    const user = await db.selectFrom('users').select('id').where('username', '=', 'mail.retry').executeTakeFirstOrThrow();
    const job = await db.selectFrom('jobs').selectAll().where('dedup_key', '=', `account-mail:${user.id}`).executeTakeFirstOrThrow();
    const before = smtp.received.length;
    const runAttempt = async (attempt: number) => {
      const payload = (await db.selectFrom('jobs').select('payload').where('id', '=', job.id).executeTakeFirstOrThrow()).payload as Record<string, unknown>;
      await accountMailHandler.run(ctx.deps, { id: job.id, kind: ACCOUNT_MAIL_JOB, payload, attempt, maxAttempts: 10 });
    };
    await runAttempt(1);
    ctx.clock.advance(60_000);
    await runAttempt(2); // as if the first mail had failed: a new password, a new mail
    expect(smtp.received.length).toBe(before + 2);
    const second = /One-time password: (\S+)/.exec(plainText(smtp.received.at(-1)!.raw))![1]!;
    const first = /One-time password: (\S+)/.exec(plainText(smtp.received.at(-2)!.raw))![1]!;
    expect(second).not.toBe(first);
    expect((await ctx.app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { username: 'mail.retry', password: first } })).statusCode).toBe(401);

    // The administrator resets the password meanwhile: a later attempt must not overwrite it.
    ctx.clock.advance(60_000);
    const reset = await ctx.app.inject({ method: 'POST', url: `/api/v1/users/${user.id}/reset-password`, headers: admin.headers });
    expect(reset.statusCode, reset.body).toBe(200);
    await runAttempt(3);
    expect(smtp.received.length).toBe(before + 2);
    const signIn = await ctx.app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { username: 'mail.retry', password: reset.json().oneTimePassword } });
    expect(signIn.statusCode).toBe(200);
  });
});
