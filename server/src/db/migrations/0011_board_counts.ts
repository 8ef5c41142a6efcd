import { sql, type Kysely } from 'kysely';

/**
 * The region-wide supervision board's counts, kept up to date by triggers
 * instead of counted from 200k shares on every read (~80 ms at 50k tasks, and
 * every write empties the read cache). Decision 0011.
 *
 * A cell (focus area × member) counts the member's shares of the area's tasks
 * (`total`), and the (task, member) pairs whose worst open flag is red (`red`)
 * or yellow (`yellow`). The triggers append signed changes to
 * `board_cell_deltas`; the board sums them per cell, and a job folds them into
 * one row per cell now and then (`yrd_board_compact`). Appending never waits on
 * another writer's row, so busy cells are not a queue.
 *
 * A pair's colour is the worst of several flags, which does not add up like a
 * count: each trigger first locks the tasks it touches (FOR NO KEY UPDATE, as an
 * UPDATE of the task would) and then reads with a fresh snapshot, so two
 * transactions changing the same task's flags or area see each other's work.
 * Deleting a task subtracts what it contributes before its shares and flags go
 * (their own triggers then find no task and add nothing). TRUNCATE recounts.
 * `yrd_board_rebuild()` recounts from the records (migration, restore, bench).
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function up(db: Kysely<any>): Promise<void> {
  await sql`
    CREATE TABLE board_cell_deltas (
      focus_area_id  uuid,
      member_code    text NOT NULL,
      total          bigint NOT NULL,
      red            bigint NOT NULL,
      yellow         bigint NOT NULL
    );

    -- What each task contributes to each member's cell, from the records as they are now;
    -- every task when task_ids is NULL.
    CREATE FUNCTION yrd_board_task_cells(task_ids uuid[])
      RETURNS TABLE (task_id uuid, member_code text, total bigint, red bigint, yellow bigint)
      LANGUAGE sql STABLE AS $$
      SELECT x.task_id, x.member_code, sum(x.total)::bigint, sum(x.red)::bigint, sum(x.yellow)::bigint
        FROM (
          SELECT s.task_id, s.member_code, count(*) AS total, 0 AS red, 0 AS yellow
            FROM task_shares s
           WHERE task_ids IS NULL OR s.task_id = ANY(task_ids)
           GROUP BY s.task_id, s.member_code
          UNION ALL
          SELECT f.task_id, f.member_code, 0, bool_or(f.severity = 'red')::int, (NOT bool_or(f.severity = 'red'))::int
            FROM supervision_flags f
           WHERE f.resolved_at IS NULL AND f.member_code IS NOT NULL AND (task_ids IS NULL OR f.task_id = ANY(task_ids))
           GROUP BY f.task_id, f.member_code
        ) x
       GROUP BY x.task_id, x.member_code
    $$;

    CREATE FUNCTION yrd_board_lock_tasks(task_ids uuid[]) RETURNS void LANGUAGE plpgsql AS $$
    BEGIN
      PERFORM 1 FROM tasks WHERE id = ANY(task_ids) ORDER BY id FOR NO KEY UPDATE;
    END $$;

    CREATE FUNCTION yrd_board_rebuild() RETURNS void LANGUAGE plpgsql AS $$
    BEGIN
      LOCK TABLE board_cell_deltas IN EXCLUSIVE MODE;
      DELETE FROM board_cell_deltas;
      INSERT INTO board_cell_deltas (focus_area_id, member_code, total, red, yellow)
      SELECT t.focus_area_id, c.member_code, sum(c.total), sum(c.red), sum(c.yellow)
        FROM yrd_board_task_cells(NULL) c JOIN tasks t ON t.id = c.task_id
       GROUP BY t.focus_area_id, c.member_code;
    END $$;

    -- Folds the appended changes into one row per cell; rows added meanwhile by other
    -- transactions are not in this statement's snapshot and stay as they are.
    CREATE FUNCTION yrd_board_compact() RETURNS void LANGUAGE sql AS $$
      WITH gone AS (DELETE FROM board_cell_deltas RETURNING *)
      INSERT INTO board_cell_deltas (focus_area_id, member_code, total, red, yellow)
      SELECT focus_area_id, member_code, sum(total), sum(red), sum(yellow) FROM gone
       GROUP BY focus_area_id, member_code
      HAVING sum(total) <> 0 OR sum(red) <> 0 OR sum(yellow) <> 0
    $$;

    -- Adds (sign 1) or takes away (sign -1) the share counts of these shares.
    CREATE FUNCTION yrd_board_apply_shares(rows task_shares[], sign integer) RETURNS void LANGUAGE plpgsql AS $$
    BEGIN
      IF cardinality(rows) = 0 THEN RETURN; END IF;
      PERFORM yrd_board_lock_tasks(ARRAY(SELECT DISTINCT s.task_id FROM unnest(rows) s));
      INSERT INTO board_cell_deltas (focus_area_id, member_code, total, red, yellow)
      SELECT t.focus_area_id, s.member_code, sign * count(*), 0, 0
        FROM unnest(rows) s JOIN tasks t ON t.id = s.task_id
       GROUP BY t.focus_area_id, s.member_code;
    END $$;

    -- The colour change of every (task, member) pair these flag rows touch: the colour
    -- before is what the table holds now with the statement's rows swapped back.
    CREATE FUNCTION yrd_board_apply_flags(old_rows supervision_flags[], new_rows supervision_flags[]) RETURNS void LANGUAGE plpgsql AS $$
    BEGIN
      IF cardinality(old_rows) + cardinality(new_rows) = 0 THEN RETURN; END IF;
      PERFORM yrd_board_lock_tasks(ARRAY(SELECT o.task_id FROM unnest(old_rows) o UNION SELECT n.task_id FROM unnest(new_rows) n));
      INSERT INTO board_cell_deltas (focus_area_id, member_code, total, red, yellow)
      WITH pairs AS (
        SELECT o.task_id, o.member_code FROM unnest(old_rows) o WHERE o.member_code IS NOT NULL
        UNION
        SELECT n.task_id, n.member_code FROM unnest(new_rows) n WHERE n.member_code IS NOT NULL
      ), open_now AS (
        SELECT f.id, f.task_id, f.member_code, f.severity
          FROM supervision_flags f JOIN pairs p ON p.task_id = f.task_id AND p.member_code = f.member_code
         WHERE f.resolved_at IS NULL
      ), open_before AS (
        SELECT a.task_id, a.member_code, a.severity FROM open_now a
         WHERE NOT EXISTS (SELECT 1 FROM unnest(new_rows) n WHERE n.id = a.id)
        UNION ALL
        SELECT o.task_id, o.member_code, o.severity FROM unnest(old_rows) o WHERE o.member_code IS NOT NULL AND o.resolved_at IS NULL
      ), colour_now AS (
        -- 2 = some open flag is red, 1 = open flags, none red; no row = no open flag.
        SELECT task_id, member_code, max(CASE severity WHEN 'red' THEN 2 ELSE 1 END) AS state FROM open_now GROUP BY task_id, member_code
      ), colour_before AS (
        SELECT task_id, member_code, max(CASE severity WHEN 'red' THEN 2 ELSE 1 END) AS state FROM open_before GROUP BY task_id, member_code
      ), states AS (
        SELECT p.task_id, p.member_code, coalesce(a.state, 0) AS after_state, coalesce(b.state, 0) AS before_state
          FROM pairs p
          LEFT JOIN colour_now a ON a.task_id = p.task_id AND a.member_code = p.member_code
          LEFT JOIN colour_before b ON b.task_id = p.task_id AND b.member_code = p.member_code
      )
      SELECT t.focus_area_id, s.member_code, 0,
             sum((s.after_state = 2)::int - (s.before_state = 2)::int),
             sum((s.after_state = 1)::int - (s.before_state = 1)::int)
        FROM states s JOIN tasks t ON t.id = s.task_id
       GROUP BY t.focus_area_id, s.member_code
      HAVING sum((s.after_state = 2)::int - (s.before_state = 2)::int) <> 0
          OR sum((s.after_state = 1)::int - (s.before_state = 1)::int) <> 0;
    END $$;

    -- Moves what tasks contribute from one cell to another (sign -1 at the old area, 1 at the new).
    CREATE FUNCTION yrd_board_apply_tasks(task_ids uuid[], areas uuid[], sign integer) RETURNS void LANGUAGE plpgsql AS $$
    BEGIN
      INSERT INTO board_cell_deltas (focus_area_id, member_code, total, red, yellow)
      SELECT m.area, c.member_code, sign * sum(c.total), sign * sum(c.red), sign * sum(c.yellow)
        FROM unnest(task_ids, areas) AS m(task_id, area)
        JOIN yrd_board_task_cells(task_ids) c ON c.task_id = m.task_id
       GROUP BY m.area, c.member_code;
    END $$;

    CREATE FUNCTION yrd_board_on_shares() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
      IF TG_OP = 'INSERT' THEN
        PERFORM yrd_board_apply_shares(ARRAY(SELECT n::task_shares FROM new_rows n), 1);
      ELSIF TG_OP = 'DELETE' THEN
        PERFORM yrd_board_apply_shares(ARRAY(SELECT o::task_shares FROM old_rows o), -1);
      ELSE
        -- Only a share moved to another task or member changes a count.
        PERFORM yrd_board_apply_shares(ARRAY(SELECT o::task_shares FROM old_rows o JOIN new_rows n ON n.id = o.id
                                              WHERE (o.task_id, o.member_code) IS DISTINCT FROM (n.task_id, n.member_code)), -1);
        PERFORM yrd_board_apply_shares(ARRAY(SELECT n::task_shares FROM new_rows n JOIN old_rows o ON o.id = n.id
                                              WHERE (o.task_id, o.member_code) IS DISTINCT FROM (n.task_id, n.member_code)), 1);
      END IF;
      RETURN NULL;
    END $$;
    CREATE TRIGGER yrd_board_shares_insert AFTER INSERT ON task_shares
      REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION yrd_board_on_shares();
    CREATE TRIGGER yrd_board_shares_update AFTER UPDATE ON task_shares
      REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION yrd_board_on_shares();
    CREATE TRIGGER yrd_board_shares_delete AFTER DELETE ON task_shares
      REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION yrd_board_on_shares();

    CREATE FUNCTION yrd_board_on_flags() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
      IF TG_OP = 'INSERT' THEN
        PERFORM yrd_board_apply_flags('{}', ARRAY(SELECT n::supervision_flags FROM new_rows n));
      ELSIF TG_OP = 'DELETE' THEN
        PERFORM yrd_board_apply_flags(ARRAY(SELECT o::supervision_flags FROM old_rows o), '{}');
      ELSE
        -- Only severity, resolution or the pair can change a colour (not escalation steps).
        PERFORM yrd_board_apply_flags(
          ARRAY(SELECT o::supervision_flags FROM old_rows o JOIN new_rows n ON n.id = o.id
                 WHERE (o.severity, o.resolved_at IS NULL, o.task_id, o.member_code) IS DISTINCT FROM (n.severity, n.resolved_at IS NULL, n.task_id, n.member_code)),
          ARRAY(SELECT n::supervision_flags FROM new_rows n JOIN old_rows o ON o.id = n.id
                 WHERE (o.severity, o.resolved_at IS NULL, o.task_id, o.member_code) IS DISTINCT FROM (n.severity, n.resolved_at IS NULL, n.task_id, n.member_code)));
      END IF;
      RETURN NULL;
    END $$;
    CREATE TRIGGER yrd_board_flags_insert AFTER INSERT ON supervision_flags
      REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION yrd_board_on_flags();
    CREATE TRIGGER yrd_board_flags_update AFTER UPDATE ON supervision_flags
      REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION yrd_board_on_flags();
    CREATE TRIGGER yrd_board_flags_delete AFTER DELETE ON supervision_flags
      REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION yrd_board_on_flags();

    CREATE FUNCTION yrd_board_on_task_area() RETURNS trigger LANGUAGE plpgsql AS $$
    DECLARE
      moved_ids uuid[];
      old_areas uuid[];
      new_areas uuid[];
    BEGIN
      SELECT coalesce(array_agg(n.id), '{}'), coalesce(array_agg(o.focus_area_id), '{}'), coalesce(array_agg(n.focus_area_id), '{}')
        INTO moved_ids, old_areas, new_areas
        FROM new_rows n JOIN old_rows o ON o.id = n.id
       WHERE o.focus_area_id IS DISTINCT FROM n.focus_area_id;
      IF cardinality(moved_ids) > 0 THEN
        PERFORM yrd_board_apply_tasks(moved_ids, old_areas, -1);
        PERFORM yrd_board_apply_tasks(moved_ids, new_areas, 1);
      END IF;
      RETURN NULL;
    END $$;
    CREATE TRIGGER yrd_board_task_area AFTER UPDATE ON tasks
      REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION yrd_board_on_task_area();

    -- Before the row goes: afterwards its shares and flags are deleted by cascade and
    -- their triggers, finding no task, add nothing.
    CREATE FUNCTION yrd_board_on_task_delete() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
      PERFORM yrd_board_apply_tasks(ARRAY[OLD.id], ARRAY[OLD.focus_area_id], -1);
      RETURN OLD;
    END $$;
    CREATE TRIGGER yrd_board_task_delete BEFORE DELETE ON tasks FOR EACH ROW EXECUTE FUNCTION yrd_board_on_task_delete();

    CREATE FUNCTION yrd_board_on_truncate() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
      PERFORM yrd_board_rebuild();
      RETURN NULL;
    END $$;
    CREATE TRIGGER yrd_board_truncate AFTER TRUNCATE ON tasks FOR EACH STATEMENT EXECUTE FUNCTION yrd_board_on_truncate();
    CREATE TRIGGER yrd_board_truncate AFTER TRUNCATE ON task_shares FOR EACH STATEMENT EXECUTE FUNCTION yrd_board_on_truncate();
    CREATE TRIGGER yrd_board_truncate AFTER TRUNCATE ON supervision_flags FOR EACH STATEMENT EXECUTE FUNCTION yrd_board_on_truncate();

    SELECT yrd_board_rebuild();
  `.execute(db);
}
