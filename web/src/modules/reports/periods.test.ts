/** Reporting periods offered by the report form: the server's names, in the region's zone, within the plan. */
import { describe, expect, it } from 'vitest';
import { currentPeriod, recentPeriods } from './periods.ts';

const SHANGHAI = 'Asia/Shanghai';

describe('currentPeriod', () => {
  it('names months and quarters as the server does', () => {
    const at = new Date('2025-03-15T04:00:00Z');
    expect(currentPeriod('monthly', SHANGHAI, at)).toBe('2025-03');
    expect(currentPeriod('quarterly', SHANGHAI, at)).toBe('2025-Q1');
  });

  it('counts in the region time zone, not UTC', () => {
    // 31 March 20:00 UTC is already 1 April in Shanghai.
    const at = new Date('2025-03-31T20:00:00Z');
    expect(currentPeriod('monthly', SHANGHAI, at)).toBe('2025-04');
    expect(currentPeriod('quarterly', SHANGHAI, at)).toBe('2025-Q2');
  });
});

describe('recentPeriods', () => {
  const at = new Date('2025-05-10T04:00:00Z');

  it('lists the current period and earlier ones, newest first', () => {
    expect(recentPeriods('quarterly', SHANGHAI, '2024-01-01', '2026-12-31', 4, at)).toEqual(['2025-Q2', '2025-Q1', '2024-Q4', '2024-Q3']);
    expect(recentPeriods('monthly', SHANGHAI, '2024-01-01', '2026-12-31', 3, at)).toEqual(['2025-05', '2025-04', '2025-03']);
  });

  it('stops at the start of the plan', () => {
    expect(recentPeriods('quarterly', SHANGHAI, '2025-02-01', '2026-12-31', 8, at)).toEqual(['2025-Q2', '2025-Q1']);
  });

  it('starts from the last period of a plan that has ended', () => {
    expect(recentPeriods('monthly', SHANGHAI, '2024-01-01', '2024-12-31', 2, at)).toEqual(['2024-12', '2024-11']);
  });
});
