import pg from 'pg';
import { sql } from 'kysely';
import { inject, afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connect, withDatabase, type Db } from './database.ts';
import { APP_ROLE, appliedMigrations, migrateToLatest } from './migrate.ts';
import { migrations } from './migrations/index.ts';

const name = `yrd_t_empty_${process.pid}`;
let db: Db;

async function onServer(statement: string) {
  const client = new pg.Client({ connectionString: withDatabase(inject('pgServerUrl'), 'postgres') });
  await client.connect();
  await client.query(statement);
  await client.end();
}

beforeAll(async () => {
  await onServer(`CREATE DATABASE ${name}`);
  db = connect(withDatabase(inject('pgServerUrl'), name), { maxConnections: 2 });
});
afterAll(async () => {
  await db.destroy();
  await onServer(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
});

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
