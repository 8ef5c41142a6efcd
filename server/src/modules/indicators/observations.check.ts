/**
 * Checks a batch of observation items against the indicators, the region's
 * members and cities, the calendar and the writer's member scope, without
 * writing anything. Every item is checked (not only up to the first error), so
 * an import can report all of its rows at once.
 */
import type { ObservationStatus } from '../../db/schema.ts';
import type { Trx } from '../audit/audit.usecases.ts';
import {
  inMemberScope, parsePeriod, PERIOD_EXAMPLES, resolveScope, valueBreach,
  type MemberScope, type ParsedPeriod, type ResolvedScope, type ScopeBook,
} from './indicators.models.ts';
import { indicatorsByCodesForShare, type IndicatorRow } from './indicators.repository.ts';

/** One observation to write: what the API, the push route, the Excel import and the demo data send. */
export interface ObservationInput {
  indicatorCode: string;
  /** 'region', a member code or a city code, by the indicator's level. */
  scopeCode: string;
  /** The member the value is filed for; when given, a city must belong to it (a member value must be it). */
  memberCode?: string | null;
  period: string;
  value: number;
  /** Omitted: kept as stored (a new observation: ''). */
  source?: string;
  note?: string;
  /** Omitted: provisional. Only an unrestricted writer (the Office) may send 'final'. */
  status?: ObservationStatus;
  /** Why a stored value changes; kept in the revision history. */
  reason?: string;
}

export interface CheckedItem {
  index: number;
  key: string;
  input: ObservationInput;
  indicator: IndicatorRow;
  scope: ResolvedScope;
  period: ParsedPeriod;
}

export interface ItemError {
  index: number;
  /** The field as the caller named it: 'value', or 'items[3].value' in a batch. */
  field: string;
  rule: string;
  params: Record<string, unknown>;
}

export interface CheckResult {
  valid: CheckedItem[];
  /** Items that break a rule of the data (400). */
  invalid: ItemError[];
  /** Items the writer may not write (403): another member's scope, or a final value from a member. */
  forbidden: ItemError[];
}

export const observationKey = (indicatorId: string, scopeKey: string, period: string) => `${indicatorId}|${scopeKey}|${period}`;

export function checkObservationItems(
  items: ObservationInput[],
  context: { indicators: Map<string, IndicatorRow>; book: ScopeBook; memberScope: MemberScope; today: string; fieldOf: (index: number, field: string) => string },
): CheckResult {
  const { indicators, book, memberScope, today, fieldOf } = context;
  const result: CheckResult = { valid: [], invalid: [], forbidden: [] };
  const firstIndexOf = new Map<string, number>();
  items.forEach((input, index) => {
    const fail = (list: ItemError[], field: string, rule: string, params: Record<string, unknown> = {}) => list.push({ index, field: fieldOf(index, field), rule, params });
    const before = result.invalid.length + result.forbidden.length;
    const indicator = indicators.get(input.indicatorCode);
    if (!indicator) {
      fail(result.invalid, 'indicatorCode', 'indicators.unknown_indicator', { code: input.indicatorCode });
      return;
    }
    if (indicator.status !== 'active') fail(result.invalid, 'indicatorCode', 'indicators.inactive', { code: indicator.code });
    const resolved = resolveScope(indicator.level, input.scopeCode, input.memberCode, book);
    if ('breach' in resolved) fail(result.invalid, resolved.field, resolved.breach.rule, resolved.breach.params);
    else if (!inMemberScope(memberScope, resolved.scope.memberCode)) fail(result.forbidden, 'scopeCode', 'observations.forbidden_scope', { scope: input.scopeCode });
    if (input.status === 'final' && memberScope !== 'all') fail(result.forbidden, 'status', 'observations.final_item');
    const period = parsePeriod(input.period, indicator.frequency);
    if (!period) fail(result.invalid, 'period', 'indicators.bad_period', { period: input.period, frequency: indicator.frequency, example: PERIOD_EXAMPLES[indicator.frequency] });
    else if (period.periodStart > today) fail(result.invalid, 'period', 'indicators.future_period', { period: input.period });
    const breach = valueBreach(indicator, input.value);
    if (breach) fail(result.invalid, 'value', breach.rule, breach.params);
    if (result.invalid.length + result.forbidden.length > before || !period || 'breach' in resolved) return;
    const key = observationKey(indicator.id, resolved.scope.scopeKey, period.period);
    const first = firstIndexOf.get(key);
    if (first !== undefined) {
      fail(result.invalid, 'period', 'observations.duplicate_item', { index: first });
      return;
    }
    firstIndexOf.set(key, index);
    result.valid.push({ index, key, input, indicator, scope: resolved.scope, period });
  });
  return result;
}

/** The indicators a batch names, locked against a concurrent retirement until the write commits. */
export async function indicatorsForItems(trx: Trx, items: ObservationInput[]): Promise<Map<string, IndicatorRow>> {
  const codes = [...new Set(items.map((i) => i.indicatorCode))];
  if (codes.length === 0) return new Map();
  const rows = await indicatorsByCodesForShare(trx, codes);
  return new Map(rows.map((r) => [r.code, r]));
}
