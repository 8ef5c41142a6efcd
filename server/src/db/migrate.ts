import { Migrator, sql, type Kysely, type MigrationResultSet } from 'kysely';

// Migrations work on any schema version, so they take an untyped handle.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type AnyDb = Kysely<any>;
import { migrations } from './migrations/index.ts';

/** The role the application runs as. It owns nothing and cannot rewrite history. */
export const APP_ROLE = 'yrd_app';

/** Tables the application may only append to and read. */
const APPEND_ONLY_TABLES = ['audit_events'];

export async function migrateToLatest(db: AnyDb): Promise<string[]> {
  const migrator = new Migrator({
    db,
    provider: { getMigrations: async () => migrations },
    migrationTableName: 'schema_migrations',
    migrationLockTableName: 'schema_migrations_lock',
  });
  const result: MigrationResultSet = await migrator.migrateToLatest();
  if (result.error) {
    const failed = result.results?.find((r) => r.status === 'Error');
    throw new Error(`Migration ${failed?.migrationName ?? '?'} failed: ${String(result.error)}`, {
      cause: result.error,
    });
  }
  await grantAppRole(db);
  return (result.results ?? []).filter((r) => r.status === 'Success').map((r) => r.migrationName);
}

export async function appliedMigrations(db: AnyDb): Promise<string[]> {
  const migrator = new Migrator({
    db,
    provider: { getMigrations: async () => migrations },
    migrationTableName: 'schema_migrations',
    migrationLockTableName: 'schema_migrations_lock',
  });
  const all = await migrator.getMigrations();
  return all.filter((m) => m.executedAt !== undefined).map((m) => m.name);
}

/**
 * Runs after every migration: the app role gets plain DML on every table, then
 * loses UPDATE/DELETE/TRUNCATE on append-only tables. Central, so no new table
 * can be forgotten.
 */
export async function grantAppRole(db: AnyDb): Promise<void> {
  await sql`
    DO $$ BEGIN
      IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = ${sql.lit(APP_ROLE)}) THEN
        CREATE ROLE ${sql.raw(APP_ROLE)} NOLOGIN;
      END IF;
    END $$;
  `.execute(db);
  await sql`GRANT USAGE ON SCHEMA public TO ${sql.raw(APP_ROLE)}`.execute(db);
  await sql`GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO ${sql.raw(APP_ROLE)}`.execute(db);
  await sql`GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO ${sql.raw(APP_ROLE)}`.execute(db);
  await sql`REVOKE ALL ON schema_migrations, schema_migrations_lock FROM ${sql.raw(APP_ROLE)}`.execute(db);
  await sql`GRANT SELECT ON schema_migrations TO ${sql.raw(APP_ROLE)}`.execute(db);
  for (const table of APPEND_ONLY_TABLES) {
    await sql`REVOKE UPDATE, DELETE, TRUNCATE ON ${sql.table(table)} FROM ${sql.raw(APP_ROLE)}`.execute(db);
  }
}
