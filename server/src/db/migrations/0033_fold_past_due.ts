import { sql, type Kysely } from 'kysely';

/**
 * My work's overdue count sums one kept row per (member, body, due date) for
 * every date before today: 27,700 rows for the Office at 1× (14 ms of the
 * office day's busiest statement). Days only move forward, so a due date that
 * is past when the compaction runs stays past for every later "today": the
 * compaction now folds those rows into one per (member, body) under the key
 * `due:0000-00-00`, which sorts before every date and so stays inside the
 * summary's range (`due:` ≤ bucket < `due:<today>`). Changes to a past date
 * appended later keep their own date and are folded by the next run.
 * `fold_before` is the region's today, from the job's clock (NULL folds nothing).
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function up(db: Kysely<any>): Promise<void> {
  await sql`
    DROP FUNCTION yrd_my_work_compact();
    CREATE FUNCTION yrd_my_work_compact(fold_before text) RETURNS void LANGUAGE sql AS $$
      WITH gone AS (DELETE FROM my_work_count_deltas RETURNING *)
      INSERT INTO my_work_count_deltas (member_code, body_code, bucket, n)
      SELECT member_code, body_code, folded, sum(n)
        FROM (SELECT member_code, body_code, n,
                     CASE WHEN fold_before IS NOT NULL AND bucket > 'due:' AND bucket < 'due:' || fold_before
                          THEN 'due:0000-00-00' ELSE bucket END AS folded
                FROM gone) g
       GROUP BY member_code, body_code, folded
      HAVING sum(n) <> 0
    $$;
  `.execute(db);
}
