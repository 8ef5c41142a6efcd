import { sql, type Kysely } from 'kysely';

/**
 * My work's totals count the open shares with a report due for the current
 * period. They read the latest report of each share in the two current periods
 * for the member at once: this index is that range (member, period), with what
 * the query needs to pick the latest and read its state without the table.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function up(db: Kysely<any>): Promise<void> {
  await sql`
    CREATE INDEX progress_reports_member_period_idx ON progress_reports (member_code, period) INCLUDE (share_id, submitted_at, revision, review_state);
  `.execute(db);
}
