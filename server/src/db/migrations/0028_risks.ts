import { sql, type Kysely } from 'kysely';

/**
 * The joint risk register (issue 16, item 4).
 *
 * - risks: a risk by code, zh/en title and description, area, likelihood and impact (1–5 each),
 *   owner members (codes), review date, status. Versioned.
 * - risk_measures: joint measures, each carried by a task or an agreement clause (by id, checked to exist).
 * - risk_assessments: append-only, one row per change of likelihood, impact or status (revision 1 = as registered),
 *   with who, when and why; a trigger refuses UPDATE and DELETE.
 * - risk_triggers: a threshold on an indicator: scope (a member or city code, NULL = any scope), comparison,
 *   threshold, and how many consecutive periods must cross.
 * - risk_trigger_states: per trigger × scope, whether the threshold is crossed now (so one crossing raises one alert).
 * - risk_alerts: the alerts raised on a risk (append-only as well).
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function up(db: Kysely<any>): Promise<void> {
  await sql`
    CREATE TABLE risks (
      id                  uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      code                text NOT NULL UNIQUE CHECK (code ~ '^[A-Z][A-Z0-9_-]{1,39}$'),
      title_zh            text NOT NULL CHECK (length(title_zh) BETWEEN 1 AND 300),
      title_en            text NOT NULL DEFAULT '',
      description_zh      text NOT NULL DEFAULT '',
      description_en      text NOT NULL DEFAULT '',
      area                text NOT NULL CHECK (area IN ('industry_supply_chain', 'finance', 'energy', 'food', 'urban_governance', 'ecology', 'public_health')),
      likelihood          smallint NOT NULL CHECK (likelihood BETWEEN 1 AND 5),
      impact              smallint NOT NULL CHECK (impact BETWEEN 1 AND 5),
      owner_member_codes  text[] NOT NULL CHECK (cardinality(owner_member_codes) >= 1),
      review_date         date,
      status              text NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'mitigated', 'closed')),
      is_demo             boolean NOT NULL DEFAULT false,
      version             integer NOT NULL DEFAULT 1,
      created_at          timestamptz NOT NULL DEFAULT now(),
      updated_at          timestamptz NOT NULL DEFAULT now()
    );
    -- The register is read in code order, filtered by area/status; the heat map groups every risk.
    CREATE INDEX risks_area_idx ON risks (area, code);
    CREATE INDEX risks_owners_idx ON risks USING gin (owner_member_codes);
    CREATE INDEX risks_search_idx ON risks USING gin ((code || ' ' || title_zh || ' ' || title_en) gin_trgm_ops);

    CREATE TABLE risk_measures (
      id          uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      risk_id     uuid NOT NULL REFERENCES risks(id) ON DELETE CASCADE,
      task_id     uuid REFERENCES tasks(id),
      clause_id   uuid REFERENCES agreement_clauses(id),
      text_zh     text NOT NULL DEFAULT '',
      text_en     text NOT NULL DEFAULT '',
      sort_order  integer NOT NULL,
      CHECK ((task_id IS NULL) <> (clause_id IS NULL))
    );
    CREATE INDEX risk_measures_risk_idx ON risk_measures (risk_id, sort_order);

    CREATE TABLE risk_assessments (
      id               uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      risk_id          uuid NOT NULL REFERENCES risks(id),
      revision         integer NOT NULL CHECK (revision >= 1),
      likelihood       smallint NOT NULL CHECK (likelihood BETWEEN 1 AND 5),
      impact           smallint NOT NULL CHECK (impact BETWEEN 1 AND 5),
      status           text NOT NULL,
      reason           text NOT NULL DEFAULT '',
      assessed_by      uuid REFERENCES users(id),
      assessed_by_name text NOT NULL DEFAULT '',
      assessed_at      timestamptz NOT NULL DEFAULT now(),
      UNIQUE (risk_id, revision)
    );

    CREATE TABLE risk_triggers (
      id             uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      risk_id        uuid NOT NULL REFERENCES risks(id),
      indicator_id   uuid NOT NULL REFERENCES indicators(id),
      scope_key      text,
      comparison     text NOT NULL CHECK (comparison IN ('<', '<=', '>', '>=')),
      threshold      numeric NOT NULL,
      periods        smallint NOT NULL CHECK (periods BETWEEN 1 AND 36),
      active         boolean NOT NULL DEFAULT true,
      is_demo        boolean NOT NULL DEFAULT false,
      created_at     timestamptz NOT NULL DEFAULT now()
    );
    -- Writing observations looks up the triggers of their indicators.
    CREATE INDEX risk_triggers_indicator_idx ON risk_triggers (indicator_id) WHERE active;
    CREATE INDEX risk_triggers_risk_idx ON risk_triggers (risk_id);

    CREATE TABLE risk_trigger_states (
      trigger_id    uuid NOT NULL REFERENCES risk_triggers(id),
      scope_key     text NOT NULL,
      crossed       boolean NOT NULL,
      last_period   text NOT NULL,
      updated_at    timestamptz NOT NULL DEFAULT now(),
      PRIMARY KEY (trigger_id, scope_key)
    );

    CREATE TABLE risk_alerts (
      id            uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      risk_id       uuid NOT NULL REFERENCES risks(id),
      trigger_id    uuid NOT NULL REFERENCES risk_triggers(id),
      scope_key     text NOT NULL,
      period        text NOT NULL,
      value         numeric NOT NULL,
      periods       jsonb NOT NULL,
      raised_by_name text NOT NULL DEFAULT '',
      is_demo       boolean NOT NULL DEFAULT false,
      raised_at     timestamptz NOT NULL DEFAULT now()
    );
    CREATE INDEX risk_alerts_risk_idx ON risk_alerts (risk_id, raised_at DESC);

    CREATE FUNCTION yrd_risk_history_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
      RAISE EXCEPTION '% is append-only', TG_TABLE_NAME USING ERRCODE = 'integrity_constraint_violation';
    END $$;
    CREATE TRIGGER risk_assessments_append_only BEFORE UPDATE OR DELETE ON risk_assessments
      FOR EACH ROW EXECUTE FUNCTION yrd_risk_history_append_only();
    CREATE TRIGGER risk_alerts_append_only BEFORE UPDATE OR DELETE ON risk_alerts
      FOR EACH ROW EXECUTE FUNCTION yrd_risk_history_append_only();
  `.execute(db);
  for (const table of ['risks', 'risk_measures', 'risk_assessments', 'risk_triggers', 'risk_trigger_states', 'risk_alerts']) {
    await sql`SELECT yrd_watch_table(${table})`.execute(db);
  }
}
