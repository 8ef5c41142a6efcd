/**
 * Reporting periods as the server names them: 2025-03 (monthly plans) or
 * 2025-Q1 (quarterly plans), counted in the region's time zone. The server
 * refuses future periods and periods outside the plan; the form offers only
 * the recent ones it would accept.
 */
import type { Cadence } from '../../api/types.ts';

interface YearMonth {
  year: number;
  month: number; // 1–12
}

function yearMonthIn(timeZone: string, at: Date): YearMonth {
  const [year, month] = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit' }).format(at).split('-').map(Number);
  return { year: year ?? at.getFullYear(), month: month ?? at.getMonth() + 1 };
}

function periodOfMonth({ year, month }: YearMonth, cadence: Cadence): string {
  return cadence === 'monthly' ? `${year}-${String(month).padStart(2, '0')}` : `${year}-Q${Math.ceil(month / 3)}`;
}

export function currentPeriod(cadence: Cadence, timeZone: string, at: Date = new Date()): string {
  return periodOfMonth(yearMonthIn(timeZone, at), cadence);
}

/** The period's first month as "YYYY-MM" (compares as text). */
function firstMonth(period: string): string {
  const quarter = /^(\d{4})-Q([1-4])$/.exec(period);
  return quarter ? `${quarter[1]}-${String(Number(quarter[2]) * 3 - 2).padStart(2, '0')}` : period;
}

function lastMonth(period: string): string {
  const quarter = /^(\d{4})-Q([1-4])$/.exec(period);
  return quarter ? `${quarter[1]}-${String(Number(quarter[2]) * 3).padStart(2, '0')}` : period;
}

function previous({ year, month }: YearMonth, cadence: Cadence): YearMonth {
  const step = cadence === 'monthly' ? 1 : 3;
  const index = year * 12 + (month - 1) - step;
  return { year: Math.floor(index / 12), month: (index % 12) + 1 };
}

/**
 * The current period and the ones before it, newest first, that overlap the
 * plan's period (planStart/planEnd as YYYY-MM-DD). After the plan has ended the
 * list starts from its last period, so late reports can still be filed.
 */
export function recentPeriods(cadence: Cadence, timeZone: string, planStart: string, planEnd: string, count = 8, at: Date = new Date()): string[] {
  const start = planStart.slice(0, 7);
  const end = planEnd.slice(0, 7);
  let cursor = yearMonthIn(timeZone, at);
  const endYm = { year: Number(end.slice(0, 4)), month: Number(end.slice(5, 7)) };
  if (periodOfMonth(cursor, 'monthly') > end) cursor = endYm;
  const periods: string[] = [];
  while (periods.length < count) {
    const period = periodOfMonth(cursor, cadence);
    if (lastMonth(period) < start) break;
    if (firstMonth(period) <= end) periods.push(period);
    cursor = previous(cursor, cadence);
  }
  return periods;
}
