import { sql, type Kysely } from 'kysely';

/**
 * Documents attached to governance records: the papers of a meeting (agenda,
 * speeches, the signed minutes) and the text of an agreement. One table with
 * one foreign key per kind of owner, exactly one set, so every document is
 * tied to a record that exists and goes when its owner goes.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function up(db: Kysely<any>): Promise<void> {
  await sql`
    CREATE TABLE documents (
      id            uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      meeting_id    uuid REFERENCES meetings(id) ON DELETE CASCADE,
      agreement_id  uuid REFERENCES agreements(id) ON DELETE CASCADE,
      title_zh      text NOT NULL DEFAULT '',
      title_en      text NOT NULL DEFAULT '',
      file_name     text NOT NULL,
      content_type  text NOT NULL,
      size_bytes    integer NOT NULL CHECK (size_bytes > 0),
      sha256        text NOT NULL,
      content       bytea NOT NULL,
      uploaded_by   uuid REFERENCES users(id),
      uploaded_at   timestamptz NOT NULL,
      is_demo       boolean NOT NULL DEFAULT false,
      CHECK (num_nonnulls(meeting_id, agreement_id) = 1)
    );
    CREATE INDEX documents_meeting_idx ON documents (meeting_id, uploaded_at) WHERE meeting_id IS NOT NULL;
    CREATE INDEX documents_agreement_idx ON documents (agreement_id, uploaded_at) WHERE agreement_id IS NOT NULL;
  `.execute(db);
}
