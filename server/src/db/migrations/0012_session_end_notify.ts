import { sql, type Kysely } from 'kysely';

/**
 * A session that ends — sign-out, a password change or a disabled account
 * signing the user out elsewhere, the timeouts' purge — tells every instance,
 * so none keeps using a session it has cached (decision 0012). Only when rows
 * were deleted (the periodic purge mostly deletes none, and each notice empties
 * every read cache) and on TRUNCATE: new sessions are in no cache yet, and the
 * touch of `last_seen_at` must stay quiet (sessions stays in QUIET_TABLES for
 * the data-change trigger of migration 0010).
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function up(db: Kysely<any>): Promise<void> {
  await sql`
    CREATE FUNCTION yrd_notify_sessions_ended() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
      IF EXISTS (SELECT 1 FROM ended) THEN
        PERFORM pg_notify('yrd_data_changed', TG_TABLE_NAME);
      END IF;
      RETURN NULL;
    END $$;
  `.execute(db);
  await sql`
    CREATE TRIGGER yrd_session_ended AFTER DELETE ON sessions
      REFERENCING OLD TABLE AS ended
      FOR EACH STATEMENT EXECUTE FUNCTION yrd_notify_sessions_ended()
  `.execute(db);
  await sql`
    CREATE TRIGGER yrd_sessions_truncated AFTER TRUNCATE ON sessions
      FOR EACH STATEMENT EXECUTE FUNCTION yrd_notify_data_change()
  `.execute(db);
}
