import { describe, expect, it } from 'vitest';
import { batchesOf, currentPeriodIndex, periodCode, REPORTS_PER_SHARE, sizesOf, topicSlots, TOPICS } from './work-data.ts';

describe('sizesOf', () => {
  it('scale 1 is the issue\'s data set: 50k tasks, 200k shares, at least 500k reports', () => {
    const sizes = sizesOf(1);
    expect(sizes).toMatchObject({ tasks: 50_000, plans: 50, shares: 200_000 });
    expect(sizes.approxReports).toBeGreaterThanOrEqual(500_000);
    expect(sizesOf(10)).toMatchObject({ tasks: 500_000, plans: 500, shares: 2_000_000 });
    expect(sizesOf(0.001)).toMatchObject({ tasks: 50, plans: 1 });
    expect(() => sizesOf(0)).toThrow(/positive/);
  });

  it('draws 1–4 reports per share, 2.6 on average', () => {
    expect(Math.min(...REPORTS_PER_SHARE)).toBe(1);
    expect(Math.max(...REPORTS_PER_SHARE)).toBe(4);
    expect(REPORTS_PER_SHARE.reduce((a, b) => a + b, 0) / REPORTS_PER_SHARE.length).toBeCloseTo(2.6);
  });
});

describe('batchesOf', () => {
  it('covers 1..total without gaps or overlaps', () => {
    expect(batchesOf(7, 3)).toEqual([[1, 3], [4, 6], [7, 7]]);
    expect(batchesOf(6, 3)).toEqual([[1, 3], [4, 6]]);
    expect(batchesOf(0, 3)).toEqual([]);
  });
});

describe('topicSlots', () => {
  it('fills every slot in proportion to the weights, 1-based', () => {
    expect(topicSlots([{ weight: 1 }, { weight: 3 }], 8)).toEqual([1, 1, 2, 2, 2, 2, 2, 2]);
    const slots = topicSlots();
    expect(slots).toHaveLength(1000);
    expect(new Set(slots).size).toBe(TOPICS.length);
    // Every focus area 1–7 gets tasks, and 太湖 has something to match.
    expect(new Set(TOPICS.map((t) => t.area))).toEqual(new Set(['1', '2', '3', '4', '5', '6', '7']));
    expect(TOPICS.filter((t) => t.zh.includes('太湖')).length).toBeGreaterThan(0);
  });
});

describe('reporting periods', () => {
  it('numbers periods from 2024 and names them as the app does', () => {
    expect(periodCode(0, 'monthly')).toBe('2024-01');
    expect(periodCode(34, 'monthly')).toBe('2026-11');
    expect(periodCode(0, 'quarterly')).toBe('2024-Q1');
    expect(periodCode(11, 'quarterly')).toBe('2026-Q4');
  });

  it('takes the current period in the region time zone, kept inside the plans', () => {
    // 2026-03-31 20:00 UTC is already April 1st in Shanghai.
    expect(currentPeriodIndex(new Date('2026-03-31T20:00:00Z'), 'monthly')).toBe(27);
    expect(currentPeriodIndex(new Date('2026-03-31T20:00:00Z'), 'quarterly')).toBe(9);
    expect(currentPeriodIndex(new Date('2030-01-01T00:00:00Z'), 'quarterly')).toBe(11);
    expect(currentPeriodIndex(new Date('2024-01-05T00:00:00Z'), 'monthly')).toBe(4);
  });
});
