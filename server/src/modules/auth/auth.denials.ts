/**
 * Denied anonymous requests (issue 14, item 10). Anyone on the network can send
 * them, so one audit row each would let an unauthenticated client grow the
 * append-only trail without limit. They are counted per (source address,
 * route, minute) instead; once the minute is over, each tally becomes one
 * `access.denied` audit event carrying `count`. A denial is thus still
 * recorded — at once in the tally, and within about a minute in the trail —
 * and the trail grows by at most one row per source, route and minute.
 * Signed-in callers' denials name a user and stay one event each (policy.ts).
 */
import type { AppDeps } from '../../app-deps.ts';
import { MINUTE } from '../../shared/clock.ts';
import { auditedTransaction } from '../audit/audit.usecases.ts';
import * as repo from './auth.denials.repository.ts';

/** Tallies written per flush at most; the rest wait for the next one. */
const FLUSH_BATCH = 500;

function minuteOf(at: Date): Date {
  return new Date(Math.floor(at.getTime() / MINUTE) * MINUTE);
}

export async function countAnonymousDenial(
  deps: Pick<AppDeps, 'db' | 'clock'>,
  denial: { source: string | null; route: string; reason: string },
): Promise<void> {
  const now = deps.clock.now();
  const denials = await repo.countDenial(deps.db, {
    source: denial.source ?? 'unknown',
    route: denial.route.slice(0, 300),
    minute: minuteOf(now),
    reason: denial.reason,
  });
  // The first denial of a new minute also writes out the minutes before it,
  // so the trail is complete without waiting for housekeeping.
  if (denials === 1) await flushDenialTallies(deps);
}

/** Writes every ended minute's tally as one audit event with its count. */
export async function flushDenialTallies(deps: Pick<AppDeps, 'db' | 'clock'>): Promise<number> {
  const before = minuteOf(deps.clock.now());
  let written = 0;
  for (const key of await repo.closedTallies(deps.db, before, FLUSH_BATCH)) {
    const actor = { userId: null, username: 'anonymous', memberCode: null, ip: key.source === 'unknown' ? null : key.source };
    const took = await auditedTransaction({ db: deps.db, clock: deps.clock, actor }, async (trx, audit) => {
      const tally = await repo.takeTally(trx, key);
      if (!tally) return false;
      audit({
        action: 'access.denied',
        outcome: 'denied',
        objectType: 'route',
        objectId: tally.route,
        summary: { reason: tally.reason, count: tally.denials, minute: tally.minute.toISOString(), aggregated: true },
      });
      return true;
    });
    if (took) written++;
  }
  return written;
}
