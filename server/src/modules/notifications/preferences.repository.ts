import { sql } from 'kysely';
import type { Db } from '../../db/database.ts';
import type { Trx } from '../audit/audit.usecases.ts';

type Executor = Db | Trx;

export function findPreferences(db: Executor, userId: string) {
  return db.selectFrom('notification_preferences').selectAll().where('user_id', '=', userId).executeTakeFirst();
}

export function findPreferencesForUpdate(trx: Trx, userId: string) {
  return trx.selectFrom('notification_preferences').selectAll().where('user_id', '=', userId).forUpdate().executeTakeFirst();
}

/** The first save creates the row (version 1); later ones move the version on. Returns false when another first save won. */
export async function insertPreferences(trx: Trx, userId: string, values: { email_muted: string[]; digest: boolean }, now: Date): Promise<boolean> {
  const row = await trx
    .insertInto('notification_preferences')
    .values({ user_id: userId, ...values, updated_at: now })
    .onConflict((oc) => oc.column('user_id').doNothing())
    .returning('user_id')
    .executeTakeFirst();
  return row !== undefined;
}

export async function updatePreferences(trx: Trx, userId: string, values: { email_muted: string[]; digest: boolean }, now: Date): Promise<void> {
  await trx
    .updateTable('notification_preferences')
    .set({ ...values, updated_at: now, version: sql<number>`version + 1` })
    .where('user_id', '=', userId)
    .execute();
}

/** Active accounts with an e-mail address that chose the daily digest. */
export function digestUsers(db: Executor) {
  return db
    .selectFrom('notification_preferences as p')
    .innerJoin('users as u', 'u.id', 'p.user_id')
    .select(['u.id'])
    .where('p.digest', '=', true)
    .where('u.status', '=', 'active')
    .where('u.email', 'is not', null)
    .orderBy('u.id')
    .execute();
}

/**
 * A user's notices not e-mailed yet, of kinds they want by e-mail, created
 * before the end of `day` (midnight in `timeZone`) and within the week before
 * it (a digest missed for a day or two still goes out; older ones do not).
 */
export function digestNotices(db: Executor, userId: string, day: string, timeZone: string, muted: string[]) {
  const dayEnd = sql`((${day}::date + 1)::timestamp AT TIME ZONE ${timeZone})`;
  let query = db
    .selectFrom('notifications')
    .select(['id', 'kind', 'title_zh', 'title_en', 'link', 'created_at'])
    .where('user_id', '=', userId)
    .where('emailed_at', 'is', null)
    .where(sql<boolean>`created_at < ${dayEnd}`)
    .where(sql<boolean>`created_at >= ${dayEnd} - interval '7 days'`)
    .orderBy('created_at')
    .orderBy('id')
    .limit(500);
  if (muted.length) query = query.where('kind', 'not in', muted);
  return query.execute();
}

export async function markEmailed(trx: Trx, ids: string[], now: Date): Promise<void> {
  if (ids.length) await trx.updateTable('notifications').set({ emailed_at: now }).where('id', 'in', ids).where('emailed_at', 'is', null).execute();
}

export function recipientOf(db: Executor, userId: string) {
  return db.selectFrom('users').select(['id', 'email', 'locale', 'status', 'display_name']).where('id', '=', userId).executeTakeFirst();
}
