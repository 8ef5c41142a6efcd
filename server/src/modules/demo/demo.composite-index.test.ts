import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type TestContext } from '../../../test/helpers.ts';
import { makeIndicator, observe } from '../../../test/composite-index-fixtures.ts';
import { getValues, getMethod } from '../composite-index/composite-index.usecases.ts';
import { DEMO_INDEX_CODE, loadDemoCompositeIndex } from './demo.composite-index.ts';
import { loadDemoIndicators } from './demo.indicators.ts';

let ctx: TestContext;
beforeAll(async () => {
  ctx = await createTestContext();
});
afterAll(() => ctx.close());

describe('demo integration index', () => {
  it('loads nothing while there are no demo indicators, and tries again later', async () => {
    await makeIndicator(ctx.database.appDb, 'REAL_ONE'); // not demo: never used by the demo method
    expect(await loadDemoCompositeIndex(ctx.deps)).toEqual({ loaded: false, indicators: 0, values: 0 });
    await expect(getMethod(ctx.deps, DEMO_INDEX_CODE)).rejects.toMatchObject({ code: 'composite_index.not_found' });
  });

  it('publishes YRD_INTEGRATION over the demo indicators present, one dimension per focus area, computed at once', async () => {
    const db = ctx.database.appDb;
    const rd = await makeIndicator(db, 'DEMO_RD', { focusAreaCode: '1', isDemo: true });
    const pm = await makeIndicator(db, 'DEMO_PM25', { focusAreaCode: '4', isDemo: true, direction: 'lower' });
    await makeIndicator(db, 'DEMO_CITY', { focusAreaCode: '4', isDemo: true, level: 'city' }); // cities are not scopes of the index
    for (const [scope, a, b] of [['region', 2.9, 30], ['310000', 4.2, 28], ['320000', 3.1, 32], ['330000', 2.9, 27], ['340000', 2.6, 35]] as const) {
      await observe(db, rd, scope, '2022', a);
      await observe(db, rd, scope, '2023', a + 0.1);
      await observe(db, pm, scope, '2023', b);
    }
    const loaded = await loadDemoCompositeIndex(ctx.deps);
    expect(loaded).toEqual({ loaded: true, indicators: 2, values: 10 });
    const { method, current } = await getMethod(ctx.deps, DEMO_INDEX_CODE);
    expect(method).toMatchObject({ is_demo: true, name_zh: '【演示】长三角一体化发展指数', name_en: '[Demo] YRD integration index' });
    expect(current?.spec).toMatchObject({
      baseYear: 2023, // the earliest year where both indicators have a spread
      missing: 'reweight', aggregate: 'mean',
      dimensions: [
        { code: '1', nameEn: 'Cross-regional synergy of sci-tech and industrial innovation', indicators: [{ code: 'DEMO_RD', weight: 1 }] },
        { code: '4', nameEn: 'Joint ecological protection and governance', indicators: [{ code: 'DEMO_PM25', weight: 1 }] },
      ],
    });
    expect(current?.description_zh).toContain('【演示】');
    expect(current?.description_en).toContain('base year (2023)');
    const { values } = await getValues(ctx.deps, DEMO_INDEX_CODE, { scope: ['310000'], from: 2023 });
    // Shanghai 2023: R&D 4.3 is the top of 2.7–4.3 (100); PM2.5 28 on 27–35, lower is better: 7/8 = 87.5.
    expect(Number(values[0]!.value)).toBe(93.75);
    expect((await loadDemoCompositeIndex(ctx.deps)).loaded).toBe(false);
  });

  it('over the indicators demo: the member-level indicators, a dimension per focus area, a value per member and year', async () => {
    const fresh = await createTestContext();
    try {
      expect((await loadDemoIndicators(fresh.deps)).loaded).toBe(true);
      const loaded = await loadDemoCompositeIndex(fresh.deps);
      expect(loaded.loaded).toBe(true);
      const { current } = await getMethod(fresh.deps, DEMO_INDEX_CODE);
      const spec = current!.spec as { baseYear: number; dimensions: { code: string; indicators: { code: string }[] }[] };
      expect(spec.dimensions.map((d) => [d.code, d.indicators.map((i) => i.code)])).toEqual([
        ['1', ['DEMO_RD_INTENSITY']], ['2', ['DEMO_MED_SETTLEMENTS']], ['5', ['DEMO_GRAIN_OUTPUT']],
      ]);
      expect(spec.baseYear).toBe(2019);
      const { values } = await getValues(fresh.deps, DEMO_INDEX_CODE, {});
      const members = [...new Set(values.map((v) => v.scope_key))].sort();
      expect(members).toEqual(['310000', '320000', '330000', '340000']);
      expect(values.every((v) => Number(v.value) >= 0 && Number(v.value) <= 100)).toBe(true);
      expect(loaded.values).toBe(values.length);
    } finally {
      await fresh.close();
    }
  }, 120_000); // the indicators demo writes thousands of observations
});
