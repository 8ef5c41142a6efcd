import type { Db } from '../../db/database.ts';

/**
 * The meetings a feed lists. Public: those published or held, and those that
 * were in this feed once (ical_public) and are cancelled or taken back, until
 * they are past. Work roles: every meeting, cancelled ones until they are past.
 * A cancelled meeting stays so calendar clients learn it is cancelled.
 */
export function feedMeetings(db: Db, audience: 'public' | 'work', now: Date) {
  return db
    .selectFrom('meetings')
    .select(['id', 'starts_at', 'ends_at', 'updated_at', 'status', 'title_zh', 'title_en', 'venue_zh', 'venue_en', 'theme_zh', 'theme_en', 'ical_sequence'])
    .where((eb) =>
      audience === 'public'
        ? eb.or([eb('status', 'in', ['published', 'held']), eb.and([eb('ical_public', '=', true), eb('ends_at', '>', now)])])
        : eb.or([eb('status', '!=', 'cancelled'), eb('ends_at', '>', now)]),
    )
    .orderBy('starts_at')
    .orderBy('id')
    .execute();
}

export async function feedOwner(db: Db, tokenHash: Buffer) {
  return db
    .selectFrom('calendar_feed_tokens')
    .innerJoin('users', 'users.id', 'calendar_feed_tokens.user_id')
    .select(['users.id', 'users.status'])
    .where('calendar_feed_tokens.token_hash', '=', tokenHash)
    .executeTakeFirst();
}

export async function rolesOf(db: Db, userId: string): Promise<string[]> {
  return (await db.selectFrom('user_roles').select('role').where('user_id', '=', userId).execute()).map((r) => r.role);
}

export async function saveFeedToken(db: Db, userId: string, tokenHash: Buffer, now: Date): Promise<void> {
  await db
    .insertInto('calendar_feed_tokens')
    .values({ user_id: userId, token_hash: tokenHash, created_at: now })
    .onConflict((oc) => oc.column('user_id').doUpdateSet({ token_hash: tokenHash, created_at: now }))
    .execute();
}
