import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MINUTE } from '../../shared/clock.ts';
import { auditActions, createTestContext, createUser, login, TEST_PASSWORD, type TestContext } from '../../../test/helpers.ts';

/** Issue 14, item 11: locks per (username, source), a slower back-off per username, and admins who see and lift them. */
let ctx: TestContext;
let userId: string;
beforeAll(async () => {
  ctx = await createTestContext();
  userId = await createUser(ctx.database.appDb, 'target.tang', [{ role: 'observer' }]);
  await createUser(ctx.database.appDb, 'admin.an', [{ role: 'admin' }]);
  await createUser(ctx.database.appDb, 'office.ou', [{ role: 'office' }]);
});
afterAll(() => ctx.close());

const attempt = (username: string, password: string, from: string) =>
  ctx.app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { username, password }, remoteAddress: from });

describe('sign-in locks', () => {
  it('failures from address A do not lock the user out from address B', async () => {
    for (let i = 0; i < 5; i++) expect((await attempt('target.tang', 'wrong-guess', '10.1.0.1')).statusCode).toBe(401);
    const fromA = await attempt('target.tang', TEST_PASSWORD, '10.1.0.1');
    expect(fromA.statusCode).toBe(429);
    expect(fromA.json().error.code).toBe('auth.locked');
    expect((await attempt('target.tang', TEST_PASSWORD, '10.1.0.2')).statusCode).toBe(200);
  });

  it('admins list the locks in force and lift one (audited); the user signs in from A again', async () => {
    const admin = await login(ctx.app, 'admin.an');
    const list = await ctx.app.inject({ method: 'GET', url: '/api/v1/auth/locks', headers: { cookie: admin.cookie } });
    expect(list.statusCode).toBe(200);
    const lock = list.json().items.find((l: { username: string }) => l.username === 'target.tang');
    expect(lock).toMatchObject({ scope: 'user_source', source: '10.1.0.1', locksInARow: 1 });

    const lift = await ctx.app.inject({ method: 'POST', url: '/api/v1/auth/locks/lift', headers: admin.headers, payload: { key: lock.key } });
    expect(lift.statusCode).toBe(200);
    expect(await auditActions(ctx.database.ownerDb)).toContain('auth.lock_lift');
    expect((await attempt('target.tang', TEST_PASSWORD, '10.1.0.1')).statusCode).toBe(200);

    const again = await ctx.app.inject({ method: 'POST', url: '/api/v1/auth/locks/lift', headers: admin.headers, payload: { key: lock.key } });
    expect(again.statusCode).toBe(404);
  });

  it('a non-admin can neither list nor lift locks', async () => {
    for (let i = 0; i < 5; i++) await attempt('target.tang', 'wrong-guess', '10.1.0.3');
    const office = await login(ctx.app, 'office.ou');
    expect((await ctx.app.inject({ method: 'GET', url: '/api/v1/auth/locks', headers: { cookie: office.cookie } })).statusCode).toBe(403);
    const key = 'userip:target.tang|10.1.0.3';
    const lift = await ctx.app.inject({ method: 'POST', url: '/api/v1/auth/locks/lift', headers: office.headers, payload: { key } });
    expect(lift.statusCode).toBe(403);
    expect((await ctx.app.inject({ method: 'GET', url: '/api/v1/auth/locks' })).statusCode).toBe(401);
    expect((await attempt('target.tang', TEST_PASSWORD, '10.1.0.3')).statusCode).toBe(429);
  });

  it('the per-user unlock lifts the locks from every address', async () => {
    const admin = await login(ctx.app, 'admin.an');
    expect((await ctx.app.inject({ method: 'POST', url: `/api/v1/users/${userId}/unlock`, headers: admin.headers })).statusCode).toBe(200);
    expect((await attempt('target.tang', TEST_PASSWORD, '10.1.0.3')).statusCode).toBe(200);
  });

  it('many addresses together meet a slower back-off per username that grows with each lock', async () => {
    await createUser(ctx.database.appDb, 'spread.su', [{ role: 'observer' }]);
    const guessRound = async () => {
      // 20 failures from five addresses, four each: no single address reaches its own limit of five.
      for (let a = 0; a < 5; a++) for (let i = 0; i < 4; i++) await attempt('spread.su', 'wrong-guess', `10.2.${a}.1`);
    };
    await guessRound();
    const first = await attempt('spread.su', TEST_PASSWORD, '10.9.9.9');
    expect(first.statusCode).toBe(429);
    expect(first.json().error.details.retryAfterMinutes).toBe(1);
    // Past the first lock and the address locks, the guessing goes on: the second lock in a row lasts twice as long.
    ctx.clock.advance(16 * MINUTE);
    await guessRound();
    const second = await attempt('spread.su', TEST_PASSWORD, '10.9.9.9');
    expect(second.json().error.details.retryAfterMinutes).toBe(2);
    ctx.clock.advance(2 * MINUTE + 1000);
    expect((await attempt('spread.su', TEST_PASSWORD, '10.9.9.9')).statusCode).toBe(200);
  });
});
