import type { Db } from '../../db/database.ts';
import type { Trx } from '../audit/audit.usecases.ts';
import { findRegion } from './region.repository.ts';

/** The time zone days are counted in before a region is loaded (the YRD's). */
export const DEFAULT_TIME_ZONE = 'Asia/Shanghai';

let known = new WeakMap<object, string>();

/**
 * The region's time zone: where "today" is for due dates, periods and exports. Most screens ask for
 * it on every request, so it is read once per database handle — it comes from the region file and
 * does not change while the platform runs (loading a region forgets it, see loadRegion).
 */
export async function regionTimeZone(db: Db | Trx): Promise<string> {
  const kept = known.get(db);
  if (kept) return kept;
  const region = await findRegion(db);
  // Nothing is kept before a region exists: the first load must be seen.
  if (!region) return DEFAULT_TIME_ZONE;
  known.set(db, region.time_zone);
  return region.time_zone;
}

export function forgetRegionTimeZone(): void {
  known = new WeakMap();
}
