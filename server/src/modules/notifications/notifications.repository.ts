import { sql } from 'kysely';
import type { Db } from '../../db/database.ts';
import type { Trx } from '../audit/audit.usecases.ts';

type Executor = Db | Trx;

export interface NotificationRow {
  user_id: string;
  kind: string;
  dedup_key: string;
  title_zh: string;
  title_en: string;
  body_zh: string;
  body_en: string;
  link: string | null;
  flag_id: string | null;
}

/** Inserts unless the dedup key exists (a reminder is never sent twice); returns the new id or undefined. */
export async function insertNotification(db: Executor, row: NotificationRow, now: Date): Promise<string | undefined> {
  const inserted = await db
    .insertInto('notifications')
    .values({ ...row, created_at: now })
    .onConflict((oc) => oc.column('dedup_key').doNothing())
    .returning('id')
    .executeTakeFirst();
  return inserted?.id;
}

/** The inbox: unread first, then newest first; keyset on (unread, created_at, id), all descending. */
export function listInbox(db: Executor, userId: string, filter: { unreadOnly?: boolean; after?: unknown[]; limit: number }) {
  let query = db
    .selectFrom('notifications')
    .selectAll()
    .select(sql<number>`(read_at IS NULL)::int`.as('unread'))
    .where('user_id', '=', userId)
    .orderBy(sql`(read_at IS NULL)::int`, 'desc')
    .orderBy('created_at', 'desc')
    .orderBy('id', 'desc')
    .limit(filter.limit + 1);
  if (filter.unreadOnly) query = query.where('read_at', 'is', null);
  if (filter.after) {
    const [unread, createdAt, id] = filter.after;
    query = query.where(sql<boolean>`((read_at IS NULL)::int, created_at, id) < (${unread}::int, ${createdAt}::timestamptz, ${id}::uuid)`);
  }
  return query.execute();
}

export async function unreadCount(db: Executor, userId: string): Promise<number> {
  const row = await db
    .selectFrom('notifications')
    .select((eb) => eb.fn.countAll<string>().as('n'))
    .where('user_id', '=', userId)
    .where('read_at', 'is', null)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

export function findOwnNotification(db: Executor, userId: string, id: string) {
  return db.selectFrom('notifications').selectAll().where('id', '=', id).where('user_id', '=', userId).executeTakeFirst();
}

export async function markRead(trx: Trx, userId: string, id: string, now: Date): Promise<void> {
  await trx.updateTable('notifications').set({ read_at: now }).where('id', '=', id).where('user_id', '=', userId).where('read_at', 'is', null).execute();
}

export async function markAllRead(trx: Trx, userId: string, now: Date): Promise<number> {
  const result = await trx.updateTable('notifications').set({ read_at: now }).where('user_id', '=', userId).where('read_at', 'is', null).executeTakeFirst();
  return Number(result.numUpdatedRows);
}

/** What the mailer needs: the notification and its recipient. */
export function notificationForEmail(db: Executor, id: string) {
  return db
    .selectFrom('notifications')
    .innerJoin('users', 'users.id', 'notifications.user_id')
    .select([
      'notifications.id', 'notifications.user_id', 'notifications.kind', 'notifications.title_zh', 'notifications.title_en', 'notifications.body_zh', 'notifications.body_en',
      'notifications.link', 'notifications.emailed_at', 'users.email', 'users.locale', 'users.last_login_at', 'users.status', 'users.display_name',
    ])
    .where('notifications.id', '=', id)
    .executeTakeFirst();
}

export async function setEmailed(trx: Trx, id: string, now: Date): Promise<void> {
  await trx.updateTable('notifications').set({ emailed_at: now }).where('id', '=', id).execute();
}
