import { sql, type Kysely } from 'kysely';

/**
 * Every data table tells listeners that it changed: a statement trigger sends
 * `NOTIFY yrd_data_changed, '<table>'`, delivered at commit (never for a
 * rolled-back change; repeated ones in one transaction are folded into one).
 * The read cache of each app instance throws away what it computed before
 * (db/data-changes.ts). Tables that no cached answer reads and that change on
 * every request or poll stay quiet, or every sign-in and job tick would empty
 * the cache. A new table gets the trigger with `SELECT yrd_watch_table('name')`;
 * a test fails for any table that has neither the trigger nor a place in the
 * quiet list (QUIET_TABLES in db/data-changes.ts).
 */
const QUIET_TABLES = ['audit_events', 'sessions', 'login_throttle', 'jobs', 'webhook_deliveries', 'excel_imports', 'password_history', 'schema_migrations', 'schema_migrations_lock'];

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function up(db: Kysely<any>): Promise<void> {
  await sql`
    CREATE FUNCTION yrd_notify_data_change() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
      PERFORM pg_notify('yrd_data_changed', TG_TABLE_NAME);
      RETURN NULL;
    END $$;
  `.execute(db);
  await sql`
    CREATE FUNCTION yrd_watch_table(target regclass) RETURNS void LANGUAGE plpgsql AS $$
    BEGIN
      EXECUTE format(
        'CREATE TRIGGER yrd_data_changed AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON %s FOR EACH STATEMENT EXECUTE FUNCTION yrd_notify_data_change()',
        target);
    END $$;
  `.execute(db);
  await sql`
    SELECT yrd_watch_table(c.oid)
      FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
     WHERE n.nspname = current_schema() AND c.relkind IN ('r', 'p') AND NOT (c.relname = ANY(${QUIET_TABLES}::text[]))
  `.execute(db);
}
