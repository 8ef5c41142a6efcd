import { sql, type Kysely } from 'kysely';

/**
 * The integration index (issue 11, decision 0014).
 *
 * - index_methods: a composite index by code ('YRD_INTEGRATION').
 * - index_method_versions: its numbered versions. A version's spec (base year,
 *   normalisation, missing-data rule, dimensions and weights) and its
 *   explanation are fixed once it is published: a trigger refuses any change or
 *   removal of a published row, so every value ever shown can be recomputed
 *   from the version that produced it. A change is a new version.
 * - index_values: one value per published version × scope ('region' or a
 *   member code) × year, with its components (dimensions, indicators, raw and
 *   normalised values, the observations behind them). Replaced at each run.
 * - index_runs: every recomputation, with what set it off and how long it took.
 *
 * Statement triggers on observations, indicator_targets and indicators put one
 * recompute job per minute on the queue (deduplicated by a per-minute key; a
 * second one only while another writer's transaction is still open), so the
 * index follows the data however it is written (API, push, import, SQL). The
 * job runs 15 s after its minute ends, once writes in that minute have
 * committed. Nothing is enqueued while no version is published.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function up(db: Kysely<any>): Promise<void> {
  await sql`
    CREATE TABLE index_methods (
      id          uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      code        text NOT NULL UNIQUE,
      name_zh     text NOT NULL,
      name_en     text NOT NULL DEFAULT '',
      is_demo     boolean NOT NULL DEFAULT false,
      created_at  timestamptz NOT NULL DEFAULT now()
    );

    CREATE TABLE index_method_versions (
      id              uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      method_id       uuid NOT NULL REFERENCES index_methods(id),
      version         integer NOT NULL CHECK (version >= 1),
      status          text NOT NULL DEFAULT 'draft' CHECK (status IN ('draft', 'published')),
      spec            jsonb NOT NULL,
      description_zh  text NOT NULL DEFAULT '',
      description_en  text NOT NULL DEFAULT '',
      published_at    timestamptz,
      created_by      uuid REFERENCES users(id),
      created_at      timestamptz NOT NULL,
      UNIQUE (method_id, version),
      CHECK ((status = 'published') = (published_at IS NOT NULL))
    );
    CREATE INDEX index_method_versions_published_idx ON index_method_versions (method_id, version) WHERE status = 'published';

    CREATE FUNCTION yrd_index_version_immutable() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
      IF OLD.status = 'published' THEN
        RAISE EXCEPTION 'version % of index method % is published and cannot be changed or removed; publish a new version', OLD.version, OLD.method_id
          USING ERRCODE = 'integrity_constraint_violation';
      END IF;
      RETURN CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END;
    END $$;
    CREATE TRIGGER index_method_versions_immutable BEFORE UPDATE OR DELETE ON index_method_versions
      FOR EACH ROW EXECUTE FUNCTION yrd_index_version_immutable();

    CREATE TABLE index_runs (
      id                 uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      method_version_id  uuid NOT NULL REFERENCES index_method_versions(id),
      trigger            text NOT NULL CHECK (trigger IN ('observations', 'manual', 'publish')),
      started_at         timestamptz NOT NULL,
      finished_at        timestamptz NOT NULL,
      duration_ms        integer NOT NULL,
      status             text NOT NULL CHECK (status IN ('succeeded', 'failed')),
      error              text,
      values_written     integer NOT NULL DEFAULT 0
    );
    CREATE INDEX index_runs_version_idx ON index_runs (method_version_id, started_at DESC, id DESC);

    CREATE TABLE index_values (
      method_version_id  uuid NOT NULL REFERENCES index_method_versions(id),
      scope_key          text NOT NULL,
      year               smallint NOT NULL,
      value              numeric NOT NULL,
      components         jsonb NOT NULL,
      computed_at        timestamptz NOT NULL,
      run_id             uuid NOT NULL REFERENCES index_runs(id),
      PRIMARY KEY (method_version_id, scope_key, year)
    );
    CREATE INDEX index_values_run_idx ON index_values (run_id);

    -- One job per minute of changes; clock_timestamp(), not now(): a long transaction's
    -- writes land in the minute they were made, closer to when they commit.
    -- Writers never wait for each other here: inserting a key that another open transaction
    -- has inserted would wait for it to end (a long import would hold up every push). So each
    -- minute has two slots, each taken under a transaction-scoped advisory lock, tried without
    -- waiting. A slot whose lock is held belongs to an open transaction whose job will run
    -- after the minute; the second slot covers this transaction should that one roll back.
    -- With both held, two open transactions have each enqueued a job for this minute already.
    CREATE FUNCTION yrd_index_enqueue_recompute() RETURNS trigger LANGUAGE plpgsql AS $$
    DECLARE
      slot timestamptz := date_trunc('minute', clock_timestamp());
      base text := 'composite-index.recompute:data:' || to_char(slot AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI"Z"');
      part text;
    BEGIN
      -- A restore COPYs the published versions, then the jobs with their ids, and sets the id
      -- sequence at the end: a job enqueued meanwhile would take a restored job's id. Every
      -- publication enqueues a job, so outside a restore the sequence has been used.
      IF NOT EXISTS (SELECT 1 FROM index_method_versions WHERE status = 'published') OR NOT (SELECT is_called FROM jobs_id_seq) THEN
        RETURN NULL;
      END IF;
      FOREACH part IN ARRAY ARRAY['a', 'b'] LOOP
        IF pg_try_advisory_xact_lock(hashtext('composite-index.recompute'), hashtext(base || ':' || part)) THEN
          INSERT INTO jobs (kind, payload, dedup_key, run_at, created_at)
          VALUES ('composite-index.recompute', jsonb_build_object('trigger', 'observations'), base || ':' || part, slot + interval '75 seconds', clock_timestamp())
          ON CONFLICT (dedup_key) DO NOTHING;
          RETURN NULL;
        END IF;
      END LOOP;
      RETURN NULL;
    END $$;
    CREATE TRIGGER index_recompute_on_change AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON observations
      FOR EACH STATEMENT EXECUTE FUNCTION yrd_index_enqueue_recompute();
    CREATE TRIGGER index_recompute_on_change AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON indicator_targets
      FOR EACH STATEMENT EXECUTE FUNCTION yrd_index_enqueue_recompute();
    CREATE TRIGGER index_recompute_on_change AFTER UPDATE ON indicators
      FOR EACH STATEMENT EXECUTE FUNCTION yrd_index_enqueue_recompute();
  `.execute(db);
  for (const table of ['index_methods', 'index_method_versions', 'index_runs', 'index_values']) {
    await sql`SELECT yrd_watch_table(${table})`.execute(db);
  }
}
