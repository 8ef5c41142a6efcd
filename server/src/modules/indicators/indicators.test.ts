import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, createUser, login, type Session, type TestContext } from '../../../test/helpers.ts';
import { systemActor } from '../../shared/principal.ts';
import { createIndicator } from './indicators.usecases.ts';
import { upsertObservations } from './observations.usecases.ts';

let ctx: TestContext;
let office: Session;
let observer: Session;
const system = () => ({ ...ctx.deps, actor: systemActor('test') });

beforeAll(async () => {
  ctx = await createTestContext(); // clock: 2026-03-02
  await createUser(ctx.database.appDb, 'ind.office', [{ role: 'office' }]);
  await createUser(ctx.database.appDb, 'ind.observer', [{ role: 'observer' }]);
  office = await login(ctx.app, 'ind.office');
  observer = await login(ctx.app, 'ind.observer');
});
afterAll(() => ctx.close());

type Method = 'GET' | 'POST' | 'PATCH' | 'PUT';
const api = (session: Session, method: Method, url: string, payload?: object) => ctx.app.inject({ method, url, headers: session.headers, ...(payload ? { payload } : {}) });

const base = { nameZh: '测试指标', valueKind: 'decimal', direction: 'higher', level: 'member', frequency: 'yearly' } as const;

describe('indicators', () => {
  it('are defined by the Office with a checked code and focus area, and read by every work role', async () => {
    const created = await api(office, 'POST', '/api/v1/indicators', {
      ...base, code: 'RD_SHARE', nameEn: 'R&D share', valueKind: 'percent', focusAreaCode: '1', unitZh: '%', unitEn: '%', sourceOrgZh: '测试', sourceOrgEn: 'Test',
    });
    expect(created.statusCode, created.body).toBe(201);
    const detail = (await api(observer, 'GET', '/api/v1/indicators/RD_SHARE')).json();
    expect(detail).toMatchObject({ code: 'RD_SHARE', valueKind: 'percent', minValue: null, maxValue: null, focusAreaCode: '1', status: 'active', version: 1, isDemo: false, targets: [] });

    const badCode = await api(office, 'POST', '/api/v1/indicators', { ...base, code: 'rd-share' });
    expect(badCode.statusCode).toBe(400);
    expect(badCode.json().error.fields[0]).toMatchObject({ field: 'code', rule: 'pattern' });
    const taken = await api(office, 'POST', '/api/v1/indicators', { ...base, code: 'RD_SHARE' });
    expect(taken.statusCode).toBe(409);
    expect(taken.json().error.code).toBe('indicators.code_taken');
    const area = await api(office, 'POST', '/api/v1/indicators', { ...base, code: 'NO_AREA', focusAreaCode: '99' });
    expect(area.statusCode).toBe(400);
    expect(area.json().error.fields[0]).toMatchObject({ field: 'focusAreaCode', rule: 'indicators.unknown_focus_area' });
    const bounds = await api(office, 'POST', '/api/v1/indicators', { ...base, code: 'BAD_BOUNDS', minValue: 10, maxValue: 1 });
    expect(bounds.json().error.code).toBe('indicators.bad_bounds');
    expect((await api(observer, 'POST', '/api/v1/indicators', { ...base, code: 'OBS_TRY' })).statusCode).toBe(403);

    const list = (await api(observer, 'GET', '/api/v1/indicators?focusArea=1&q=r%26d')).json();
    expect(list.items.map((i: { code: string }) => i.code)).toEqual(['RD_SHARE']);
  });

  it('change with the version they were read at; code, level and frequency never change', async () => {
    const first = await api(office, 'PATCH', '/api/v1/indicators/RD_SHARE', { version: 1, nameEn: 'R&D intensity', maxValue: 10 });
    expect(first.statusCode, first.body).toBe(200);
    expect(first.json()).toMatchObject({ nameEn: 'R&D intensity', maxValue: 10, version: 2 });
    const stale = await api(office, 'PATCH', '/api/v1/indicators/RD_SHARE', { version: 1, nameEn: 'x' });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().error.details.currentVersion).toBe(2);
    const level = await api(office, 'PATCH', '/api/v1/indicators/RD_SHARE', { version: 2, level: 'city' });
    expect(level.statusCode).toBe(400);
    expect(level.json().error.fields[0]).toMatchObject({ field: 'level', rule: 'additionalProperties' });
    const bounds = await api(office, 'PATCH', '/api/v1/indicators/RD_SHARE', { version: 2, minValue: 20 });
    expect(bounds.json().error.code).toBe('indicators.bad_bounds');
    const events = await ctx.database.ownerDb.selectFrom('audit_events').select(['action', 'summary']).where('action', '=', 'indicator.update').execute();
    expect(events).toHaveLength(1);
    expect(events[0]!.summary).toMatchObject({ code: 'RD_SHARE', changed: { nameEn: { from: 'R&D share', to: 'R&D intensity' }, maxValue: { from: null, to: 10 } } });
  });

  it('keep targets per scope and year, checked against the level and the unit; PUT replaces them', async () => {
    const plan = await ctx.database.appDb.insertInto('plans')
      .values({ kind: 'three_year', code: 'IND-PLAN', title_zh: '规划', title_en: 'Plan', period_start: '2024-01-01', period_end: '2026-12-31', created_at: new Date(), updated_at: new Date() })
      .returning('id').executeTakeFirstOrThrow();
    const put = await api(office, 'PUT', '/api/v1/indicators/RD_SHARE/targets', {
      items: [{ scopeCode: '320000', year: 2025, value: 3.2, planId: plan.id }, { scopeCode: '320000', year: 2026, value: 3.4 }, { scopeCode: '330000', year: 2026, value: 3.1 }],
    });
    expect(put.statusCode, put.body).toBe(200);
    expect(put.json().targets).toEqual([
      { scopeCode: '320000', year: 2025, value: 3.2, planId: plan.id }, { scopeCode: '320000', year: 2026, value: 3.4, planId: null }, { scopeCode: '330000', year: 2026, value: 3.1, planId: null },
    ]);
    const bad = await api(office, 'PUT', '/api/v1/indicators/RD_SHARE/targets', {
      items: [{ scopeCode: '320000', year: 2025, value: 3 }, { scopeCode: '320500', year: 2025, value: 3 }, { scopeCode: '330000', year: 2025, value: 11 }, { scopeCode: '320000', year: 2025, value: 3 }],
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.fields.map((f: { field: string; rule: string }) => `${f.field} ${f.rule}`)).toEqual([
      'items[1].scopeCode indicators.bad_scope', 'items[2].value indicators.above_max', 'items[3].year indicators.duplicate_target',
    ]);
    const replaced = await api(office, 'PUT', '/api/v1/indicators/RD_SHARE/targets', { items: [{ scopeCode: '320000', year: 2026, value: 3.5 }] });
    expect(replaced.json().targets).toEqual([{ scopeCode: '320000', year: 2026, value: 3.5, planId: null }]);
  });

  it('are retired, not deleted: history stays readable, no new values, no second retirement', async () => {
    await upsertObservations(system(), { items: [{ indicatorCode: 'RD_SHARE', scopeCode: '320000', period: '2024', value: 3.1 }], memberScope: 'all', origin: 'api' });
    const current = (await api(office, 'GET', '/api/v1/indicators/RD_SHARE')).json();
    const retired = await api(office, 'POST', '/api/v1/indicators/RD_SHARE/retire', { version: current.version });
    expect(retired.statusCode, retired.body).toBe(200);
    expect(retired.json()).toMatchObject({ status: 'retired', version: current.version + 1 });
    expect(retired.json().retiredAt).toBe(ctx.clock.now().toISOString());
    const again = await api(office, 'POST', '/api/v1/indicators/RD_SHARE/retire', { version: current.version + 1 });
    expect(again.json().error.code).toBe('indicators.already_retired');

    const series = (await api(observer, 'GET', '/api/v1/indicators/RD_SHARE/series?scope=320000')).json();
    expect(series.series[0].values).toEqual([3.1]);
    expect((await api(observer, 'GET', '/api/v1/indicators?status=retired')).json().items.map((i: { code: string }) => i.code)).toEqual(['RD_SHARE']);

    const post = await api(office, 'POST', '/api/v1/observations', { indicatorCode: 'RD_SHARE', scopeCode: '320000', period: '2025', value: 3.3 });
    expect(post.statusCode).toBe(409);
    expect(post.json().error.code).toBe('indicators.retired');
    const observation = (await api(observer, 'GET', '/api/v1/observations?indicator=RD_SHARE')).json().items[0];
    const patch = await api(office, 'PATCH', `/api/v1/observations/${observation.id}`, { value: 3.2, reason: '修订', version: observation.version });
    expect(patch.json().error.code).toBe('indicators.retired');
    await expect(upsertObservations(system(), { items: [{ indicatorCode: 'RD_SHARE', scopeCode: '320000', period: '2025', value: 3.3 }], memberScope: 'all', origin: 'api' }))
      .rejects.toMatchObject({ statusCode: 400, code: 'observations.invalid_items', fields: [{ field: 'items[0].indicatorCode', rule: 'indicators.inactive' }] });
    expect((await api(office, 'PUT', '/api/v1/indicators/RD_SHARE/targets', { items: [] })).json().error.code).toBe('indicators.retired');
  });
});

describe('series and map', () => {
  beforeAll(async () => {
    await createIndicator(system(), { ...base, code: 'PM25', valueKind: 'decimal', direction: 'lower', level: 'city', frequency: 'monthly' });
    await createIndicator(system(), { ...base, code: 'GRAIN', level: 'member', frequency: 'yearly' });
    const items = ['320500', '341300', '310000'].flatMap((city, c) => ['2024-01', '2024-02', '2024-11', '2025-01'].map((period, p) => ({
      indicatorCode: 'PM25', scopeCode: city, period, value: 30 + c * 10 + p, status: 'final' as const,
    })));
    items.pop(); // Shanghai has no 2025-01 value
    expect(await upsertObservations(system(), { items, memberScope: 'all', origin: 'api' })).toEqual({ created: 11, revised: 0, unchanged: 0 });
    // A correction: the map and the series show the latest by default, the first published on request.
    await upsertObservations(system(), { items: [{ indicatorCode: 'PM25', scopeCode: '320500', period: '2024-11', value: 35, reason: '复核' }], memberScope: 'all', origin: 'api' });
    await upsertObservations(system(), {
      items: [2019, 2020, 2021].flatMap((y) => ['320000', '330000'].map((m, i) => ({ indicatorCode: 'GRAIN', scopeCode: m, period: String(y), value: 100 + y - 2019 + i * 50 }))),
      memberScope: 'all', origin: 'api',
    });
  });

  it('gives each scope’s periods in order as parallel arrays, latest or as first published', async () => {
    const latest = (await api(observer, 'GET', '/api/v1/indicators/PM25/series?scope=320500&scope=341300&from=2024&to=2024')).json();
    expect(latest.series.map((s: { scopeCode: string }) => s.scopeCode)).toEqual(['320500', '341300']);
    // 2024-11 was corrected from 32 to 35: firstValues comes along only for a scope with a revision.
    expect(latest.series[0]).toEqual({
      scopeCode: '320500', periods: ['2024-01', '2024-02', '2024-11'], values: [30, 31, 35], firstValues: [30, 31, 32],
      statuses: ['final', 'final', 'provisional'], isDemo: false,
    });
    expect(latest.series[1]).not.toHaveProperty('firstValues');
    const first = (await api(observer, 'GET', '/api/v1/indicators/PM25/series?scope=320500&from=2024&to=2024&view=first')).json();
    expect(first.series[0].values).toEqual([30, 31, 32]);
    expect(first.series[0]).not.toHaveProperty('firstValues');
    // No scope asked for: every scope of the level (members here), in the region's order, with empty series too.
    const grain = (await api(observer, 'GET', '/api/v1/indicators/GRAIN/series')).json();
    expect(grain.series.map((s: { scopeCode: string; periods: unknown[] }) => `${s.scopeCode}:${s.periods.length}`)).toEqual(['310000:0', '320000:3', '330000:3', '340000:0']);
    expect(grain.series[1].values).toEqual([100, 101, 102]);
  });

  it('maps the year’s last period with a value per city', async () => {
    const map2024 = (await api(observer, 'GET', '/api/v1/indicators/PM25/map?year=2024')).json();
    expect(map2024.year).toBe(2024);
    expect(map2024.items.map((i: { cityCode: string; memberCode: string; period: string; value: number }) => `${i.cityCode}/${i.memberCode} ${i.period}=${i.value}`))
      .toEqual(['310000/310000 2024-11=52', '320500/320000 2024-11=35', '341300/340000 2024-11=42']);
    const first = (await api(observer, 'GET', '/api/v1/indicators/PM25/map?year=2024&view=first')).json();
    expect(first.items.find((i: { cityCode: string }) => i.cityCode === '320500').value).toBe(32);
    // Without a year: the latest year with values.
    const latest = (await api(observer, 'GET', '/api/v1/indicators/PM25/map')).json();
    expect(latest.year).toBe(2025);
    expect(latest.items.map((i: { cityCode: string }) => i.cityCode)).toEqual(['320500', '341300']);
    expect((await api(observer, 'GET', '/api/v1/indicators/PM25/map?year=2019')).json().items).toEqual([]);
    const member = await api(observer, 'GET', '/api/v1/indicators/GRAIN/map?year=2020');
    expect(member.statusCode).toBe(400);
    expect(member.json().error.code).toBe('indicators.map_needs_city_level');
    expect((await api(observer, 'GET', '/api/v1/indicators/NOPE/map')).statusCode).toBe(404);
  });

  it('read series and map through indexes, not by scanning the table', async () => {
    const db = ctx.database.ownerDb;
    // A few thousand rows per indicator across many indicators, so the planner has a real choice.
    await sql`
      INSERT INTO indicators (code, name_zh, value_kind, direction, level, frequency)
      SELECT 'GEN_' || i, '生成 ' || i, 'decimal', 'higher', 'city', 'monthly' FROM generate_series(1, 12) i`.execute(db);
    await sql`
      INSERT INTO observations (indicator_id, scope_key, member_code, city_code, period, year, period_start, value, first_value, status)
      SELECT ind.id, c.code, c.member_code, c.code, to_char(d, 'YYYY-MM'), extract(year FROM d)::smallint, d::date, 1, 1, 'final'
        FROM indicators ind CROSS JOIN cities c CROSS JOIN generate_series('2016-01-01'::date, '2025-12-01'::date, interval '1 month') d
       WHERE ind.code LIKE 'GEN\\_%'`.execute(db);
    await sql`ANALYZE observations`.execute(db);
    const { rows: count } = await sql<{ n: string }>`SELECT count(*) AS n FROM observations`.execute(db);
    expect(Number(count[0]!.n)).toBeGreaterThan(55_000);
    const plan = async (query: ReturnType<typeof sql>) => (await query.execute(db)).rows.map((r) => Object.values(r as object)[0]).join('\n');
    const id = (await db.selectFrom('indicators').select('id').where('code', '=', 'GEN_7').executeTakeFirstOrThrow()).id;
    const series = await plan(sql`EXPLAIN SELECT scope_key, period, period_start, value FROM observations
      WHERE indicator_id = ${id} AND scope_key = ANY(${['320500', '330100']}::text[]) AND period_start >= '2018-01-01' AND period_start < '2027-01-01'
      ORDER BY scope_key, period_start`);
    expect(series).toMatch(/Index Scan on observations_series_idx|Index Scan using observations_series_idx/);
    expect(series).not.toMatch(/Seq Scan/);
    const map = await plan(sql`EXPLAIN SELECT DISTINCT ON (scope_key) id, scope_key, period, value FROM observations
      WHERE indicator_id = ${id} AND year = 2024 ORDER BY scope_key, period_start DESC`);
    // Bitmap or plain index scan, at most a sort of one year's rows (41 cities × 12 months): never the table.
    expect(map).toMatch(/Index Scan (using|on) observations_year_idx/);
    expect(map).not.toMatch(/Seq Scan/);
    const map2 = (await api(observer, 'GET', '/api/v1/indicators/GEN_7/map?year=2024')).json();
    expect(map2.items).toHaveLength(41);
    expect(map2.items.every((i: { period: string }) => i.period === '2024-12')).toBe(true);
  });
});
