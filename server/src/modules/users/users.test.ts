import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, createUser, login, TEST_PASSWORD, type Session, type TestContext } from '../../../test/helpers.ts';

let ctx: TestContext;
let admin: Session;
beforeAll(async () => {
  ctx = await createTestContext();
  await createUser(ctx.database.appDb, 'admin.zhao', [{ role: 'admin' }]);
  admin = await login(ctx.app, 'admin.zhao');
});
afterAll(() => ctx.close());

const api = (method: 'GET' | 'POST' | 'PATCH' | 'DELETE' | 'PUT', url: string, session: Session, payload?: object, headers: Record<string, string> = {}) =>
  ctx.app.inject({ method, url, headers: { ...session.headers, ...headers }, ...(payload ? { payload } : {}) });

describe('creating users', () => {
  it('creates a user with a one-time password who must change it at first login', async () => {
    const created = await api('POST', '/api/v1/users', admin, {
      username: 'liaison.js',
      displayName: '江苏联络员',
      email: 'liaison@js.example.cn',
      roles: [{ role: 'liaison', memberCode: '320000', bodyCode: 'drc-320000' }],
    });
    expect(created.statusCode).toBe(201);
    const { user, oneTimePassword } = created.json();
    expect(user.roles).toMatchObject([{ role: 'liaison', memberCode: '320000', bodyCode: 'drc-320000' }]);
    expect(user.mustChangePassword).toBe(true);
    expect(oneTimePassword).toMatch(/^[\w]{5}-[\w]{5}-[\w]{5}-[\w]{5}$/);

    const session = await login(ctx.app, 'liaison.js', oneTimePassword);
    const blocked = await ctx.app.inject({ method: 'GET', url: '/api/v1/audit-events', headers: { cookie: session.cookie } });
    expect(blocked.statusCode).toBe(403);
    expect(blocked.json().error.code).toBe('auth.password_change_required');

    const weak = await api('POST', '/api/v1/auth/password', session, { currentPassword: oneTimePassword, newPassword: 'password123' }, { 'accept-language': 'en' });
    expect(weak.statusCode).toBe(400);
    const rules = weak.json().error.fields.map((f: { rule: string }) => f.rule);
    expect(rules).toEqual(expect.arrayContaining(['password.too_short', 'password.common']));

    const withName = await api('POST', '/api/v1/auth/password', session, { currentPassword: oneTimePassword, newPassword: 'my-liaison.js-password' });
    expect(withName.json().error.fields.map((f: { rule: string }) => f.rule)).toContain('password.contains_username');

    const decorated = await api('POST', '/api/v1/auth/password', session, { currentPassword: oneTimePassword, newPassword: 'Password2024!!!!' });
    expect(decorated.json().error.fields.map((f: { rule: string }) => f.rule)).toContain('password.common');

    const ok = await api('POST', '/api/v1/auth/password', session, { currentPassword: oneTimePassword, newPassword: 'Taihu-Lake-Joint-Governance' });
    expect(ok.statusCode).toBe(200);
    const me = await ctx.app.inject({ method: 'GET', url: '/api/v1/auth/session', headers: { cookie: session.cookie } });
    expect(me.json().user.mustChangePassword).toBe(false);
  });

  it('rejects a taken username, case-insensitively, naming the field', async () => {
    const response = await api('POST', '/api/v1/users', admin, { username: 'LIAISON.JS', displayName: 'x' });
    expect(response.statusCode).toBe(409);
    expect(response.json().error.fields[0]).toMatchObject({ field: 'username', rule: 'users.username_taken' });
  });

  it('rejects unknown fields and bad values with 400 naming each field, in the user’s language', async () => {
    const zh = await api('POST', '/api/v1/users', admin, { username: 'a', displayName: '', colour: 'red', roles: [{ role: 'king' }] });
    expect(zh.statusCode).toBe(400);
    const body = zh.json().error;
    expect(body.code).toBe('validation.failed');
    const byField = Object.fromEntries(body.fields.map((f: { field: string; rule: string }) => [f.field, f.rule]));
    expect(byField).toMatchObject({ username: 'minLength', displayName: 'minLength', colour: 'additionalProperties', 'roles.0.role': 'enum' });
    expect(body.fields.find((f: { field: string }) => f.field === 'colour').message).toBe('不允许未知字段“colour”');

    // The signed-in user's own language setting wins over the browser's Accept-Language.
    const stillZh = await api('POST', '/api/v1/users', admin, { username: 'ab' }, { 'accept-language': 'en' });
    expect(stillZh.json().error.fields).toEqual(expect.arrayContaining([expect.objectContaining({ message: '字段“displayName”为必填项' })]));
    await api('PUT', '/api/v1/auth/preferences', admin, { locale: 'en' });
    const en = await api('POST', '/api/v1/users', admin, { username: 'ab' });
    await api('PUT', '/api/v1/auth/preferences', admin, { locale: 'zh-CN' });
    expect(en.json().error.fields).toEqual(
      expect.arrayContaining([{ field: 'displayName', rule: 'required', message: 'Field "displayName" is required' }]),
    );
  });

  it('rejects a liaison without a member, or an office role with one', async () => {
    const noMember = await api('POST', '/api/v1/users', admin, { username: 'bad.role', displayName: 'x', roles: [{ role: 'liaison' }] });
    expect(noMember.statusCode).toBe(400);
    expect(noMember.json().error.code).toBe('users.role_invalid_scope');
    const officeWithMember = await api('POST', '/api/v1/users', admin, { username: 'bad.role', displayName: 'x', roles: [{ role: 'office', memberCode: '320000' }] });
    expect(officeWithMember.statusCode).toBe(400);
    const unknownMember = await api('POST', '/api/v1/users', admin, { username: 'bad.role', displayName: 'x', roles: [{ role: 'editor', memberCode: '110000' }] });
    expect(unknownMember.json().error.code).toBe('region.unknown_member');
  });

  it('rejects a body with a wrong type instead of coercing it', async () => {
    const response = await api('POST', '/api/v1/users', admin, { username: 12345, displayName: 'x' });
    expect(response.statusCode).toBe(400);
    expect(response.json().error.fields[0]).toMatchObject({ field: 'username', rule: 'type' });
  });

  it('answers malformed JSON and a wrong content type with 4xx, never 500', async () => {
    const malformed = await ctx.app.inject({ method: 'POST', url: '/api/v1/users', headers: { ...admin.headers, 'content-type': 'application/json' }, payload: '{"username": ' });
    expect(malformed.statusCode).toBe(400);
    const form = await ctx.app.inject({ method: 'POST', url: '/api/v1/users', headers: { ...admin.headers, 'content-type': 'application/x-www-form-urlencoded' }, payload: 'username=x' });
    expect(form.statusCode).toBe(415);
    expect(form.json().error.code).toBe('common.unsupported_media_type');
  });
});

describe('roles and status', () => {
  it('revoking a role takes effect on the next request', async () => {
    const userId = await createUser(ctx.database.appDb, 'office.qian', [{ role: 'office' }]);
    const office = await login(ctx.app, 'office.qian');
    const before = await ctx.app.inject({ method: 'GET', url: '/api/v1/audit-events', headers: { cookie: office.cookie } });
    expect(before.statusCode).toBe(200);
    const user = (await api('GET', `/api/v1/users/${userId}`, admin)).json();
    const revoked = await api('DELETE', `/api/v1/users/${userId}/roles/${user.roles[0].id}`, admin);
    expect(revoked.statusCode).toBe(200);
    const after = await ctx.app.inject({ method: 'GET', url: '/api/v1/audit-events', headers: { cookie: office.cookie } });
    expect(after.statusCode).toBe(403);
  });

  it('disabling a user ends their sessions', async () => {
    const userId = await createUser(ctx.database.appDb, 'to.disable', [{ role: 'observer' }]);
    const session = await login(ctx.app, 'to.disable');
    const user = (await api('GET', `/api/v1/users/${userId}`, admin)).json();
    const disabled = await api('PATCH', `/api/v1/users/${userId}`, admin, { version: user.version, status: 'disabled' });
    expect(disabled.statusCode).toBe(200);
    const me = await ctx.app.inject({ method: 'GET', url: '/api/v1/auth/session', headers: { cookie: session.cookie } });
    expect(me.json().authenticated).toBe(false);
    const again = await ctx.app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { username: 'to.disable', password: TEST_PASSWORD } });
    expect(again.statusCode).toBe(401);
  });

  it('keeps at least one active admin', async () => {
    const me = (await api('GET', '/api/v1/auth/session', admin)).json().user;
    const response = await api('DELETE', `/api/v1/users/${me.id}/roles/${me.roles[0].id}`, admin);
    expect(response.statusCode).toBe(409);
    expect(response.json().error.code).toBe('users.last_admin');
    const self = (await api('GET', `/api/v1/users/${me.id}`, admin)).json();
    const disableSelf = await api('PATCH', `/api/v1/users/${me.id}`, admin, { version: self.version, status: 'disabled' });
    expect(disableSelf.statusCode).toBe(409);
  });

  it('two admins editing the same user: one wins, the other gets 409 with the current version', async () => {
    const userId = await createUser(ctx.database.appDb, 'contested', [{ role: 'observer' }]);
    const { version } = (await api('GET', `/api/v1/users/${userId}`, admin)).json();
    const [a, b] = await Promise.all([
      api('PATCH', `/api/v1/users/${userId}`, admin, { version, displayName: '甲' }),
      api('PATCH', `/api/v1/users/${userId}`, admin, { version, displayName: '乙' }),
    ]);
    const statuses = [a.statusCode, b.statusCode].sort();
    expect(statuses).toEqual([200, 409]);
    const loser = a.statusCode === 409 ? a : b;
    expect(loser.json().error.details.currentVersion).toBe(version + 1);
    const winner = a.statusCode === 200 ? a : b;
    const stored = (await api('GET', `/api/v1/users/${userId}`, admin)).json();
    expect(stored.displayName).toBe(winner.json().displayName);
  });

  it('reset-password issues a new one-time password and lifts a lockout', async () => {
    const userId = await createUser(ctx.database.appDb, 'forgetful', [{ role: 'observer' }]);
    for (let i = 0; i < 5; i++) await ctx.app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { username: 'forgetful', password: 'nope' } });
    const locked = await ctx.app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { username: 'forgetful', password: TEST_PASSWORD } });
    expect(locked.statusCode).toBe(429);
    const reset = await api('POST', `/api/v1/users/${userId}/reset-password`, admin);
    expect(reset.statusCode).toBe(200);
    const session = await login(ctx.app, 'forgetful', reset.json().oneTimePassword);
    const me = await ctx.app.inject({ method: 'GET', url: '/api/v1/auth/session', headers: { cookie: session.cookie } });
    expect(me.json().user.mustChangePassword).toBe(true);
  });

  it('lists users with filters and cursors', async () => {
    const page1 = (await api('GET', '/api/v1/users?limit=2', admin)).json();
    expect(page1.items).toHaveLength(2);
    const page2 = (await api('GET', `/api/v1/users?limit=2&cursor=${page1.nextCursor}`, admin)).json();
    expect(page2.items[0].username.toLowerCase() > page1.items[1].username.toLowerCase()).toBe(true);
    const liaisons = (await api('GET', '/api/v1/users?role=liaison&memberCode=320000', admin)).json();
    expect(liaisons.items.map((u: { username: string }) => u.username)).toEqual(['liaison.js']);
  });
});
