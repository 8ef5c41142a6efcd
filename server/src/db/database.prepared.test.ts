/**
 * Prepared statements on the app's pool (decision 0018): short parameterised statements are parsed and
 * planned once per connection, long ones and parameterless ones are sent as before, and a schema change
 * under a kept statement costs one failed query, not a broken connection.
 */
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createEmptyDatabase } from '../../test/helpers.ts';
import { connect, type Db } from './database.ts';

let empty: Awaited<ReturnType<typeof createEmptyDatabase>>;
let db: Db;

/** The statements this connection keeps (one connection in the pool, so every query uses it). */
async function keptStatements(): Promise<string[]> {
  const result = await sql<{ statement: string }>`SELECT statement FROM pg_prepared_statements`.execute(db);
  return result.rows.map((r) => r.statement);
}

beforeAll(async () => {
  empty = await createEmptyDatabase();
  await sql`CREATE TABLE things (id int PRIMARY KEY, name text NOT NULL)`.execute(empty.db);
  await sql`INSERT INTO things VALUES (1, 'one'), (2, 'two')`.execute(empty.db);
  db = connect(empty.url, { maxConnections: 1, preparedStatements: true });
});

afterAll(async () => {
  await db?.destroy();
  await empty?.drop();
});

describe('prepared statements', () => {
  it('keeps a short parameterised statement and reuses it with other values', async () => {
    const read = (id: number) => db.selectFrom('things' as never).select(sql<string>`name`.as('name')).where(sql.ref('id'), '=', id).executeTakeFirst();
    expect(await read(1)).toEqual({ name: 'one' });
    expect(await read(2)).toEqual({ name: 'two' });
    const kept = await keptStatements();
    expect(kept.filter((s) => s.includes('from "things"'))).toHaveLength(1);
  });

  it('sends long statements and statements without parameters unnamed', async () => {
    const before = (await keptStatements()).length;
    const padding = ' '.repeat(1_200);
    const long = await sql<{ n: number }>`SELECT ${2}::int AS n ${sql.raw(`/*${padding}*/`)}`.execute(db);
    expect(long.rows[0]!.n).toBe(2);
    // Several statements in one text need the simple protocol: they must still run.
    await sql`CREATE TEMP TABLE scratch (x int); INSERT INTO scratch VALUES (1)`.execute(db);
    expect((await keptStatements()).length).toBe(before);
  });

  it('after a schema change under a kept statement, fails once and then prepares afresh', async () => {
    const all = () => sql<Record<string, unknown>>`SELECT * FROM things WHERE id = ${1}`.execute(db);
    expect(Object.keys((await all()).rows[0]!)).toEqual(['id', 'name']);
    await sql`ALTER TABLE things ADD COLUMN note text`.execute(empty.db);
    await expect(all()).rejects.toMatchObject({ code: '0A000' });
    expect(Object.keys((await all()).rows[0]!)).toEqual(['id', 'name', 'note']);
  });
});
