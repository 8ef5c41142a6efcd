/**
 * The to-do queue ("待办"): what needs the signed-in user's action now.
 *
 * | kind              | for                          | what                                                            |
 * |-------------------|------------------------------|-----------------------------------------------------------------|
 * | report_due        | liaisons, editors (own shares)| no report yet for the current period, or for the last one while its grace runs |
 * | report_returned   | liaisons, editors (own shares)| a returned report waiting for its revision                      |
 * | report_review     | the Office                   | a filed report waiting for review                               |
 * | minutes_approve   | liaisons                     | the current draft of minutes their member has not answered yet  |
 * | minutes_finalise  | the Office                   | a draft every participating member has approved                 |
 * | matter_overdue    | the Office (all), liaisons (their members') | an open major matter past its tier's deadline     |
 * | flag              | liaisons, editors (own shares); the Office (flags that climbed to its rung) | an open supervision flag |
 */
import type { RoleGrant } from '../../shared/principal.ts';

export const TODO_KINDS = ['report_due', 'report_returned', 'report_review', 'minutes_approve', 'minutes_finalise', 'matter_overdue', 'flag'] as const;
export type TodoKind = (typeof TODO_KINDS)[number];

/**
 * Counts stop here: the badge shows "999+" rather than counting a member's
 * whole workload on every page load.
 */
export const COUNT_CAP = 999;

/** The shares a member user works on: all of the member's, or only a body's for an editor tied to one (as My work). */
export interface ShareScope {
  memberCode: string;
  bodyCode: string | null;
}

export interface TodoScope {
  office: boolean;
  /** Members the user is a liaison of. */
  liaisonOf: string[];
  /** Shares the user works on (liaison and editor grants). */
  shares: ShareScope[];
  /** Members whose matters the user follows: a liaison's. */
  matterMembers: string[];
}

export function scopeOf(roles: readonly RoleGrant[]): TodoScope {
  const shares = roles.flatMap((g) => ((g.role === 'liaison' || g.role === 'editor') && g.memberCode ? [{ memberCode: g.memberCode, bodyCode: g.role === 'editor' ? g.bodyCode : null }] : []));
  const liaisonOf = [...new Set(roles.flatMap((g) => (g.role === 'liaison' && g.memberCode ? [g.memberCode] : [])))];
  return { office: roles.some((g) => g.role === 'office'), liaisonOf, shares, matterMembers: liaisonOf };
}

/** Which kinds a user's queue holds. */
export function kindsFor(scope: TodoScope): TodoKind[] {
  const kinds = new Set<TodoKind>();
  if (scope.shares.length) ['report_due', 'report_returned', 'flag'].forEach((k) => kinds.add(k as TodoKind));
  if (scope.liaisonOf.length) ['minutes_approve', 'matter_overdue'].forEach((k) => kinds.add(k as TodoKind));
  if (scope.office) ['report_review', 'minutes_finalise', 'matter_overdue', 'flag'].forEach((k) => kinds.add(k as TodoKind));
  return TODO_KINDS.filter((k) => kinds.has(k));
}

/** Audit actions that count as "done" (已办): the user acted on a piece of work. */
export const DONE_ACTIONS = [
  'report.submit', 'report.revise', 'report.accept', 'report.return', 'task.share_update',
  'meeting.minutes.draft', 'meeting.minutes.approve', 'meeting.minutes.request_change', 'meeting.minutes.finalise',
  'matter.raise', 'matter.escalated', 'matter.de_escalated', 'matter.withdraw', 'matter.coordinate',
  'decision.record', 'agreement.create',
] as const;
export type DoneAction = (typeof DONE_ACTIONS)[number];
