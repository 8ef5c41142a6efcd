import { sql, type Kysely } from 'kysely';

/**
 * The task list shows every task's participants (member codes, in order). With
 * only the (task_id, member_code) key, each row of a page read its task's
 * shares from the table to check the role; with the role in an index, the
 * codes come from the index alone, already sorted (docs/PERFORMANCE.md).
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function up(db: Kysely<any>): Promise<void> {
  await sql`CREATE INDEX task_shares_task_role_member_idx ON task_shares (task_id, role, member_code)`.execute(db);
}

