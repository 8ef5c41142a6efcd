/**
 * The rules of indicators and observations that need no database: code shape,
 * periods by frequency, units and bounds, the scope a level takes.
 */
import type { IndicatorFrequency, IndicatorLevel, IndicatorValueKind } from '../../db/schema.ts';

export const INDICATOR_CODE_PATTERN = '^[A-Z][A-Z0-9_]{1,39}$';
export const REGION_SCOPE = 'region';
/** Periods live between these years (the table's CHECK says the same). */
export const MIN_YEAR = 1900;
export const MAX_YEAR = 2200;

export const PERIOD_EXAMPLES: Record<IndicatorFrequency, string> = { yearly: '2024', quarterly: '2024-Q1', monthly: '2024-03' };
const PERIOD_PATTERNS: Record<IndicatorFrequency, RegExp> = {
  yearly: /^(\d{4})$/,
  quarterly: /^(\d{4})-Q([1-4])$/,
  monthly: /^(\d{4})-(0[1-9]|1[0-2])$/,
};

export interface ParsedPeriod {
  period: string;
  year: number;
  /** The period's first day, 'YYYY-MM-DD'. */
  periodStart: string;
}

/** A period written for the indicator's frequency, or undefined when it does not fit ('2024-03' for a yearly indicator). */
export function parsePeriod(period: string, frequency: IndicatorFrequency): ParsedPeriod | undefined {
  const match = PERIOD_PATTERNS[frequency].exec(period);
  if (!match) return undefined;
  const year = Number(match[1]);
  if (year < MIN_YEAR || year > MAX_YEAR) return undefined;
  const month = frequency === 'yearly' ? 1 : frequency === 'quarterly' ? (Number(match[2]) - 1) * 3 + 1 : Number(match[2]);
  return { period, year, periodStart: `${match[1]}-${String(month).padStart(2, '0')}-01` };
}

/** Every period of a year for a frequency, in order. */
export function periodsOfYear(year: number, frequency: IndicatorFrequency): string[] {
  if (frequency === 'yearly') return [String(year)];
  if (frequency === 'quarterly') return [1, 2, 3, 4].map((q) => `${year}-Q${q}`);
  return Array.from({ length: 12 }, (_, i) => `${year}-${String(i + 1).padStart(2, '0')}`);
}

export interface ValueRules {
  value_kind: IndicatorValueKind;
  min_value: string | number | null;
  max_value: string | number | null;
}

/** The bounds a value must keep: the indicator's own, else 0–100 for a percent. */
export function boundsOf(rules: ValueRules): { min: number | null; max: number | null } {
  const min = rules.min_value === null ? null : Number(rules.min_value);
  const max = rules.max_value === null ? null : Number(rules.max_value);
  if (rules.value_kind === 'percent') return { min: min ?? 0, max: max ?? 100 };
  return { min, max };
}

export interface RuleBreach {
  rule: string;
  params?: Record<string, unknown>;
}

/** What is wrong with a value for an indicator (or a target), if anything. */
export function valueBreach(rules: ValueRules, value: number): RuleBreach | undefined {
  if (!Number.isFinite(value)) return { rule: 'indicators.not_a_number' };
  if (rules.value_kind === 'integer' && !Number.isInteger(value)) return { rule: 'indicators.not_integer', params: { value } };
  const { min, max } = boundsOf(rules);
  if (min !== null && value < min) return { rule: 'indicators.below_min', params: { value, min } };
  if (max !== null && value > max) return { rule: 'indicators.above_max', params: { value, max } };
  return undefined;
}

/** Reference data a scope is checked against. */
export interface ScopeBook {
  members: Set<string>;
  /** city code → its member's code */
  cityMember: Map<string, string>;
}

export interface ResolvedScope {
  scopeKey: string;
  memberCode: string | null;
  cityCode: string | null;
}

/**
 * The scope a level takes: 'region'; a member code; a city code (filed for the
 * city's member). `filedFor`, when given, must be that member.
 */
export function resolveScope(
  level: IndicatorLevel, scopeCode: string, filedFor: string | null | undefined, book: ScopeBook,
): { scope: ResolvedScope } | { field: 'scopeCode' | 'memberCode'; breach: RuleBreach } {
  if (level === 'region') {
    if (scopeCode !== REGION_SCOPE) return { field: 'scopeCode', breach: { rule: 'indicators.bad_scope', params: { scope: scopeCode, level } } };
    if (filedFor) return { field: 'memberCode', breach: { rule: 'indicators.scope_outside_member', params: { scope: scopeCode, member: filedFor } } };
    return { scope: { scopeKey: REGION_SCOPE, memberCode: null, cityCode: null } };
  }
  if (level === 'member') {
    if (!book.members.has(scopeCode)) return { field: 'scopeCode', breach: { rule: 'indicators.bad_scope', params: { scope: scopeCode, level } } };
    if (filedFor && filedFor !== scopeCode) return { field: 'memberCode', breach: { rule: 'indicators.scope_outside_member', params: { scope: scopeCode, member: filedFor } } };
    return { scope: { scopeKey: scopeCode, memberCode: scopeCode, cityCode: null } };
  }
  const member = book.cityMember.get(scopeCode);
  if (!member) return { field: 'scopeCode', breach: { rule: 'indicators.bad_scope', params: { scope: scopeCode, level } } };
  if (filedFor && filedFor !== member) return { field: 'memberCode', breach: { rule: 'indicators.scope_outside_member', params: { scope: scopeCode, member: filedFor } } };
  return { scope: { scopeKey: scopeCode, memberCode: member, cityCode: scopeCode } };
}

/** Which members a caller may write observations for: all (the Office, the system) or a list. */
export type MemberScope = string[] | 'all';

export function inMemberScope(memberScope: MemberScope, memberCode: string | null): boolean {
  if (memberScope === 'all') return true;
  // Region-wide values belong to no member: only an unrestricted writer files them.
  return memberCode !== null && memberScope.includes(memberCode);
}

/** Values compare as numbers: numeric '12.50' from the database equals 12.5 sent as JSON. */
export const sameValue = (stored: string | number, value: number) => Number(stored) === value;
