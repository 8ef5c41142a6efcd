/**
 * Calendar years as the region's users count them: an instant belongs to the
 * year of its date in the region's time zone (a decision taken at 07:00 on
 * 1 January in Shanghai is in the new year, though it is still 31 December UTC).
 * The zone is read inside the statement (an init plan, once per query), so a
 * filter costs no extra round trip.
 */
import { sql, type RawBuilder } from 'kysely';

export const REGION_TIME_ZONE = sql<string>`coalesce((SELECT time_zone FROM regions ORDER BY loaded_at LIMIT 1), 'Asia/Shanghai')`;

/** `column` (a timestamptz, e.g. 'd.decided_at') within calendar year `year` in the region's time zone. */
export function instantInYear(column: string, year: number): RawBuilder<boolean> {
  const start = sql`make_timestamptz(${year}::int, 1, 1, 0, 0, 0, ${REGION_TIME_ZONE})`;
  const end = sql`make_timestamptz(${year + 1}::int, 1, 1, 0, 0, 0, ${REGION_TIME_ZONE})`;
  return sql<boolean>`(${sql.ref(column)} >= ${start} AND ${sql.ref(column)} < ${end})`;
}
