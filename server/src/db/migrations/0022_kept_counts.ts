import { sql, type Kysely } from 'kysely';

/**
 * My work's totals, kept by triggers instead of counted from a member's whole
 * workload on every request (137 ms of SQL for 43,899 shares at the bench's 1×).
 * Decision 0017 (and 0011, whose board counts work the same way).
 *
 * Every share contributes a few labelled units, its "buckets":
 *   open:<status>            an open (not completed) share, by status
 *   due:<YYYY-MM-DD>         an open share's due date (overdue = the buckets before today)
 *   cadence:<cadence>        an open share, by its home plan's reporting cadence
 *   done:<cadence>:<period>  an open share whose latest report for that period was not returned
 *   returned                 each returned report of the share not yet revised
 *   review                   each report of the share waiting for review
 * and every open supervision flag one `flag:<severity>` unit for its member.
 * `my_work_count_deltas` holds signed changes of (member, owner body, bucket);
 * My work sums the few rows of the buckets it needs, and a job folds them now
 * and then into one row per key (`yrd_my_work_compact`). Appending never waits
 * on another writer's row, so a busy member's counts are not a queue.
 *
 * A share's buckets depend on its reports, its task and its plan, which do not
 * add up like a count (latest report, revised or not). So each share's current
 * buckets are kept in `my_work_share_buckets`, and a trigger on any of those
 * tables recomputes the buckets of the shares it touched and appends the
 * difference. It first locks those shares (FOR NO KEY UPDATE, the lock an UPDATE
 * of the share takes) in id order and then reads with fresh snapshots, so two
 * transactions touching one share see each other's work and never count a
 * change twice. Flags add up (one unit per open flag): their triggers append
 * the statement's rows as they are, without locks.
 *
 * Also an index for the Office's review queue (My work), found with EXPLAIN on the bench's data.
 *
 * Both tables are derived data: not in backups, recounted by
 * `yrd_my_work_rebuild()` in this migration, after a restore and on TRUNCATE.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function up(db: Kysely<any>): Promise<void> {
  await sql`
    CREATE TABLE my_work_count_deltas (
      member_code  text,
      body_code    text,
      bucket       text NOT NULL,
      n            bigint NOT NULL
    );
    -- A member's buckets (incl. the range of due dates before today); the region-wide ones by bucket.
    CREATE INDEX my_work_count_deltas_member_idx ON my_work_count_deltas (member_code, bucket) INCLUDE (body_code, n);
    CREATE INDEX my_work_count_deltas_bucket_idx ON my_work_count_deltas (bucket) INCLUDE (n);

    -- What each share counts for now; no foreign key: a deleted share's row is what its trigger subtracts.
    CREATE TABLE my_work_share_buckets (
      share_id     uuid PRIMARY KEY,
      member_code  text NOT NULL,
      body_code    text,
      buckets      text[] NOT NULL
    );

    -- The buckets of these shares, from the records as they are now. Joined to the list (not "= ANY"
    -- in a filter, which a large batch would test against every share).
    CREATE FUNCTION yrd_my_work_buckets_of(share_ids uuid[])
      RETURNS TABLE (share_id uuid, member_code text, body_code text, buckets text[])
      LANGUAGE sql STABLE AS $$
      SELECT s.id, s.member_code, s.owner_body_code,
             array_remove(ARRAY[
               CASE WHEN s.status <> 'completed' THEN 'open:' || s.status END,
               CASE WHEN s.status <> 'completed' AND s.due_date IS NOT NULL THEN 'due:' || to_char(s.due_date, 'YYYY-MM-DD') END,
               CASE WHEN s.status <> 'completed' THEN 'cadence:' || p.reporting_cadence END
             ], NULL) || coalesce(r.buckets, '{}')
        FROM task_shares s
        JOIN tasks t ON t.id = s.task_id
        JOIN plans p ON p.id = t.plan_id
        LEFT JOIN LATERAL (
          SELECT array_agg(x.b ORDER BY x.b) AS buckets FROM (
            -- The latest report of each period (as My work's rows pick it), unless it was returned.
            SELECT 'done:' || p.reporting_cadence || ':' || l.period AS b
              FROM (SELECT DISTINCT ON (cr.period) cr.period, cr.review_state FROM progress_reports cr
                     WHERE cr.share_id = s.id
                     ORDER BY cr.period, cr.submitted_at DESC, cr.revision DESC, cr.id DESC) l
             WHERE s.status <> 'completed' AND l.review_state <> 'returned'
            UNION ALL
            SELECT 'returned' FROM progress_reports rr
             WHERE rr.share_id = s.id AND rr.review_state = 'returned'
               AND NOT EXISTS (SELECT 1 FROM progress_reports nx WHERE nx.previous_report_id = rr.id)
            UNION ALL
            SELECT 'review' FROM progress_reports sr WHERE sr.share_id = s.id AND sr.review_state = 'submitted'
          ) x
        ) r ON true
       WHERE s.id IN (SELECT unnest(share_ids))
    $$;

    -- Recomputes these shares' buckets and appends the difference to what they counted for.
    CREATE FUNCTION yrd_my_work_refresh(share_ids uuid[]) RETURNS void LANGUAGE plpgsql AS $$
    DECLARE
      before my_work_share_buckets[];
    BEGIN
      IF share_ids IS NULL OR cardinality(share_ids) = 0 THEN RETURN; END IF;
      -- A cadence change cannot see shares not yet committed: holding their plans (FOR SHARE, which an
      -- UPDATE of the plan waits for) makes it wait for them, or makes this wait for it.
      PERFORM 1 FROM plans p WHERE p.id IN (SELECT t.plan_id FROM task_shares s JOIN tasks t ON t.id = s.task_id WHERE s.id = ANY(share_ids))
        ORDER BY p.id FOR SHARE;
      -- Wait for every other writer of these shares; the statements below then see their work.
      PERFORM 1 FROM task_shares WHERE id = ANY(share_ids) ORDER BY id FOR NO KEY UPDATE;
      before := ARRAY(SELECT k FROM my_work_share_buckets k WHERE k.share_id IN (SELECT unnest(share_ids)));
      DELETE FROM my_work_share_buckets k WHERE k.share_id IN (SELECT unnest(share_ids));
      INSERT INTO my_work_share_buckets (share_id, member_code, body_code, buckets)
      SELECT c.share_id, c.member_code, c.body_code, c.buckets FROM yrd_my_work_buckets_of(share_ids) c;
      INSERT INTO my_work_count_deltas (member_code, body_code, bucket, n)
      SELECT c.member_code, c.body_code, c.bucket, sum(c.n) FROM (
        SELECT o.member_code, o.body_code, b AS bucket, -1 AS n FROM unnest(before) o, unnest(o.buckets) b
        UNION ALL
        SELECT k.member_code, k.body_code, b, 1 FROM my_work_share_buckets k, unnest(k.buckets) b WHERE k.share_id IN (SELECT unnest(share_ids))
      ) c
      GROUP BY c.member_code, c.body_code, c.bucket
      HAVING sum(c.n) <> 0;
    END $$;

    CREATE FUNCTION yrd_my_work_rebuild() RETURNS void LANGUAGE plpgsql AS $$
    BEGIN
      LOCK TABLE my_work_share_buckets, my_work_count_deltas IN EXCLUSIVE MODE;
      DELETE FROM my_work_share_buckets;
      DELETE FROM my_work_count_deltas;
      INSERT INTO my_work_share_buckets (share_id, member_code, body_code, buckets)
      SELECT c.share_id, c.member_code, c.body_code, c.buckets FROM yrd_my_work_buckets_of(ARRAY(SELECT id FROM task_shares)) c;
      INSERT INTO my_work_count_deltas (member_code, body_code, bucket, n)
      SELECT k.member_code, k.body_code, b, count(*) FROM my_work_share_buckets k, unnest(k.buckets) b
       GROUP BY k.member_code, k.body_code, b;
      INSERT INTO my_work_count_deltas (member_code, body_code, bucket, n)
      SELECT f.member_code, NULL, 'flag:' || f.severity, count(*) FROM supervision_flags f
       WHERE f.resolved_at IS NULL GROUP BY f.member_code, f.severity;
    END $$;

    -- Folds the appended changes into one row per key; rows added meanwhile by other
    -- transactions are not in this statement's snapshot and stay as they are.
    CREATE FUNCTION yrd_my_work_compact() RETURNS void LANGUAGE sql AS $$
      WITH gone AS (DELETE FROM my_work_count_deltas RETURNING *)
      INSERT INTO my_work_count_deltas (member_code, body_code, bucket, n)
      SELECT member_code, body_code, bucket, sum(n) FROM gone
       GROUP BY member_code, body_code, bucket
      HAVING sum(n) <> 0
    $$;

    CREATE FUNCTION yrd_my_work_on_shares() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
      IF TG_OP = 'INSERT' THEN
        PERFORM yrd_my_work_refresh(ARRAY(SELECT n.id FROM new_rows n));
      ELSIF TG_OP = 'DELETE' THEN
        PERFORM yrd_my_work_refresh(ARRAY(SELECT o.id FROM old_rows o));
      ELSE
        -- Percent, notes, weight and the like change no bucket.
        PERFORM yrd_my_work_refresh(ARRAY(
          SELECT n.id FROM new_rows n JOIN old_rows o ON o.id = n.id
           WHERE (o.task_id, o.member_code, o.owner_body_code, o.status, o.due_date) IS DISTINCT FROM (n.task_id, n.member_code, n.owner_body_code, n.status, n.due_date)));
      END IF;
      RETURN NULL;
    END $$;
    CREATE TRIGGER yrd_my_work_shares_insert AFTER INSERT ON task_shares
      REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION yrd_my_work_on_shares();
    CREATE TRIGGER yrd_my_work_shares_update AFTER UPDATE ON task_shares
      REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION yrd_my_work_on_shares();
    CREATE TRIGGER yrd_my_work_shares_delete AFTER DELETE ON task_shares
      REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION yrd_my_work_on_shares();

    -- A report moves the buckets of its share and, through previous_report_id, of the report it revises.
    CREATE FUNCTION yrd_my_work_on_reports() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
      IF TG_OP = 'INSERT' THEN
        PERFORM yrd_my_work_refresh(ARRAY(
          SELECT n.share_id FROM new_rows n
          UNION SELECT p.share_id FROM new_rows n JOIN progress_reports p ON p.id = n.previous_report_id));
      ELSIF TG_OP = 'DELETE' THEN
        PERFORM yrd_my_work_refresh(ARRAY(
          SELECT o.share_id FROM old_rows o
          UNION SELECT p.share_id FROM old_rows o JOIN progress_reports p ON p.id = o.previous_report_id));
      ELSE
        -- Body, percent, evidence version bumps and the review's comment change no bucket.
        PERFORM yrd_my_work_refresh(ARRAY(
          WITH moved AS (
            SELECT o.share_id AS old_share, n.share_id AS new_share, o.previous_report_id AS old_prev, n.previous_report_id AS new_prev
              FROM new_rows n JOIN old_rows o ON o.id = n.id
             WHERE (o.share_id, o.period, o.review_state, o.submitted_at, o.revision, o.previous_report_id)
                   IS DISTINCT FROM (n.share_id, n.period, n.review_state, n.submitted_at, n.revision, n.previous_report_id))
          SELECT old_share FROM moved UNION SELECT new_share FROM moved
          UNION SELECT p.share_id FROM moved m JOIN progress_reports p ON p.id IN (m.old_prev, m.new_prev)));
      END IF;
      RETURN NULL;
    END $$;
    CREATE TRIGGER yrd_my_work_reports_insert AFTER INSERT ON progress_reports
      REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION yrd_my_work_on_reports();
    CREATE TRIGGER yrd_my_work_reports_update AFTER UPDATE ON progress_reports
      REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION yrd_my_work_on_reports();
    CREATE TRIGGER yrd_my_work_reports_delete AFTER DELETE ON progress_reports
      REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION yrd_my_work_on_reports();

    -- A task moved to another home plan, or a plan's cadence changed, moves its shares' cadence buckets.
    CREATE FUNCTION yrd_my_work_on_task_plan() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
      PERFORM yrd_my_work_refresh(ARRAY(
        SELECT s.id FROM new_rows n JOIN old_rows o ON o.id = n.id JOIN task_shares s ON s.task_id = n.id
         WHERE o.plan_id IS DISTINCT FROM n.plan_id));
      RETURN NULL;
    END $$;
    CREATE TRIGGER yrd_my_work_task_plan AFTER UPDATE ON tasks
      REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION yrd_my_work_on_task_plan();

    CREATE FUNCTION yrd_my_work_on_plan_cadence() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
      PERFORM yrd_my_work_refresh(ARRAY(
        SELECT s.id FROM new_rows n JOIN old_rows o ON o.id = n.id JOIN tasks t ON t.plan_id = n.id JOIN task_shares s ON s.task_id = t.id
         WHERE o.reporting_cadence IS DISTINCT FROM n.reporting_cadence));
      RETURN NULL;
    END $$;
    CREATE TRIGGER yrd_my_work_plan_cadence AFTER UPDATE ON plans
      REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION yrd_my_work_on_plan_cadence();

    -- Open flags add up: one unit per open flag of its member (NULL: a flag without one).
    CREATE FUNCTION yrd_my_work_on_flags() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
      IF TG_OP = 'INSERT' THEN
        INSERT INTO my_work_count_deltas (member_code, body_code, bucket, n)
        SELECT n.member_code, NULL, 'flag:' || n.severity, count(*) FROM new_rows n
         WHERE n.resolved_at IS NULL GROUP BY n.member_code, n.severity;
      ELSIF TG_OP = 'DELETE' THEN
        INSERT INTO my_work_count_deltas (member_code, body_code, bucket, n)
        SELECT o.member_code, NULL, 'flag:' || o.severity, -count(*) FROM old_rows o
         WHERE o.resolved_at IS NULL GROUP BY o.member_code, o.severity;
      ELSE
        INSERT INTO my_work_count_deltas (member_code, body_code, bucket, n)
        SELECT c.member_code, NULL, 'flag:' || c.severity, sum(c.n) FROM (
          SELECT n.member_code, n.severity, 1 AS n FROM new_rows n WHERE n.resolved_at IS NULL
          UNION ALL
          SELECT o.member_code, o.severity, -1 FROM old_rows o WHERE o.resolved_at IS NULL
        ) c
        GROUP BY c.member_code, c.severity
        HAVING sum(c.n) <> 0;
      END IF;
      RETURN NULL;
    END $$;
    CREATE TRIGGER yrd_my_work_flags_insert AFTER INSERT ON supervision_flags
      REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION yrd_my_work_on_flags();
    CREATE TRIGGER yrd_my_work_flags_update AFTER UPDATE ON supervision_flags
      REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION yrd_my_work_on_flags();
    CREATE TRIGGER yrd_my_work_flags_delete AFTER DELETE ON supervision_flags
      REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION yrd_my_work_on_flags();

    CREATE FUNCTION yrd_my_work_on_truncate() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
      PERFORM yrd_my_work_rebuild();
      RETURN NULL;
    END $$;
    CREATE TRIGGER yrd_my_work_truncate AFTER TRUNCATE ON tasks FOR EACH STATEMENT EXECUTE FUNCTION yrd_my_work_on_truncate();
    CREATE TRIGGER yrd_my_work_truncate AFTER TRUNCATE ON task_shares FOR EACH STATEMENT EXECUTE FUNCTION yrd_my_work_on_truncate();
    CREATE TRIGGER yrd_my_work_truncate AFTER TRUNCATE ON progress_reports FOR EACH STATEMENT EXECUTE FUNCTION yrd_my_work_on_truncate();
    CREATE TRIGGER yrd_my_work_truncate AFTER TRUNCATE ON supervision_flags FOR EACH STATEMENT EXECUTE FUNCTION yrd_my_work_on_truncate();

    -- The Office's review queue pages by (submitted_at, id): with many reports of one instant (imports,
    -- batches) the (review_state, submitted_at) index made it read and sort every tie (964 rows for a page
    -- of 50 on the bench's 1x data); this one yields the page in order.
    CREATE INDEX progress_reports_review_queue_idx ON progress_reports (submitted_at, id) WHERE review_state = 'submitted';

    SELECT yrd_my_work_rebuild();
  `.execute(db);
}
