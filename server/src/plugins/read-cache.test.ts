import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, createUser, listeningChanges, login, type Session, type TestContext } from '../../test/helpers.ts';
import { makePlan, makeTask, shareOf } from '../../test/work-fixtures.ts';
import { QUIET_TABLES } from '../db/data-changes.ts';
import { ManualClock } from '../shared/clock.ts';
import { CACHE_HEADER, ReadCache } from './read-cache.ts';

let ctx: TestContext;
let office: Session;
let jsEditor: Session;
let zjEditor: Session;
let taskId: string;

beforeAll(async () => {
  ctx = await createTestContext();
  const db = ctx.database.appDb;
  await createUser(db, 'rc.office', [{ role: 'office' }]);
  await createUser(db, 'rc.js.editor', [{ role: 'editor', memberCode: '320000' }]);
  await createUser(db, 'rc.zj.editor', [{ role: 'editor', memberCode: '330000' }]);
  office = await login(ctx.app, 'rc.office');
  jsEditor = await login(ctx.app, 'rc.js.editor');
  zjEditor = await login(ctx.app, 'rc.zj.editor');
  const planId = await makePlan(ctx.deps, { code: 'RC-PLAN' });
  taskId = await makeTask(ctx.deps, planId, { code: '1.1', leadMemberCode: '320000', participantMemberCodes: ['330000'] });
});
afterAll(() => ctx.close());

const get = (session: Session, url: string) => ctx.app.inject({ method: 'GET', url, headers: session.headers });

/** Until every change committed so far has been heard. */
const heardAll = () => ctx.deps.dataChanges.sync();

/** Every notice heard, then the answer fetched once so that the next request is a hit. */
async function cachedOnce(session: Session, url: string): Promise<void> {
  await heardAll();
  await get(session, url);
  expect((await get(session, url)).headers[CACHE_HEADER]).toBe('hit');
}

describe('answers of the read routes', () => {
  it('comes from the cache the second time, byte for byte', async () => {
    await heardAll();
    const url = `/api/v1/tasks/${taskId}`;
    const first = await get(office, url);
    expect(first.statusCode, first.body).toBe(200);
    expect(first.headers[CACHE_HEADER]).toBe('miss');
    const second = await get(office, url);
    expect(second.headers[CACHE_HEADER]).toBe('hit');
    expect(second.body).toBe(first.body);
    expect(second.headers['content-type']).toMatch(/^application\/json/);
    // The security headers are set on cached answers too.
    expect(second.headers['x-content-type-options']).toBe('nosniff');
  });

  it('is kept per user: another member never sees what was computed for the first', async () => {
    await heardAll();
    const url = `/api/v1/tasks/${taskId}`;
    await get(jsEditor, url);
    const js = await get(jsEditor, url);
    expect(js.headers[CACHE_HEADER]).toBe('hit');
    const zj = await get(zjEditor, url);
    expect(zj.headers[CACHE_HEADER]).toBe('miss');
    const editable = (body: string) => Object.fromEntries((JSON.parse(body) as { shares: { memberCode: string; editable: boolean }[] }).shares.map((s) => [s.memberCode, s.editable]));
    expect(editable(js.body)).toEqual({ '320000': true, '330000': false });
    expect(editable(zj.body)).toEqual({ '320000': false, '330000': true });
  });

  it('is dropped by a write through the API, before the writer hears back', async () => {
    const url = `/api/v1/tasks/${taskId}`;
    await cachedOnce(office, url);
    const share = await shareOf(ctx.deps, taskId, '320000');
    const patch = await ctx.app.inject({ method: 'PATCH', url: `/api/v1/shares/${share.id}`, headers: jsEditor.headers, payload: { version: share.version, notes: 'via the API' } });
    expect(patch.statusCode, patch.body).toBe(200);
    const after = await get(office, url);
    expect(after.headers[CACHE_HEADER]).toBe('miss');
    expect(after.json().shares.find((s: { memberCode: string }) => s.memberCode === '320000').notes).toBe('via the API');
  });

  it('is not dropped by a refused write (anyone could empty it at will)', async () => {
    await heardAll();
    const url = `/api/v1/tasks/${taskId}`;
    await get(office, url);
    const share = await shareOf(ctx.deps, taskId, '320000');
    const refused = await ctx.app.inject({ method: 'PATCH', url: `/api/v1/shares/${share.id}`, headers: zjEditor.headers, payload: { version: share.version, notes: 'not mine' } });
    expect(refused.statusCode).toBe(403);
    expect((await get(office, url)).headers[CACHE_HEADER]).toBe('hit');
  });

  it('is dropped by a change made outside this process (plain SQL), once PostgreSQL tells it', async () => {
    const url = `/api/v1/tasks/${taskId}`;
    await cachedOnce(office, url);
    const before = ctx.deps.dataChanges.generation;
    await ctx.database.ownerDb.updateTable('tasks').set({ title_en: 'Changed by plain SQL' }).where('id', '=', taskId).execute();
    await heardAll();
    expect(ctx.deps.dataChanges.generation).toBeGreaterThan(before);
    const after = await get(office, url);
    expect(after.headers[CACHE_HEADER]).toBe('miss');
    expect(after.json().titleEn).toBe('Changed by plain SQL');
  });

  it('is not told of a change that was rolled back', async () => {
    await heardAll();
    const before = ctx.deps.dataChanges.generation;
    await ctx.database.ownerDb
      .transaction()
      .execute(async (trx) => {
        await trx.updateTable('tasks').set({ title_en: 'never committed' }).where('id', '=', taskId).execute();
        throw new Error('roll back');
      })
      .catch(() => undefined);
    await heardAll();
    expect(ctx.deps.dataChanges.generation).toBe(before);
    await ctx.database.ownerDb.updateTable('cities').set({ name_en: sql`name_en` }).where('code', '=', '320100').execute();
    await heardAll();
    expect(ctx.deps.dataChanges.generation).toBe(before + 1);
  });

  it('still checks the session and the policy on every request', async () => {
    await heardAll();
    const url = `/api/v1/tasks/${taskId}`;
    const leaverId = await createUser(ctx.database.appDb, 'rc.leaver', [{ role: 'office' }]);
    const leaver = await login(ctx.app, 'rc.leaver');
    await heardAll();
    await get(leaver, url);
    expect((await get(leaver, url)).headers[CACHE_HEADER]).toBe('hit');
    // Signed out elsewhere (another instance, plain SQL): in force once its notice is heard (decision 0012).
    await ctx.database.ownerDb.deleteFrom('sessions').where('user_id', '=', leaverId).execute();
    await heardAll();
    expect((await get(leaver, url)).statusCode).toBe(401);
    expect((await ctx.app.inject({ method: 'GET', url })).statusCode).toBe(401);
  });

  it('shares one computation among requests that miss the same answer at once', async () => {
    const session = office;
    const url = '/api/v1/supervision/board';
    // A notice arriving in the middle would start a new generation (and a second computation).
    await heardAll();
    const statsBefore = ctx.app.readCache.stats();
    const answers = await Promise.all(Array.from({ length: 8 }, () => get(session, url)));
    const statsAfter = ctx.app.readCache.stats();
    expect(answers.every((a) => a.statusCode === 200 && a.body === answers[0]!.body)).toBe(true);
    expect(statsAfter.misses - statsBefore.misses).toBe(1);
    const how = answers.map((a) => a.headers[CACHE_HEADER]);
    expect(how.filter((h) => h === 'miss')).toHaveLength(1);
    expect(how.filter((h) => h === 'shared').length).toBeGreaterThan(0);
  });

  it('is bypassed while the change listener is not known to be alive', async () => {
    const url = `/api/v1/tasks/${taskId}`;
    await cachedOnce(office, url);
    await ctx.deps.dataChanges.stop();
    try {
      const response = await get(office, url);
      expect(response.statusCode).toBe(200);
      expect(response.headers[CACHE_HEADER]).toBe('bypass');
    } finally {
      await ctx.deps.dataChanges.listen(ctx.database.appUrl);
    }
    expect((await get(office, url)).headers[CACHE_HEADER]).toBe('miss');
  });

  it('serves nothing older than its maximum age', async () => {
    const url = `/api/v1/tasks/${taskId}`;
    await cachedOnce(office, url);
    ctx.clock.advance((ctx.deps.config.readCacheSeconds + 1) * 1000);
    expect((await get(office, url)).headers[CACHE_HEADER]).toBe('miss');
  });

  it('is not used by routes that did not opt in', async () => {
    const response = await get(office, '/api/v1/members');
    expect(response.headers[CACHE_HEADER]).toBeUndefined();
  });
});

describe('the cache itself', () => {

  it('evicts the least recently used answers beyond its size', () => {
    const cache = new ReadCache(listeningChanges(), new ManualClock(), { maxBytes: 30, maxAgeMs: 60_000 });
    for (const key of ['a', 'b', 'c']) cache.begin(key).complete('x'.repeat(10));
    expect(cache.get('a')).toBeDefined();
    cache.begin('d').complete('x'.repeat(10));
    // b was used least recently (a was just read).
    expect(cache.get('b')).toBeUndefined();
    expect(cache.get('a')).toBeDefined();
    expect(cache.stats()).toMatchObject({ entries: 3, bytes: 30, evicted: 1 });
  });

  it('does not keep an answer computed across a change', () => {
    const changes = listeningChanges();
    const cache = new ReadCache(changes, new ManualClock(), { maxBytes: 1_000, maxAgeMs: 60_000 });
    const ticket = cache.begin('k');
    changes.noteWrite();
    ticket.complete('old');
    expect(cache.get('k')).toBeUndefined();
  });

  it('keys answers by the quarter hour, so "today" never outlives a midnight in any zone', () => {
    const clock = new ManualClock('2026-03-02T15:59:00.000Z');
    const cache = new ReadCache(listeningChanges(), clock, { maxBytes: 1_000, maxAgeMs: 3_600_000 });
    const before = cache.keyFor('u', 'zh-CN', '/api/v1/tasks');
    clock.advance(60_000);
    expect(cache.keyFor('u', 'zh-CN', '/api/v1/tasks')).not.toBe(before);
  });
});

describe('change notices', () => {
  it('every data table sends them, except the quiet ones named in QUIET_TABLES', async () => {
    const rows = await sql<{ table_name: string; watched: boolean }>`
      SELECT c.relname AS table_name,
             EXISTS (SELECT 1 FROM pg_trigger t WHERE t.tgrelid = c.oid AND t.tgname = 'yrd_data_changed') AS watched
        FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
       WHERE n.nspname = current_schema() AND c.relkind IN ('r', 'p')
    `.execute(ctx.database.ownerDb);
    const unwatched = rows.rows.filter((r) => !r.watched).map((r) => r.table_name).sort();
    expect(unwatched).toEqual([...QUIET_TABLES].sort());
  });
});
