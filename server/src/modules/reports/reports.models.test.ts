import { describe, expect, it } from 'vitest';
import { cadenceOfPeriod, monthsOf } from './reports.models.ts';


describe('periods', () => {
  it('know their cadence and months', () => {
    expect(cadenceOfPeriod('2025-03')).toBe('monthly');
    expect(cadenceOfPeriod('2025-Q4')).toBe('quarterly');
    expect(cadenceOfPeriod('2025-13')).toBeUndefined();
    expect(monthsOf('2025-Q1')).toEqual({ first: '2025-01', last: '2025-03' });
    expect(monthsOf('2025-Q4')).toEqual({ first: '2025-10', last: '2025-12' });
    expect(monthsOf('2025-07')).toEqual({ first: '2025-07', last: '2025-07' });
  });
});
