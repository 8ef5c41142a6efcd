import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { restoreBackup, writeBackup } from '../../db/backup.ts';
import { createEmptyDatabase, createTestContext, createUser, login, walkPages, type Session, type TestContext } from '../../../test/helpers.ts';
import { makeIndicator, observe, setObservation } from '../../../test/composite-index-fixtures.ts';
import { RECOMPUTE_JOB, type IndexSpec } from './composite-index.models.ts';
import { recompute, recomputeHandler } from './composite-index.usecases.ts';

let ctx: TestContext;
let office: Session;
let officeEn: Session;
let observer: Session;
const ids: Record<string, string> = {};

// A (higher is better) and B (lower is better), yearly, for the region and two members; a city's A that must not count.
// Base year 2020: A 20/30/10 → region 50, Shanghai 100, Jiangsu 0; B 3/5/1 → 50, 0, 100. In 2021 only A: 25/40/15 → 75, 100 (capped), 25.
beforeAll(async () => {
  ctx = await createTestContext();
  const db = ctx.database.appDb;
  await createUser(db, 'ci.office', [{ role: 'office' }]);
  await createUser(db, 'ci.office.en', [{ role: 'office' }]);
  await db.updateTable('users').set({ locale: 'en' }).where('username', '=', 'ci.office.en').execute();
  await createUser(db, 'ci.observer', [{ role: 'observer' }]);
  office = await login(ctx.app, 'ci.office');
  officeEn = await login(ctx.app, 'ci.office.en');
  observer = await login(ctx.app, 'ci.observer');
  const a = await makeIndicator(db, 'IX_A');
  const b = await makeIndicator(db, 'IX_B', { direction: 'lower' });
  for (const [scope, v2020, v2021] of [['region', 20, 25], ['310000', 30, 40], ['320000', 10, 15]] as const) {
    ids[`A:${scope}:2020`] = await observe(db, a, scope, '2020', v2020);
    ids[`A:${scope}:2021`] = await observe(db, a, scope, '2021', v2021);
  }
  for (const [scope, v] of [['region', 3], ['310000', 5], ['320000', 1]] as const) ids[`B:${scope}:2020`] = await observe(db, b, scope, '2020', v);
  await observe(db, a, '320500', '2020', 1000, { memberCode: '320000' });
});
afterAll(() => ctx.close());

const api = (session: Session, method: 'GET' | 'POST', url: string, payload?: object) => ctx.app.inject({ method, url, headers: session.headers, ...(payload ? { payload } : {}) });
/** A second later each time, so runs sort by when they started. */
const runJob = (payload: Record<string, unknown>) => {
  ctx.clock.advance(1000);
  return recomputeHandler.run(ctx.deps, { id: 'test', kind: RECOMPUTE_JOB, payload, attempt: 1, maxAttempts: 1 });
};
const dimension = (code: string, weight: number, indicator: string) => ({ code, nameZh: `维度 ${code}`, nameEn: `Dimension ${code}`, weight, indicators: [{ code: indicator, weight: 1 }] });
const spec = (weights: [number, number] = [1, 1], over: Partial<IndexSpec> = {}): IndexSpec => ({
  baseYear: 2020, normalisation: 'minmax_base_year', missing: 'reweight', dimensions: [dimension('D1', weights[0], 'IX_A'), dimension('D2', weights[1], 'IX_B')], ...over,
});
const body = (s: IndexSpec, names = true) => ({
  ...(names ? { nameZh: '测试一体化指数', nameEn: 'Test integration index' } : {}),
  descriptionZh: '按基年极差标准化，维度等权。', descriptionEn: 'Min–max against the base year; equal dimension weights.', spec: s,
});
type Item = { scopeCode: string; year: number; value: number; computedAt: string; components: { dimensionCode: string; value: number | null; weight: number; indicators: { code: string; raw: number | null; normalised: number | null; observationIds: string[] }[] }[] };
const valuesOf = (items: Item[]) => Object.fromEntries(items.map((i) => [`${i.scopeCode}:${i.year}`, i.value]));
const dataJobs = () => ctx.database.appDb.selectFrom('jobs').select(['dedup_key', 'run_at', 'created_at']).where('kind', '=', RECOMPUTE_JOB).where('dedup_key', 'like', `${RECOMPUTE_JOB}:data:%`).execute();

describe('integration index methods', () => {
  it('refuses a spec that breaks a rule, naming each field, in the reader’s language', async () => {
    const noName = await api(office, 'POST', '/api/v1/index-methods/YRD_TEST/versions', body(spec(), false));
    expect(noName.statusCode).toBe(400);
    expect(noName.json().error).toMatchObject({ code: 'composite_index.name_required', fields: [{ field: 'nameZh', rule: 'composite_index.name_required' }] });

    const bad = { ...spec(), dimensions: [dimension('D1', 0, 'IX_A'), dimension('D1', 1, 'NO_SUCH')] };
    const zh = await api(office, 'POST', '/api/v1/index-methods/YRD_TEST/versions', body(bad));
    expect(zh.statusCode).toBe(400);
    expect(zh.json().error.code).toBe('composite_index.invalid_spec');
    expect(zh.json().error.fields).toEqual([
      { field: 'spec.dimensions.0.weight', rule: 'composite_index.weight_positive', message: '字段“spec.dimensions.0.weight”的权重必须大于 0。' },
      { field: 'spec.dimensions.1.code', rule: 'composite_index.dimension_duplicate', message: '字段“spec.dimensions.1.code”：维度代码“D1”重复，每个维度代码只能出现一次。' },
      { field: 'spec.dimensions.1.indicators.0.code', rule: 'composite_index.unknown_indicator', message: '字段“spec.dimensions.1.indicators.0.code”：指标“NO_SUCH”不存在。' },
    ]);
    const en = await api(officeEn, 'POST', '/api/v1/index-methods/YRD_TEST/versions', body(bad));
    expect(en.json().error.fields[0].message).toBe('Field "spec.dimensions.0.weight": the weight must be greater than 0.');
    expect(en.json().error.message).toBe('The method spec breaks 3 rule(s); see the fields.');

    // Cities are not scopes of the index; a region-only indicator has no range across scopes for min–max.
    await makeIndicator(ctx.database.appDb, 'IX_CITY', { level: 'city' });
    await makeIndicator(ctx.database.appDb, 'IX_REGION', { level: 'region' });
    const scopes = await api(office, 'POST', '/api/v1/index-methods/YRD_TEST/versions', body({ ...spec(), dimensions: [dimension('D1', 1, 'IX_CITY'), dimension('D2', 1, 'IX_REGION')] }));
    expect(scopes.json().error.fields.map((f: { field: string; rule: string }) => `${f.field} ${f.rule}`)).toEqual([
      'spec.dimensions.0.indicators.0.code composite_index.city_indicator',
      'spec.dimensions.1.indicators.0.code composite_index.region_indicator_minmax',
    ]);

    const shape = await api(office, 'POST', '/api/v1/index-methods/YRD_TEST/versions', body({ ...spec(), missing: 'guess' as never }));
    expect(shape.json().error.fields[0]).toMatchObject({ field: 'spec.missing', rule: 'enum' });
    // Nothing was created by the refused attempts.
    expect((await api(office, 'GET', '/api/v1/index-methods/YRD_TEST')).statusCode).toBe(404);
  });

  it('publishes a version, computes it in the background and explains every value down to the observations', async () => {
    const created = await api(office, 'POST', '/api/v1/index-methods/YRD_TEST/versions', body(spec()));
    expect(created.statusCode, created.body).toBe(201);
    expect(created.json()).toMatchObject({ version: 1, status: 'draft', publishedAt: null, descriptionEn: 'Min–max against the base year; equal dimension weights.' });
    expect((await api(observer, 'GET', '/api/v1/index-methods/YRD_TEST/values')).json().error.code).toBe('composite_index.no_published_version');
    expect((await api(observer, 'GET', '/api/v1/index-methods/YRD_TEST/values?version=1')).json().error.code).toBe('composite_index.not_published');

    const published = await api(office, 'POST', '/api/v1/index-methods/YRD_TEST/versions/1/publish');
    expect(published.statusCode, published.body).toBe(200);
    expect(published.json()).toMatchObject({ version: 1, status: 'published' });
    const job = await ctx.database.appDb.selectFrom('jobs').select(['payload']).where('kind', '=', RECOMPUTE_JOB).where('dedup_key', 'like', '%:publish:%').executeTakeFirstOrThrow();
    expect(job.payload).toEqual({ trigger: 'publish', methodCode: 'YRD_TEST' });
    await runJob(job.payload);

    const values = await api(observer, 'GET', '/api/v1/index-methods/YRD_TEST/values');
    expect(values.statusCode, values.body).toBe(200);
    const answer = values.json();
    expect(answer.method).toMatchObject({ code: 'YRD_TEST', nameZh: '测试一体化指数', currentVersion: 1, latestVersion: 1, isDemo: false });
    expect(answer.version).toMatchObject({ version: 1, descriptionZh: '按基年极差标准化，维度等权。', spec: spec() });
    // The city's 1000 is not a scope of the index: A's 2020 range stays 10–30.
    expect(valuesOf(answer.items)).toEqual({ 'region:2020': 50, 'region:2021': 75, '310000:2020': 50, '310000:2021': 100, '320000:2020': 50, '320000:2021': 25 });
    // Components come only on request: the plain answer stays small.
    expect(answer.items.every((i: Item) => !('components' in i))).toBe(true);
    const withComponents = (await api(observer, 'GET', '/api/v1/index-methods/YRD_TEST/values?include=components&scope=320000&from=2020&to=2020')).json();
    expect(withComponents.items.map((i: Item) => `${i.scopeCode}:${i.year}=${i.value}`)).toEqual(['320000:2020=50']);
    const js2020 = withComponents.items[0];
    expect(js2020.components).toEqual([
      { dimensionCode: 'D1', value: 0, weight: 0.5, indicators: [{ code: 'IX_A', weight: 1, raw: 10, normalised: 0, observationIds: [ids['A:320000:2020']] }] },
      { dimensionCode: 'D2', value: 100, weight: 0.5, indicators: [{ code: 'IX_B', weight: 1, raw: 1, normalised: 100, observationIds: [ids['B:320000:2020']] }] },
    ]);
    const filtered = (await api(observer, 'GET', '/api/v1/index-methods/YRD_TEST/values?scope=region&scope=310000&from=2021&to=2021')).json();
    expect(valuesOf(filtered.items)).toEqual({ 'region:2021': 75, '310000:2021': 100 });

    const detail = (await api(observer, 'GET', '/api/v1/index-methods/YRD_TEST')).json();
    expect(detail).toMatchObject({ currentVersion: 1, current: { version: 1, descriptionZh: '按基年极差标准化，维度等权。', descriptionEn: 'Min–max against the base year; equal dimension weights.' } });
    const runs = (await api(observer, 'GET', '/api/v1/index-methods/YRD_TEST/runs')).json();
    expect(runs.items).toEqual([expect.objectContaining({ version: 1, trigger: 'publish', status: 'succeeded', valuesWritten: 6, error: null })]);
    expect(runs.items[0].durationMs).toBeGreaterThanOrEqual(0);
  });

  it('never changes a published version: publishing again is refused, and so is any edit in the database', async () => {
    const again = await api(office, 'POST', '/api/v1/index-methods/YRD_TEST/versions/1/publish');
    expect(again.statusCode).toBe(409);
    expect(again.json().error.code).toBe('composite_index.already_published');
    const edit = sql`UPDATE index_method_versions SET description_zh = '改过' WHERE version = 1`.execute(ctx.database.appDb);
    await expect(edit).rejects.toThrow(/is published and cannot be changed/);
    await expect(sql`DELETE FROM index_method_versions WHERE version = 1`.execute(ctx.database.ownerDb)).rejects.toThrow(/is published/);
  });

  it('reproduces the values of an old version exactly after a new version is published', async () => {
    const strip = (items: Item[]) => items.map(({ computedAt: _, ...rest }) => rest);
    const earlier: Item[] = (await api(observer, 'GET', '/api/v1/index-methods/YRD_TEST/values?version=1&include=components')).json().items;
    const before = strip(earlier);
    expect((await api(office, 'POST', '/api/v1/index-methods/YRD_TEST/versions', { ...body(spec([3, 1]), false), descriptionZh: '维度权重 3:1。' })).statusCode).toBe(201);
    expect((await api(office, 'POST', '/api/v1/index-methods/YRD_TEST/versions/2/publish')).statusCode).toBe(200);
    await runJob({ trigger: 'publish', methodCode: 'YRD_TEST' });

    const current = (await api(observer, 'GET', '/api/v1/index-methods/YRD_TEST/values')).json();
    expect(current.version.version).toBe(2);
    // (3·A + 1·B) / 4 in 2020: Shanghai (300 + 0) / 4, Jiangsu (0 + 100) / 4; 2021 has only A.
    expect(valuesOf(current.items)).toEqual({ 'region:2020': 50, 'region:2021': 75, '310000:2020': 75, '310000:2021': 100, '320000:2020': 25, '320000:2021': 25 });
    const old = (await api(observer, 'GET', '/api/v1/index-methods/YRD_TEST/values?version=1&include=components')).json();
    expect(old.version).toMatchObject({ version: 1, status: 'published', spec: spec() });
    expect(strip(old.items)).toEqual(before);
    expect(old.items[0].computedAt).not.toBe(earlier[0]!.computedAt); // recomputed by this run, not merely kept
    const detail = (await api(observer, 'GET', '/api/v1/index-methods/YRD_TEST')).json();
    expect(detail.versions.map((v: { version: number; status: string }) => [v.version, v.status])).toEqual([[2, 'published'], [1, 'published']]);
  });

  it('enqueues one recomputation per minute when observations change, however they are written', async () => {
    const minute = async () => (await sql<{ m: Date }>`SELECT date_trunc('minute', clock_timestamp()) AS m`.execute(ctx.database.appDb)).rows[0]!.m.toISOString();
    const seen = new Set([await minute()]);
    await setObservation(ctx.database.appDb, ids['A:320000:2021']!, 20); // Jiangsu's A in 2021: 15 → 20, i.e. 50 on 2020's 10–30 scale
    await sql`UPDATE observations SET note = 'checked' WHERE scope_key = 'region'`.execute(ctx.database.ownerDb);
    seen.add(await minute());
    const jobs = await dataJobs();
    expect(jobs.length).toBe(seen.size); // 1, unless a minute ended between the two writes
    const [first] = jobs;
    const slot = new Date(first!.created_at);
    slot.setUTCSeconds(0, 0);
    expect(first!.run_at.getTime() - slot.getTime()).toBe(75_000); // after its minute ends, with a grace for late commits

    await runJob({ trigger: 'observations' });
    const current = (await api(observer, 'GET', '/api/v1/index-methods/YRD_TEST/values?scope=320000&from=2021')).json();
    expect(current.items[0]).toMatchObject({ year: 2021, value: 50 });
    const runs = (await api(observer, 'GET', '/api/v1/index-methods/YRD_TEST/runs')).json().items;
    expect(runs.slice(0, 2).map((r: { trigger: string; version: number }) => [r.trigger, r.version]).sort()).toEqual([['observations', 1], ['observations', 2]]);
  });

  it('never makes one observation writer wait for another’s open transaction', async () => {
    // This minute's job may exist already (the test before): without it, the open transaction inserts it afresh.
    await ctx.database.appDb.deleteFrom('jobs').where('dedup_key', 'like', `${RECOMPUTE_JOB}:data:%`).execute();
    const long = await ctx.database.appDb.connection().execute(async (conn) => {
      await sql`BEGIN`.execute(conn);
      try {
        await sql`UPDATE observations SET note = 'long import' WHERE scope_key = '310000'`.execute(conn); // enqueues, uncommitted
        const before = (await dataJobs()).length;
        // Another writer meanwhile: without the advisory slots it would wait on the open insert of the same key.
        const other = await ctx.database.appDb.connection().execute(async (c) => {
          await sql`SET statement_timeout = '5s'`.execute(c);
          try {
            await sql`UPDATE observations SET note = 'push' WHERE scope_key = '320000'`.execute(c);
          } finally {
            await sql`RESET statement_timeout`.execute(c);
          }
          return (await dataJobs()).length;
        });
        return { before, after: other };
      } finally {
        await sql`COMMIT`.execute(conn);
      }
    });
    expect(long.after).toBe(long.before + 1); // its own job: the long transaction's may yet roll back
  });

  it('lets the Office ask for a recomputation; a request still waiting is joined, not doubled', async () => {
    // No worker runs here: the publications' jobs still wait, and a request joins them.
    const joined = await api(office, 'POST', '/api/v1/index-methods/YRD_TEST/recompute');
    expect(joined.statusCode, joined.body).toBe(202);
    expect(joined.json().deduplicated).toBe(true);
    await ctx.database.appDb.updateTable('jobs').set({ status: 'done', finished_at: new Date() }).where('kind', '=', RECOMPUTE_JOB).execute();
    const first = await api(office, 'POST', '/api/v1/index-methods/YRD_TEST/recompute');
    expect(first.statusCode, first.body).toBe(202);
    expect(first.json().deduplicated).toBe(false);
    const second = await api(office, 'POST', '/api/v1/index-methods/YRD_TEST/recompute');
    expect(second.json()).toEqual({ jobId: first.json().jobId, deduplicated: true });
    expect((await api(observer, 'POST', '/api/v1/index-methods/YRD_TEST/recompute')).statusCode).toBe(403);
    expect((await api(office, 'POST', '/api/v1/index-methods/NOPE/recompute')).statusCode).toBe(404);
    await runJob({ trigger: 'manual', methodCode: 'YRD_TEST' });
    const walked = await walkPages(ctx.app, observer, '/api/v1/index-methods/YRD_TEST/runs?limit=1');
    const all = (await api(observer, 'GET', '/api/v1/index-methods/YRD_TEST/runs?limit=200')).json().items;
    expect(walked.ids).toEqual(all.map((r: { id: string }) => r.id));
    expect(all.length).toBe(7); // publish v1; publish v2 ×2 versions; observations ×2; manual ×2
  });

  it("takes a monthly indicator's year as the mean of its months or its last month, as the spec says", async () => {
    const db = ctx.database.appDb;
    const m = await makeIndicator(db, 'IX_M', { frequency: 'monthly' });
    const sh = [await observe(db, m, '310000', '2022-01', 10), await observe(db, m, '310000', '2022-02', 20), await observe(db, m, '310000', '2022-03', 60)];
    for (const month of ['01', '02', '03']) await observe(db, m, '320000', `2022-${month}`, 10);
    const monthly = (aggregate: 'mean' | 'last'): IndexSpec => ({ baseYear: 2022, normalisation: 'minmax_base_year', missing: 'reweight', aggregate, dimensions: [dimension('M', 1, 'IX_M')] });
    for (const [version, aggregate] of [[1, 'mean'], [2, 'last']] as const) {
      expect((await api(office, 'POST', '/api/v1/index-methods/YRD_MONTHLY/versions', { ...body(monthly(aggregate)), nameZh: '月度测试' })).statusCode).toBe(201);
      expect((await api(office, 'POST', `/api/v1/index-methods/YRD_MONTHLY/versions/${version}/publish`)).statusCode).toBe(200);
    }
    const outcome = await recompute(ctx.deps, { trigger: 'manual', methodCode: 'YRD_MONTHLY' });
    expect(outcome.map((o) => [o.version, o.valuesWritten])).toEqual(expect.arrayContaining([[1, 2], [2, 2]]));
    const shanghai = async (version: number) => (await api(observer, 'GET', `/api/v1/index-methods/YRD_MONTHLY/values?version=${version}&scope=310000&include=components`)).json().items[0].components[0].indicators[0];
    expect(await shanghai(1)).toMatchObject({ raw: 30, normalised: 100, observationIds: sh });
    expect(await shanghai(2)).toMatchObject({ raw: 60, normalised: 100, observationIds: [sh[2]] });
    expect((await api(observer, 'GET', '/api/v1/index-methods')).json().items.map((i: { code: string }) => i.code)).toEqual(['YRD_MONTHLY', 'YRD_TEST']);
  });

  it('survives a backup and restore with its versions, values and the trigger in place', async () => {
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'yrd-index-')), 'index.yrdbak');
    await writeBackup(ctx.database.ownerUrl, file);
    const empty = await createEmptyDatabase();
    try {
      await restoreBackup(empty.db, empty.url, file);
      const count = async (db: typeof empty.db) => Number((await sql<{ n: string }>`SELECT count(*) AS n FROM index_values`.execute(db)).rows[0]!.n);
      expect(await count(empty.db)).toBe(await count(ctx.database.ownerDb));
      await expect(sql`UPDATE index_method_versions SET description_en = 'x'`.execute(empty.db)).rejects.toThrow(/is published/);
    } finally {
      await empty.drop();
    }
  });

  it('records a failed run with its error and leaves the values as they were', async () => {
    const db = ctx.database.ownerDb;
    const method = await db.insertInto('index_methods').values({ code: 'BROKEN', name_zh: '损坏' }).returning('id').executeTakeFirstOrThrow();
    // A spec no API would accept (written past the checks), so the computation itself fails.
    await db.insertInto('index_method_versions').values({ method_id: method.id, version: 1, status: 'published', spec: JSON.stringify({ baseYear: 2020 }), published_at: new Date(), created_by: null, created_at: new Date() }).execute();
    await expect(recompute(ctx.deps, { trigger: 'manual', methodCode: 'BROKEN' })).rejects.toThrow();
    const runs = (await api(observer, 'GET', '/api/v1/index-methods/BROKEN/runs')).json().items;
    expect(runs).toEqual([expect.objectContaining({ status: 'failed', trigger: 'manual', valuesWritten: 0, error: expect.stringContaining('TypeError') })]);
  });
});
