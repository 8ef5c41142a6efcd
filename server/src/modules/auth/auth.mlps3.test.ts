import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DAY } from '../../shared/clock.ts';
import { createTestContext, createUser, login, TEST_PASSWORD, type TestContext } from '../../../test/helpers.ts';

/** The stricter profile for deployments assessed under MLPS level 3. */
let ctx: TestContext;
beforeAll(async () => {
  ctx = await createTestContext({ passwordProfile: 'mlps3' });
  await createUser(ctx.database.appDb, 'strict.user', [{ role: 'observer' }]);
});
afterAll(() => ctx.close());

const change = async (currentPassword: string, newPassword: string) => {
  const session = await login(ctx.app, 'strict.user', currentPassword);
  return ctx.app.inject({ method: 'POST', url: '/api/v1/auth/password', headers: session.headers, payload: { currentPassword, newPassword } });
};

describe('MLPS level-3 password profile', () => {
  it('publishes its rules', async () => {
    const rules = (await ctx.app.inject({ method: 'GET', url: '/api/v1/auth/password-policy' })).json();
    expect(rules).toMatchObject({ profile: 'mlps3', minClasses: 3, maxAgeDays: 90, historyCount: 5 });
  });

  it('requires three character classes', async () => {
    const response = await change(TEST_PASSWORD, 'alllowercaseletters');
    expect(response.json().error.fields.map((f: { rule: string }) => f.rule)).toContain('password.classes');
  });

  it('refuses the last five passwords', async () => {
    expect((await change(TEST_PASSWORD, 'Yangtze-Delta-2024-a')).statusCode).toBe(200);
    expect((await change('Yangtze-Delta-2024-a', 'Yangtze-Delta-2024-b')).statusCode).toBe(200);
    const reuse = await change('Yangtze-Delta-2024-b', 'Yangtze-Delta-2024-a');
    expect(reuse.statusCode).toBe(400);
    expect(reuse.json().error.fields[0].rule).toBe('password.reused');
  });

  it('forces a change after 90 days', async () => {
    const session = await login(ctx.app, 'strict.user', 'Yangtze-Delta-2024-b');
    expect((await ctx.app.inject({ method: 'GET', url: '/api/v1/auth/session', headers: { cookie: session.cookie } })).json().user.mustChangePassword).toBe(false);
    ctx.clock.advance(91 * DAY);
    const later = await login(ctx.app, 'strict.user', 'Yangtze-Delta-2024-b');
    expect((await ctx.app.inject({ method: 'GET', url: '/api/v1/auth/session', headers: { cookie: later.cookie } })).json().user.mustChangePassword).toBe(true);
  });
});
