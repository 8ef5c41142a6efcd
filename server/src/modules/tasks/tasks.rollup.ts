import type { WorkStatus } from '../../db/schema.ts';

/**
 * How a task's status and progress follow from its members' shares — the rule
 * the UI explains next to every task:
 * - progress is the weighted mean of the shares' percentages (weights default to 1);
 * - status: any share delayed → delayed; else any at risk → at risk;
 *   all completed → completed; all not started → not started; otherwise on track.
 */
export interface ShareForRollup {
  status: WorkStatus;
  percent: number;
  weight: number;
}

export function rollUp(shares: ShareForRollup[]): { status: WorkStatus; progress: number } {
  if (shares.length === 0) return { status: 'not_started', progress: 0 };
  const totalWeight = shares.reduce((sum, s) => sum + s.weight, 0);
  const weighted = shares.reduce((sum, s) => sum + s.percent * s.weight, 0);
  const progress = Math.round((weighted / totalWeight) * 100) / 100;
  const has = (status: WorkStatus) => shares.some((s) => s.status === status);
  const all = (status: WorkStatus) => shares.every((s) => s.status === status);
  const status: WorkStatus = has('delayed')
    ? 'delayed'
    : has('at_risk')
      ? 'at_risk'
      : all('completed')
        ? 'completed'
        : all('not_started')
          ? 'not_started'
          : 'on_track';
  return { status, progress };
}
