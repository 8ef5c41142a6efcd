import { sql } from 'kysely';
import type { Db } from '../../db/database.ts';
import type { Trx } from '../audit/audit.usecases.ts';

type Executor = Db | Trx;

/** Counts one denial in its (source, route, minute) row; the count after it. */
export async function countDenial(
  db: Executor,
  tally: { source: string; route: string; minute: Date; reason: string },
): Promise<number> {
  const row = await db
    .insertInto('access_denial_tallies')
    .values({ ...tally, denials: 1 })
    .onConflict((oc) => oc.columns(['source', 'route', 'minute']).doUpdateSet({ denials: sql<number>`access_denial_tallies.denials + 1` }))
    .returning('denials')
    .executeTakeFirstOrThrow();
  return row.denials;
}

/** Minutes that have ended and still wait to be written to the audit trail. */
export function closedTallies(db: Executor, before: Date, limit: number) {
  return db
    .selectFrom('access_denial_tallies')
    .select(['source', 'route', 'minute'])
    .where('minute', '<', before)
    .orderBy('minute')
    .limit(limit)
    .execute();
}

/**
 * Takes one tally out; undefined when another instance took it first (the row
 * lock makes the second DELETE wait and then find nothing, so no minute is
 * written twice).
 */
export function takeTally(db: Executor, key: { source: string; route: string; minute: Date }) {
  return db
    .deleteFrom('access_denial_tallies')
    .where('source', '=', key.source)
    .where('route', '=', key.route)
    .where('minute', '=', key.minute)
    .returningAll()
    .executeTakeFirst();
}
