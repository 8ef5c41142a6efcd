import { sql, type Kysely } from 'kysely';

/**
 * Indicators, their targets and observations (issue 11, decision 0013).
 *
 * - indicators: a measure by code, with unit, value kind and bounds, focus area,
 *   direction, level (region / member / city) and frequency. Retired, never deleted.
 * - indicator_targets: a target per indicator × scope × year, optionally from a plan.
 * - observations: the latest value per indicator × scope × period, beside the
 *   value as first published. scope_key is 'region', a member code or a city code;
 *   member_code is the member a value is filed for (NULL only for the region).
 * - observation_revisions: append-only history, revision 1 = as first published.
 *   A trigger refuses any UPDATE, so a correction can only add a row.
 *
 * Indexes serve the two hot reads on millions of rows: a series (one indicator,
 * a few scopes, a period range) and a map (one indicator, one year, every city).
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function up(db: Kysely<any>): Promise<void> {
  await sql`
    CREATE TABLE indicators (
      id               uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      code             text NOT NULL UNIQUE CHECK (code ~ '^[A-Z][A-Z0-9_]{1,39}$'),
      name_zh          text NOT NULL DEFAULT '',
      name_en          text NOT NULL DEFAULT '',
      definition_zh    text NOT NULL DEFAULT '',
      definition_en    text NOT NULL DEFAULT '',
      unit_zh          text NOT NULL DEFAULT '',
      unit_en          text NOT NULL DEFAULT '',
      value_kind       text NOT NULL CHECK (value_kind IN ('percent', 'integer', 'decimal')),
      min_value        numeric,
      max_value        numeric,
      focus_area_code  text REFERENCES focus_areas(code),
      direction        text NOT NULL CHECK (direction IN ('higher', 'lower')),
      level            text NOT NULL CHECK (level IN ('region', 'member', 'city')),
      frequency        text NOT NULL CHECK (frequency IN ('monthly', 'quarterly', 'yearly')),
      source_org_zh    text NOT NULL DEFAULT '',
      source_org_en    text NOT NULL DEFAULT '',
      method_notes_zh  text NOT NULL DEFAULT '',
      method_notes_en  text NOT NULL DEFAULT '',
      status           text NOT NULL DEFAULT 'active' CHECK (status IN ('active', 'retired')),
      retired_at       timestamptz,
      is_demo          boolean NOT NULL DEFAULT false,
      version          integer NOT NULL DEFAULT 1,
      created_at       timestamptz NOT NULL DEFAULT now(),
      updated_at       timestamptz NOT NULL DEFAULT now(),
      CHECK (min_value IS NULL OR max_value IS NULL OR min_value <= max_value),
      CHECK ((status = 'retired') = (retired_at IS NOT NULL))
    );
    CREATE INDEX indicators_focus_area_idx ON indicators (focus_area_code, code);

    CREATE TABLE indicator_targets (
      id            uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      indicator_id  uuid NOT NULL REFERENCES indicators(id),
      scope_key     text NOT NULL,
      member_code   text REFERENCES members(code),
      city_code     text REFERENCES cities(code),
      year          smallint NOT NULL CHECK (year BETWEEN 1900 AND 2200),
      value         numeric NOT NULL,
      plan_id       uuid REFERENCES plans(id),
      is_demo       boolean NOT NULL DEFAULT false,
      version       integer NOT NULL DEFAULT 1,
      created_at    timestamptz NOT NULL DEFAULT now(),
      updated_at    timestamptz NOT NULL DEFAULT now(),
      UNIQUE (indicator_id, scope_key, year),
      CHECK (city_code IS NULL OR scope_key = city_code),
      CHECK (scope_key <> 'region' OR (member_code IS NULL AND city_code IS NULL))
    );

    CREATE TABLE observations (
      id            uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      indicator_id  uuid NOT NULL REFERENCES indicators(id),
      scope_key     text NOT NULL,
      member_code   text REFERENCES members(code),
      city_code     text REFERENCES cities(code),
      period        text NOT NULL CHECK (period ~ '^[0-9]{4}(-Q[1-4]|-(0[1-9]|1[0-2]))?$'),
      year          smallint NOT NULL CHECK (year BETWEEN 1900 AND 2200),
      period_start  date NOT NULL,
      value         numeric NOT NULL,
      first_value   numeric NOT NULL,
      status        text NOT NULL DEFAULT 'provisional' CHECK (status IN ('provisional', 'final')),
      source        text NOT NULL DEFAULT '',
      note          text NOT NULL DEFAULT '',
      revision      integer NOT NULL DEFAULT 1 CHECK (revision >= 1),
      is_demo       boolean NOT NULL DEFAULT false,
      version       integer NOT NULL DEFAULT 1,
      created_at    timestamptz NOT NULL DEFAULT now(),
      updated_at    timestamptz NOT NULL DEFAULT now(),
      created_by    uuid REFERENCES users(id),
      UNIQUE (indicator_id, scope_key, period),
      CHECK (city_code IS NULL OR scope_key = city_code),
      CHECK ((scope_key = 'region') = (member_code IS NULL)),
      CHECK (scope_key <> 'region' OR city_code IS NULL),
      CHECK (year = substr(period, 1, 4)::smallint)
    );
    -- A series: one indicator, a few scopes, a range of periods.
    CREATE INDEX observations_series_idx ON observations (indicator_id, scope_key, period_start);
    -- A map or a year's list: one indicator, one year, every scope, each scope's last period first.
    CREATE INDEX observations_year_idx ON observations (indicator_id, year, scope_key, period_start DESC);
    -- The observation list across indicators, newest period first (keyset on period_start, id).
    CREATE INDEX observations_list_idx ON observations (period_start DESC, id DESC);

    CREATE TABLE observation_revisions (
      id               uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      observation_id   uuid NOT NULL REFERENCES observations(id) ON DELETE CASCADE,
      revision         integer NOT NULL CHECK (revision >= 1),
      value            numeric NOT NULL,
      status           text NOT NULL CHECK (status IN ('provisional', 'final')),
      source           text NOT NULL DEFAULT '',
      note             text NOT NULL DEFAULT '',
      reason           text NOT NULL DEFAULT '',
      changed_by       uuid REFERENCES users(id),
      changed_by_name  text NOT NULL DEFAULT '',
      token_id         uuid,
      changed_at       timestamptz NOT NULL DEFAULT now(),
      UNIQUE (observation_id, revision)
    );

    -- History is appended, never rewritten (the app role keeps INSERT for new revisions).
    CREATE FUNCTION yrd_observation_revisions_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
      RAISE EXCEPTION 'observation_revisions is append-only: add a revision instead of changing one'
        USING ERRCODE = 'integrity_constraint_violation';
    END $$;
    CREATE TRIGGER observation_revisions_append_only BEFORE UPDATE ON observation_revisions
      FOR EACH ROW EXECUTE FUNCTION yrd_observation_revisions_append_only();
  `.execute(db);
  for (const table of ['indicators', 'indicator_targets', 'observations', 'observation_revisions']) {
    await sql`SELECT yrd_watch_table(${table})`.execute(db);
  }
}
