import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MINUTE } from '../../shared/clock.ts';
import { auditActions, createTestContext, createUser, login, sessionCookieOf, TEST_PASSWORD, type TestContext } from '../../../test/helpers.ts';

let ctx: TestContext;

beforeAll(async () => {
  ctx = await createTestContext({ sessionIdleMinutes: 30, sessionAbsoluteHours: 12, loginMaxFailures: 5, loginLockMinutes: 15 });
  await createUser(ctx.database.appDb, 'office.wang', [{ role: 'office' }]);
  await createUser(ctx.database.appDb, 'locked.li', [{ role: 'observer' }]);
});
afterAll(() => ctx.close());

const loginRequest = (username: string, password: string, headers: Record<string, string> = {}) =>
  ctx.app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { username, password }, headers });

describe('login', () => {
  it('sets an HttpOnly SameSite session cookie and returns a CSRF token', async () => {
    const response = await loginRequest('office.wang', TEST_PASSWORD);
    expect(response.statusCode).toBe(200);
    const setCookie = String(response.headers['set-cookie']);
    expect(setCookie).toMatch(/yrd_sid=/);
    expect(setCookie).toMatch(/HttpOnly/);
    expect(setCookie).toMatch(/SameSite=Strict/);
    const body = response.json();
    expect(body.user.username).toBe('office.wang');
    expect(body.csrfToken).toMatch(/^[\w-]{20,}$/);
  });

  it('issues a new session on every login, replacing the old one (no fixation)', async () => {
    const first = await login(ctx.app, 'office.wang');
    const again = await ctx.app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      payload: { username: 'office.wang', password: TEST_PASSWORD },
      headers: { cookie: first.cookie },
    });
    const second = sessionCookieOf(again);
    expect(second).not.toBe(first.cookie);
    const old = await ctx.app.inject({ method: 'GET', url: '/api/v1/auth/session', headers: { cookie: first.cookie } });
    expect(old.json().authenticated).toBe(false);
  });

  it('gives the same answer for a wrong password and an unknown user', async () => {
    const wrong = await loginRequest('office.wang', 'not-the-password', { 'accept-language': 'en' });
    const unknown = await loginRequest('nobody.here', 'not-the-password', { 'accept-language': 'en' });
    expect(wrong.statusCode).toBe(401);
    expect(unknown.statusCode).toBe(401);
    expect(wrong.json()).toEqual(unknown.json());
    expect(wrong.json().error.code).toBe('auth.invalid_credentials');
  });

  it('locks an account after repeated failures, also for unknown users, and unlocks after the lock time', async () => {
    for (let i = 0; i < 5; i++) {
      expect((await loginRequest('locked.li', 'wrong')).statusCode).toBe(401);
      expect((await loginRequest('ghost.user', 'wrong')).statusCode).toBe(401);
    }
    const lockedReal = await loginRequest('locked.li', TEST_PASSWORD);
    const lockedGhost = await loginRequest('ghost.user', TEST_PASSWORD);
    expect(lockedReal.statusCode).toBe(429);
    expect(lockedGhost.statusCode).toBe(429);
    expect(lockedReal.json()).toEqual(lockedGhost.json());
    expect(lockedReal.json().error.code).toBe('auth.locked');

    ctx.clock.advance(16 * MINUTE);
    expect((await loginRequest('locked.li', TEST_PASSWORD)).statusCode).toBe(200);
  });

  it('audits successful and failed logins', async () => {
    const actions = await auditActions(ctx.database.ownerDb);
    expect(actions).toContain('auth.login');
    const failures = await ctx.database.ownerDb
      .selectFrom('audit_events')
      .select(['outcome', 'actor_username'])
      .where('action', '=', 'auth.login')
      .where('outcome', '=', 'failure')
      .execute();
    expect(failures.some((f) => f.actor_username === 'ghost.user')).toBe(true);
  });
});

describe('sessions', () => {
  it('expire after the idle timeout', async () => {
    const session = await login(ctx.app, 'office.wang');
    ctx.clock.advance(29 * MINUTE);
    const stillIn = await ctx.app.inject({ method: 'GET', url: '/api/v1/auth/session', headers: { cookie: session.cookie } });
    expect(stillIn.json().authenticated).toBe(true);
    ctx.clock.advance(31 * MINUTE);
    const out = await ctx.app.inject({ method: 'GET', url: '/api/v1/auth/session', headers: { cookie: session.cookie } });
    expect(out.json().authenticated).toBe(false);
  });

  it('expire at the absolute timeout even when in use', async () => {
    const session = await login(ctx.app, 'office.wang');
    for (let i = 0; i < 25; i++) {
      ctx.clock.advance(29 * MINUTE);
      const r = await ctx.app.inject({ method: 'GET', url: '/api/v1/auth/session', headers: { cookie: session.cookie } });
      if (i < 24) expect(r.json().authenticated).toBe(true);
      else expect(r.json().authenticated).toBe(false);
    }
  });

  it('end at logout', async () => {
    const session = await login(ctx.app, 'office.wang');
    const out = await ctx.app.inject({ method: 'POST', url: '/api/v1/auth/logout', headers: session.headers });
    expect(out.statusCode).toBe(200);
    const after = await ctx.app.inject({ method: 'GET', url: '/api/v1/auth/session', headers: { cookie: session.cookie } });
    expect(after.json().authenticated).toBe(false);
  });
});

describe('CSRF', () => {
  it('rejects a state-changing request without the token', async () => {
    const session = await login(ctx.app, 'office.wang');
    const response = await ctx.app.inject({
      method: 'PUT',
      url: '/api/v1/auth/preferences',
      payload: { locale: 'en' },
      headers: { cookie: session.cookie },
    });
    expect(response.statusCode).toBe(403);
    expect(response.json().error.code).toBe('auth.csrf_invalid');
  });

  it('rejects a wrong token and a foreign Origin', async () => {
    const session = await login(ctx.app, 'office.wang');
    const wrong = await ctx.app.inject({
      method: 'PUT', url: '/api/v1/auth/preferences', payload: { locale: 'en' },
      headers: { cookie: session.cookie, 'x-csrf-token': 'forged' },
    });
    expect(wrong.statusCode).toBe(403);
    const foreign = await ctx.app.inject({
      method: 'PUT', url: '/api/v1/auth/preferences', payload: { locale: 'en' },
      headers: { ...session.headers, origin: 'https://evil.example' },
    });
    expect(foreign.statusCode).toBe(403);
  });

  it('accepts the right token', async () => {
    const session = await login(ctx.app, 'office.wang');
    const response = await ctx.app.inject({ method: 'PUT', url: '/api/v1/auth/preferences', payload: { locale: 'en' }, headers: session.headers });
    expect(response.statusCode).toBe(200);
    const me = await ctx.app.inject({ method: 'GET', url: '/api/v1/auth/session', headers: { cookie: session.cookie } });
    expect(me.json().user.locale).toBe('en');
  });
});

describe('housekeeping', () => {
  it('purges sessions past their timeouts and keeps live ones', async () => {
    const { purgeExpired } = await import('./auth.usecases.ts');
    const stale = await login(ctx.app, 'office.wang');
    ctx.clock.advance(31 * MINUTE);
    const fresh = await login(ctx.app, 'office.wang');
    const result = await purgeExpired(ctx.deps);
    expect(result.sessions).toBeGreaterThanOrEqual(1);
    const rows = await ctx.database.ownerDb.selectFrom('sessions').select('token_hash').execute();
    expect(rows).toHaveLength(1);
    const alive = await ctx.app.inject({ method: 'GET', url: '/api/v1/auth/session', headers: { cookie: fresh.cookie } });
    expect(alive.json().authenticated).toBe(true);
    const gone = await ctx.app.inject({ method: 'GET', url: '/api/v1/auth/session', headers: { cookie: stale.cookie } });
    expect(gone.json().authenticated).toBe(false);
  });
});
