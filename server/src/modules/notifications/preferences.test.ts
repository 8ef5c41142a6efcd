import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fakeSmtp } from '../../../test/smtp-double.ts';
import { createTestContext, createUser, login, type Session, type TestContext } from '../../../test/helpers.ts';
import { DAY, HOUR, MINUTE } from '../../shared/clock.ts';
import { JobWorker } from '../jobs/jobs.worker.ts';
import { closeMailTransports, emailHandler } from './notifications.email.ts';
import { DIGEST_JOB, digestHandler, digestScheduleHandler, scheduleDigests } from './notifications.digest.ts';
import { notifyUser } from './notifications.usecases.ts';

let smtp: Awaited<ReturnType<typeof fakeSmtp>>;
let ctx: TestContext;
let alice: Session;
const ids: Record<string, string> = {};

beforeAll(async () => {
  smtp = await fakeSmtp();
  ctx = await createTestContext({ smtpUrl: `smtp://127.0.0.1:${smtp.port}`, smtpFrom: 'YRD <noreply@yrd.test>', publicUrl: 'https://yrd.example' });
  ids.alice = await createUser(ctx.database.appDb, 'pref.alice', [{ role: 'liaison', memberCode: '320000' }]);
  ids.bob = await createUser(ctx.database.appDb, 'pref.bob', [{ role: 'office' }]);
  await ctx.database.appDb.updateTable('users').set({ email: 'alice@yrd.test' }).where('id', '=', ids.alice).execute();
  await ctx.database.appDb.updateTable('users').set({ email: 'bob@yrd.test', locale: 'en' }).where('id', '=', ids.bob).execute();
  alice = await login(ctx.app, 'pref.alice');
});
afterAll(async () => {
  closeMailTransports();
  await ctx.close();
  await smtp.close();
});

const api = (method: 'GET' | 'PUT', payload?: object) =>
  ctx.app.inject({ method, url: '/api/v1/notifications/preferences', headers: alice.headers, ...(payload ? { payload } : {}) });

let n = 0;
async function notify(userId: string, kind: string) {
  n += 1;
  const input = { userId, kind, dedupKey: `pref-test:${n}`, titleZh: `通知 ${n}`, titleEn: `Notice ${n}`, bodyZh: '', bodyEn: '', link: `/tasks/t${n}` };
  const id = await ctx.deps.db.transaction().execute((trx) => notifyUser(trx, ctx.deps.config, input, ctx.clock.now()));
  return id!;
}
const emailJobs = async () => (await ctx.deps.db.selectFrom('jobs').select('payload').where('kind', '=', emailHandler.kind).execute()).map((j) => j.payload.notificationId);

describe('e-mail preferences', () => {
  it('start at the defaults, save with the version read, refuse a stale one and unknown kinds', async () => {
    const initial = (await api('GET')).json();
    expect(initial).toMatchObject({ version: 0, digest: false, emailMuted: [], emailConfigured: true });
    expect(initial.kinds.find((k: { kind: string }) => k.kind === 'reports.returned')).toEqual({ kind: 'reports.returned', name: '进展报告被退回', email: true });
    const saved = await api('PUT', { version: 0, emailMuted: ['supervision.stalled'] });
    expect(saved.statusCode, saved.body).toBe(200);
    expect(saved.json()).toMatchObject({ version: 1, digest: false, emailMuted: ['supervision.stalled'] });
    expect(saved.json().kinds.find((k: { kind: string }) => k.kind === 'supervision.stalled').email).toBe(false);
    const stale = await api('PUT', { version: 0, digest: true });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().error.details.currentVersion).toBe(1);
    const unknown = await api('PUT', { version: 1, emailMuted: ['nonsense'] });
    expect(unknown.statusCode).toBe(400);
    expect(unknown.json().error.fields[0].field).toMatch(/emailMuted/);
    const audited = await ctx.deps.db.selectFrom('audit_events').select(['action', 'object_id']).where('action', '=', 'notification.preferences').execute();
    expect(audited).toEqual([{ action: 'notification.preferences', object_id: ids.alice }]);
  });

  it('a muted kind reaches the inbox but not the mailbox; other kinds are e-mailed at once', async () => {
    const muted = await notify(ids.alice!, 'supervision.stalled');
    const sent = await notify(ids.alice!, 'reports.returned');
    expect(await emailJobs()).toEqual([sent]);
    expect(await ctx.deps.db.selectFrom('notifications').select('id').where('id', '=', muted).executeTakeFirst()).toBeDefined();
    await new JobWorker(ctx.deps, [emailHandler]).runDue();
    expect(smtp.received.map((m) => m.to)).toEqual([['alice@yrd.test']]);
    // Muting a kind after its e-mail was queued still stops it.
    const queued = await notify(ids.alice!, 'reports.accepted');
    await api('PUT', { version: 1, emailMuted: ['supervision.stalled', 'reports.accepted'] });
    await new JobWorker(ctx.deps, [emailHandler]).runDue();
    expect(smtp.received).toHaveLength(1);
    expect((await ctx.deps.db.selectFrom('notifications').select('emailed_at').where('id', '=', queued).executeTakeFirstOrThrow()).emailed_at).toBeNull();
  });
});

/**
 * Runs due jobs until no digest job waits: a delivery the loopback SMTP double refuses while the
 * machine is busy (seen only in the full suite) is retried with back-off, as in production, so the
 * clock moves past the back-off and the worker runs again. A digest that never goes out still fails
 * the assertions after it, and the jobs' last errors say why.
 */
async function runDigests(worker: JobWorker): Promise<void> {
  for (let round = 0; round < 4; round++) {
    await worker.runDue();
    const waiting = await ctx.deps.db.selectFrom('jobs').select(['id', 'last_error']).where('kind', '=', DIGEST_JOB).where('status', '=', 'pending').execute();
    if (waiting.length === 0) return;
    console.warn('digest jobs retried:', waiting.map((j) => j.last_error));
    ctx.clock.advance(MINUTE);
  }
}

describe('the daily digest', () => {
  it("sends one e-mail a day listing the day's notices (not the muted ones), once, in the reader's language", async () => {
    smtp.received.length = 0;
    await ctx.deps.db.updateTable('notifications').set({ emailed_at: ctx.clock.now() }).execute(); // earlier tests' notices are done with
    expect((await api('PUT', { version: 2, digest: true })).json()).toMatchObject({ version: 3, digest: true });
    await ctx.deps.db.insertInto('notification_preferences').values({ user_id: ids.bob!, digest: true, updated_at: ctx.clock.now() }).execute();
    // 2026-03-02 in Shanghai (the clock is 09:00 local): three notices for Alice, one muted; two for Bob.
    const before = (await emailJobs()).length;
    const a1 = await notify(ids.alice!, 'reports.returned');
    ctx.clock.advance(HOUR);
    const a2 = await notify(ids.alice!, 'minutes.drafted');
    const mutedOne = await notify(ids.alice!, 'supervision.stalled');
    const b1 = await notify(ids.bob!, 'reports.submitted');
    await notify(ids.bob!, 'minutes.ready');
    expect((await emailJobs()).length).toBe(before); // digest users get no e-mail one by one

    // Later the same day: the digest of the day before goes out — with nothing in it, so no e-mail.
    ctx.clock.advance(2 * HOUR);
    expect(await scheduleDigests(ctx.deps)).toBe(2);
    const worker = new JobWorker(ctx.deps, [digestHandler, emailHandler]);
    await worker.runDue();
    expect(smtp.received).toEqual([]);
    // Past midnight in Shanghai (16:00 UTC): yesterday's digest is queued, one per user, once however often the schedule runs.
    ctx.clock.set('2026-03-02T16:30:00Z');
    const late = await notify(ids.alice!, 'matters.raised'); // 3 March local time: tomorrow's digest
    expect(await scheduleDigests(ctx.deps)).toBe(2);
    expect(await scheduleDigests(ctx.deps)).toBe(0);
    await digestScheduleHandler.run(ctx.deps, { id: 'x', kind: digestScheduleHandler.kind, payload: {}, attempt: 1, maxAttempts: 1 });
    await runDigests(worker);
    expect(smtp.received.map((m) => m.to[0]).sort()).toEqual(['alice@yrd.test', 'bob@yrd.test']);
    const aliceMail = smtp.received.find((m) => m.to[0] === 'alice@yrd.test')!.raw;
    expect(aliceMail).toContain('https://yrd.example/tasks/t'); // links to the items
    const bobMail = smtp.received.find((m) => m.to[0] === 'bob@yrd.test')!.raw;
    expect(bobMail).toContain('Daily digest for 2026-03-02');
    expect(bobMail).toContain('Notice');
    const emailed = async (id: string) => (await ctx.deps.db.selectFrom('notifications').select('emailed_at').where('id', '=', id).executeTakeFirstOrThrow()).emailed_at !== null;
    expect([await emailed(a1), await emailed(a2), await emailed(b1)]).toEqual([true, true, true]);
    expect(await emailed(mutedOne)).toBe(false);
    expect(await emailed(late)).toBe(false);
    // Run again (a retried job, a second instance): nothing more.
    await ctx.deps.db.updateTable('jobs').set({ status: 'pending', attempts: 0, run_at: ctx.clock.now() }).where('kind', '=', DIGEST_JOB).execute();
    await worker.runDue();
    expect(smtp.received).toHaveLength(2);
    // The next day brings the next digest, with the late notice only.
    ctx.clock.advance(DAY);
    expect(await scheduleDigests(ctx.deps)).toBe(2);
    await runDigests(worker);
    expect(smtp.received).toHaveLength(3);
    expect(await emailed(late)).toBe(true);
    const audit = await ctx.deps.db.selectFrom('audit_events').select('summary').where('action', '=', 'notification.digest_emailed').execute();
    expect(audit.map((e) => (e.summary as { notices: number }).notices).sort()).toEqual([1, 2, 2]);
  });

  it('switching the digest off sends e-mails one by one again', async () => {
    ctx.clock.advance(MINUTE);
    alice = await login(ctx.app, 'pref.alice');
    const current = (await api('GET')).json();
    await api('PUT', { version: current.version, digest: false });
    const id = await notify(ids.alice!, 'reports.returned');
    expect(await emailJobs()).toContain(id);
  });
});
