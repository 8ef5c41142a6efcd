/**
 * The supervision rules: pure functions of the records and "today" (a
 * calendar date in the region's time zone), so they are tested without a
 * database or a real clock. The scan compares what these say should be flagged
 * with the open flags, raising and resolving the difference.
 *
 * - overdue share, red: a share not completed whose due date has passed.
 * - overdue share, yellow ("due soon and behind"): due within DUE_SOON_DAYS and
 *   behind — the share says at risk or delayed, or its percent is more than
 *   BEHIND_TOLERANCE points below the straight-line expectation
 *   100 × (today − start) / (due − start), start being the task's start date,
 *   else the day the share was created.
 * - overdue milestone, red: not completed and its due date has passed; filed
 *   against the lead member.
 * - missing report: every reporting period of the plan's cadence (months or
 *   quarters) that overlaps the share's life (from the latest of the plan start,
 *   the task start and the share's creation) and has ended needs a submitted or
 *   accepted report for that period. Yellow once more than the grace days have
 *   passed since the period ended; red more than REPORT_RED_AFTER_GRACE_DAYS
 *   later still. Completed shares owe no more reports.
 * - stalled, yellow: a share not completed, whose task has started, with no
 *   progress (its last progress, report or creation, whichever is latest) for
 *   the plan's stalled_after_days or more.
 */
import type { FlagKind, WorkStatus } from '../../db/schema.ts';

export const DUE_SOON_DAYS = 14;
export const BEHIND_TOLERANCE = 10;
export const REPORT_RED_AFTER_GRACE_DAYS = 14;

export type Severity = 'red' | 'yellow';
export type Cadence = 'monthly' | 'quarterly';

export interface RuleSettings {
  /** YYYY-MM-DD in the region's time zone. */
  today: string;
  reportGraceDays: number;
}

export interface ShareFacts {
  shareId: string;
  taskId: string;
  memberCode: string;
  status: WorkStatus;
  percent: number;
  dueDate: string | null;
  /** The task's start date. */
  startDate: string | null;
  /** The day the share was created (region time). */
  createdOn: string;
  /** The latest of last progress, last report and creation (region time). */
  lastActivityOn: string;
  cadence: Cadence;
  stalledAfterDays: number;
  planStart: string;
  planEnd: string;
  /** Periods with a submitted or accepted report. */
  reportedPeriods: ReadonlySet<string>;
}

export interface MilestoneFacts {
  milestoneId: string;
  taskId: string;
  leadMemberCode: string;
  leadShareId: string | null;
  dueDate: string;
  completed: boolean;
}

export interface DesiredFlag {
  subjectKey: string;
  kind: FlagKind;
  severity: Severity;
  taskId: string;
  shareId: string | null;
  milestoneId: string | null;
  memberCode: string;
  period: string | null;
  /** Stable facts only (no day counts), so a flag does not change from one scan to the next. */
  detail: Record<string, unknown>;
}

// --- calendar dates as YYYY-MM-DD ------------------------------------------

const DAY_MS = 86_400_000;
const toUtc = (date: string) => Date.UTC(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10)));
const fromUtc = (ms: number) => new Date(ms).toISOString().slice(0, 10);

export function addDays(date: string, days: number): string {
  return fromUtc(toUtc(date) + days * DAY_MS);
}

/** b − a in days. */
export function daysBetween(a: string, b: string): number {
  return Math.round((toUtc(b) - toUtc(a)) / DAY_MS);
}

export function maxDate(...dates: (string | null | undefined)[]): string {
  return dates.filter((d): d is string => !!d).reduce((a, b) => (a > b ? a : b));
}


// --- reporting periods ------------------------------------------------------

export interface Period {
  /** As stored on reports: 2026-03 or 2026-Q1. */
  code: string;
  start: string;
  end: string;
}

export function periodOf(date: string, cadence: Cadence): Period {
  const year = Number(date.slice(0, 4));
  const month = Number(date.slice(5, 7));
  const firstMonth = cadence === 'monthly' ? month : Math.floor((month - 1) / 3) * 3 + 1;
  const months = cadence === 'monthly' ? 1 : 3;
  const start = `${year}-${String(firstMonth).padStart(2, '0')}-01`;
  const end = addDays(fromUtc(Date.UTC(year, firstMonth - 1 + months, 1)), -1);
  const code = cadence === 'monthly' ? `${year}-${String(month).padStart(2, '0')}` : `${year}-Q${(firstMonth + 2) / 3}`;
  return { code, start, end };
}

/** Periods overlapping [from, to], in order. */
export function periodsBetween(from: string, to: string, cadence: Cadence): Period[] {
  const out: Period[] = [];
  for (let p = periodOf(from, cadence); p.start <= to; p = periodOf(addDays(p.end, 1), cadence)) out.push(p);
  return out;
}

// --- the rules ---------------------------------------------------------------

const notDone = (status: WorkStatus) => status !== 'completed';

/** 0–100: how far along a share "should" be today on a straight line from start to due. */
export function expectedPercent(start: string, due: string, today: string): number {
  const total = daysBetween(start, due);
  if (total <= 0) return today >= due ? 100 : 0;
  return Math.max(0, Math.min(100, (100 * daysBetween(start, today)) / total));
}

export function overdueShareFlag(s: ShareFacts, settings: RuleSettings): DesiredFlag | undefined {
  if (!notDone(s.status) || !s.dueDate) return undefined;
  const base = { subjectKey: `overdue_share:${s.shareId}`, kind: 'overdue_share' as const, taskId: s.taskId, shareId: s.shareId, milestoneId: null, memberCode: s.memberCode, period: null };
  if (s.dueDate < settings.today) return { ...base, severity: 'red', detail: { reason: 'overdue', dueDate: s.dueDate } };
  const daysLeft = daysBetween(settings.today, s.dueDate);
  if (daysLeft > DUE_SOON_DAYS) return undefined;
  const start = s.startDate && s.startDate < s.dueDate ? s.startDate : s.createdOn;
  const expected = Math.round(expectedPercent(start, s.dueDate, settings.today));
  const behind = s.status === 'at_risk' || s.status === 'delayed' || s.percent < expected - BEHIND_TOLERANCE;
  if (!behind) return undefined;
  return { ...base, severity: 'yellow', detail: { reason: 'due_soon_behind', dueDate: s.dueDate, status: s.status } };
}

export function missingReportFlags(s: ShareFacts, settings: RuleSettings): DesiredFlag[] {
  if (!notDone(s.status)) return [];
  const from = maxDate(s.planStart, s.startDate, s.createdOn);
  // Only periods whose grace has run out can be missing.
  const lastEnded = addDays(settings.today, -(settings.reportGraceDays + 1));
  const to = s.planEnd < lastEnded ? s.planEnd : lastEnded;
  if (to < from) return [];
  const flags: DesiredFlag[] = [];
  for (const period of periodsBetween(from, to, s.cadence)) {
    const daysLate = daysBetween(period.end, settings.today);
    if (daysLate <= settings.reportGraceDays || s.reportedPeriods.has(period.code)) continue;
    flags.push({
      subjectKey: `missing_report:${s.shareId}:${period.code}`,
      kind: 'missing_report',
      severity: daysLate > settings.reportGraceDays + REPORT_RED_AFTER_GRACE_DAYS ? 'red' : 'yellow',
      taskId: s.taskId,
      shareId: s.shareId,
      milestoneId: null,
      memberCode: s.memberCode,
      period: period.code,
      detail: { periodEnd: period.end, dueBy: addDays(period.end, settings.reportGraceDays) },
    });
  }
  return flags;
}

export function stalledFlag(s: ShareFacts, settings: RuleSettings): DesiredFlag | undefined {
  if (!notDone(s.status)) return undefined;
  if (s.startDate && s.startDate > settings.today) return undefined;
  if (daysBetween(s.lastActivityOn, settings.today) < s.stalledAfterDays) return undefined;
  return {
    subjectKey: `stalled:${s.shareId}`,
    kind: 'stalled',
    severity: 'yellow',
    taskId: s.taskId,
    shareId: s.shareId,
    milestoneId: null,
    memberCode: s.memberCode,
    period: null,
    detail: { lastActivityOn: s.lastActivityOn, stalledAfterDays: s.stalledAfterDays },
  };
}

export function overdueMilestoneFlag(m: MilestoneFacts, settings: RuleSettings): DesiredFlag | undefined {
  if (m.completed || m.dueDate >= settings.today) return undefined;
  return {
    subjectKey: `overdue_milestone:${m.milestoneId}`,
    kind: 'overdue_milestone',
    severity: 'red',
    taskId: m.taskId,
    shareId: m.leadShareId,
    milestoneId: m.milestoneId,
    memberCode: m.leadMemberCode,
    period: null,
    detail: { dueDate: m.dueDate },
  };
}

/** Every flag the records call for today. */
export function desiredFlags(shares: ShareFacts[], milestones: MilestoneFacts[], settings: RuleSettings): DesiredFlag[] {
  const out: DesiredFlag[] = [];
  for (const share of shares) {
    const overdue = overdueShareFlag(share, settings);
    if (overdue) out.push(overdue);
    out.push(...missingReportFlags(share, settings));
    const stalled = stalledFlag(share, settings);
    if (stalled) out.push(stalled);
  }
  for (const milestone of milestones) {
    const flag = overdueMilestoneFlag(milestone, settings);
    if (flag) out.push(flag);
  }
  return out;
}
