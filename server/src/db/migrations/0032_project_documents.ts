import { sql, type Kysely } from 'kysely';

/**
 * A key project keeps its documents too (issue 16: feasibility studies,
 * approvals, agreements of the consortium). A third owner column beside the
 * meeting's and the agreement's, still exactly one set, so a document stays
 * tied to one record that exists and goes when its project goes.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function up(db: Kysely<any>): Promise<void> {
  await sql`
    ALTER TABLE documents ADD COLUMN project_id uuid REFERENCES projects(id) ON DELETE CASCADE;
    ALTER TABLE documents DROP CONSTRAINT documents_check;
    ALTER TABLE documents ADD CONSTRAINT documents_one_owner CHECK (num_nonnulls(meeting_id, agreement_id, project_id) = 1);
    CREATE INDEX documents_project_idx ON documents (project_id, uploaded_at) WHERE project_id IS NOT NULL;
  `.execute(db);
}
