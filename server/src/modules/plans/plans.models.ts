import type { PlanStatus } from '../../db/schema.ts';
import { calendarDateIn } from '../../shared/time.ts';

/** The plan lifecycle. Adoption "in principle" may be skipped; nothing goes back. */
export const PLAN_TRANSITIONS: Record<PlanStatus, PlanStatus[]> = {
  draft: ['adopted_in_principle', 'adopted'],
  adopted_in_principle: ['adopted'],
  adopted: ['in_force'],
  in_force: ['closed'],
  closed: [],
};

export function canTransition(from: PlanStatus, to: PlanStatus): boolean {
  return PLAN_TRANSITIONS[from].includes(to);
}

/** The three-year plan's baseline is frozen the first time it is adopted (in principle or fully). */
export function freezesBaseline(kind: string, to: PlanStatus, alreadyFrozen: boolean): boolean {
  return kind === 'three_year' && !alreadyFrozen && (to === 'adopted_in_principle' || to === 'adopted');
}

/** Reporting periods: 2025-03 (monthly) or 2025-Q1 (quarterly). */
export function periodOf(date: Date, cadence: 'monthly' | 'quarterly', timeZone = 'Asia/Shanghai'): string {
  const [year, month] = calendarDateIn(date, timeZone).split('-').map(Number) as [number, number];
  return cadence === 'monthly' ? `${year}-${String(month).padStart(2, '0')}` : `${year}-Q${Math.ceil(month / 3)}`;
}
