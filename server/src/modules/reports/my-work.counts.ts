/**
 * My work's kept counts (migration 0022, decision 0017): their SQL is in
 * my-work.counts.repository.ts; this file keeps the compaction job and the
 * names the use cases and tests import.
 */
import { calendarDateIn } from '../../shared/time.ts';
import type { JobHandler } from '../jobs/jobs.models.ts';
import { compactMyWorkCounts } from './my-work.counts.repository.ts';
import { regionTimeZone } from '../region/region.time-zone.ts';

export {
  compactMyWorkCounts, keptAwaitingReview, keptOpenFlags, keptReturned, keptShareTotals, rebuildMyWorkCounts, type ShareTotals,
} from './my-work.counts.repository.ts';

export const MY_WORK_COMPACT_JOB = 'reports.my_work_compact';

/** Keeps My work's changes log short (a few thousand writes between runs at most) and its past due dates folded. */
export const myWorkCompactHandler: JobHandler = {
  kind: MY_WORK_COMPACT_JOB,
  async run(deps) {
    await compactMyWorkCounts(deps.db, calendarDateIn(deps.clock.now(), await regionTimeZone(deps.db)));
  },
};
