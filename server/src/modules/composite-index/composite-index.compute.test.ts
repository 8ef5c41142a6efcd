import { describe, expect, it } from 'vitest';
import { computeIndex, minmaxScore, targetScore, type IndexValue, type YearlyCell } from './composite-index.compute.ts';
import { specProblems, type IndexSpec } from './composite-index.models.ts';

/** A yearly indicator's cell: one period, so mean and last agree. */
const cell = (indicatorCode: string, scopeKey: string, year: number, value: number): YearlyCell => {
  const id = `${indicatorCode}-${scopeKey}-${year}`;
  return { indicatorCode, scopeKey, year, mean: value, last: value, lastObservationId: id, observationIds: [id] };
};
const cells = (indicatorCode: string, year: number, values: Record<string, number>) => Object.entries(values).map(([scope, v]) => cell(indicatorCode, scope, year, v));

// A (higher is better) in dimension D1 (weight 3), B (lower is better) in D2 (weight 1).
// Base year 2020: A 10/20/30 → 0/50/100; B 1/3/5 → 100/50/0. In 2021 A is 15/25/40 and B has no values.
const DATA: YearlyCell[] = [
  ...cells('A', 2020, { s1: 10, s2: 20, s3: 30 }),
  ...cells('A', 2021, { s1: 15, s2: 25, s3: 40 }),
  ...cells('B', 2020, { s1: 1, s2: 3, s3: 5 }),
];
const DIRECTIONS = { A: 'higher', B: 'lower' } as const;
const spec = (over: Partial<IndexSpec> = {}): IndexSpec => ({
  baseYear: 2020, normalisation: 'minmax_base_year', missing: 'reweight',
  dimensions: [
    { code: 'D1', nameZh: '维度一', nameEn: 'One', weight: 3, indicators: [{ code: 'A', weight: 1 }] },
    { code: 'D2', nameZh: '维度二', nameEn: 'Two', weight: 1, indicators: [{ code: 'B', weight: 1 }] },
  ],
  ...over,
});
const valuesOf = (values: IndexValue[]) => Object.fromEntries(values.map((v) => [`${v.scopeKey}:${v.year}`, v.value]));
const find = (values: IndexValue[], scopeKey: string, year: number) => values.find((v) => v.scopeKey === scopeKey && v.year === year)!;

describe('normalisation', () => {
  it('min–max against the base year range across scopes, inverted when lower is better, clamped to 0–100', () => {
    expect(minmaxScore(20, { min: 10, max: 30 }, 'higher')).toBe(50);
    expect(minmaxScore(12.5, { min: 10, max: 30 }, 'lower')).toBe(87.5);
    expect(minmaxScore(40, { min: 10, max: 30 }, 'higher')).toBe(100);
    expect(minmaxScore(5, { min: 10, max: 30 }, 'higher')).toBe(0);
    expect(minmaxScore(7, { min: 7, max: 7 }, 'higher')).toBeNull(); // no spread in the base year: nothing to place it in
  });

  it('against a target: value/target capped at 100, target/value when lower is better, a positive target needed', () => {
    expect(targetScore(10, 20, 'higher')).toBe(50);
    expect(targetScore(30, 20, 'higher')).toBe(100);
    expect(targetScore(-3, 20, 'higher')).toBe(0);
    expect(targetScore(4, 2, 'lower')).toBe(50);
    expect(targetScore(1, 2, 'lower')).toBe(100);
    expect(targetScore(1, 0, 'higher')).toBeNull();
  });

  it('computes normalised scores per indicator with their raw values and observations', () => {
    const out = computeIndex({ spec: spec(), directions: DIRECTIONS, cells: DATA });
    const s1 = find(out, 's1', 2020);
    expect(s1.components).toEqual([
      { dimensionCode: 'D1', value: 0, weight: 0.75, indicators: [{ code: 'A', weight: 1, raw: 10, normalised: 0, observationIds: ['A-s1-2020'] }] },
      { dimensionCode: 'D2', value: 100, weight: 0.25, indicators: [{ code: 'B', weight: 1, raw: 1, normalised: 100, observationIds: ['B-s1-2020'] }] },
    ]);
    // Later years keep the base year's range: A 25 in 2021 is a quarter of the way, 40 is past the top.
    expect(find(out, 's1', 2021).components[0]!.indicators[0]!.normalised).toBe(25);
    expect(find(out, 's3', 2021).components[0]!.indicators[0]!.normalised).toBe(100);
  });

  it('normalises against targets: the year’s target, else the next later one, else the latest earlier one', () => {
    const targets = [
      ...['s1', 's2', 's3'].map((scopeKey) => ({ indicatorCode: 'A', scopeKey, year: 2020, value: 20 })),
      ...['s1', 's2', 's3'].map((scopeKey) => ({ indicatorCode: 'B', scopeKey, year: 2025, value: 2 })),
    ];
    const data = [...DATA, ...cells('B', 2026, { s1: 4 })];
    const out = computeIndex({ spec: spec({ normalisation: 'target' }), directions: DIRECTIONS, cells: data, targets });
    const scores = (scope: string, year: number) => find(out, scope, year).components.map((d) => d.indicators[0]!.normalised);
    expect(scores('s1', 2020)).toEqual([50, 100]); // A 10 of 20; B 1 ≤ 2 (2025's target, the next one)
    expect(scores('s2', 2020)).toEqual([100, 66.666667]); // B 3 against 2: 2/3
    expect(scores('s3', 2020)).toEqual([100, 40]); // A 30 of 20 capped; B 5 against 2
    expect(scores('s1', 2021)).toEqual([75, null]); // A 15 of 20 (2020's target, the latest earlier one); B has no value
    expect(scores('s1', 2026)).toEqual([null, 50]); // B 4 against 2025's 2
    expect(find(out, 's1', 2020).components[0]!.indicators[0]!.target).toBe(20);
    expect(valuesOf(out)['s1:2020']).toBe((3 * 50 + 100) / 4);
  });

  it('an indicator without a base-year spread, or without any base-year value, counts as missing', () => {
    const data = [...cells('A', 2020, { s1: 5, s2: 5 }), ...cells('B', 2021, { s1: 1, s2: 2 })];
    expect(computeIndex({ spec: spec(), directions: DIRECTIONS, cells: data })).toEqual([]);
  });
});

describe('weights and the composite', () => {
  it('dimension scores are weighted means of their indicators, the composite a weighted mean of dimensions', () => {
    // D1 = (2·A + 1·C) / 3; C 0/10/5 → 0/100/50.
    const withC = spec({
      dimensions: [
        { code: 'D1', nameZh: '一', nameEn: 'One', weight: 3, indicators: [{ code: 'A', weight: 2 }, { code: 'C', weight: 1 }] },
        { code: 'D2', nameZh: '二', nameEn: 'Two', weight: 1, indicators: [{ code: 'B', weight: 1 }] },
      ],
    });
    const out = computeIndex({ spec: withC, directions: DIRECTIONS, cells: [...DATA, ...cells('C', 2020, { s1: 0, s2: 10, s3: 5 })] });
    expect(find(out, 's2', 2020).components[0]).toMatchObject({ value: 66.666667, weight: 0.75 });
    expect(find(out, 's2', 2020).components[0]!.indicators.map((i) => i.weight)).toEqual([0.666667, 0.333333]);
    expect(find(out, 's3', 2020).components[0]!.value).toBe(83.333333);
    // Composite: (3·D1 + 1·D2) / 4.
    expect(valuesOf(out)).toMatchObject({ 's1:2020': 25, 's2:2020': 62.5, 's3:2020': 62.5 });
  });

  it('different weights give different composites from the same data', () => {
    const even = spec({ dimensions: spec().dimensions.map((d) => ({ ...d, weight: 1 })) });
    expect(valuesOf(computeIndex({ spec: spec(), directions: DIRECTIONS, cells: DATA }))['s1:2020']).toBe(25);
    expect(valuesOf(computeIndex({ spec: even, directions: DIRECTIONS, cells: DATA }))['s1:2020']).toBe(50);
  });
});

describe('missing data', () => {
  it("'reweight' drops what is missing and shares its weight among the rest", () => {
    const out = computeIndex({ spec: spec({ missing: 'reweight' }), directions: DIRECTIONS, cells: DATA });
    expect(valuesOf(out)).toEqual({ 's1:2020': 25, 's1:2021': 25, 's2:2020': 50, 's2:2021': 75, 's3:2020': 75, 's3:2021': 100 });
    expect(find(out, 's1', 2021).components.map((d) => [d.dimensionCode, d.value, d.weight])).toEqual([['D1', 25, 1], ['D2', null, 0]]);
    expect(find(out, 's1', 2021).components[1]!.indicators[0]).toEqual({ code: 'B', weight: 0, raw: null, normalised: null, observationIds: [] });
  });

  it("'zero' counts what is missing as 0 with its full weight", () => {
    const out = computeIndex({ spec: spec({ missing: 'zero' }), directions: DIRECTIONS, cells: DATA });
    expect(valuesOf(out)).toEqual({ 's1:2020': 25, 's1:2021': 18.75, 's2:2020': 50, 's2:2021': 56.25, 's3:2020': 75, 's3:2021': 75 });
    expect(find(out, 's1', 2021).components.map((d) => [d.dimensionCode, d.value, d.weight])).toEqual([['D1', 25, 0.75], ['D2', 0, 0.25]]);
  });

  it("'skip_scope' gives no value for a scope-year with anything missing", () => {
    const data = [...DATA, ...cells('B', 2021, { s2: 2 })];
    const out = computeIndex({ spec: spec({ missing: 'skip_scope' }), directions: DIRECTIONS, cells: data });
    expect(valuesOf(out)).toEqual({ 's1:2020': 25, 's2:2020': 50, 's2:2021': (3 * 75 + 75) / 4, 's3:2020': 75 });
  });
});

describe('base year and yearly aggregation', () => {
  it('a different base year gives different values from the same data', () => {
    const a2020 = computeIndex({ spec: spec(), directions: DIRECTIONS, cells: DATA });
    const a2021 = computeIndex({ spec: spec({ baseYear: 2021 }), directions: DIRECTIONS, cells: DATA });
    // Base 2021: A's range is 15–40 (B has no 2021 values, so it drops out): 2020's A 10/20/30 → 0/20/60.
    expect(valuesOf(a2021)).toMatchObject({ 's1:2020': 0, 's2:2020': 20, 's3:2020': 60, 's3:2021': 100 });
    expect(valuesOf(a2021)).not.toEqual(valuesOf(a2020));
  });

  it("takes the year's mean or its last period, with the observations behind either", () => {
    const monthly: YearlyCell[] = [
      { indicatorCode: 'A', scopeKey: 's1', year: 2020, mean: 12, last: 20, lastObservationId: 'dec1', observationIds: ['jan1', 'dec1'] },
      { indicatorCode: 'A', scopeKey: 's2', year: 2020, mean: 30, last: 10, lastObservationId: 'dec2', observationIds: ['jan2', 'dec2'] },
    ];
    const one = (aggregate: 'mean' | 'last') => spec({ aggregate, dimensions: [spec().dimensions[0]!] });
    const mean = computeIndex({ spec: one('mean'), directions: DIRECTIONS, cells: monthly });
    expect(find(mean, 's1', 2020).components[0]!.indicators[0]).toMatchObject({ raw: 12, normalised: 0, observationIds: ['jan1', 'dec1'] });
    const last = computeIndex({ spec: one('last'), directions: DIRECTIONS, cells: monthly });
    expect(find(last, 's1', 2020).components[0]!.indicators[0]).toMatchObject({ raw: 20, normalised: 100, observationIds: ['dec1'] });
    // An indicator entry may choose for itself; without any choice, the last period counts.
    const perIndicator = spec({ aggregate: 'last', dimensions: [{ ...spec().dimensions[0]!, indicators: [{ code: 'A', weight: 1, aggregate: 'mean' }] }] });
    expect(find(computeIndex({ spec: perIndicator, directions: DIRECTIONS, cells: monthly }), 's1', 2020).value).toBe(0);
    expect(find(computeIndex({ spec: spec({ dimensions: [spec().dimensions[0]!] }), directions: DIRECTIONS, cells: monthly }), 's1', 2020).value).toBe(100);
  });

  it('is deterministic: the same spec and data give identical results, ordered by scope and year', () => {
    const shuffled = [...DATA].reverse();
    expect(computeIndex({ spec: spec(), directions: DIRECTIONS, cells: shuffled })).toEqual(computeIndex({ spec: spec(), directions: DIRECTIONS, cells: DATA }));
    expect(computeIndex({ spec: spec(), directions: DIRECTIONS, cells: DATA }).map((v) => `${v.scopeKey}:${v.year}`)).toEqual(['s1:2020', 's1:2021', 's2:2020', 's2:2021', 's3:2020', 's3:2021']);
  });
});

describe('spec rules', () => {
  it('names each field that breaks a rule: weights > 0, unique dimension and indicator codes', () => {
    const bad = spec({
      dimensions: [
        { code: 'D1', nameZh: '一', nameEn: 'One', weight: 0, indicators: [{ code: 'A', weight: 1 }, { code: 'A', weight: -1 }] },
        { code: 'D1', nameZh: '二', nameEn: 'Two', weight: 1, indicators: [{ code: 'B', weight: 1 }] },
      ],
    });
    expect(specProblems(bad).map((p) => `${p.field} ${p.rule}`)).toEqual([
      'spec.dimensions.0.weight composite_index.weight_positive',
      'spec.dimensions.0.indicators.1.weight composite_index.weight_positive',
      'spec.dimensions.0.indicators.1.code composite_index.indicator_duplicate',
      'spec.dimensions.1.code composite_index.dimension_duplicate',
    ]);
    expect(specProblems(spec())).toEqual([]);
  });
});
