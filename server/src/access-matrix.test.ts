/**
 * The access matrix: every registered route × every role (and, for records that
 * belong to a member, own member × other member) → the expected status. A route
 * missing from the table fails the suite, so no endpoint ships without a
 * decision about who may call it.
 */
import Fastify from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { policyPlugin } from './plugins/policy.ts';
import { createTestContext, createUser, login, type Session, type TestContext } from '../test/helpers.ts';

type Who = 'anonymous' | 'admin' | 'office' | 'observer' | 'liaison' | 'editor';
const EVERYONE: Who[] = ['anonymous', 'admin', 'office', 'observer', 'liaison', 'editor'];

interface Case {
  /** Concrete URL to call; may create fixtures for this caller (e.g. a fresh grant to revoke). */
  path: (who: Who) => Promise<string> | string;
  payload?: (who: Who) => Promise<object> | object;
  expect: Record<Who, number>;
  /** Extra checks on a successful response: e.g. that a list holds nothing the caller may not see. */
  check?: (who: Who, body: unknown) => void;
}

const only = (allowed: Who[], okStatus = 200): Record<Who, number> =>
  Object.fromEntries(EVERYONE.map((who) => [who, allowed.includes(who) ? okStatus : who === 'anonymous' ? 401 : 403])) as Record<Who, number>;
const everyone = (status = 200) => Object.fromEntries(EVERYONE.map((who) => [who, status])) as Record<Who, number>;
const signedIn = (status = 200) => ({ ...everyone(status), anonymous: 401 });

let ctx: TestContext;
const sessions = new Map<Who, Session>();
let targetUserId = '';
let counter = 0;
const unique = (who: Who) => `matrix.${who}.${++counter}`;

async function currentVersion(userId: string) {
  const row = await ctx.database.ownerDb.selectFrom('users').select('version').where('id', '=', userId).executeTakeFirstOrThrow();
  return row.version;
}

async function freshGrant(): Promise<string> {
  const row = await ctx.database.ownerDb
    .insertInto('user_roles')
    .values({ user_id: targetUserId, role: 'editor', member_code: '330000', body_code: null })
    .onConflict((oc) => oc.doNothing())
    .returning('id')
    .executeTakeFirst();
  if (row) return row.id;
  const existing = await ctx.database.ownerDb.selectFrom('user_roles').select('id').where('user_id', '=', targetUserId).where('role', '=', 'editor').executeTakeFirstOrThrow();
  return existing.id;
}

const table: Record<string, Case> = {
  'GET /api/v1/health': { path: () => '/api/v1/health', expect: everyone() },
  'POST /api/v1/auth/login': {
    path: () => '/api/v1/auth/login',
    payload: (who) => ({ username: `nobody.${who}`, password: 'wrong-password' }),
    expect: everyone(401),
  },
  'GET /api/v1/auth/session': { path: () => '/api/v1/auth/session', expect: everyone() },
  'GET /api/v1/auth/password-policy': { path: () => '/api/v1/auth/password-policy', expect: everyone() },
  // Own-account routes: any signed-in user, never anonymous. Logout is last in the run (see below).
  'PUT /api/v1/auth/preferences': { path: () => '/api/v1/auth/preferences', payload: () => ({ locale: 'zh-CN' }), expect: signedIn() },
  'POST /api/v1/auth/password': {
    path: () => '/api/v1/auth/password',
    payload: () => ({ currentPassword: 'not-my-password', newPassword: 'Whatever-New-Password-1' }),
    // Reachable (400: wrong current password) for every signed-in user.
    expect: signedIn(400),
  },
  'POST /api/v1/auth/logout': { path: () => '/api/v1/auth/logout', expect: signedIn() },

  'GET /api/v1/region': { path: () => '/api/v1/region', expect: everyone() },
  'GET /api/v1/members': { path: () => '/api/v1/members', expect: everyone() },
  'GET /api/v1/members/:code': { path: () => '/api/v1/members/320000', expect: everyone() },
  'GET /api/v1/cities': { path: () => '/api/v1/cities', expect: everyone() },
  'GET /api/v1/cities/:code': { path: () => '/api/v1/cities/341300', expect: everyone() },
  'GET /api/v1/bodies': { path: () => '/api/v1/bodies', expect: everyone() },
  'GET /api/v1/bodies/:code': { path: () => '/api/v1/bodies/rco', expect: everyone() },

  'GET /api/v1/users': { path: () => '/api/v1/users', expect: only(['admin']) },
  'POST /api/v1/users': {
    path: () => '/api/v1/users',
    payload: (who) => ({ username: unique(who), displayName: 'Matrix' }),
    expect: only(['admin'], 201),
  },
  'GET /api/v1/users/:id': { path: () => `/api/v1/users/${targetUserId}`, expect: only(['admin']) },
  'PATCH /api/v1/users/:id': {
    path: () => `/api/v1/users/${targetUserId}`,
    payload: async (who) => ({ version: await currentVersion(targetUserId), displayName: `by ${who}` }),
    expect: only(['admin']),
  },
  'POST /api/v1/users/:id/roles': {
    path: () => `/api/v1/users/${targetUserId}/roles`,
    payload: (who) => ({ role: 'liaison', memberCode: who === 'admin' ? '340000' : '310000' }),
    expect: only(['admin']),
  },
  'DELETE /api/v1/users/:id/roles/:grantId': {
    path: async () => `/api/v1/users/${targetUserId}/roles/${await freshGrant()}`,
    expect: only(['admin']),
  },
  'POST /api/v1/users/:id/reset-password': { path: () => `/api/v1/users/${targetUserId}/reset-password`, expect: only(['admin']) },
  'POST /api/v1/users/:id/unlock': { path: () => `/api/v1/users/${targetUserId}/unlock`, expect: only(['admin']) },

  'GET /api/v1/audit-events': {
    path: () => '/api/v1/audit-events?limit=200',
    expect: only(['admin', 'office', 'observer']),
    // These roles read the whole trail: the list must not be filtered down to the caller.
    check: (_who, body) => {
      const actors = new Set((body as { items: { actorUsername: string }[] }).items.map((e) => e.actorUsername));
      expect(actors.size).toBeGreaterThan(1);
    },
  },
};

/** Plugin-owned or catch-all routes, covered by their own tests. */
const OUT_OF_TABLE = (method: string, url: string) => url.startsWith('/api/docs') || url === '/*' || method === 'HEAD';

beforeAll(async () => {
  ctx = await createTestContext();
  await createUser(ctx.database.appDb, 'm.admin', [{ role: 'admin' }]);
  await createUser(ctx.database.appDb, 'm.office', [{ role: 'office' }]);
  await createUser(ctx.database.appDb, 'm.observer', [{ role: 'observer' }]);
  await createUser(ctx.database.appDb, 'm.liaison', [{ role: 'liaison', memberCode: '320000' }]);
  await createUser(ctx.database.appDb, 'm.editor', [{ role: 'editor', memberCode: '320000' }]);
  targetUserId = await createUser(ctx.database.appDb, 'm.target', [{ role: 'observer' }]);
});
afterAll(() => ctx.close());

describe('access matrix', () => {
  it('covers every registered route', () => {
    const registered = ctx.app.accessCatalog
      .filter((r) => !OUT_OF_TABLE(r.method, r.url))
      .map((r) => `${r.method} ${r.url}`)
      .sort();
    expect(registered).toEqual(Object.keys(table).sort());
  });

  const order = Object.keys(table).filter((k) => k !== 'POST /api/v1/auth/logout').concat('POST /api/v1/auth/logout');
  for (const who of EVERYONE) {
    it(`${who}: every route answers as the table says`, async () => {
      if (who !== 'anonymous' && !sessions.has(who)) sessions.set(who, await login(ctx.app, `m.${who}`));
      const session = sessions.get(who);
      const failures: string[] = [];
      for (const key of order) {
        const entry = table[key]!;
        const method = key.split(' ')[0] as 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
        const url = await entry.path(who);
        const payload = entry.payload ? await entry.payload(who) : undefined;
        const response = await ctx.app.inject({ method, url, headers: session?.headers ?? {}, ...(payload ? { payload } : {}) });
        if (response.statusCode !== entry.expect[who]) failures.push(`${key}: expected ${entry.expect[who]}, got ${response.statusCode} ${response.body.slice(0, 120)}`);
        else if (entry.check && response.statusCode < 300) entry.check(who, response.json());
      }
      sessions.delete(who); // logged out by the last route
      expect(failures).toEqual([]);
    });
  }

  it('serves the OpenAPI document publicly, every operation naming its policy', async () => {
    const response = await ctx.app.inject({ method: 'GET', url: '/api/docs/json' });
    expect(response.statusCode).toBe(200);
    const doc = response.json();
    expect(doc.openapi).toBe('3.1.0');
    const operations = Object.values(doc.paths as Record<string, Record<string, { 'x-access-policy'?: string }>>).flatMap((p) => Object.values(p));
    expect(operations.length).toBeGreaterThanOrEqual(Object.keys(table).length);
    expect(operations.every((op) => typeof op['x-access-policy'] === 'string')).toBe(true);
  });
});

describe('deny by default', () => {
  it('refuses to register a route without a policy', async () => {
    const app = Fastify();
    await app.register(policyPlugin, { deps: ctx.deps });
    expect(() => app.get('/api/v1/unguarded', async () => ({ ok: true }))).toThrow(/declares no access policy/);
    await app.close();
  });
});
