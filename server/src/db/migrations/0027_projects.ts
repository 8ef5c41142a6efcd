import { sql, type Kysely } from 'kysely';

/**
 * Key projects (issue 16, item 3).
 *
 * - projects: code, zh/en title, type, lead member, phase, dates, location city (for the map),
 *   cities involved (codes; each must belong to one of the project's members: checked by the use case),
 *   linked tasks and agreements (ids; checked to exist by the use case, kept as arrays because
 *   they are only ever read whole), total investment with its currency and unit.
 * - project_members: the members involved and each one's investment (same currency and unit).
 * - project_milestones: title, due date, done date; overdue ones raise project flags.
 * - project_flags: the supervision rule "project milestone overdue", climbing the same ladder
 *   (owner → liaison → Office) as task flags. Kept apart from supervision_flags because those
 *   belong to a task (task_id NOT NULL, the board's counts are per task).
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function up(db: Kysely<any>): Promise<void> {
  await sql`
    CREATE TABLE projects (
      id                  uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      code                text NOT NULL UNIQUE CHECK (code ~ '^[A-Z][A-Z0-9_-]{1,39}$'),
      title_zh            text NOT NULL CHECK (length(title_zh) BETWEEN 1 AND 300),
      title_en            text NOT NULL DEFAULT '',
      type                text NOT NULL CHECK (type IN ('infrastructure', 'industrial_chain', 'ecological', 'cooperation_park', 'demonstration_zone')),
      lead_member_code    text NOT NULL REFERENCES members(code),
      phase               text NOT NULL CHECK (phase IN ('planning', 'approved', 'under_construction', 'in_operation')),
      start_date          date,
      planned_completion  date,
      location_city_code  text REFERENCES cities(code),
      city_codes          text[] NOT NULL DEFAULT '{}',
      task_ids            uuid[] NOT NULL DEFAULT '{}',
      agreement_ids       uuid[] NOT NULL DEFAULT '{}',
      currency            text NOT NULL DEFAULT 'CNY' CHECK (currency IN ('CNY', 'USD', 'EUR')),
      unit                text NOT NULL DEFAULT 'hundred_million' CHECK (unit IN ('hundred_million', 'ten_thousand', 'one')),
      total_investment    numeric(18, 4) CHECK (total_investment >= 0),
      description_zh      text NOT NULL DEFAULT '',
      description_en      text NOT NULL DEFAULT '',
      is_demo             boolean NOT NULL DEFAULT false,
      version             integer NOT NULL DEFAULT 1,
      created_at          timestamptz NOT NULL DEFAULT now(),
      updated_at          timestamptz NOT NULL DEFAULT now(),
      CHECK (planned_completion IS NULL OR start_date IS NULL OR planned_completion >= start_date)
    );
    CREATE INDEX projects_list_idx ON projects (created_at DESC, id DESC);
    CREATE INDEX projects_location_idx ON projects (location_city_code, phase);
    CREATE INDEX projects_search_idx ON projects USING gin ((code || ' ' || title_zh || ' ' || title_en) gin_trgm_ops);

    CREATE TABLE project_members (
      project_id   uuid NOT NULL REFERENCES projects(id) ON DELETE CASCADE,
      member_code  text NOT NULL REFERENCES members(code),
      investment   numeric(18, 4) CHECK (investment >= 0),
      PRIMARY KEY (project_id, member_code)
    );
    CREATE INDEX project_members_member_idx ON project_members (member_code, project_id);

    CREATE TABLE project_milestones (
      id          uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      project_id  uuid NOT NULL REFERENCES projects(id) ON DELETE CASCADE,
      title_zh    text NOT NULL CHECK (length(title_zh) BETWEEN 1 AND 300),
      title_en    text NOT NULL DEFAULT '',
      due_date    date NOT NULL,
      done_on     date,
      sort_order  integer NOT NULL DEFAULT 0
    );
    CREATE INDEX project_milestones_project_idx ON project_milestones (project_id, sort_order);
    CREATE INDEX project_milestones_open_idx ON project_milestones (due_date) WHERE done_on IS NULL;

    CREATE TABLE project_flags (
      id                  uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      subject_key         text NOT NULL,
      project_id          uuid NOT NULL REFERENCES projects(id) ON DELETE CASCADE,
      milestone_id        uuid REFERENCES project_milestones(id) ON DELETE SET NULL,
      member_code         text NOT NULL REFERENCES members(code),
      severity            text NOT NULL CHECK (severity IN ('red', 'yellow')),
      detail              jsonb NOT NULL DEFAULT '{}'::jsonb,
      raised_at           timestamptz NOT NULL,
      resolved_at         timestamptz,
      escalation_level    integer NOT NULL DEFAULT 0,
      next_escalation_at  timestamptz
    );
    CREATE UNIQUE INDEX project_flags_open_subject ON project_flags (subject_key) WHERE resolved_at IS NULL;
    CREATE INDEX project_flags_project_idx ON project_flags (project_id) WHERE resolved_at IS NULL;
  `.execute(db);
  for (const table of ['projects', 'project_members', 'project_milestones', 'project_flags']) {
    await sql`SELECT yrd_watch_table(${table})`.execute(db);
  }
}
