import { sql, type Kysely } from 'kysely';

/**
 * Disclosure and the publication step (issue 17, item 4).
 *
 * - publications: one proposal to publish one record (kind + id) at a disclosure level, moving
 *   draft → approved → published → withdrawn. `snapshot` is the record's public projection FROZEN at
 *   approval: the portal shows only it, so later edits of the record never reach the public unseen.
 *   At most one live (not withdrawn) proposal per record; a withdrawn one stays as history and the
 *   record may be proposed again as a new draft.
 * - publication_steps: append-only history of every step (a trigger refuses UPDATE; rows go only with their publication).
 * The record kind is free text checked by the use case against its map of projectors, so a register
 * added later (services, projects, risks) needs a projector, not a migration.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function up(db: Kysely<any>): Promise<void> {
  await sql`
    CREATE TABLE publications (
      id            uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      record_kind   text NOT NULL CHECK (record_kind ~ '^[a-z_]{2,30}$'),
      record_id     uuid NOT NULL,
      disclosure    text NOT NULL DEFAULT 'public' CHECK (disclosure IN ('internal', 'inter_government', 'public')),
      state         text NOT NULL DEFAULT 'draft' CHECK (state IN ('draft', 'approved', 'published', 'withdrawn')),
      title_zh      text NOT NULL DEFAULT '',
      title_en      text NOT NULL DEFAULT '',
      snapshot      jsonb,
      approved_at   timestamptz,
      published_at  timestamptz,
      withdrawn_at  timestamptz,
      is_demo       boolean NOT NULL DEFAULT false,
      version       integer NOT NULL DEFAULT 1,
      created_by    uuid REFERENCES users(id),
      created_at    timestamptz NOT NULL DEFAULT now(),
      updated_at    timestamptz NOT NULL DEFAULT now(),
      CHECK (state = 'draft' OR snapshot IS NOT NULL OR state = 'withdrawn')
    );
    CREATE UNIQUE INDEX publications_live_uq ON publications (record_kind, record_id) WHERE state <> 'withdrawn';
    CREATE INDEX publications_list_idx ON publications (updated_at DESC, id DESC);
    CREATE INDEX publications_portal_idx ON publications (published_at DESC, id DESC) WHERE state = 'published' AND disclosure = 'public';

    CREATE TABLE publication_steps (
      id              uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      seq             bigint GENERATED ALWAYS AS IDENTITY UNIQUE,
      publication_id  uuid NOT NULL REFERENCES publications(id) ON DELETE CASCADE,
      step            text NOT NULL CHECK (step IN ('propose', 'disclosure', 'approve', 'reopen', 'publish', 'withdraw')),
      from_state      text,
      to_state        text NOT NULL,
      disclosure      text NOT NULL,
      actor_id        uuid REFERENCES users(id),
      actor_name      text NOT NULL DEFAULT '',
      at              timestamptz NOT NULL DEFAULT now()
    );
    CREATE INDEX publication_steps_pub_idx ON publication_steps (publication_id, seq);

    CREATE FUNCTION yrd_publication_steps_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
      RAISE EXCEPTION '% is append-only', TG_TABLE_NAME USING ERRCODE = 'integrity_constraint_violation';
    END $$;
    CREATE TRIGGER publication_steps_append_only BEFORE UPDATE ON publication_steps
      FOR EACH ROW EXECUTE FUNCTION yrd_publication_steps_append_only();
  `.execute(db);
  for (const table of ['publications', 'publication_steps']) {
    await sql`SELECT yrd_watch_table(${table})`.execute(db);
  }
}
