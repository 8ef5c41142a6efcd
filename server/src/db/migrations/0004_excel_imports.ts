import { sql, type Kysely } from 'kysely';

/**
 * Excel imports that run in the background (large files) as jobs of the queue:
 * the uploaded file waits here for a worker (and is dropped once the import is
 * final); state and progress live here so that any app instance can answer
 * "how far is it?". The result keeps rules and parameters, not messages: each
 * reader sees the errors in their own language.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function up(db: Kysely<any>): Promise<void> {
  await sql`
    CREATE TABLE excel_imports (
      id                  uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      kind                text NOT NULL DEFAULT 'tasks' CHECK (kind IN ('tasks')),
      plan_id             uuid NOT NULL REFERENCES plans(id) ON DELETE CASCADE,
      mode                text NOT NULL CHECK (mode IN ('all_or_nothing', 'valid_rows_only')),
      dry_run             boolean NOT NULL DEFAULT false,
      state               text NOT NULL DEFAULT 'queued'
                          CHECK (state IN ('queued', 'validating', 'importing', 'done', 'failed')),
      file_name           text,
      size_bytes          integer NOT NULL CHECK (size_bytes >= 0),
      sha256              text NOT NULL,
      total_rows          integer NOT NULL DEFAULT 0,
      processed_rows      integer NOT NULL DEFAULT 0,
      result              jsonb,
      error_code          text,
      file_content        bytea,
      created_by          uuid REFERENCES users(id),
      created_by_username text NOT NULL,
      created_by_member   text,
      created_by_ip       text,
      created_at          timestamptz NOT NULL,
      updated_at          timestamptz NOT NULL,
      finished_at         timestamptz
    );
    CREATE INDEX excel_imports_plan_idx ON excel_imports (plan_id, created_at DESC);
  `.execute(db);
}
