import { describe, expect, it } from 'vitest';
import { consecutive, decide, type PeriodValue } from './risks.models.ts';

const v = (period: string, value: number): PeriodValue => ({ period, periodStart: `${period}-01`, value });
const rule = { comparison: '<' as const, threshold: 80, periods: 2 };

describe('trigger decisions', () => {
  it('needs the latest N periods, one after the other, all crossing', () => {
    expect(decide(false, [v('2025-08', 70), v('2025-07', 75)], rule, 'monthly')).toEqual({ crossed: true, raise: true });
    expect(decide(false, [v('2025-08', 70), v('2025-06', 75)], rule, 'monthly')).toEqual({ crossed: false, raise: false }); // a gap
    expect(decide(false, [v('2025-08', 70)], rule, 'monthly')).toEqual({ crossed: false, raise: false });
    expect(decide(true, [v('2025-08', 70), v('2025-07', 75)], rule, 'monthly')).toEqual({ crossed: true, raise: false });
  });
  it('resets on a period that does not cross, keeps the state while a new streak is shorter than N', () => {
    expect(decide(true, [v('2025-09', 90), v('2025-08', 70)], rule, 'monthly')).toEqual({ crossed: false, raise: false });
    expect(decide(true, [v('2025-09', 70), v('2025-08', 90)], rule, 'monthly')).toEqual({ crossed: true, raise: false });
    expect(decide(false, [v('2025-09', 80), v('2025-08', 70)], rule, 'monthly')).toEqual({ crossed: false, raise: false }); // 80 is not < 80
  });
  it('knows consecutive periods by frequency', () => {
    expect(consecutive(['2025-01-01', '2024-12-01'], 'monthly')).toBe(true);
    expect(consecutive(['2025-01-01', '2024-10-01'], 'quarterly')).toBe(true);
    expect(consecutive(['2025-01-01', '2023-01-01'], 'yearly')).toBe(false);
  });
});
