import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, createUser, login, type TestContext } from '../../../test/helpers.ts';
import { MINUTE } from '../../shared/clock.ts';
import { describeError, PermanentJobError, retryDelayMs, scheduleSlot, type JobDeps, type JobHandler } from './jobs.models.ts';
import * as repo from './jobs.repository.ts';
import { enqueue } from './jobs.usecases.ts';
import { JobWorker } from './jobs.worker.ts';

let ctx: TestContext;
beforeAll(async () => {
  ctx = await createTestContext();
});
afterAll(() => ctx.close());

const yieldToOthers = () => new Promise<void>((resolve) => setImmediate(resolve));
const jobsOfKind = (kind: string) => ctx.deps.db.selectFrom('jobs').selectAll().where('kind', '=', kind).orderBy('id').execute();

describe('the queue', () => {
  it('enqueues idempotently by dedup key', async () => {
    const now = ctx.clock.now();
    const first = await enqueue(ctx.deps.db, { kind: 'dedup.test', payload: { n: 1 }, runAt: now, dedupKey: 'same-key' }, now);
    const second = await enqueue(ctx.deps.db, { kind: 'dedup.test', payload: { n: 2 }, runAt: now, dedupKey: 'same-key' }, now);
    expect(first).toBeDefined();
    expect(second).toBeUndefined();
    const rows = await jobsOfKind('dedup.test');
    expect(rows).toHaveLength(1);
    expect(rows[0]!.payload).toEqual({ n: 1 });
  });

  it('two workers on two connection pools never run the same job twice', async () => {
    const runs: string[] = [];
    const handler: JobHandler = {
      kind: 'concurrency.test',
      async run(_deps, job) {
        runs.push(String(job.payload.n));
        await yieldToOthers();
      },
    };
    const now = ctx.clock.now();
    for (let n = 0; n < 60; n++) await enqueue(ctx.deps.db, { kind: 'concurrency.test', payload: { n }, runAt: now }, now);
    const depsA: JobDeps = ctx.deps;
    const depsB: JobDeps = { ...ctx.deps, db: ctx.database.ownerDb };
    const a = new JobWorker(depsA, [handler], [], { id: 'worker-a' });
    const b = new JobWorker(depsB, [handler], [], { id: 'worker-b' });
    const [ranA, ranB] = await Promise.all([a.runDue(), b.runDue()]);
    expect(ranA + ranB).toBe(60);
    expect(runs).toHaveLength(60);
    expect(new Set(runs).size).toBe(60);
    const rows = await jobsOfKind('concurrency.test');
    expect(rows.every((r) => r.status === 'done' && r.attempts === 1)).toBe(true);
    // Both took part (each claimed while the other was running a job).
    expect(ranA).toBeGreaterThan(0);
    expect(ranB).toBeGreaterThan(0);
  });

  it('retries with backoff until the handler succeeds', async () => {
    let calls = 0;
    const handler: JobHandler = {
      kind: 'retry.test',
      async run() {
        calls += 1;
        if (calls < 3) throw new Error(`boom ${calls}`);
      },
    };
    const worker = new JobWorker(ctx.deps, [handler]);
    const now = ctx.clock.now();
    const id = (await enqueue(ctx.deps.db, { kind: 'retry.test', runAt: now }, now))!;
    expect(await worker.runDue()).toBe(1);
    let job = (await repo.findJob(ctx.deps.db, id))!;
    expect(job).toMatchObject({ status: 'pending', attempts: 1, last_error: 'Error: boom 1' });
    expect(job.run_at.getTime() - ctx.clock.now().getTime()).toBe(retryDelayMs(1));
    // Not yet due: nothing runs.
    expect(await worker.runDue()).toBe(0);
    ctx.clock.advance(retryDelayMs(1));
    expect(await worker.runDue()).toBe(1);
    ctx.clock.advance(retryDelayMs(2));
    expect(await worker.runDue()).toBe(1);
    job = (await repo.findJob(ctx.deps.db, id))!;
    expect(job).toMatchObject({ status: 'done', attempts: 3 });
    expect(calls).toBe(3);
  });

  it('fails a job after max attempts, or at once on a permanent error, keeping the last error', async () => {
    const handler: JobHandler = {
      kind: 'fail.test',
      async run(_deps, job) {
        if (job.payload.permanent) throw new PermanentJobError('no such record');
        throw new Error('still broken');
      },
    };
    const worker = new JobWorker(ctx.deps, [handler]);
    const now = ctx.clock.now();
    const id = (await enqueue(ctx.deps.db, { kind: 'fail.test', runAt: now, maxAttempts: 2 }, now))!;
    const permanent = (await enqueue(ctx.deps.db, { kind: 'fail.test', payload: { permanent: true }, runAt: now }, now))!;
    await worker.runDue();
    ctx.clock.advance(retryDelayMs(1));
    await worker.runDue();
    expect(await repo.findJob(ctx.deps.db, id)).toMatchObject({ status: 'failed', attempts: 2, last_error: 'Error: still broken' });
    expect(await repo.findJob(ctx.deps.db, permanent)).toMatchObject({ status: 'failed', attempts: 1, last_error: 'PermanentJobError: no such record' });
    ctx.clock.advance(retryDelayMs(5));
    expect(await worker.runDue()).toBe(0);
  });

  it('takes over a job whose worker died once its lease has expired', async () => {
    const runs: string[] = [];
    const handler: JobHandler = { kind: 'lease.test', leaseMs: 5 * MINUTE, run: async () => void runs.push('ran') };
    const now = ctx.clock.now();
    const id = (await enqueue(ctx.deps.db, { kind: 'lease.test', runAt: now }, now))!;
    // A worker claims it and "crashes" without finishing.
    const claimed = await repo.claimNext(ctx.deps.db, ['lease.test'], 'dead-worker', now, () => new Date(now.getTime() + 5 * MINUTE));
    expect(claimed?.id).toBe(id);
    const survivor = new JobWorker(ctx.deps, [handler], [], { id: 'survivor' });
    expect(await survivor.runDue()).toBe(0);
    ctx.clock.advance(5 * MINUTE + 1);
    expect(await survivor.runDue()).toBe(1);
    expect(await repo.findJob(ctx.deps.db, id)).toMatchObject({ status: 'done', attempts: 2 });
    // The dead worker coming back cannot mark it again.
    expect(await repo.markDone(ctx.deps.db, id, 'dead-worker', ctx.clock.now())).toBe(false);
    expect(runs).toEqual(['ran']);
  });

  it('enqueues a recurring schedule once per slot, however many instances try', async () => {
    const ran: string[] = [];
    const handler: JobHandler = { kind: 'tick.test', run: async (deps) => void ran.push(deps.clock.now().toISOString()) };
    const schedule = { name: 'tick', kind: 'tick.test', everyMs: 15 * MINUTE };
    ctx.clock.set('2026-03-02T02:07:00.000Z');
    const workers = [new JobWorker(ctx.deps, [handler], [schedule]), new JobWorker({ ...ctx.deps, db: ctx.database.ownerDb }, [handler], [schedule])];
    await Promise.all(workers.map((w) => w.runDue()));
    await Promise.all(workers.map((w) => w.runDue()));
    expect(ran).toHaveLength(1);
    const rows = await jobsOfKind('tick.test');
    expect(rows.map((r) => r.dedup_key)).toEqual(['schedule:tick:2026-03-02T02:00:00.000Z']);
    ctx.clock.advance(15 * MINUTE);
    await Promise.all(workers.map((w) => w.runDue()));
    expect(ran).toHaveLength(2);
    expect(scheduleSlot(schedule, ctx.clock.now()).dedupKey).toBe('schedule:tick:2026-03-02T02:15:00.000Z');
  });

  it('stop() lets the running job finish, then runs nothing more', async () => {
    const order: string[] = [];
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    const handler: JobHandler = {
      kind: 'stop.test',
      async run(_deps, job) {
        order.push(`start ${String(job.payload.n)}`);
        if (job.payload.n === 0) await gate;
        order.push(`end ${String(job.payload.n)}`);
      },
    };
    const now = ctx.clock.now();
    for (const n of [0, 1]) await enqueue(ctx.deps.db, { kind: 'stop.test', payload: { n }, runAt: now }, now);
    const worker = new JobWorker(ctx.deps, [handler]);
    worker.start();
    while (order.length === 0) await yieldToOthers();
    const stopped = worker.stop();
    release();
    await stopped;
    expect(order).toEqual(['start 0', 'end 0']);
    const rows = await jobsOfKind('stop.test');
    expect(rows.map((r) => r.status)).toEqual(['done', 'pending']);
  });

  it('runs kinds side by side: a short job enqueued during a long one is done within seconds, the long kind one at a time', async () => {
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    const started: string[] = [];
    const long: JobHandler = {
      kind: 'long.test',
      concurrency: 1,
      async run(_deps, job) {
        started.push(`long ${String(job.payload.n)}`);
        await gate;
      },
    };
    const short: JobHandler = { kind: 'short.test', run: async () => void started.push('short') };
    const now = ctx.clock.now();
    for (const n of [1, 2]) await enqueue(ctx.deps.db, { kind: 'long.test', payload: { n }, runAt: now }, now);
    const worker = new JobWorker(ctx.deps, [long, short], [], { pollMs: 100 });
    worker.start();
    try {
      while (!started.includes('long 1')) await new Promise((resolve) => setTimeout(resolve, 10));
      const enqueuedAt = Date.now();
      const id = (await enqueue(ctx.deps.db, { kind: 'short.test', runAt: ctx.clock.now() }, ctx.clock.now()))!;
      while ((await repo.findJob(ctx.deps.db, id))?.status !== 'done') {
        expect(Date.now() - enqueuedAt, 'the short job waited behind the long one').toBeLessThan(5_000);
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
      // The long kind keeps to its limit: the second long job has not started.
      expect(started).toEqual(['long 1', 'short']);
      expect((await jobsOfKind('long.test')).map((r) => r.status)).toEqual(['running', 'pending']);
    } finally {
      release();
      await worker.stop();
    }
  });

  it('keeps several jobs of a kind in flight up to its concurrency, never more', async () => {
    let inFlight = 0;
    let most = 0;
    const handler: JobHandler = {
      kind: 'fanout.test',
      concurrency: 3,
      async run() {
        inFlight += 1;
        most = Math.max(most, inFlight);
        // Held until three are in flight (or 2 s pass, when the worker would not start a third): slow claims cannot hide the limit.
        for (const started = Date.now(); inFlight < 3 && Date.now() - started < 2_000; ) await new Promise((resolve) => setTimeout(resolve, 5));
        await new Promise((resolve) => setTimeout(resolve, 20));
        inFlight -= 1;
      },
    };
    const now = ctx.clock.now();
    for (let n = 0; n < 9; n++) await enqueue(ctx.deps.db, { kind: 'fanout.test', payload: { n }, runAt: now }, now);
    expect(await new JobWorker(ctx.deps, [handler]).runDue()).toBe(9);
    expect(most).toBe(3);
    expect((await jobsOfKind('fanout.test')).every((r) => r.status === 'done')).toBe(true);
  });

  it('keeps secrets out of stored errors', () => {
    expect(describeError(new Error('auth failed for smtp://mailer:s3cret@mail.example'), ['s3cret'])).toBe('Error: auth failed for smtp://mailer:***@mail.example');
  });
});

describe('the jobs API', () => {
  it('lets an administrator see failed jobs and send one round again, audited', async () => {
    await createUser(ctx.database.appDb, 'jobs.admin', [{ role: 'admin' }]);
    const admin = await login(ctx.app, 'jobs.admin');
    const failed = await ctx.deps.db.selectFrom('jobs').select('id').where('status', '=', 'failed').where('kind', '=', 'fail.test').execute();
    const list = (await ctx.app.inject({ method: 'GET', url: '/api/v1/jobs?status=failed&kind=fail.test', headers: admin.headers })).json();
    expect(list.items.map((j: { id: string }) => j.id).sort()).toEqual(failed.map((j) => j.id).sort());
    expect(list.items[0].lastError).toMatch(/Error/);
    const id = failed[0]!.id;
    const retry = await ctx.app.inject({ method: 'POST', url: `/api/v1/jobs/${id}/retry`, headers: admin.headers });
    expect(retry.statusCode, retry.body).toBe(200);
    expect(await repo.findJob(ctx.deps.db, id)).toMatchObject({ status: 'pending', attempts: 0 });
    const again = await ctx.app.inject({ method: 'POST', url: `/api/v1/jobs/${id}/retry`, headers: admin.headers });
    expect(again.json().error.code).toBe('jobs.not_failed');
    const audit = await ctx.deps.db.selectFrom('audit_events').select(['action', 'object_id']).where('action', '=', 'job.retry').execute();
    expect(audit).toEqual([{ action: 'job.retry', object_id: id }]);
  });
});
