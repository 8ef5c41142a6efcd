import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, createUser, login, type TestContext } from '../../../test/helpers.ts';
import { canonicalJson } from './audit.models.ts';
import { verifyAuditChain } from './audit.usecases.ts';

let ctx: TestContext;
beforeAll(async () => {
  ctx = await createTestContext();
  await createUser(ctx.database.appDb, 'admin.zhao', [{ role: 'admin' }]);
  await createUser(ctx.database.appDb, 'obs.ndrc', [{ role: 'observer' }]);
  await createUser(ctx.database.appDb, 'ed.js', [{ role: 'editor', memberCode: '320000' }]);
  // Some history: logins, a user created, a denied request.
  const admin = await login(ctx.app, 'admin.zhao');
  await ctx.app.inject({ method: 'POST', url: '/api/v1/users', headers: admin.headers, payload: { username: 'new.user', displayName: '新用户' } });
  const editor = await login(ctx.app, 'ed.js');
  await ctx.app.inject({ method: 'GET', url: '/api/v1/users', headers: { cookie: editor.cookie } });
});
afterAll(() => ctx.close());

describe('audit chain', () => {
  it('records writes, logins and denied requests with actor, time and IP', async () => {
    const rows = await ctx.database.ownerDb.selectFrom('audit_events').selectAll().orderBy('seq').execute();
    const create = rows.find((r) => r.action === 'user.create' && r.actor_username === 'admin.zhao');
    expect(create?.summary).toMatchObject({ username: 'new.user', displayName: '新用户' });
    expect(create?.ip).toBe('127.0.0.1');
    const denied = rows.find((r) => r.action === 'access.denied');
    expect(denied).toMatchObject({ outcome: 'denied', actor_username: 'ed.js', actor_member_code: '320000', object_id: 'GET /api/v1/users' });
    expect(rows.every((r) => r.hash.length === 64)).toBe(true);
  });

  it('verifies an untouched chain', async () => {
    const result = await verifyAuditChain({ db: ctx.database.appDb });
    expect(result.ok).toBe(true);
    expect(result.checked).toBe(result.total);
    expect(result.checked).toBeGreaterThan(4);
  });

  it('cannot be changed or deleted by the app role', async () => {
    await expect(sql`UPDATE audit_events SET action = 'x'`.execute(ctx.database.appDb)).rejects.toThrow(/permission denied/);
    await expect(sql`DELETE FROM audit_events`.execute(ctx.database.appDb)).rejects.toThrow(/permission denied/);
    await expect(sql`TRUNCATE audit_events`.execute(ctx.database.appDb)).rejects.toThrow(/permission denied|must be owner/);
  });

  it('refuses updates even from the owner while the trigger is in place', async () => {
    await expect(sql`UPDATE audit_events SET action = 'x'`.execute(ctx.database.ownerDb)).rejects.toThrow(/append-only/);
  });

  it('names the first altered event', async () => {
    const target = await ctx.database.ownerDb.selectFrom('audit_events').select('seq').where('action', '=', 'user.create').executeTakeFirstOrThrow();
    // An attacker with owner rights switches the guard off and edits history.
    await sql`ALTER TABLE audit_events DISABLE TRIGGER USER`.execute(ctx.database.ownerDb);
    await sql`UPDATE audit_events SET summary = '{"username":"someone.else"}' WHERE seq = ${target.seq}`.execute(ctx.database.ownerDb);
    const result = await verifyAuditChain({ db: ctx.database.appDb });
    expect(result.ok).toBe(false);
    expect(result.firstBroken).toMatchObject({ seq: target.seq, problem: 'altered', action: 'user.create' });
  });

  it('names where an event was removed', async () => {
    const rows = await ctx.database.ownerDb.selectFrom('audit_events').select('seq').orderBy('seq').execute();
    // Undo the previous test's damage by removing that row and everything after the removal point matters.
    const victim = rows[1]!.seq;
    await sql`DELETE FROM audit_events WHERE seq = ${victim}`.execute(ctx.database.ownerDb);
    const result = await verifyAuditChain({ db: ctx.database.appDb });
    expect(result.ok).toBe(false);
    expect(result.firstBroken?.problem).toBe('predecessor_missing');
    expect(result.firstBroken?.seq).toBe(rows[2]!.seq);
    expect(result.firstBroken?.lastGoodSeq).toBe(rows[0]!.seq);
  });
});

describe('audit API', () => {
  it('lists events newest first with the region offset, filtered and paged', async () => {
    const admin = await login(ctx.app, 'obs.ndrc');
    const page = await ctx.app.inject({ method: 'GET', url: '/api/v1/audit-events?action=auth.&limit=2', headers: { cookie: admin.cookie } });
    expect(page.statusCode).toBe(200);
    const body = page.json();
    expect(body.items).toHaveLength(2);
    expect(body.items.every((e: { action: string }) => e.action.startsWith('auth.'))).toBe(true);
    expect(body.items[0].occurredAt).toMatch(/\+08:00$/);
    expect(Number(body.items[0].seq)).toBeGreaterThan(Number(body.items[1].seq));
    const all = (await ctx.app.inject({ method: 'GET', url: '/api/v1/audit-events?limit=2', headers: { cookie: admin.cookie } })).json();
    const next = await ctx.app.inject({ method: 'GET', url: `/api/v1/audit-events?limit=2&cursor=${all.nextCursor}`, headers: { cookie: admin.cookie } });
    expect(next.statusCode, next.body).toBe(200);
    expect(Number(next.json().items[0].seq)).toBeLessThan(Number(all.items[1].seq));
  });
});

describe('canonical JSON', () => {
  it('does not depend on key order', () => {
    expect(canonicalJson({ b: 1, a: { d: [1, { y: 2, x: 1 }], c: null } })).toBe(canonicalJson({ a: { c: null, d: [1, { x: 1, y: 2 }] }, b: 1 }));
  });
});
