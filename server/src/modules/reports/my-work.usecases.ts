/**
 * "My work": what the signed-in user should do next. Liaisons and editors:
 * their member's open shares (an editor tied to a body: that body's), whether a
 * report is due for the current period, returned reports to revise, open flags.
 * The Office: reports awaiting review and red flags. Observers: the totals.
 *
 * The summary (GET /api/v1/my-work) carries the totals only; each section is a
 * cursor-paged list of its own, so neither grows with the member's workload.
 * The totals come from counts kept by triggers (migration 0022, decision 0017).
 */
import type { AppDeps } from '../../app-deps.ts';
import { decodeCursor, pageOf } from '../../shared/pagination.ts';
import type { Principal } from '../../shared/principal.ts';
import { periodOf } from '../plans/plans.models.ts';
import { calendarDateIn } from '../../shared/time.ts';
import * as kept from './my-work.counts.ts';
import * as repo from './my-work.repository.ts';
import { regionTimeZone } from '../region/region.time-zone.ts';

type Deps = Pick<AppDeps, 'db' | 'clock'>;

export interface SectionQuery {
  cursor?: string;
  limit?: number;
}

/** Who the user works for and which views they get. */
function scopeOf(principal: Principal) {
  const roles = principal.kind === 'user' ? principal.roles : [];
  const scope: repo.ShareScope[] = roles.flatMap((g) =>
    (g.role === 'liaison' || g.role === 'editor') && g.memberCode ? [{ memberCode: g.memberCode, bodyCode: g.role === 'editor' ? g.bodyCode : null }] : [],
  );
  const memberCodes = [...new Set(scope.map((s) => s.memberCode))];
  const office = roles.some((g) => g.role === 'office');
  const regionWide = office || roles.some((g) => g.role === 'observer');
  const views = { member: scope.length > 0, office, observer: !office && regionWide && scope.length === 0 };
  return { scope, memberCodes, office, regionWide, views };
}

/** The region's today and current report periods. */
async function timeOf(deps: Deps) {
  const now = deps.clock.now();
  const timeZone = await regionTimeZone(deps.db);
  return { now, timeZone, today: calendarDateIn(now, timeZone), periods: { monthly: periodOf(now, 'monthly', timeZone), quarterly: periodOf(now, 'quarterly', timeZone) } };
}

/** The flags a user's flag section lists: the Office's red ones, a member user's own; none for observers. */
function flagScope(ctx: ReturnType<typeof scopeOf>): repo.FlagScope | undefined {
  if (ctx.office) return { severity: 'red' };
  return ctx.scope.length > 0 ? { memberCodes: ctx.memberCodes } : undefined;
}

const NO_SHARES = { open: 0, byStatus: { notStarted: 0, onTrack: 0, atRisk: 0, delayed: 0 }, overdue: 0, reportsDue: 0 };

/**
 * The header of the page and its totals: member-scoped for liaisons and editors, region-wide review queue and flags for the
 * Office and observers. Read from the counts the database keeps (my-work.counts.ts), so they cost the same for any workload.
 */
export async function myWorkSummary(deps: Deps, principal: Principal) {
  const ctx = { ...scopeOf(principal), ...(await timeOf(deps)) };
  const member = ctx.scope.length > 0;
  const [shares, returnedReports, awaitingReview, flags] = await Promise.all([
    member ? kept.keptShareTotals(deps.db, ctx.scope, ctx.periods, ctx.today) : NO_SHARES,
    member ? kept.keptReturned(deps.db, ctx.scope) : 0,
    ctx.regionWide ? kept.keptAwaitingReview(deps.db) : 0,
    ctx.regionWide ? kept.keptOpenFlags(deps.db) : member ? kept.keptOpenFlags(deps.db, ctx.memberCodes) : { red: 0, yellow: 0 },
  ]);
  return {
    asOf: ctx.now,
    timeZone: ctx.timeZone,
    today: ctx.today,
    periods: ctx.periods,
    memberCodes: ctx.memberCodes,
    views: ctx.views,
    counts: {
      openShares: shares.open,
      sharesByStatus: shares.byStatus,
      reportsDue: shares.reportsDue,
      overdueShares: shares.overdue,
      returnedReports,
      awaitingReview,
      openFlags: flags.red + flags.yellow,
      redFlags: flags.red,
      yellowFlags: flags.yellow,
    },
  };
}

const limitOf = (query: SectionQuery) => query.limit ?? 50;

/** The member's open shares, a page at a time, with whether a report is due for the current period. */
export async function mySharesPage(deps: Deps, principal: Principal, query: SectionQuery) {
  const ctx = { ...scopeOf(principal), ...(await timeOf(deps)) };
  const limit = limitOf(query);
  const after = decodeCursor(query.cursor, ['date', 'uuid']) as [string, string] | undefined;
  const rows = ctx.scope.length > 0 ? await repo.openSharesPage(deps.db, ctx.scope, ctx.periods, after, limit) : [];
  const page = pageOf(rows, limit, (s) => [s.due_key, s.id]);
  return {
    nextCursor: page.nextCursor,
    items: page.items.map((s) => ({
      ...s,
      overdue: s.due_date !== null && s.due_date < ctx.today,
      report_due: s.report_id === null || s.report_state === 'returned',
    })),
  };
}

/** Returned reports of the member waiting for their revision, oldest return first. */
export async function myReturnedPage(deps: Deps, principal: Principal, query: SectionQuery) {
  const ctx = scopeOf(principal);
  const limit = limitOf(query);
  const after = decodeCursor(query.cursor, ['timestamp?', 'uuid']) as [string, string] | undefined;
  const rows = ctx.scope.length > 0 ? await repo.returnedPage(deps.db, ctx.scope, after, limit) : [];
  return pageOf(rows, limit, (r) => [r.reviewed_at?.toISOString() ?? null, r.id]);
}

/** The Office's queue: reports waiting for review, oldest first. */
export async function myReviewsPage(deps: Deps, principal: Principal, query: SectionQuery) {
  const ctx = scopeOf(principal);
  const limit = limitOf(query);
  const after = decodeCursor(query.cursor, ['timestamp', 'uuid']);
  const rows = ctx.office ? await repo.awaitingReviewPage(deps.db, after, limit) : [];
  return pageOf(rows, limit, (r) => [r.submitted_at.toISOString(), r.id]);
}

/** Open flags, red first: the member's for a member user, the red ones for the Office. */
export async function myFlagsPage(deps: Deps, principal: Principal, query: SectionQuery) {
  const ctx = scopeOf(principal);
  const limit = limitOf(query);
  const after = decodeCursor(query.cursor, ['text', 'timestamp', 'uuid']);
  const filter = flagScope(ctx);
  const rows = filter ? await repo.openFlagsPage(deps.db, filter, after, limit) : [];
  return pageOf(rows, limit, (f) => [f.severity, f.raised_at.toISOString(), f.id]);
}
