import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from './database.ts';
import { createEmptyDatabase } from '../../test/helpers.ts';
import { APP_ROLE, appliedMigrations, migrateToLatest } from './migrate.ts';
import { migrations } from './migrations/index.ts';

let empty: Awaited<ReturnType<typeof createEmptyDatabase>>;
let db: Db;

beforeAll(async () => {
  empty = await createEmptyDatabase();
  db = empty.db;
});
afterAll(() => empty.drop());

describe('migrations', () => {
  it('run from an empty database to the latest version', async () => {
    const applied = await migrateToLatest(db);
    expect(applied).toEqual(Object.keys(migrations));
    expect(await appliedMigrations(db)).toEqual(Object.keys(migrations));
  });

  it('are idempotent: a second run applies nothing', async () => {
    expect(await migrateToLatest(db)).toEqual([]);
  });

  it('leave the app role without UPDATE/DELETE on the audit trail', async () => {
    const privileges = await sql<{ privilege_type: string }>`
      SELECT privilege_type FROM information_schema.role_table_grants
      WHERE grantee = ${APP_ROLE} AND table_name = 'audit_events'`.execute(db);
    expect(privileges.rows.map((r) => r.privilege_type).sort()).toEqual(['INSERT', 'SELECT']);
  });

  it('give the app role plain DML on every other table', async () => {
    const tables = await sql<{ table_name: string }>`
      SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE'
        AND table_name NOT IN ('audit_events', 'schema_migrations', 'schema_migrations_lock')`.execute(db);
    for (const { table_name } of tables.rows) {
      const grants = await sql<{ privilege_type: string }>`
        SELECT privilege_type FROM information_schema.role_table_grants WHERE grantee = ${APP_ROLE} AND table_name = ${table_name}`.execute(db);
      expect(grants.rows.map((r) => r.privilege_type), table_name).toEqual(expect.arrayContaining(['SELECT', 'INSERT', 'UPDATE', 'DELETE']));
    }
  });
});
