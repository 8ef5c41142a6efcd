import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, createUser, listeningChanges, login, type Session, type TestContext } from '../../../test/helpers.ts';
import { DataChanges } from '../../db/data-changes.ts';
import { MINUTE } from '../../shared/clock.ts';
import type { SessionWithUser } from './auth.repository.ts';
import { SessionCache } from './auth.session-cache.ts';

let ctx: TestContext;

beforeAll(async () => {
  ctx = await createTestContext({ sessionIdleMinutes: 30 });
});
afterAll(() => ctx.close());

const sessionOf = async (session: Session) =>
  (await ctx.app.inject({ method: 'GET', url: '/api/v1/auth/session', headers: { cookie: session.cookie } })).json();

/** Until every change committed so far has been heard. */
const heardAll = () => ctx.deps.dataChanges.sync();

/** A signed-in user whose session this instance has read (and so keeps) since every notice so far. */
async function signedInAndCached(username: string, roles: Parameters<typeof createUser>[2] = [{ role: 'observer' }]): Promise<Session> {
  await createUser(ctx.database.appDb, username, roles);
  const session = await login(ctx.app, username);
  await heardAll();
  expect((await sessionOf(session)).authenticated).toBe(true);
  return session;
}

describe('sessions kept between requests', () => {
  it('uses the session read before while nothing changed, and reads it again after any change', async () => {
    const session = await signedInAndCached('sc.kept');
    // A change no trigger announces (replica mode skips triggers): only the cache can hide it.
    await ctx.database.ownerDb.transaction().execute(async (trx) => {
      await sql`SET LOCAL session_replication_role = replica`.execute(trx);
      await sql`UPDATE users SET display_name = 'renamed quietly' WHERE username = 'sc.kept'`.execute(trx);
    });
    expect((await sessionOf(session)).user.displayName).toBe('sc.kept');
    ctx.deps.dataChanges.noteWrite();
    expect((await sessionOf(session)).user.displayName).toBe('renamed quietly');
  });

  it('drops a role revoked elsewhere (plain SQL, as another instance would) once its notice is heard', async () => {
    const admin = await signedInAndCached('sc.admin', [{ role: 'admin' }]);
    expect((await ctx.app.inject({ method: 'GET', url: '/api/v1/users', headers: admin.headers })).statusCode).toBe(200);
    await sql`DELETE FROM user_roles WHERE user_id = (SELECT id FROM users WHERE username = 'sc.admin')`.execute(ctx.database.ownerDb);
    await heardAll();
    expect((await ctx.app.inject({ method: 'GET', url: '/api/v1/users', headers: admin.headers })).statusCode).toBe(403);
    expect((await sessionOf(admin)).user.roles).toEqual([]);
  });

  it('stops using a session ended elsewhere (migration 0012 announces deleted sessions)', async () => {
    const session = await signedInAndCached('sc.ended');
    await sql`DELETE FROM sessions WHERE user_id = (SELECT id FROM users WHERE username = 'sc.ended')`.execute(ctx.database.ownerDb);
    await heardAll();
    expect((await sessionOf(session)).authenticated).toBe(false);
  });

  it('announces only deletes that end a session, so the periodic purge of none empties no cache', async () => {
    await heardAll();
    const before = ctx.deps.dataChanges.generation;
    await sql`DELETE FROM sessions WHERE false`.execute(ctx.database.ownerDb);
    await sql`UPDATE sessions SET last_seen_at = last_seen_at`.execute(ctx.database.ownerDb);
    await heardAll();
    expect(ctx.deps.dataChanges.generation).toBe(before);
  });

  it('reads the session again before calling it idle: another instance may have seen it since', async () => {
    const session = await signedInAndCached('sc.idle');
    // Another instance served this session 20 minutes on (touches are not announced).
    const touchedAt = new Date(ctx.clock.now().getTime() + 20 * MINUTE);
    await sql`UPDATE sessions SET last_seen_at = ${touchedAt} WHERE user_id = (SELECT id FROM users WHERE username = 'sc.idle')`.execute(ctx.database.ownerDb);
    ctx.clock.advance(31 * MINUTE);
    expect((await sessionOf(session)).authenticated).toBe(true);
    ctx.clock.advance(31 * MINUTE);
    expect((await sessionOf(session)).authenticated).toBe(false);
  });
});

describe('the session cache itself', () => {
  const row = (username: string) => ({ username }) as SessionWithUser;

  it('keeps nothing while change notices are not known to arrive', () => {
    const cache = new SessionCache(new DataChanges(), 10);
    cache.store('k', row('a'), cache.generation);
    expect(cache.get('k')).toBeUndefined();
  });

  it('does not keep a row read across a change', () => {
    const changes = listeningChanges();
    const cache = new SessionCache(changes, 10);
    const generation = cache.generation;
    changes.noteWrite();
    cache.store('k', row('a'), generation);
    expect(cache.get('k')).toBeUndefined();
  });

  it('keeps at most its number of sessions, the least recently used going first', () => {
    const cache = new SessionCache(listeningChanges(), 2);
    cache.store('a', row('a'), cache.generation);
    cache.store('b', row('b'), cache.generation);
    expect(cache.get('a')?.username).toBe('a');
    cache.store('c', row('c'), cache.generation);
    expect(cache.get('b')).toBeUndefined();
    expect(cache.size).toBe(2);
  });

  it('is off with room for no session', () => {
    const cache = new SessionCache(listeningChanges(), 0);
    cache.store('a', row('a'), cache.generation);
    expect(cache.size).toBe(0);
  });
});
