import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MINUTE } from '../../shared/clock.ts';
import { createTestContext, createUser, login, TEST_PASSWORD, type TestContext } from '../../../test/helpers.ts';
import { flushDenialTallies } from './auth.denials.ts';

/** Issue 14, item 10: anonymous clients cannot grow the audit trail without limit, and are rate-limited. */
describe('denied anonymous requests', () => {
  let ctx: TestContext;
  beforeAll(async () => {
    ctx = await createTestContext();
  });
  afterAll(() => ctx.close());

  const deniedRows = () =>
    ctx.database.ownerDb.selectFrom('audit_events').select(['summary', 'ip', 'object_id', 'actor_username']).where('action', '=', 'access.denied').execute();

  it('500 of them from one source leave a bounded number of audit rows whose counts add up', async () => {
    const before = (await deniedRows()).length;
    // Five minutes, 100 requests each, to two protected routes.
    for (let minute = 0; minute < 5; minute++) {
      for (let i = 0; i < 100; i++) {
        const url = i % 2 === 0 ? '/api/v1/users' : '/api/v1/audit-events';
        const response = await ctx.app.inject({ method: 'GET', url, remoteAddress: '203.0.113.7' });
        expect(response.statusCode).toBe(401);
      }
      ctx.clock.advance(MINUTE);
    }
    await flushDenialTallies(ctx.deps);
    const rows = (await deniedRows()).slice(before);
    // One row per (source, route, minute): 5 minutes × 2 routes, not 500.
    expect(rows).toHaveLength(10);
    const counts = rows.map((r) => (r.summary as { count: number }).count);
    expect(counts.reduce((a, b) => a + b, 0)).toBe(500);
    expect(rows.every((r) => r.ip === '203.0.113.7' && r.actor_username === 'anonymous')).toBe(true);
    expect(new Set(rows.map((r) => r.object_id))).toEqual(new Set(['GET /api/v1/users', 'GET /api/v1/audit-events']));
    expect(await ctx.database.ownerDb.selectFrom('access_denial_tallies').selectAll().execute()).toHaveLength(0);
  });

  it('is recorded at once in the tally, and written out by the first denial of a later minute', async () => {
    await ctx.app.inject({ method: 'GET', url: '/api/v1/users', remoteAddress: '198.51.100.9' });
    await ctx.app.inject({ method: 'GET', url: '/api/v1/users', remoteAddress: '198.51.100.9' });
    const tally = await ctx.database.ownerDb.selectFrom('access_denial_tallies').selectAll().where('source', '=', '198.51.100.9').execute();
    expect(tally).toMatchObject([{ route: 'GET /api/v1/users', denials: 2, reason: 'common.unauthenticated' }]);
    ctx.clock.advance(MINUTE);
    await ctx.app.inject({ method: 'GET', url: '/api/v1/users', remoteAddress: '198.51.100.9' });
    const rows = (await deniedRows()).filter((r) => r.ip === '198.51.100.9');
    expect(rows.map((r) => (r.summary as { count: number }).count)).toEqual([2]);
  });

  it('a signed-in caller’s denial is still one audit event naming the user', async () => {
    await createUser(ctx.database.appDb, 'watcher.wu', [{ role: 'observer' }]);
    const session = await login(ctx.app, 'watcher.wu');
    expect((await ctx.app.inject({ method: 'GET', url: '/api/v1/users', headers: { cookie: session.cookie } })).statusCode).toBe(403);
    const rows = await deniedRows();
    expect(rows.some((r) => r.actor_username === 'watcher.wu')).toBe(true);
  });
});

describe('anonymous rate limit', () => {
  let ctx: TestContext;
  beforeAll(async () => {
    ctx = await createTestContext({ anonymousRequestsPerMinute: 20 });
    await createUser(ctx.database.appDb, 'busy.bee', [{ role: 'observer' }]);
  });
  afterAll(() => ctx.close());

  it('answers 429 with Retry-After and a message in both languages past the budget, per source', async () => {
    for (let i = 0; i < 20; i++) {
      expect((await ctx.app.inject({ method: 'GET', url: '/api/v1/members', remoteAddress: '192.0.2.1' })).statusCode).toBe(200);
    }
    const zh = await ctx.app.inject({ method: 'GET', url: '/api/v1/members', remoteAddress: '192.0.2.1' });
    expect(zh.statusCode).toBe(429);
    expect(Number(zh.headers['retry-after'])).toBeGreaterThan(0);
    expect(zh.json().error).toMatchObject({ code: 'auth.rate_limited' });
    expect(zh.json().error.message).toMatch(/秒后再试/);
    const en = await ctx.app.inject({ method: 'GET', url: '/api/v1/users', remoteAddress: '192.0.2.1', headers: { 'accept-language': 'en' } });
    expect(en.statusCode).toBe(429);
    expect(en.json().error.message).toMatch(/Try again in \d+ seconds/);
    // Another source has its own budget.
    expect((await ctx.app.inject({ method: 'GET', url: '/api/v1/members', remoteAddress: '192.0.2.2' })).statusCode).toBe(200);
  });

  it('does not count signed-in users, and opens again in the next minute', async () => {
    // The sign-in itself is anonymous; the budget of 127.0.0.1 is untouched so far.
    const session = await login(ctx.app, 'busy.bee', TEST_PASSWORD);
    for (let i = 0; i < 30; i++) {
      expect((await ctx.app.inject({ method: 'GET', url: '/api/v1/members', headers: { cookie: session.cookie } })).statusCode).toBe(200);
    }
    ctx.clock.advance(MINUTE);
    expect((await ctx.app.inject({ method: 'GET', url: '/api/v1/members', remoteAddress: '192.0.2.1' })).statusCode).toBe(200);
  });
});
