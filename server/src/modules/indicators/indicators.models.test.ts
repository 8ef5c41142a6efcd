import { describe, expect, it } from 'vitest';
import { boundsOf, inMemberScope, parsePeriod, periodsOfYear, resolveScope, valueBreach, type ScopeBook } from './indicators.models.ts';

describe('periods by frequency', () => {
  it('reads each frequency’s form and its first day', () => {
    expect(parsePeriod('2024', 'yearly')).toEqual({ period: '2024', year: 2024, periodStart: '2024-01-01' });
    expect(parsePeriod('2024-Q1', 'quarterly')).toEqual({ period: '2024-Q1', year: 2024, periodStart: '2024-01-01' });
    expect(parsePeriod('2024-Q4', 'quarterly')?.periodStart).toBe('2024-10-01');
    expect(parsePeriod('2024-03', 'monthly')).toEqual({ period: '2024-03', year: 2024, periodStart: '2024-03-01' });
    expect(parsePeriod('2024-12', 'monthly')?.periodStart).toBe('2024-12-01');
  });

  it('refuses a period that does not fit the frequency or the calendar', () => {
    expect(parsePeriod('2024-03', 'yearly')).toBeUndefined();
    expect(parsePeriod('2024', 'monthly')).toBeUndefined();
    expect(parsePeriod('2024-Q1', 'monthly')).toBeUndefined();
    expect(parsePeriod('2024-03', 'quarterly')).toBeUndefined();
    expect(parsePeriod('2024-Q5', 'quarterly')).toBeUndefined();
    expect(parsePeriod('2024-Q0', 'quarterly')).toBeUndefined();
    expect(parsePeriod('2024-13', 'monthly')).toBeUndefined();
    expect(parsePeriod('2024-00', 'monthly')).toBeUndefined();
    expect(parsePeriod('2024-3', 'monthly')).toBeUndefined();
    expect(parsePeriod('24', 'yearly')).toBeUndefined();
    expect(parsePeriod('1899', 'yearly')).toBeUndefined();
    expect(parsePeriod(' 2024', 'yearly')).toBeUndefined();
  });

  it('lists the periods of a year', () => {
    expect(periodsOfYear(2024, 'yearly')).toEqual(['2024']);
    expect(periodsOfYear(2024, 'quarterly')).toEqual(['2024-Q1', '2024-Q2', '2024-Q3', '2024-Q4']);
    expect(periodsOfYear(2024, 'monthly')).toHaveLength(12);
    expect(periodsOfYear(2024, 'monthly').every((p) => parsePeriod(p, 'monthly'))).toBe(true);
  });
});

describe('units and bounds', () => {
  it('keeps a percent within 0–100 unless the indicator sets its own bounds', () => {
    const percent = { value_kind: 'percent' as const, min_value: null, max_value: null };
    expect(boundsOf(percent)).toEqual({ min: 0, max: 100 });
    expect(valueBreach(percent, 100)).toBeUndefined();
    expect(valueBreach(percent, 0)).toBeUndefined();
    expect(valueBreach(percent, 100.1)).toEqual({ rule: 'indicators.above_max', params: { value: 100.1, max: 100 } });
    expect(valueBreach(percent, -0.5)).toEqual({ rule: 'indicators.below_min', params: { value: -0.5, min: 0 } });
    // A growth rate may fall: the indicator says so with its own minimum.
    const growth = { value_kind: 'percent' as const, min_value: '-50', max_value: '300' };
    expect(valueBreach(growth, -12.5)).toBeUndefined();
    expect(valueBreach(growth, 250)).toBeUndefined();
    expect(valueBreach(growth, 301)?.rule).toBe('indicators.above_max');
  });

  it('wants whole numbers for a count, and enforces any bounds', () => {
    const count = { value_kind: 'integer' as const, min_value: '0', max_value: null };
    expect(valueBreach(count, 12)).toBeUndefined();
    expect(valueBreach(count, 12.5)).toEqual({ rule: 'indicators.not_integer', params: { value: 12.5 } });
    expect(valueBreach(count, -1)?.rule).toBe('indicators.below_min');
    const decimal = { value_kind: 'decimal' as const, min_value: null, max_value: null };
    expect(valueBreach(decimal, -1e9)).toBeUndefined();
    expect(valueBreach(decimal, Number.NaN)?.rule).toBe('indicators.not_a_number');
  });
});

describe('scopes by level', () => {
  const book: ScopeBook = {
    members: new Set(['310000', '320000', '330000', '340000']),
    cityMember: new Map([['310000', '310000'], ['320500', '320000'], ['341300', '340000'], ['331000', '330000']]),
  };

  it('takes the region, a member or a city by the indicator’s level', () => {
    expect(resolveScope('region', 'region', undefined, book)).toEqual({ scope: { scopeKey: 'region', memberCode: null, cityCode: null } });
    expect(resolveScope('member', '320000', undefined, book)).toEqual({ scope: { scopeKey: '320000', memberCode: '320000', cityCode: null } });
    // Two Suzhou: the code decides the member.
    expect(resolveScope('city', '320500', undefined, book)).toEqual({ scope: { scopeKey: '320500', memberCode: '320000', cityCode: '320500' } });
    expect(resolveScope('city', '341300', undefined, book)).toEqual({ scope: { scopeKey: '341300', memberCode: '340000', cityCode: '341300' } });
    // Shanghai is both a member and its own city.
    expect(resolveScope('city', '310000', '310000', book)).toEqual({ scope: { scopeKey: '310000', memberCode: '310000', cityCode: '310000' } });
  });

  it('names the field when a scope does not fit the level or the member it is filed for', () => {
    expect(resolveScope('region', '320000', undefined, book)).toMatchObject({ field: 'scopeCode', breach: { rule: 'indicators.bad_scope' } });
    expect(resolveScope('member', '320500', undefined, book)).toMatchObject({ field: 'scopeCode', breach: { rule: 'indicators.bad_scope' } });
    expect(resolveScope('city', '320000', undefined, book)).toMatchObject({ field: 'scopeCode', breach: { rule: 'indicators.bad_scope' } });
    expect(resolveScope('city', '320500', '340000', book)).toMatchObject({ field: 'memberCode', breach: { rule: 'indicators.scope_outside_member' } });
    expect(resolveScope('member', '320000', '330000', book)).toMatchObject({ field: 'memberCode' });
    expect(resolveScope('region', 'region', '320000', book)).toMatchObject({ field: 'memberCode' });
  });

  it('lets a member writer write only its own member’s values, never the region’s', () => {
    expect(inMemberScope('all', null)).toBe(true);
    expect(inMemberScope(['320000'], '320000')).toBe(true);
    expect(inMemberScope(['320000'], '330000')).toBe(false);
    expect(inMemberScope(['320000'], null)).toBe(false);
  });
});
