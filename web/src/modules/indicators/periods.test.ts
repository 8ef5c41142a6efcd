/** The lean series (parallel arrays) back to points on a time axis. */
import { describe, expect, it } from 'vitest';
import { periodStart, seriesPairs } from './labels.ts';

describe('periodStart', () => {
  it('gives the first day of a year, quarter or month', () => {
    expect(periodStart('2024')).toBe('2024-01-01');
    expect(periodStart('2024-Q1')).toBe('2024-01-01');
    expect(periodStart('2024-Q2')).toBe('2024-04-01');
    expect(periodStart('2024-Q4')).toBe('2024-10-01');
    expect(periodStart('2024-03')).toBe('2024-03-01');
    expect(periodStart('2024-12')).toBe('2024-12-01');
  });
});

describe('seriesPairs', () => {
  const scope = { scopeCode: '320500', periods: ['2024-01', '2024-02'], values: [30, 35], statuses: ['final' as const, 'provisional' as const], isDemo: false };
  it('pairs each period with its value, or its first-published value when sent', () => {
    expect(seriesPairs(scope)).toEqual([['2024-01-01', 30], ['2024-02-01', 35]]);
    expect(seriesPairs({ ...scope, firstValues: [30, 32] }, 'firstValues')).toEqual([['2024-01-01', 30], ['2024-02-01', 32]]);
  });
});
