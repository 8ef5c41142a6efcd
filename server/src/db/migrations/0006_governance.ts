import { sql, type Kysely } from 'kysely';

/**
 * The governance loop: meetings of the three tiers (with participants, agenda,
 * parallel sessions and site visits), minutes with versions and per-member
 * approval, decisions with typed effects, agreements, and major matters that
 * escalate tier by tier.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function up(db: Kysely<any>): Promise<void> {
  await sql`
    CREATE TABLE meetings (
      id                uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      type              text NOT NULL CHECK (type IN ('annual_symposium', 'joint_meeting', 'sg_symposium', 'research_symposium',
                                                      'working_group', 'forum', 'results_conference', 'site_visit')),
      tier              text NOT NULL CHECK (tier IN ('decision', 'coordination', 'execution')),
      body_code         text REFERENCES bodies(code),
      host_member_code  text REFERENCES members(code),
      host_city_code    text REFERENCES cities(code),
      starts_at         timestamptz NOT NULL,
      ends_at           timestamptz NOT NULL CHECK (ends_at >= starts_at),
      venue_zh          text NOT NULL DEFAULT '',
      venue_en          text NOT NULL DEFAULT '',
      title_zh          text NOT NULL,
      title_en          text NOT NULL DEFAULT '',
      theme_zh          text NOT NULL DEFAULT '',
      theme_en          text NOT NULL DEFAULT '',
      parent_meeting_id uuid REFERENCES meetings(id),
      -- Stable key of a meeting loaded from a source record (data/records), so it is loaded once.
      record_key        text UNIQUE,
      status            text NOT NULL DEFAULT 'planned' CHECK (status IN ('planned', 'published', 'held', 'cancelled')),
      is_demo           boolean NOT NULL DEFAULT false,
      version           integer NOT NULL DEFAULT 1,
      created_at        timestamptz NOT NULL DEFAULT now(),
      updated_at        timestamptz NOT NULL DEFAULT now()
    );
    CREATE INDEX meetings_starts_idx ON meetings (starts_at, id);
    CREATE INDEX meetings_parent_idx ON meetings (parent_meeting_id) WHERE parent_meeting_id IS NOT NULL;

    CREATE TABLE meeting_participants (
      id            uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      meeting_id    uuid NOT NULL REFERENCES meetings(id) ON DELETE CASCADE,
      name_zh       text NOT NULL,
      name_en       text NOT NULL DEFAULT '',
      title_zh      text NOT NULL DEFAULT '',
      title_en      text NOT NULL DEFAULT '',
      member_code   text REFERENCES members(code),
      organisation  text NOT NULL DEFAULT '',
      role          text NOT NULL CHECK (role IN ('attendee', 'presider', 'speaker', 'invited_guest')),
      sort_order    integer NOT NULL DEFAULT 0
    );
    CREATE INDEX meeting_participants_meeting_idx ON meeting_participants (meeting_id, sort_order);

    CREATE TABLE agenda_items (
      id          uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      meeting_id  uuid NOT NULL REFERENCES meetings(id) ON DELETE CASCADE,
      title_zh    text NOT NULL,
      title_en    text NOT NULL DEFAULT '',
      sort_order  integer NOT NULL DEFAULT 0
    );
    CREATE INDEX agenda_items_meeting_idx ON agenda_items (meeting_id, sort_order);

    -- One row per draft; the newest is current. Status moves draft → final.
    CREATE TABLE minutes_versions (
      id          uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      meeting_id  uuid NOT NULL REFERENCES meetings(id) ON DELETE CASCADE,
      revision    integer NOT NULL,
      body_zh     text NOT NULL,
      body_en     text NOT NULL DEFAULT '',
      status      text NOT NULL DEFAULT 'draft' CHECK (status IN ('draft', 'superseded', 'final')),
      drafted_by  uuid REFERENCES users(id),
      drafted_at  timestamptz NOT NULL,
      finalised_at timestamptz,
      UNIQUE (meeting_id, revision)
    );

    CREATE TABLE minutes_approvals (
      id                  uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      minutes_version_id  uuid NOT NULL REFERENCES minutes_versions(id) ON DELETE CASCADE,
      member_code         text NOT NULL REFERENCES members(code),
      verdict             text NOT NULL CHECK (verdict IN ('approve', 'request_change')),
      comment             text NOT NULL DEFAULT '',
      decided_by          uuid REFERENCES users(id),
      decided_at          timestamptz NOT NULL,
      UNIQUE (minutes_version_id, member_code)
    );

    CREATE TABLE decisions (
      id          uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      meeting_id  uuid NOT NULL REFERENCES meetings(id),
      title_zh    text NOT NULL,
      title_en    text NOT NULL DEFAULT '',
      body_zh     text NOT NULL DEFAULT '',
      body_en     text NOT NULL DEFAULT '',
      decided_at  timestamptz NOT NULL,
      is_demo     boolean NOT NULL DEFAULT false,
      created_at  timestamptz NOT NULL DEFAULT now()
    );
    CREATE INDEX decisions_meeting_idx ON decisions (meeting_id);

    -- What a decision produced: the effect kind, its input, and the record it made or moved.
    CREATE TABLE decision_effects (
      id           uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      decision_id  uuid NOT NULL REFERENCES decisions(id) ON DELETE CASCADE,
      kind         text NOT NULL CHECK (kind IN ('adopt_plan', 'approve_agreement', 'resolve_matter', 'fix_next_host', 'create_tasks')),
      params       jsonb NOT NULL DEFAULT '{}',
      plan_id      uuid REFERENCES plans(id),
      agreement_id uuid,
      matter_id    uuid,
      host_member_code text REFERENCES members(code),
      host_year    integer,
      task_ids     uuid[] NOT NULL DEFAULT '{}',
      sort_order   integer NOT NULL DEFAULT 0
    );
    CREATE INDEX decision_effects_decision_idx ON decision_effects (decision_id, sort_order);

    CREATE TABLE agreements (
      id                 uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      title_zh           text NOT NULL,
      title_en           text NOT NULL DEFAULT '',
      meeting_id         uuid REFERENCES meetings(id),
      signed_on          date,
      term_start         date,
      term_end           date CHECK (term_end IS NULL OR term_start IS NULL OR term_end >= term_start),
      status             text NOT NULL DEFAULT 'draft' CHECK (status IN ('draft', 'signed', 'in_force', 'expired', 'terminated')),
      expiry_alert_sent_at timestamptz,
      is_demo            boolean NOT NULL DEFAULT false,
      version            integer NOT NULL DEFAULT 1,
      created_at         timestamptz NOT NULL DEFAULT now(),
      updated_at         timestamptz NOT NULL DEFAULT now()
    );
    CREATE INDEX agreements_expiry_idx ON agreements (term_end) WHERE expiry_alert_sent_at IS NULL;

    CREATE TABLE agreement_parties (
      agreement_id  uuid NOT NULL REFERENCES agreements(id) ON DELETE CASCADE,
      party_key     text NOT NULL,
      member_code   text REFERENCES members(code),
      body_code     text REFERENCES bodies(code),
      CHECK ((member_code IS NULL) <> (body_code IS NULL)),
      PRIMARY KEY (agreement_id, party_key)
    );

    CREATE TABLE agreement_clauses (
      id            uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      agreement_id  uuid NOT NULL REFERENCES agreements(id) ON DELETE CASCADE,
      text_zh       text NOT NULL,
      text_en       text NOT NULL DEFAULT '',
      task_ids      uuid[] NOT NULL DEFAULT '{}',
      sort_order    integer NOT NULL DEFAULT 0
    );
    CREATE INDEX agreement_clauses_agreement_idx ON agreement_clauses (agreement_id, sort_order);

    CREATE TABLE major_matters (
      id                     uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      title_zh               text NOT NULL,
      title_en               text NOT NULL DEFAULT '',
      description_zh         text NOT NULL DEFAULT '',
      description_en         text NOT NULL DEFAULT '',
      raised_by_member_code  text REFERENCES members(code),
      raised_by_body_code    text REFERENCES bodies(code),
      focus_area_id          uuid REFERENCES focus_areas(id),
      urgency                text NOT NULL DEFAULT 'normal' CHECK (urgency IN ('high', 'normal', 'low')),
      tier                   text NOT NULL DEFAULT 'execution' CHECK (tier IN ('execution', 'coordination', 'decision')),
      execution_deadline     timestamptz,
      coordination_deadline  timestamptz,
      decision_deadline      timestamptz,
      status                 text NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'resolved', 'withdrawn')),
      resolved_by_decision_id uuid REFERENCES decisions(id),
      raised_at              timestamptz NOT NULL,
      is_demo                boolean NOT NULL DEFAULT false,
      version                integer NOT NULL DEFAULT 1,
      updated_at             timestamptz NOT NULL DEFAULT now(),
      CHECK (raised_by_member_code IS NOT NULL OR raised_by_body_code IS NOT NULL)
    );
    CREATE INDEX major_matters_open_idx ON major_matters (tier, raised_at) WHERE status = 'open';

    CREATE TABLE matter_members (
      matter_id    uuid NOT NULL REFERENCES major_matters(id) ON DELETE CASCADE,
      member_code  text NOT NULL REFERENCES members(code),
      PRIMARY KEY (matter_id, member_code)
    );
    CREATE INDEX matter_members_member_idx ON matter_members (member_code);

    CREATE TABLE matter_events (
      id             uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      seq            bigint GENERATED ALWAYS AS IDENTITY,
      matter_id      uuid NOT NULL REFERENCES major_matters(id) ON DELETE CASCADE,
      kind           text NOT NULL CHECK (kind IN ('raised', 'coordinated', 'escalated', 'de_escalated', 'auto_escalated', 'resolved', 'withdrawn', 'comment')),
      from_tier      text,
      to_tier        text,
      reason         text NOT NULL DEFAULT '',
      decision_id    uuid REFERENCES decisions(id),
      actor_user_id  uuid REFERENCES users(id),
      actor_username text NOT NULL,
      occurred_at    timestamptz NOT NULL
    );
    CREATE INDEX matter_events_matter_idx ON matter_events (matter_id, occurred_at, seq);

    ALTER TABLE decision_effects ADD FOREIGN KEY (agreement_id) REFERENCES agreements(id);
    ALTER TABLE decision_effects ADD FOREIGN KEY (matter_id) REFERENCES major_matters(id);

    -- Who hosts which annual symposium (the rotation order itself is region data).
    CREATE TABLE host_assignments (
      year               integer PRIMARY KEY,
      member_code        text NOT NULL REFERENCES members(code),
      city_code          text REFERENCES cities(code),
      decision_id        uuid REFERENCES decisions(id),
      recorded_at        timestamptz NOT NULL
    );

    -- The per-user iCalendar feed: a secret token, stored as its hash.
    CREATE TABLE calendar_feed_tokens (
      user_id     uuid PRIMARY KEY REFERENCES users(id) ON DELETE CASCADE,
      token_hash  bytea NOT NULL UNIQUE,
      created_at  timestamptz NOT NULL
    );
  `.execute(db);
}
