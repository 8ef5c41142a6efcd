import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SMTPServer } from 'smtp-server';
import type { AddressInfo } from 'node:net';
import { createTestContext, createUser, login, type Session, type TestContext } from '../../../test/helpers.ts';
import { MINUTE } from '../../shared/clock.ts';
import { JobWorker } from '../jobs/jobs.worker.ts';
import { retryDelayMs } from '../jobs/jobs.models.ts';
import { closeMailTransports, emailHandler, smtpSecrets } from './notifications.email.ts';
import { notifyUser, type NotificationInput } from './notifications.usecases.ts';

/** A tiny SMTP server on the loopback address that keeps what it receives. */
async function fakeSmtp(user: string, pass: string) {
  const received: { from: string; to: string[]; raw: string }[] = [];
  const server = new SMTPServer({
    secure: false,
    disabledCommands: ['STARTTLS'],
    allowInsecureAuth: true,
    authMethods: ['PLAIN', 'LOGIN'],
    logger: false,
    onAuth(auth, _session, callback) {
      if (auth.username === user && auth.password === pass) callback(null, { user });
      else callback(new Error('Invalid username or password'));
    },
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => chunks.push(chunk));
      stream.on('end', () => {
        received.push({ from: session.envelope.mailFrom ? session.envelope.mailFrom.address : '', to: session.envelope.rcptTo.map((r) => r.address), raw: Buffer.concat(chunks).toString('utf8') });
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.server.address() as AddressInfo).port;
  return { port, received, close: () => new Promise<void>((resolve) => server.close(() => resolve())) };
}

const SMTP_PASSWORD = 'Sm7p-pa55word!';
let smtp: Awaited<ReturnType<typeof fakeSmtp>>;
let ctx: TestContext;
let alice: Session;
const ids: Record<string, string> = {};

beforeAll(async () => {
  smtp = await fakeSmtp('mailer', SMTP_PASSWORD);
  ctx = await createTestContext({ smtpUrl: `smtp://mailer:${encodeURIComponent(SMTP_PASSWORD)}@127.0.0.1:${smtp.port}`, smtpFrom: 'YRD <noreply@yrd.test>', publicUrl: 'https://yrd.example' });
  ids.alice = await createUser(ctx.database.appDb, 'inbox.alice', [{ role: 'liaison', memberCode: '320000' }]);
  ids.bob = await createUser(ctx.database.appDb, 'inbox.bob', [{ role: 'observer' }]);
  await ctx.deps.db.updateTable('users').set({ email: 'alice@yrd.test' }).where('id', '=', ids.alice).execute();
  alice = await login(ctx.app, 'inbox.alice');
});
afterAll(async () => {
  closeMailTransports();
  await ctx.close();
  await smtp.close();
});

let counter = 0;
async function notify(userId: string, overrides: Partial<NotificationInput> = {}) {
  counter += 1;
  const input: NotificationInput = {
    userId, kind: 'test', dedupKey: `test:${counter}`, titleZh: `标题 ${counter}`, titleEn: `Title ${counter}`, bodyZh: `正文 ${counter}`, bodyEn: `Body ${counter}`, link: '/tasks', ...overrides,
  };
  const id = await ctx.deps.db.transaction().execute((trx) => notifyUser(trx, ctx.deps.config, input, ctx.clock.now()));
  ctx.clock.advance(MINUTE);
  return id;
}

const api = (session: Session, method: 'GET' | 'POST' | 'PUT', url: string, payload?: object) =>
  ctx.app.inject({ method, url, headers: session.headers, ...(payload ? { payload } : {}) });

describe('the inbox', () => {
  it('shows only your own notifications, unread first, newest first, in your language, paged', async () => {
    const first = (await notify(ids.alice!))!;
    await notify(ids.alice!);
    await notify(ids.alice!);
    await notify(ids.bob!);
    expect(await notify(ids.alice!, { dedupKey: 'test:1' })).toBeUndefined(); // the same reminder again: nothing
    expect((await api(alice, 'POST', `/api/v1/inbox/${first}/read`)).json()).toEqual({ unreadCount: 2 });
    const page1 = (await api(alice, 'GET', '/api/v1/inbox?limit=2')).json();
    expect(page1.unreadCount).toBe(2);
    expect(page1.items.map((n: { title: string }) => n.title)).toEqual(['标题 3', '标题 2']);
    const page2 = (await api(alice, 'GET', `/api/v1/inbox?limit=2&cursor=${page1.nextCursor}`)).json();
    expect(page2.items.map((n: { title: string; readAt: string | null }) => [n.title, n.readAt !== null])).toEqual([['标题 1', true]]);
    expect(page2.nextCursor).toBeNull();
    await api(alice, 'PUT', '/api/v1/auth/preferences', { locale: 'en' });
    expect((await api(alice, 'GET', '/api/v1/inbox?limit=1')).json().items[0]).toMatchObject({ title: 'Title 3', body: 'Body 3', link: '/tasks' });
  });

  it('marks all read, and someone else’s notification is not found', async () => {
    const bobs = await ctx.deps.db.selectFrom('notifications').select('id').where('user_id', '=', ids.bob!).executeTakeFirstOrThrow();
    const foreign = await api(alice, 'POST', `/api/v1/inbox/${bobs.id}/read`);
    expect(foreign.statusCode).toBe(404);
    expect(foreign.json().error.code).toBe('notifications.not_found');
    expect((await api(alice, 'POST', '/api/v1/inbox/read-all')).json()).toEqual({ updated: 2, unreadCount: 0 });
    expect((await api(alice, 'GET', '/api/v1/inbox?unreadOnly=true')).json().items).toEqual([]);
    const actions = await ctx.deps.db.selectFrom('audit_events').select('action').where('actor_username', '=', 'inbox.alice').execute();
    expect(actions.map((a) => a.action)).toEqual(expect.arrayContaining(['notification.read', 'notification.read_all']));
  });
});

describe('e-mail', () => {
  it('sends each notification once, through the configured SMTP server, in the recipient’s language', async () => {
    const worker = new JobWorker(ctx.deps, [emailHandler], [], { secrets: smtpSecrets(ctx.deps.config) });
    await ctx.deps.db.updateTable('jobs').set({ status: 'done' }).where('kind', '=', emailHandler.kind).execute(); // earlier ones (inbox tests)
    const id = (await notify(ids.alice!, { titleZh: '【红色】1.1 分工已逾期', titleEn: '[RED] 1.1 share overdue', link: '/tasks/abc' }))!;
    await notify(ids.bob!); // Bob has no e-mail address: his job does nothing
    expect(await worker.runDue()).toBe(2);
    expect(smtp.received).toHaveLength(1);
    const [mail] = smtp.received;
    expect(mail!.to).toEqual(['alice@yrd.test']);
    expect(mail!.from).toBe('noreply@yrd.test');
    expect(mail!.raw).toContain('[RED] 1.1 share overdue'); // Alice chose English above
    expect(mail!.raw).toContain('https://yrd.example/tasks/abc');
    const stored = await ctx.deps.db.selectFrom('notifications').select('emailed_at').where('id', '=', id).executeTakeFirstOrThrow();
    expect(stored.emailed_at).not.toBeNull();
    // Running the same job again (e.g. after a lost lease) sends nothing more.
    await ctx.deps.db.updateTable('jobs').set({ status: 'pending', attempts: 0 }).where('dedup_key', '=', `email:${id}`).execute();
    await worker.runDue();
    expect(smtp.received).toHaveLength(1);
  });

  it('retries when the server refuses, and never stores the password in the error', async () => {
    const badUrl = `smtp://mailer:wrong-${encodeURIComponent(SMTP_PASSWORD)}@127.0.0.1:${smtp.port}`;
    const config = { ...ctx.deps.config, smtpUrl: badUrl };
    const worker = new JobWorker({ ...ctx.deps, config }, [emailHandler], [], { secrets: smtpSecrets(config) });
    const id = (await notify(ids.alice!))!;
    expect(await worker.runDue()).toBe(1);
    const job = await ctx.deps.db.selectFrom('jobs').selectAll().where('dedup_key', '=', `email:${id}`).executeTakeFirstOrThrow();
    expect(job).toMatchObject({ status: 'pending', attempts: 1 });
    expect(job.last_error).toMatch(/auth|Invalid/i);
    expect(job.last_error).not.toContain(SMTP_PASSWORD);
    // With the right settings the retry goes through.
    ctx.clock.advance(retryDelayMs(1));
    await new JobWorker(ctx.deps, [emailHandler]).runDue();
    expect(smtp.received.length).toBe(2);
  });

  it('is off without YRD_SMTP_URL: the inbox still works and no e-mail job is queued', async () => {
    const before = await ctx.deps.db.selectFrom('jobs').select('id').where('kind', '=', emailHandler.kind).execute();
    const input: NotificationInput = { userId: ids.alice!, kind: 'test', dedupKey: 'no-smtp', titleZh: '无邮件', titleEn: 'No mail', bodyZh: '', bodyEn: '', link: null };
    await ctx.deps.db.transaction().execute((trx) => notifyUser(trx, { smtpUrl: undefined }, input, ctx.clock.now()));
    const after = await ctx.deps.db.selectFrom('jobs').select('id').where('kind', '=', emailHandler.kind).execute();
    expect(after.length).toBe(before.length);
    expect((await api(alice, 'GET', '/api/v1/inbox?limit=1')).json().items[0].title).toBe('No mail');
  });
});
