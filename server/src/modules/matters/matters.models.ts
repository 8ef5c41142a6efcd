import type { MeetingTier } from '../../db/schema.ts';
import { DAY } from '../../shared/clock.ts';

export const TIERS: MeetingTier[] = ['execution', 'coordination', 'decision'];

/** How long a matter may stay at a tier before it goes up (the decision tier is the last). */
export const TIER_DAYS: Record<MeetingTier, number> = { execution: 30, coordination: 60, decision: 90 };

export const tierAbove = (tier: MeetingTier): MeetingTier | null => TIERS[TIERS.indexOf(tier) + 1] ?? null;
export const tierBelow = (tier: MeetingTier): MeetingTier | null => TIERS[TIERS.indexOf(tier) - 1] ?? null;

export const deadlineColumn = (tier: MeetingTier) => `${tier}_deadline` as const;

export function deadlineFrom(now: Date, tier: MeetingTier, urgency: 'high' | 'normal' | 'low'): Date {
  const days = urgency === 'high' ? Math.ceil(TIER_DAYS[tier] / 2) : TIER_DAYS[tier];
  return new Date(now.getTime() + days * DAY);
}

export const TIER_NAMES: Record<MeetingTier, { zh: string; en: string }> = {
  execution: { zh: '执行层', en: 'execution' },
  coordination: { zh: '协调层', en: 'coordination' },
  decision: { zh: '决策层', en: 'decision' },
};
