import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import net, { type AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';
import { createTestContext, createUser, type TestContext } from '../../../test/helpers.ts';
import { JobWorker } from '../jobs/jobs.worker.ts';
import { retryDelayMs } from '../jobs/jobs.models.ts';
import { closeMailTransports, EMAIL_MAX_ATTEMPTS, emailHandler } from './notifications.email.ts';
import { composeMail, NOTIFICATION_SETTINGS_PATH } from './notifications.mail.ts';
import { notifyUser } from './notifications.usecases.ts';

/** A free loopback port with nothing listening on it (yet): connecting is refused. */
async function freePort(): Promise<number> {
  const probe = net.createServer();
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
  const port = (probe.address() as AddressInfo).port;
  await new Promise<void>((resolve) => probe.close(() => resolve()));
  return port;
}

/** An SMTP server that answers "421 busy" to the first `busy` connections, then accepts and keeps the raw mail. */
async function flakySmtp(port: number, busy: number) {
  const received: { from: string; to: string[]; raw: string }[] = [];
  let refused = 0;
  const server = new SMTPServer({
    secure: false,
    disabledCommands: ['STARTTLS', 'AUTH'],
    logger: false,
    onConnect(_session, callback) {
      if (refused < busy) {
        refused += 1;
        const error = Object.assign(new Error('Service busy, try again later'), { responseCode: 421 });
        return callback(error);
      }
      callback();
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
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  return { received, refused: () => refused, close: () => new Promise<void>((resolve) => server.close(() => resolve())) };
}

// --- a small MIME reader, enough for what nodemailer writes (no mail parser is a dependency) ---

function headersOf(block: string): Map<string, string> {
  const unfolded = block.replace(/\r?\n[ \t]+/g, ' ');
  const map = new Map<string, string>();
  for (const line of unfolded.split(/\r?\n/)) {
    const at = line.indexOf(':');
    if (at > 0) map.set(line.slice(0, at).trim().toLowerCase(), line.slice(at + 1).trim());
  }
  return map;
}

function decodeWords(value: string): string {
  return value.replace(/=\?utf-8\?([bq])\?([^?]*)\?=\s*/gi, (_m, enc: string, text: string) =>
    enc.toLowerCase() === 'b' ? Buffer.from(text, 'base64').toString('utf8') : decodeQp(text.replace(/_/g, ' ')));
}

function decodeQp(text: string): string {
  const bytes: number[] = [];
  const clean = text.replace(/=\r?\n/g, '');
  for (let i = 0; i < clean.length; i += 1) {
    if (clean[i] === '=' && /^[0-9A-F]{2}$/i.test(clean.slice(i + 1, i + 3))) {
      bytes.push(parseInt(clean.slice(i + 1, i + 3), 16));
      i += 2;
    } else bytes.push(...Buffer.from(clean[i]!, 'utf8'));
  }
  return Buffer.from(bytes).toString('utf8');
}

function parseMail(raw: string) {
  const split = raw.indexOf('\r\n\r\n');
  const headers = headersOf(raw.slice(0, split));
  const boundary = /boundary="?([^";]+)"?/.exec(headers.get('content-type') ?? '')?.[1];
  const parts: Record<string, string> = {};
  if (boundary) {
    for (const chunk of raw.slice(split).split(`--${boundary}`).slice(1, -1)) {
      const at = chunk.indexOf('\r\n\r\n');
      const partHeaders = headersOf(chunk.slice(0, at).replace(/^\r\n/, ''));
      const body = chunk.slice(at + 4);
      const encoding = partHeaders.get('content-transfer-encoding') ?? '7bit';
      const type = (partHeaders.get('content-type') ?? '').split(';')[0]!;
      const decoded = encoding === 'base64' ? Buffer.from(body, 'base64').toString('utf8') : encoding === 'quoted-printable' ? decodeQp(body) : body;
      parts[type] = decoded.replace(/\r\n/g, '\n');
    }
  }
  return { headers, subject: decodeWords(headers.get('subject') ?? ''), parts };
}

let ctx: TestContext;
let port: number;
const ids: Record<string, string> = {};

beforeAll(async () => {
  port = await freePort();
  ctx = await createTestContext({ smtpUrl: `smtp://127.0.0.1:${port}`, smtpFrom: 'YRD 协作平台 <noreply@mail.yrd.example>', publicUrl: 'https://yrd.example' });
  // Never signed in: the language is not known, so the mail is in both.
  ids.carol = await createUser(ctx.database.appDb, 'mail.carol', [{ role: 'observer' }]);
  await ctx.deps.db.updateTable('users').set({ email: 'carol@yrd.test', display_name: '王 Carol' }).where('id', '=', ids.carol).execute();
});
afterAll(async () => {
  closeMailTransports();
  await ctx.close();
});

describe('notification e-mail through an SMTP server that is down at first', () => {
  it('retries with back-off (refused, then 421), then delivers exactly once: both parts, both languages, our domain, List-Unsubscribe', async () => {
    const id = (await ctx.deps.db.transaction().execute((trx) =>
      notifyUser(trx, ctx.deps.config, {
        userId: ids.carol!, kind: 'reports.submitted', dedupKey: 'mail:1',
        titleZh: '待审核：1.1「R&D <协同>」', titleEn: 'To review: 1.1 "R&D <joint>"',
        bodyZh: '张三报送了进展报告。\n请审核。', bodyEn: 'Zhang San filed a progress report.\nPlease review it.',
        link: '/tasks/abc?report=r1',
      }, ctx.clock.now())))!;
    const job = () => ctx.deps.db.selectFrom('jobs').selectAll().where('dedup_key', '=', `email:${id}`).executeTakeFirstOrThrow();
    expect((await job()).max_attempts).toBe(EMAIL_MAX_ATTEMPTS);
    const worker = new JobWorker(ctx.deps, [emailHandler]);

    // 1. Nothing listens: connection refused; the job waits retryDelayMs(1).
    const firstTry = ctx.clock.now().getTime();
    expect(await worker.runDue()).toBe(1);
    expect(await job()).toMatchObject({ status: 'pending', attempts: 1 });
    expect((await job()).last_error).toMatch(/ECONNREFUSED|connect/i);
    expect((await job()).run_at.getTime()).toBe(firstTry + retryDelayMs(1));
    expect(await worker.runDue()).toBe(0); // not before its time

    // 2. The server is up but busy: 421 on connect; the wait doubles.
    const smtp = await flakySmtp(port, 1);
    try {
      ctx.clock.advance(retryDelayMs(1));
      const secondTry = ctx.clock.now().getTime();
      expect(await worker.runDue()).toBe(1);
      expect(smtp.refused()).toBe(1);
      expect(await job()).toMatchObject({ status: 'pending', attempts: 2 });
      expect((await job()).last_error).toMatch(/421/);
      expect((await job()).run_at.getTime()).toBe(secondTry + retryDelayMs(2));

      // 3. Accepted.
      ctx.clock.advance(retryDelayMs(2));
      expect(await worker.runDue()).toBe(1);
      expect(await job()).toMatchObject({ status: 'done', attempts: 3 });
      // Nothing more happens later: one mail.
      ctx.clock.advance(retryDelayMs(5));
      expect(await worker.runDue()).toBe(0);
      expect(smtp.received).toHaveLength(1);

      const [mail] = smtp.received;
      expect(mail!.from).toBe('noreply@mail.yrd.example');
      expect(mail!.to).toEqual(['carol@yrd.test']);
      const { headers, subject, parts } = parseMail(mail!.raw);
      expect(headers.get('message-id')).toBe(`<notification.${id}@mail.yrd.example>`);
      expect(headers.get('list-unsubscribe')).toBe(`<https://yrd.example${NOTIFICATION_SETTINGS_PATH}>`);
      expect(headers.get('x-yrd-notification')).toBe(id);
      expect(headers.get('content-type')).toMatch(/^multipart\/alternative/);
      expect(subject).toBe('待审核：1.1「R&D <协同>」 / To review: 1.1 "R&D <joint>"');

      const text = parts['text/plain']!;
      expect(text).toContain('张三报送了进展报告。\n请审核。');
      expect(text).toContain('Zhang San filed a progress report.');
      expect(text).toContain('https://yrd.example/tasks/abc?report=r1');
      expect(text.indexOf('张三')).toBeLessThan(text.indexOf('Zhang San')); // Chinese, the working language, first

      const html = parts['text/html']!;
      expect(html).toContain('R&amp;D &lt;协同&gt;');
      expect(html).toContain('R&amp;D &lt;joint&gt;');
      expect(html).not.toContain('<joint>');
      expect(html).toContain('张三报送了进展报告。<br>请审核。');
      expect(html).toContain('<a href="https://yrd.example/tasks/abc?report=r1">');
      expect(html).toContain('<div lang="en">');
      expect(html).toContain(`href="https://yrd.example${NOTIFICATION_SETTINGS_PATH}"`);

      const stored = await ctx.deps.db.selectFrom('notifications').select('emailed_at').where('id', '=', id).executeTakeFirstOrThrow();
      expect(stored.emailed_at).not.toBeNull();
    } finally {
      await smtp.close();
    }
  });
});

describe('composeMail', () => {
  const config = { smtpFrom: 'noreply@yrd.example', publicUrl: 'https://yrd.example' };
  const text = { 'zh-CN': { title: '标题', body: '正文' }, en: { title: 'Title', body: 'Body' } };

  it('writes only the reader’s language when it is known', () => {
    const mail = composeMail(config, { id: 'n1', locales: ['en'], text, link: null });
    expect(mail.subject).toBe('Title');
    expect(mail.text).not.toContain('正文');
    expect(mail.html).not.toContain('正文');
    expect(mail.html).toContain('<html lang="en">');
    expect(mail.messageId).toBe('<n1@yrd.example>');
  });

  it('takes the Message-ID domain from a display-name sender, and keeps ids to safe characters', () => {
    expect(composeMail({ ...config, smtpFrom: '"YRD, Office" <Office@Gov.Example.CN>' }, { id: 'a b<c>', locales: ['zh-CN'], text, link: null }).messageId).toBe('<a-b-c-@gov.example.cn>');
  });
});
