import { sql } from 'kysely';
import type { Db } from '../../db/database.ts';

/** The cheapest round trip that proves a connection and a working server. */
export async function selectOne(db: Db): Promise<void> {
  await sql`SELECT 1`.execute(db);
}
