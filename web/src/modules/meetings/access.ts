/**
 * Who sees and does what with meetings and decisions. The server enforces the
 * same rules (meetings and decisions policies, and per record: a liaison gives
 * the verdict on the minutes for its own member only); this only hides what it
 * would refuse.
 */
import type { CurrentUser, RoleName } from '../../api/types.ts';

export const MEETING_ACCESS = {
  /** Meetings, minutes, decisions: every work role reads them. Administrators do not. */
  read: ['office', 'liaison', 'editor', 'observer'],
  /** Preparing meetings, drafting and finalising minutes, recording decisions. */
  manage: ['office'],
} as const satisfies Record<string, readonly RoleName[]>;

/** The members this user gives the verdict on minutes for: those of their liaison grants. */
export function liaisonMembers(user: CurrentUser | null | undefined): string[] {
  return (user?.roles ?? []).filter((g) => g.role === 'liaison' && g.memberCode).map((g) => g.memberCode!);
}
