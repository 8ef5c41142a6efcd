/**
 * A background observation import lives in its job's row (jobs.payload): the
 * file waits there for a worker and state, progress and outcome are merged into
 * it, so any instance answers the status poll. (excel_imports is for task
 * imports only: its kind, plan and mode are fixed by CHECK constraints.)
 */
import { sql } from 'kysely';
import type { Db } from '../../db/database.ts';

export const dedupKeyOfImport = (importId: string) => `observations.import:${importId}`;

/** Merges fields into the job's payload; outside any import transaction, so every instance sees it at once. */
export async function patchImportJob(db: Db, importId: string, patch: Record<string, unknown>): Promise<void> {
  await db.updateTable('jobs').set({ payload: sql`payload || ${JSON.stringify(patch)}::jsonb` }).where('dedup_key', '=', dedupKeyOfImport(importId)).execute();
}

/** The final outcome also drops the stored file. */
export async function finishImportJob(db: Db, importId: string, patch: Record<string, unknown>): Promise<void> {
  await db.updateTable('jobs').set({ payload: sql`(payload - 'file') || ${JSON.stringify(patch)}::jsonb` }).where('dedup_key', '=', dedupKeyOfImport(importId)).execute();
}

export function findImportJob(db: Db, importId: string) {
  return db.selectFrom('jobs').select(['id', 'status', 'payload', 'created_at', 'finished_at']).where('dedup_key', '=', dedupKeyOfImport(importId)).executeTakeFirst();
}
