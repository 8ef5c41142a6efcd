/**
 * The rules of the risk register that need no database: areas, the 5×5 score,
 * and when a trigger threshold is crossed.
 */
import type { IndicatorFrequency, RiskArea, RiskStatus, TriggerComparison } from '../../db/schema.ts';

export const RISK_AREAS = ['industry_supply_chain', 'finance', 'energy', 'food', 'urban_governance', 'ecology', 'public_health'] as const satisfies readonly RiskArea[];
export const RISK_STATUSES = ['open', 'mitigated', 'closed'] as const satisfies readonly RiskStatus[];
export const COMPARISONS = ['<', '<=', '>', '>='] as const satisfies readonly TriggerComparison[];
export const RISK_CODE_PATTERN = '^[A-Z][A-Z0-9_-]{1,39}$';

/** The 5×5 score: likelihood × impact (1–25). */
export const scoreOf = (likelihood: number, impact: number) => likelihood * impact;

export function crosses(value: number, comparison: TriggerComparison, threshold: number): boolean {
  switch (comparison) {
    case '<': return value < threshold;
    case '<=': return value <= threshold;
    case '>': return value > threshold;
    case '>=': return value >= threshold;
  }
}

const MONTHS: Record<IndicatorFrequency, number> = { monthly: 1, quarterly: 3, yearly: 12 };
const monthIndex = (periodStart: string) => Number(periodStart.slice(0, 4)) * 12 + Number(periodStart.slice(5, 7)) - 1;

/** Whether period starts (newest first) follow each other without a gap at the indicator's frequency. */
export function consecutive(periodStartsNewestFirst: string[], frequency: IndicatorFrequency): boolean {
  for (let i = 1; i < periodStartsNewestFirst.length; i++) {
    if (monthIndex(periodStartsNewestFirst[i - 1]!) - monthIndex(periodStartsNewestFirst[i]!) !== MONTHS[frequency]) return false;
  }
  return true;
}

export interface TriggerRule { comparison: TriggerComparison; threshold: number; periods: number }
export interface PeriodValue { period: string; periodStart: string; value: number }

/**
 * What the latest values (newest first) mean for a trigger in one scope:
 * - crossed: the latest N periods, one after the other, all cross → an alert, once (only if it was not crossed);
 * - the latest period does not cross → recovered: the state resets, so a later crossing raises a new alert;
 * - otherwise (the latest crosses, but not yet N periods in a row) the state stays as it was —
 *   a correction of an older period inside a crossing does not re-raise it.
 */
export function decide(wasCrossed: boolean, latest: PeriodValue[], rule: TriggerRule, frequency: IndicatorFrequency): { crossed: boolean; raise: boolean } {
  const newest = latest[0];
  if (!newest || !crosses(newest.value, rule.comparison, rule.threshold)) return { crossed: false, raise: false };
  const window = latest.slice(0, rule.periods);
  const crossedNow = window.length === rule.periods && consecutive(window.map((v) => v.periodStart), frequency)
    && window.every((v) => crosses(v.value, rule.comparison, rule.threshold));
  if (crossedNow) return { crossed: true, raise: !wasCrossed };
  return { crossed: wasCrossed, raise: false };
}
