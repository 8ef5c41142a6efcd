import { sql, type Kysely } from 'kysely';

/**
 * Indexes for the work loop at scale, found with the benchmark (50k tasks,
 * 200k shares, 500k reports; see docs/PERFORMANCE.md): each lets a screen read
 * one page in its own order and stop, instead of sorting every candidate row,
 * so its cost does not grow with the data.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function up(db: Kysely<any>): Promise<void> {
  await sql`
    -- "Has this report been revised?" (open and returned reports, My work, the
    -- next_report_id of every report listing) looked for successors with a scan
    -- of all reports, once per row. Few reports are revisions: a partial index.
    CREATE INDEX progress_reports_previous_idx ON progress_reports (previous_report_id) WHERE previous_report_id IS NOT NULL;

    -- Returned reports waiting for their revision, oldest return first (My work).
    CREATE INDEX progress_reports_returned_idx ON progress_reports (reviewed_at, id) WHERE review_state = 'returned';

    -- The task list sorted by due date (undated last), paged by (due, id).
    CREATE INDEX tasks_due_order_idx ON tasks ((coalesce(due_date, '9999-12-31'::date)), id);

    -- My work: a member's open shares, due date first.
    CREATE INDEX task_shares_open_member_due_idx ON task_shares (member_code, (coalesce(due_date, '9999-12-31'::date))) WHERE status <> 'completed';

    -- Open flags, red first then oldest: for one member (My work), and region-wide (the Office's red flags).
    CREATE INDEX supervision_flags_open_member_order_idx ON supervision_flags (member_code, severity, raised_at, id) WHERE resolved_at IS NULL;
    CREATE INDEX supervision_flags_open_order_idx ON supervision_flags (severity, raised_at, id) WHERE resolved_at IS NULL;
  `.execute(db);
}
