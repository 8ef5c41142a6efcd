import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditActions, createTestContext, createUser, login, type Session, type TestContext } from '../../../test/helpers.ts';
import { systemActor } from '../../shared/principal.ts';
import { createIndicator } from '../indicators/indicators.usecases.ts';

let ctx: TestContext;
let admin: Session;
const system = () => ({ ...ctx.deps, actor: systemActor('test') });
const PUSH = '/api/v1/indicators/observations/push';

beforeAll(async () => {
  ctx = await createTestContext(); // clock: 2026-03-02
  await createUser(ctx.database.appDb, 'tok.admin', [{ role: 'admin' }]);
  admin = await login(ctx.app, 'tok.admin');
  const common = { nameZh: '测试', direction: 'higher', valueKind: 'decimal' } as const;
  await createIndicator(system(), { ...common, code: 'GDP', level: 'member', frequency: 'yearly' });
  await createIndicator(system(), { ...common, code: 'CITY_GDP', level: 'city', frequency: 'yearly' });
  await createIndicator(system(), { ...common, code: 'OTHER', level: 'member', frequency: 'yearly' });
});
afterAll(() => ctx.close());

async function issue(body: object = {}) {
  const response = await ctx.app.inject({
    method: 'POST', url: '/api/v1/tokens', headers: admin.headers,
    payload: { name: '江苏统计局', memberCode: '320000', expiresAt: '2027-01-01T00:00:00Z', ...body },
  });
  expect(response.statusCode, response.body).toBe(201);
  return response.json() as { id: string; secret: string; version: number; prefix: string };
}
const push = (secret: string | undefined, items: object[]) =>
  ctx.app.inject({ method: 'POST', url: PUSH, headers: secret ? { authorization: `Bearer ${secret}` } : {}, payload: { items } });
const count = async () => Number((await ctx.database.ownerDb.selectFrom('observations').select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow()).n);

describe('API tokens', () => {
  it('shows the secret once, stores only its hash, lists without it', async () => {
    const token = await issue();
    expect(token.secret).toMatch(/^yrd_pat_[A-Za-z0-9_-]{43}$/);
    expect(token.secret.startsWith(token.prefix)).toBe(true);
    const row = await ctx.database.ownerDb.selectFrom('api_tokens').selectAll().where('id', '=', token.id).executeTakeFirstOrThrow();
    expect(row.secret_hash).toMatch(/^[0-9a-f]{64}$/);
    expect(JSON.stringify(row)).not.toContain(token.secret);
    const list = await ctx.app.inject({ method: 'GET', url: '/api/v1/tokens', headers: admin.headers });
    expect(list.statusCode).toBe(200);
    expect(list.body).not.toContain(token.secret);
    expect(list.json().items.find((t: { id: string }) => t.id === token.id)).toMatchObject({ state: 'active', lastUsedAt: null, memberCode: '320000' });
    expect(await auditActions(ctx.database.ownerDb)).toContain('token.create');
  });

  it('refuses an expiry in the past or more than two years ahead, and unknown members or indicators', async () => {
    const cases: [object, string, string][] = [
      [{ expiresAt: '2026-03-01T00:00:00Z' }, 'expiresAt', 'tokens.expiry_past'],
      [{ expiresAt: '2028-06-01T00:00:00Z' }, 'expiresAt', 'tokens.expiry_too_far'],
      [{ memberCode: '999999' }, 'memberCode', 'tokens.unknown_member'],
      [{ indicatorCodes: ['NOPE'] }, 'indicatorCodes', 'tokens.unknown_indicator'],
    ];
    for (const [body, field, rule] of cases) {
      const response = await ctx.app.inject({ method: 'POST', url: '/api/v1/tokens', headers: admin.headers, payload: { name: 'x', memberCode: '320000', expiresAt: '2027-01-01T00:00:00Z', ...body } });
      expect(response.statusCode, JSON.stringify(body)).toBe(400);
      expect(response.json().error.fields[0]).toMatchObject({ field, rule });
    }
  });
});

describe('pushing observations', () => {
  it('writes for the token member and its cities; idempotent; notes the last use and audits each push', async () => {
    const token = await issue();
    const items = [
      { indicatorCode: 'GDP', scopeCode: '320000', period: '2024', value: 12.5, source: '江苏统计年鉴' },
      { indicatorCode: 'CITY_GDP', scopeCode: '320500', period: '2024', value: 2.4 },
    ];
    const first = await push(token.secret, items);
    expect(first.statusCode, first.body).toBe(200);
    expect(first.json()).toEqual({ created: 2, revised: 0, unchanged: 0 });
    const again = await push(token.secret, items);
    expect(again.json()).toEqual({ created: 0, revised: 0, unchanged: 2 });
    expect(await count()).toBe(2);
    const revised = await push(token.secret, [{ ...items[0]!, value: 12.6 }]);
    expect(revised.json()).toEqual({ created: 0, revised: 1, unchanged: 0 });
    const revision = await ctx.database.ownerDb.selectFrom('observation_revisions').select(['token_id', 'changed_by_name']).where('revision', '=', 2).executeTakeFirstOrThrow();
    expect(revision).toEqual({ token_id: token.id, changed_by_name: 'token:江苏统计局' });
    const row = await ctx.database.ownerDb.selectFrom('api_tokens').select('last_used_at').where('id', '=', token.id).executeTakeFirstOrThrow();
    expect(row.last_used_at?.toISOString()).toBe(ctx.clock.now().toISOString());
    const events = await ctx.database.ownerDb.selectFrom('audit_events').select(['summary', 'actor_member_code', 'outcome']).where('action', '=', 'observations.upsert').orderBy('seq').execute();
    expect(events).toHaveLength(3);
    expect(events[0]).toMatchObject({ actor_member_code: '320000', outcome: 'success', summary: { origin: 'push', apiCredentialId: token.id, created: 2 } });
  });

  it('a token for 320000 cannot write 330000 or its cities: 403 naming the item, nothing written', async () => {
    const token = await issue();
    const before = await count();
    for (const item of [{ indicatorCode: 'GDP', scopeCode: '330000', period: '2023', value: 1 }, { indicatorCode: 'CITY_GDP', scopeCode: '330100', period: '2023', value: 1 }]) {
      const response = await push(token.secret, [{ indicatorCode: 'GDP', scopeCode: '320000', period: '2023', value: 1 }, item]);
      expect(response.statusCode, response.body).toBe(403);
      expect(response.json().error.fields[0]).toMatchObject({ field: 'items[1].scopeCode', rule: 'observations.forbidden_scope' });
    }
    expect(await count()).toBe(before);
    const failures = await ctx.database.ownerDb.selectFrom('audit_events').select('summary').where('action', '=', 'observations.upsert').where('outcome', '=', 'failure').execute();
    expect(failures.length).toBeGreaterThanOrEqual(2);
  });

  it('a token scoped to indicators cannot write others', async () => {
    const token = await issue({ indicatorCodes: ['GDP'] });
    const response = await push(token.secret, [{ indicatorCode: 'GDP', scopeCode: '320000', period: '2022', value: 1 }, { indicatorCode: 'OTHER', scopeCode: '320000', period: '2022', value: 1 }]);
    expect(response.statusCode).toBe(403);
    expect(response.json().error).toMatchObject({ code: 'tokens.indicator_not_allowed', fields: [{ field: 'items[1].indicatorCode', rule: 'tokens.indicator_not_allowed' }] });
    expect((await push(token.secret, [{ indicatorCode: 'GDP', scopeCode: '320000', period: '2022', value: 1 }])).statusCode).toBe(200);
  });

  it('no, unknown, expired or revoked token: 401 at once, before the body is read', async () => {
    const token = await issue({ expiresAt: '2026-03-03T00:00:00Z' });
    const item = { indicatorCode: 'GDP', scopeCode: '320000', period: '2021', value: 1 };
    expect((await push(token.secret, [item])).statusCode).toBe(200);
    expect((await push(undefined, [item])).statusCode).toBe(401);
    expect((await push('yrd_pat_unknown', [item])).statusCode).toBe(401);
    // An invalid body without a token is still 401: nothing is validated for an unknown caller.
    expect((await ctx.app.inject({ method: 'POST', url: PUSH, payload: { nope: 1 } })).statusCode).toBe(401);

    ctx.clock.set(new Date('2026-03-03T00:00:01Z'));
    try {
      const expired = await push(token.secret, [item]);
      expect(expired.statusCode).toBe(401);
      expect(expired.json().error.code).toBe('tokens.invalid');
    } finally {
      ctx.clock.set(new Date('2026-03-02T01:00:00.000Z'));
    }

    const live = await issue();
    expect((await push(live.secret, [item])).statusCode).toBe(200);
    const revoke = await ctx.app.inject({ method: 'POST', url: `/api/v1/tokens/${live.id}/revoke`, headers: admin.headers, payload: { version: live.version } });
    expect(revoke.statusCode, revoke.body).toBe(200);
    expect(revoke.json().state).toBe('revoked');
    expect((await push(live.secret, [item])).statusCode).toBe(401);
    const twice = await ctx.app.inject({ method: 'POST', url: `/api/v1/tokens/${live.id}/revoke`, headers: admin.headers, payload: { version: live.version + 1 } });
    expect(twice.statusCode).toBe(409);
    expect(await auditActions(ctx.database.ownerDb)).toContain('token.revoke');
  });

  it('a bearer request needs no CSRF token; a signed-in session alone cannot push', async () => {
    const token = await issue();
    const item = { indicatorCode: 'GDP', scopeCode: '320000', period: '2020', value: 3 };
    expect((await ctx.app.inject({ method: 'POST', url: PUSH, headers: { authorization: `Bearer ${token.secret}` }, payload: { items: [item] } })).statusCode).toBe(200);
    expect((await ctx.app.inject({ method: 'POST', url: PUSH, headers: admin.headers, payload: { items: [item] } })).statusCode).toBe(401);
  });
});
