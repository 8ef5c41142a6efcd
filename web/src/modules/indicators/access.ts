/**
 * Who sees and does what with indicators (server: indicators.policies.ts).
 * The server enforces the same rules; this only hides what it would refuse.
 */
import type { CurrentUser, Indicator, RoleName } from '../../api/types.ts';
import { hasRole } from '../auth/roles.ts';
import type { Reference } from '../region/reference.ts';

export const INDICATOR_ACCESS = {
  /** Indicators, observations and the index: every work role reads them all. */
  read: ['office', 'liaison', 'editor', 'observer'],
  /** Defining, editing and retiring indicators, targets, confirming values, recomputing the index. */
  manage: ['office'],
  /** Entering and correcting observations: the Office for any scope, liaisons and editors for their own member. */
  write: ['office', 'liaison', 'editor'],
} as const satisfies Record<string, readonly RoleName[]>;

/** The members a user writes observations for: 'all' for the Office, else their liaison/editor members. */
export function writableMembers(user: CurrentUser | null | undefined): 'all' | string[] {
  if (hasRole(user, ...INDICATOR_ACCESS.manage)) return 'all';
  const codes = (user?.roles ?? []).filter((g) => (g.role === 'liaison' || g.role === 'editor') && g.memberCode).map((g) => g.memberCode!);
  return [...new Set(codes)];
}

/**
 * The scopes of an indicator this user may enter values for, in reference
 * order: the region (Office only), members, or cities (a city by its member).
 */
export function writableScopes(indicator: Pick<Indicator, 'level'>, reference: Reference | undefined, user: CurrentUser | null | undefined): string[] {
  const members = writableMembers(user);
  const mine = (memberCode: string) => members === 'all' || members.includes(memberCode);
  if (indicator.level === 'region') return members === 'all' ? ['region'] : [];
  if (indicator.level === 'member') return (reference?.members ?? []).filter((m) => mine(m.code)).map((m) => m.code);
  return (reference?.cities ?? []).filter((c) => mine(c.memberCode)).map((c) => c.code);
}

/** Whether this user may correct a stored observation (its member decides). */
export function canWriteObservation(observation: { memberCode: string | null; scopeCode: string }, user: CurrentUser | null | undefined): boolean {
  const members = writableMembers(user);
  if (members === 'all') return true;
  return observation.memberCode !== null && members.includes(observation.memberCode);
}
