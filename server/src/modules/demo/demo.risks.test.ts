import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type TestContext } from '../../../test/helpers.ts';
import { systemActor } from '../../shared/principal.ts';
import { createIndicator } from '../indicators/indicators.usecases.ts';
import { loadDemoRisks } from './demo.risks.ts';

let ctx: TestContext;
beforeAll(async () => { ctx = await createTestContext(); });
afterAll(() => ctx.close());

describe('demo risks', () => {
  it('loads labelled is_demo risks once, and their triggers once the demo indicators exist', async () => {
    expect(await loadDemoRisks(ctx.deps)).toEqual({ risks: 7, triggers: 0 });
    const rows = await ctx.database.ownerDb.selectFrom('risks').select(['title_zh', 'title_en', 'is_demo', 'area']).execute();
    expect(rows.every((r) => r.is_demo && r.title_zh.startsWith('【演示】') && r.title_en.startsWith('[Demo]'))).toBe(true);
    expect(new Set(rows.map((r) => r.area)).size).toBe(7);
    const system = { ...ctx.deps, actor: systemActor('test') };
    await createIndicator(system, { code: 'DEMO_GRAIN_OUTPUT', nameZh: '粮食产量', direction: 'higher', valueKind: 'decimal', level: 'member', frequency: 'yearly' });
    await createIndicator(system, { code: 'DEMO_PM25', nameZh: 'PM2.5', direction: 'lower', valueKind: 'decimal', level: 'city', frequency: 'monthly' });
    expect(await loadDemoRisks(ctx.deps)).toEqual({ risks: 0, triggers: 2 });
    expect(await loadDemoRisks(ctx.deps)).toEqual({ risks: 0, triggers: 0 });
    const triggers = await ctx.database.ownerDb.selectFrom('risk_triggers').select('is_demo').execute();
    expect(triggers).toEqual([{ is_demo: true }, { is_demo: true }]);
  });
});
