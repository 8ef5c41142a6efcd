import { sql, type Kysely } from 'kysely';

/**
 * Hand-offs announced and the to-do queue (issue 12).
 *
 * - notification_preferences: per user, the notice kinds that do not go by
 *   e-mail and whether e-mail comes as one daily digest. No row = defaults
 *   (every kind e-mailed at once, when SMTP is configured).
 * - Indexes that keep the to-do queue's reads bounded: minutes drafts waiting
 *   for approval or finalisation (a handful of rows among every version ever
 *   drafted), and open flags that climbed to the Office's rung.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function up(db: Kysely<any>): Promise<void> {
  await sql`
    CREATE TABLE notification_preferences (
      user_id      uuid PRIMARY KEY REFERENCES users(id) ON DELETE CASCADE,
      email_muted  text[] NOT NULL DEFAULT '{}',
      digest       boolean NOT NULL DEFAULT false,
      version      integer NOT NULL DEFAULT 1,
      updated_at   timestamptz NOT NULL
    );
    CREATE INDEX notification_preferences_digest_idx ON notification_preferences (user_id) WHERE digest;

    CREATE INDEX minutes_versions_draft_idx ON minutes_versions (drafted_at, id) WHERE status = 'draft';
    CREATE INDEX supervision_flags_open_top_idx ON supervision_flags (raised_at, id) WHERE resolved_at IS NULL AND escalation_level >= 2;
  `.execute(db);
  await sql`SELECT yrd_watch_table('notification_preferences')`.execute(db);
}
