import { sql, type Kysely } from 'kysely';

/**
 * The work loop: plans with a lifecycle, a tree of focus areas, tasks whose
 * members each hold a share, progress reports with review, and the records of
 * supervision (flags, inbox, outbound messages, jobs).
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function up(db: Kysely<any>): Promise<void> {
  await sql`
    -- Substring search that works for Chinese as well as English.
    CREATE EXTENSION IF NOT EXISTS pg_trgm;

    CREATE TABLE focus_areas (
      id              uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      code            text NOT NULL UNIQUE CHECK (code ~ '^[0-9]+(\.[0-9]+)*$'),
      parent_id       uuid REFERENCES focus_areas(id),
      name_zh         text NOT NULL,
      name_en         text NOT NULL,
      description_zh  text NOT NULL DEFAULT '',
      description_en  text NOT NULL DEFAULT '',
      sort_order      integer NOT NULL,
      is_demo         boolean NOT NULL DEFAULT false,
      version         integer NOT NULL DEFAULT 1,
      created_at      timestamptz NOT NULL DEFAULT now(),
      updated_at      timestamptz NOT NULL DEFAULT now()
    );

    CREATE TABLE plans (
      id                  uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      kind                text NOT NULL CHECK (kind IN ('three_year', 'annual', 'implementation')),
      code                text NOT NULL UNIQUE,
      title_zh            text NOT NULL,
      title_en            text NOT NULL,
      description_zh      text NOT NULL DEFAULT '',
      description_en      text NOT NULL DEFAULT '',
      period_start        date NOT NULL,
      period_end          date NOT NULL CHECK (period_end >= period_start),
      status              text NOT NULL DEFAULT 'draft'
                          CHECK (status IN ('draft', 'adopted_in_principle', 'adopted', 'in_force', 'closed')),
      parent_plan_id      uuid REFERENCES plans(id),
      reporting_cadence   text NOT NULL DEFAULT 'quarterly' CHECK (reporting_cadence IN ('monthly', 'quarterly')),
      stalled_after_days  integer NOT NULL DEFAULT 45 CHECK (stalled_after_days > 0),
      baseline_frozen_at  timestamptz,
      is_demo             boolean NOT NULL DEFAULT false,
      version             integer NOT NULL DEFAULT 1,
      created_by          uuid REFERENCES users(id),
      created_at          timestamptz NOT NULL DEFAULT now(),
      updated_at          timestamptz NOT NULL DEFAULT now()
    );

    -- Every lifecycle step: who, when, why (and, once meetings exist, which decision).
    CREATE TABLE plan_transitions (
      id              uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      plan_id         uuid NOT NULL REFERENCES plans(id) ON DELETE CASCADE,
      from_status     text NOT NULL,
      to_status       text NOT NULL,
      occurred_at     timestamptz NOT NULL,
      actor_user_id   uuid REFERENCES users(id),
      actor_username  text NOT NULL,
      note            text NOT NULL DEFAULT '',
      decision_ref    text
    );
    CREATE INDEX plan_transitions_plan_idx ON plan_transitions (plan_id, occurred_at);

    CREATE TABLE tasks (
      id                    uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      plan_id               uuid NOT NULL REFERENCES plans(id),
      code                  text NOT NULL CHECK (code ~ '^[0-9A-Za-z]+([.-][0-9A-Za-z]+)*$'),
      title_zh              text NOT NULL,
      title_en              text NOT NULL DEFAULT '',
      description_zh        text NOT NULL DEFAULT '',
      description_en        text NOT NULL DEFAULT '',
      focus_area_id         uuid REFERENCES focus_areas(id),
      lead_member_code      text NOT NULL REFERENCES members(code),
      start_date            date,
      due_date              date,
      priority              text NOT NULL DEFAULT 'normal' CHECK (priority IN ('high', 'normal', 'low')),
      tags                  text[] NOT NULL DEFAULT '{}',
      -- Rolled up from the shares (see tasks.rollup.ts); never edited directly.
      status                text NOT NULL DEFAULT 'not_started'
                            CHECK (status IN ('not_started', 'on_track', 'at_risk', 'delayed', 'completed')),
      progress              numeric(5,2) NOT NULL DEFAULT 0,
      source_ref            text,
      is_demo               boolean NOT NULL DEFAULT false,
      version               integer NOT NULL DEFAULT 1,
      created_at            timestamptz NOT NULL DEFAULT now(),
      updated_at            timestamptz NOT NULL DEFAULT now(),
      search_text           text GENERATED ALWAYS AS (
                              code || ' ' || title_zh || ' ' || title_en || ' ' || description_zh || ' ' || description_en
                            ) STORED,
      UNIQUE (plan_id, code),
      CHECK (due_date IS NULL OR start_date IS NULL OR due_date >= start_date)
    );
    CREATE INDEX tasks_plan_idx ON tasks (plan_id, code);
    CREATE INDEX tasks_area_idx ON tasks (focus_area_id);
    CREATE INDEX tasks_lead_idx ON tasks (lead_member_code);
    CREATE INDEX tasks_status_idx ON tasks (status);
    CREATE INDEX tasks_due_idx ON tasks (due_date);
    CREATE INDEX tasks_updated_idx ON tasks (updated_at DESC, id DESC);
    CREATE INDEX tasks_search_idx ON tasks USING gin (search_text gin_trgm_ops);

    -- Which tasks a plan contains. A task has one home plan (tasks.plan_id) and is
    -- tracked once; an annual work plan also selects tasks of its three-year plan and
    -- carries over unfinished ones from the year before, without copying them.
    CREATE TABLE plan_tasks (
      plan_id    uuid NOT NULL REFERENCES plans(id) ON DELETE CASCADE,
      task_id    uuid NOT NULL REFERENCES tasks(id) ON DELETE CASCADE,
      inclusion  text NOT NULL CHECK (inclusion IN ('home', 'selected', 'carried_over')),
      added_at   timestamptz NOT NULL DEFAULT now(),
      PRIMARY KEY (plan_id, task_id)
    );
    CREATE INDEX plan_tasks_task_idx ON plan_tasks (task_id);

    -- The three-year plan's baseline: what each task looked like when the plan was adopted.
    CREATE TABLE task_baselines (
      task_id     uuid PRIMARY KEY REFERENCES tasks(id) ON DELETE CASCADE,
      plan_id     uuid NOT NULL REFERENCES plans(id),
      frozen_at   timestamptz NOT NULL,
      snapshot    jsonb NOT NULL
    );

    CREATE TABLE task_bodies (
      task_id    uuid NOT NULL REFERENCES tasks(id) ON DELETE CASCADE,
      body_code  text NOT NULL REFERENCES bodies(code),
      PRIMARY KEY (task_id, body_code)
    );

    CREATE TABLE task_milestones (
      id            uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      task_id       uuid NOT NULL REFERENCES tasks(id) ON DELETE CASCADE,
      title_zh      text NOT NULL,
      title_en      text NOT NULL DEFAULT '',
      due_date      date NOT NULL,
      completed_at  timestamptz,
      sort_order    integer NOT NULL DEFAULT 0
    );
    CREATE INDEX task_milestones_task_idx ON task_milestones (task_id, sort_order);
    CREATE INDEX task_milestones_open_due_idx ON task_milestones (due_date) WHERE completed_at IS NULL;

    CREATE TABLE task_shares (
      id                uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      task_id           uuid NOT NULL REFERENCES tasks(id) ON DELETE CASCADE,
      member_code       text NOT NULL REFERENCES members(code),
      role              text NOT NULL CHECK (role IN ('lead', 'participant')),
      owner_body_code   text REFERENCES bodies(code),
      status            text NOT NULL DEFAULT 'not_started'
                        CHECK (status IN ('not_started', 'on_track', 'at_risk', 'delayed', 'completed')),
      percent           numeric(5,2) NOT NULL DEFAULT 0 CHECK (percent BETWEEN 0 AND 100),
      weight            numeric(6,2) NOT NULL DEFAULT 1 CHECK (weight > 0),
      due_date          date,
      notes             text NOT NULL DEFAULT '',
      last_progress_at  timestamptz,
      version           integer NOT NULL DEFAULT 1,
      created_at        timestamptz NOT NULL DEFAULT now(),
      updated_at        timestamptz NOT NULL DEFAULT now(),
      UNIQUE (task_id, member_code)
    );
    CREATE UNIQUE INDEX task_shares_one_lead ON task_shares (task_id) WHERE role = 'lead';
    CREATE INDEX task_shares_member_idx ON task_shares (member_code, status);
    CREATE INDEX task_shares_due_idx ON task_shares (due_date) WHERE status <> 'completed';

    CREATE TABLE progress_reports (
      id                  uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      share_id            uuid NOT NULL REFERENCES task_shares(id) ON DELETE CASCADE,
      task_id             uuid NOT NULL REFERENCES tasks(id) ON DELETE CASCADE,
      member_code         text NOT NULL REFERENCES members(code),
      period              text NOT NULL CHECK (period ~ '^[0-9]{4}-(0[1-9]|1[0-2]|Q[1-4])$'),
      body                text NOT NULL,
      percent             numeric(5,2) NOT NULL CHECK (percent BETWEEN 0 AND 100),
      status              text NOT NULL CHECK (status IN ('not_started', 'on_track', 'at_risk', 'delayed', 'completed')),
      review_state        text NOT NULL DEFAULT 'submitted' CHECK (review_state IN ('submitted', 'accepted', 'returned', 'superseded')),
      revision            integer NOT NULL DEFAULT 1,
      previous_report_id  uuid REFERENCES progress_reports(id),
      submitted_by        uuid REFERENCES users(id),
      submitted_at        timestamptz NOT NULL,
      reviewed_by         uuid REFERENCES users(id),
      reviewed_at         timestamptz,
      review_comment      text,
      is_demo             boolean NOT NULL DEFAULT false,
      version             integer NOT NULL DEFAULT 1
    );
    CREATE INDEX progress_reports_share_idx ON progress_reports (share_id, submitted_at DESC);
    CREATE INDEX progress_reports_task_idx ON progress_reports (task_id, submitted_at DESC);
    CREATE INDEX progress_reports_review_idx ON progress_reports (review_state, submitted_at);
    CREATE INDEX progress_reports_period_idx ON progress_reports (share_id, period);

    CREATE TABLE report_evidence (
      id            uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      report_id     uuid NOT NULL REFERENCES progress_reports(id) ON DELETE CASCADE,
      file_name     text NOT NULL,
      content_type  text NOT NULL,
      size_bytes    integer NOT NULL CHECK (size_bytes > 0),
      sha256        text NOT NULL,
      content       bytea NOT NULL,
      uploaded_by   uuid REFERENCES users(id),
      uploaded_at   timestamptz NOT NULL
    );
    CREATE INDEX report_evidence_report_idx ON report_evidence (report_id);

    -- Supervision: one open flag per subject; resolved flags stay as history.
    CREATE TABLE supervision_flags (
      id                  uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      kind                text NOT NULL CHECK (kind IN ('overdue_share', 'overdue_milestone', 'missing_report', 'stalled')),
      severity            text NOT NULL CHECK (severity IN ('red', 'yellow')),
      subject_key         text NOT NULL,
      task_id             uuid NOT NULL REFERENCES tasks(id) ON DELETE CASCADE,
      share_id            uuid REFERENCES task_shares(id) ON DELETE CASCADE,
      milestone_id        uuid REFERENCES task_milestones(id) ON DELETE CASCADE,
      member_code         text REFERENCES members(code),
      period              text,
      detail              jsonb NOT NULL DEFAULT '{}'::jsonb,
      raised_at           timestamptz NOT NULL,
      resolved_at         timestamptz,
      escalation_level    integer NOT NULL DEFAULT 0,
      next_escalation_at  timestamptz
    );
    CREATE UNIQUE INDEX supervision_flags_open_subject ON supervision_flags (subject_key) WHERE resolved_at IS NULL;
    CREATE INDEX supervision_flags_task_idx ON supervision_flags (task_id) WHERE resolved_at IS NULL;
    CREATE INDEX supervision_flags_member_idx ON supervision_flags (member_code) WHERE resolved_at IS NULL;

    CREATE TABLE notifications (
      id            uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      user_id       uuid NOT NULL REFERENCES users(id) ON DELETE CASCADE,
      kind          text NOT NULL,
      dedup_key     text NOT NULL UNIQUE,
      title_zh      text NOT NULL,
      title_en      text NOT NULL,
      body_zh       text NOT NULL DEFAULT '',
      body_en       text NOT NULL DEFAULT '',
      link          text,
      flag_id       uuid REFERENCES supervision_flags(id) ON DELETE SET NULL,
      created_at    timestamptz NOT NULL,
      read_at       timestamptz
    );
    CREATE INDEX notifications_user_idx ON notifications (user_id, created_at DESC);

    CREATE TABLE webhook_endpoints (
      id          uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      name        text NOT NULL,
      url         text NOT NULL,
      secret      text NOT NULL,
      events      text[] NOT NULL DEFAULT '{}',
      active      boolean NOT NULL DEFAULT true,
      version     integer NOT NULL DEFAULT 1,
      created_by  uuid REFERENCES users(id),
      created_at  timestamptz NOT NULL DEFAULT now()
    );

    -- A PostgreSQL job queue: workers take jobs with FOR UPDATE SKIP LOCKED, so
    -- several app instances share it; dedup_key makes enqueueing idempotent.
    CREATE TABLE jobs (
      id            bigserial PRIMARY KEY,
      kind          text NOT NULL,
      payload       jsonb NOT NULL DEFAULT '{}'::jsonb,
      dedup_key     text UNIQUE,
      status        text NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'running', 'done', 'failed')),
      run_at        timestamptz NOT NULL,
      attempts      integer NOT NULL DEFAULT 0,
      max_attempts  integer NOT NULL DEFAULT 5,
      locked_by     text,
      locked_until  timestamptz,
      last_error    text,
      created_at    timestamptz NOT NULL,
      finished_at   timestamptz
    );
    CREATE INDEX jobs_due_idx ON jobs (run_at) WHERE status IN ('pending', 'running');

    CREATE TABLE saved_views (
      id          uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      user_id     uuid NOT NULL REFERENCES users(id) ON DELETE CASCADE,
      scope       text NOT NULL,
      name        text NOT NULL,
      filters     jsonb NOT NULL,
      created_at  timestamptz NOT NULL DEFAULT now(),
      UNIQUE (user_id, scope, name)
    );
  `.execute(db);
}
