import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, createUser, login, type TestContext } from '../../../test/helpers.ts';
import { DEMO_SOURCE, loadDemoIndicators } from './demo.indicators.ts';

let ctx: TestContext;
beforeAll(async () => {
  ctx = await createTestContext(); // clock: 2026-03-02
  expect(await loadDemoIndicators(ctx.deps)).toMatchObject({ loaded: true, indicators: 8 });
});
afterAll(() => ctx.close());

describe('demo indicators', () => {
  it('span the three levels, the three frequencies and focus areas 1–7, all labelled as demo with no real source', async () => {
    const indicators = await ctx.database.ownerDb.selectFrom('indicators').selectAll().execute();
    expect(indicators).toHaveLength(8);
    expect(new Set(indicators.map((i) => i.level))).toEqual(new Set(['region', 'member', 'city']));
    expect(new Set(indicators.map((i) => i.frequency))).toEqual(new Set(['yearly', 'quarterly', 'monthly']));
    expect(new Set(indicators.map((i) => i.focus_area_code))).toEqual(new Set(['1', '2', '3', '4', '5', '6', '7']));
    for (const i of indicators) {
      expect(i.is_demo).toBe(true);
      expect(i.name_zh.startsWith('【演示】') && i.name_en.startsWith('[Demo] ')).toBe(true);
      expect([i.source_org_zh, i.source_org_en]).toEqual(['演示数据（非真实统计）', 'Demo data (not real statistics)']);
    }
    const sources = await ctx.database.ownerDb.selectFrom('observations').select(['source', 'is_demo']).distinct().execute();
    expect(sources).toEqual([{ source: DEMO_SOURCE, is_demo: true }]);
  });

  it('cover every one of the 41 cities in every year 2019–2025, so the map is full', async () => {
    const { rows } = await sql<{ code: string; year: number; cities: number }>`
      SELECT i.code, o.year, count(DISTINCT o.scope_key)::int AS cities FROM observations o JOIN indicators i ON i.id = o.indicator_id
       WHERE i.level = 'city' GROUP BY i.code, o.year ORDER BY i.code, o.year`.execute(ctx.database.ownerDb);
    expect(rows).toHaveLength(3 * 7);
    expect(rows.every((r) => r.cities === 41)).toBe(true);
    await createUser(ctx.database.appDb, 'demo.ind.observer', [{ role: 'observer' }]);
    const session = await login(ctx.app, 'demo.ind.observer');
    const map = (await ctx.app.inject({ method: 'GET', url: '/api/v1/indicators/DEMO_PM25/map?year=2024', headers: session.headers })).json();
    expect(map.items).toHaveLength(41);
    expect(map.items.every((i: { period: string; isDemo: boolean }) => i.period === '2024-12' && i.isDemo)).toBe(true);
  });

  it('hold revisions (latest differs from first published), provisional values of the latest year, and member targets', async () => {
    const db = ctx.database.ownerDb;
    const revised = await db.selectFrom('observations').select(['value', 'first_value', 'revision', 'status']).where('revision', '>', 1).execute();
    expect(revised.length).toBeGreaterThanOrEqual(3);
    expect(revised.every((r) => Number(r.value) !== Number(r.first_value))).toBe(true);
    expect(new Set(revised.map((r) => r.status))).toEqual(new Set(['provisional', 'final']));
    const history = await db.selectFrom('observation_revisions').select('reason').where('revision', '=', 2).execute();
    expect(history.every((h) => h.reason.startsWith('【演示】'))).toBe(true);
    const statuses = await db.selectFrom('observations').select(['year', 'status']).distinct().where('revision', '=', 1).execute();
    expect(statuses.filter((s) => s.status === 'provisional').map((s) => s.year)).toEqual([2025]);
    const targets = await db.selectFrom('indicator_targets').select(['scope_key', 'is_demo']).execute();
    expect(targets.length).toBeGreaterThanOrEqual(8);
    expect(targets.every((t) => t.is_demo && /^[0-9]{6}$/.test(t.scope_key))).toBe(true);
    // Nothing after the clock's today (2026-03-02) was invented either.
    const latest = await db.selectFrom('observations').select((eb) => eb.fn.max('period_start').as('p')).executeTakeFirstOrThrow();
    expect(latest.p <= '2026-03-02').toBe(true);
  });

  it('loads once', async () => {
    expect((await loadDemoIndicators(ctx.deps)).loaded).toBe(false);
  });
});
