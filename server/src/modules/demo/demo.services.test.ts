import { afterAll, beforeAll, expect, it } from 'vitest';
import { createTestContext, createUser, login, type TestContext } from '../../../test/helpers.ts';
import { loadDemoServices } from './demo.services.ts';

let ctx: TestContext;
beforeAll(async () => { ctx = await createTestContext(); });
afterAll(() => ctx.close());

it('loads five demo services once, every record marked as demo, usage only in months already past', async () => {
  expect(await loadDemoServices(ctx.deps)).toEqual({ loaded: true, services: 5, usageRows: 4 * 12 * 24 });
  expect((await loadDemoServices(ctx.deps)).loaded).toBe(false);
  const db = ctx.database.appDb;
  for (const table of ['public_services', 'public_service_availability', 'public_service_availability_history', 'public_service_usage'] as const) {
    const real = await db.selectFrom(table).select('is_demo').where('is_demo', '=', false).execute();
    expect(real, table).toEqual([]);
  }
  const names = await db.selectFrom('public_services').select(['name_zh', 'name_en']).execute();
  for (const n of names) {
    expect(n.name_zh).toMatch(/^【演示】/);
    expect(n.name_en).toMatch(/^\[Demo\]/);
  }
  const latest = await db.selectFrom('public_service_usage').select((eb) => eb.fn.max('month').as('m')).executeTakeFirstOrThrow();
  expect(latest.m).toBe('2026-02'); // the clock says 2026-03-02: the month before
  await createUser(db, 'demo.sv.obs', [{ role: 'observer' }]);
  const session = await login(ctx.app, 'demo.sv.obs');
  const matrix = (await ctx.app.inject({ method: 'GET', url: '/api/v1/services/matrix', headers: session.headers })).json();
  expect(matrix.rows).toHaveLength(5);
  expect(matrix.rows.every((r: { isDemo: boolean; cells: unknown[] }) => r.isDemo && r.cells.length === 4)).toBe(true);
});
