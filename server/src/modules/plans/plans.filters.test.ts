import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, createUser, login, walkPages, type Session, type TestContext } from '../../../test/helpers.ts';
import { areaId, makePlan, makeTask } from '../../../test/work-fixtures.ts';

let ctx: TestContext;
let office: Session;
let liaison: Session;
const ids: Record<string, string> = {};

beforeAll(async () => {
  ctx = await createTestContext();
  await createUser(ctx.database.appDb, 'office.filter', [{ role: 'office' }]);
  await createUser(ctx.database.appDb, 'liaison.filter', [{ role: 'liaison', memberCode: '320000' }]);
  office = await login(ctx.app, 'office.filter');
  liaison = await login(ctx.app, 'liaison.filter');
  // Every plan of this file carries the code prefix FLT-, so the region's own records never disturb the counts.
  ids.tyap = await makePlan(ctx.deps, { code: 'FLT-TYAP', titleZh: '三年行动计划（筛选）', titleEn: 'Three-year plan (filters)', periodStart: '2024-01-01', periodEnd: '2026-12-31' });
  ids.annual = await makePlan(ctx.deps, { kind: 'annual', code: 'FLT-2025', titleZh: '2025年度工作计划', titleEn: 'Annual work plan 2025', periodStart: '2025-01-01', periodEnd: '2025-12-31', parentPlanId: ids.tyap });
  ids.impl = await makePlan(ctx.deps, { kind: 'implementation', code: 'FLT-IMPL', titleZh: '强化区域合作办实施方案', titleEn: 'Strengthening the Office', periodStart: '2027-03-01', periodEnd: '2027-12-31' });
  await makeTask(ctx.deps, ids.impl, { code: '4.1', focusAreaId: await areaId(ctx.deps, '4') });
  await makeTask(ctx.deps, ids.annual, { code: '1.1', focusAreaId: await areaId(ctx.deps, '1') });
  const plan = await ctx.deps.db.selectFrom('plans').select('version').where('id', '=', ids.tyap).executeTakeFirstOrThrow();
  const moved = await ctx.app.inject({ method: 'POST', url: `/api/v1/plans/${ids.tyap}/transitions`, headers: office.headers, payload: { to: 'adopted_in_principle', version: plan.version } });
  expect(moved.statusCode, moved.body).toBe(200);
});
afterAll(() => ctx.close());

const codes = async (query: string, session = office) => {
  const response = await ctx.app.inject({ method: 'GET', url: `/api/v1/plans?q=FLT-&${query}`, headers: session.headers });
  expect(response.statusCode, response.body).toBe(200);
  return (response.json().items as { code: string }[]).map((p) => p.code).sort();
};

describe('plan list filters', () => {
  it('filters by kind and by lifecycle state', async () => {
    expect(await codes('kind=annual')).toEqual(['FLT-2025']);
    expect(await codes('kind=implementation')).toEqual(['FLT-IMPL']);
    expect(await codes('status=adopted_in_principle')).toEqual(['FLT-TYAP']);
    expect(await codes('status=draft')).toEqual(['FLT-2025', 'FLT-IMPL']);
  });

  it('filters by year: every plan whose period overlaps it', async () => {
    expect(await codes('year=2025')).toEqual(['FLT-2025', 'FLT-TYAP']);
    expect(await codes('year=2024')).toEqual(['FLT-TYAP']);
    expect(await codes('year=2027')).toEqual(['FLT-IMPL']);
    expect(await codes('year=2030')).toEqual([]);
  });

  it('filters by focus area through the tasks of the plan (an area includes its sub-areas)', async () => {
    expect(await codes(`areaId=${await areaId(ctx.deps, '4')}`)).toEqual(['FLT-IMPL']);
    expect(await codes(`areaId=${await areaId(ctx.deps, '1')}`)).toEqual(['FLT-2025']);
    expect(await codes(`areaId=${await areaId(ctx.deps, '6')}`)).toEqual([]);
  });

  it('searches the code and both titles, case-insensitively, with % and _ taken literally', async () => {
    const search = async (q: string) => {
      const response = await ctx.app.inject({ method: 'GET', url: `/api/v1/plans?q=${encodeURIComponent(q)}`, headers: liaison.headers });
      expect(response.statusCode, response.body).toBe(200);
      return (response.json().items as { code: string }[]).map((p) => p.code).filter((c) => c.startsWith('FLT-')).sort();
    };
    expect(await search('flt-impl')).toEqual(['FLT-IMPL']);
    expect(await search('区域合作办')).toEqual(['FLT-IMPL']);
    expect(await search('annual work')).toEqual(['FLT-2025']);
    expect(await search('FLT%')).toEqual([]);
  });

  it('combines filters, and pages through them with the cursor', async () => {
    expect(await codes('kind=three_year&year=2025&status=adopted_in_principle')).toEqual(['FLT-TYAP']);
    expect(await codes('kind=annual&year=2024')).toEqual([]);
    const walked = await walkPages(ctx.app, office, '/api/v1/plans?q=FLT-&limit=1');
    expect(walked.ids.sort()).toEqual([ids.tyap, ids.annual, ids.impl].sort());
    expect(walked.pages).toBe(3);
  });

  it('refuses bad filters with a 400 naming the field', async () => {
    const bad = async (query: string) => {
      const response = await ctx.app.inject({ method: 'GET', url: `/api/v1/plans?${query}`, headers: office.headers });
      expect(response.statusCode, response.body).toBe(400);
      return (response.json().error.fields as { field: string; rule: string }[]).map((f) => f.field);
    };
    expect(await bad('year=1999')).toEqual(['year']);
    expect(await bad('year=soon')).toEqual(['year']);
    expect(await bad('status=finished')).toEqual(['status']);
    expect(await bad('kind=decade')).toEqual(['kind']);
    expect(await bad('areaId=not-an-id')).toEqual(['areaId']);
    expect(await bad(`q=${'x'.repeat(101)}`)).toEqual(['q']);
    const unknown = await ctx.app.inject({ method: 'GET', url: '/api/v1/plans?areaId=00000000-0000-4000-8000-000000000000', headers: office.headers });
    expect(unknown.statusCode).toBe(400);
    expect(unknown.json().error).toMatchObject({ code: 'plans.unknown_area', fields: [{ field: 'areaId', rule: 'plans.unknown_area' }] });
  });
});
