import { sql, type Kysely } from 'kysely';

/**
 * A data generation number read from the database (issue 14, item 15;
 * decisions 0010 and 0012): when an instance's change listener stops answering,
 * it asks the database whether anything changed instead of trusting what it
 * cached.
 *
 * Every transaction that fires a change notice (the triggers of migrations 0010
 * and 0012) also adds one, once, to its own backend's row of data_generation;
 * the generation is the sum of the rows. It is transactional — a reader sees a
 * change counted exactly when it sees the change — so a cached answer computed
 * after a reading can never be older than that reading (a sequence would count
 * a change before it commits). Each backend has a row of its own, so writers
 * never wait for one another here; housekeeping folds the rows into row 0
 * (db/data-changes.ts, foldDataGeneration), which keeps the sum.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function up(db: Kysely<any>): Promise<void> {
  await sql`
    CREATE TABLE data_generation (
      backend_pid integer PRIMARY KEY,
      bumps       bigint NOT NULL
    );
  `.execute(db);
  await sql`
    CREATE FUNCTION yrd_bump_data_generation() RETURNS void LANGUAGE plpgsql AS $$
    BEGIN
      -- Once per transaction: the flag is transaction-local (and rolled back with a savepoint, like the bump).
      IF current_setting('yrd.generation_bumped', true) = 'on' THEN RETURN; END IF;
      INSERT INTO data_generation AS g (backend_pid, bumps) VALUES (pg_backend_pid(), 1)
        ON CONFLICT (backend_pid) DO UPDATE SET bumps = g.bumps + 1;
      PERFORM set_config('yrd.generation_bumped', 'on', true);
    END $$;
  `.execute(db);
  await sql`
    CREATE OR REPLACE FUNCTION yrd_notify_data_change() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
      PERFORM yrd_bump_data_generation();
      PERFORM pg_notify('yrd_data_changed', TG_TABLE_NAME);
      RETURN NULL;
    END $$;
  `.execute(db);
  await sql`
    CREATE OR REPLACE FUNCTION yrd_notify_sessions_ended() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
      IF EXISTS (SELECT 1 FROM ended) THEN
        PERFORM yrd_bump_data_generation();
        PERFORM pg_notify('yrd_data_changed', TG_TABLE_NAME);
      END IF;
      RETURN NULL;
    END $$;
  `.execute(db);
}
