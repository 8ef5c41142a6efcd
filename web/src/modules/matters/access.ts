/**
 * Who sees and does what with major matters (server: matters.policies.ts and
 * the record rules in matters.usecases.ts). The server enforces them; this only
 * hides what it would refuse.
 */
import type { CurrentUser, Matter, MatterDetail, RoleName } from '../../api/types.ts';
import { hasRole } from '../auth/roles.ts';

export const MATTER_ACCESS = {
  read: ['office', 'liaison', 'editor', 'observer'],
  /** A liaison or editor for its own member; the Office for any member or a working group. */
  raise: ['office', 'liaison', 'editor'],
  escalate: ['office', 'liaison'],
  /** The liaison of the member that raised it, or the Office. */
  withdraw: ['office', 'liaison'],
  /** Coordination notes and de-escalation. */
  coordinate: ['office'],
} as const satisfies Record<string, readonly RoleName[]>;

/** The members the user is liaison of. */
export function liaisonMembers(user: CurrentUser | null | undefined): string[] {
  return (user?.roles ?? []).flatMap((g) => (g.role === 'liaison' && g.memberCode ? [g.memberCode] : []));
}

/** The members a non-Office user raises matters for: those of its liaison or editor grants (server: memberCodesOf). */
export function raisingMembers(user: CurrentUser | null | undefined): string[] {
  return [...new Set((user?.roles ?? []).flatMap((g) => ((g.role === 'liaison' || g.role === 'editor') && g.memberCode ? [g.memberCode] : [])))];
}

export function isMatterOffice(user: CurrentUser | null | undefined): boolean {
  return hasRole(user, ...MATTER_ACCESS.coordinate);
}

/** The Office raises for anyone; a liaison or editor only with a member grant. */
export function canRaise(user: CurrentUser | null | undefined): boolean {
  return isMatterOffice(user) || (hasRole(user, ...MATTER_ACCESS.raise) && raisingMembers(user).length > 0);
}

/** The Office, or a liaison of a member party to the matter; only while it is open and below the decision tier. */
export function canEscalate(user: CurrentUser | null | undefined, matter: MatterDetail): boolean {
  if (matter.status !== 'open' || matter.tier === 'decision') return false;
  return isMatterOffice(user) || liaisonMembers(user).some((m) => matter.memberCodes.includes(m));
}

export function canDeEscalate(user: CurrentUser | null | undefined, matter: MatterDetail): boolean {
  return matter.status === 'open' && matter.tier !== 'execution' && isMatterOffice(user);
}

export function canCoordinate(user: CurrentUser | null | undefined, matter: MatterDetail): boolean {
  return matter.status === 'open' && isMatterOffice(user);
}

/** The Office, or a liaison of the member that raised it (not merely party to it); only while it is open. */
export function canWithdraw(user: CurrentUser | null | undefined, matter: Pick<Matter, 'status' | 'raisedByMemberCode'>): boolean {
  if (matter.status !== 'open') return false;
  return isMatterOffice(user) || (matter.raisedByMemberCode !== null && liaisonMembers(user).includes(matter.raisedByMemberCode));
}
