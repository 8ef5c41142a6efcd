import type { Db } from '../../db/database.ts';
import type { ExcelImportState } from '../../db/schema.ts';
import type { Actor } from '../../shared/principal.ts';
import type { Trx } from '../audit/audit.usecases.ts';
import type { ImportMode } from './excel.models.ts';

type Executor = Db | Trx;

/** Members, cities, focus areas and bodies: what cells are resolved against. Small, read whole. */
export async function loadReference(db: Executor) {
  const [members, cities, areas, bodies] = await Promise.all([
    db.selectFrom('members').select(['code', 'name_zh', 'name_en', 'short_zh', 'short_en']).orderBy('sort_order').execute(),
    db.selectFrom('cities').select(['code', 'member_code', 'name_zh', 'name_en']).orderBy('sort_order').execute(),
    db.selectFrom('focus_areas').select(['id', 'code', 'name_zh', 'name_en']).orderBy('code').execute(),
    db.selectFrom('bodies').select(['code', 'name_zh', 'name_en']).orderBy('sort_order').execute(),
  ]);
  return { members, cities, areas, bodies };
}

export type ReferenceRows = Awaited<ReturnType<typeof loadReference>>;

export function findPlan(db: Executor, id: string) {
  return db.selectFrom('plans').select(['id', 'code', 'title_zh', 'title_en', 'status']).where('id', '=', id).executeTakeFirst();
}

/**
 * Imports into one plan run one at a time, so the codes checked are the codes
 * written against. NO KEY UPDATE: rows that merely reference the plan (new
 * tasks, queued imports) are not held up.
 */
export function lockPlan(trx: Trx, id: string) {
  return trx.selectFrom('plans').select(['id', 'code', 'status', 'is_demo']).where('id', '=', id).forNoKeyUpdate().executeTakeFirst();
}

/** Codes of every task the plan contains (home, selected or carried over), as tasks.codeTakenInPlan sees them. */
export async function codesOfPlan(db: Executor, planId: string): Promise<Set<string>> {
  const rows = await db
    .selectFrom('plan_tasks')
    .innerJoin('tasks', 'tasks.id', 'plan_tasks.task_id')
    .select('tasks.code')
    .where('plan_tasks.plan_id', '=', planId)
    .execute();
  return new Set(rows.map((r) => r.code));
}

export async function bodiesOfTasks(db: Executor, taskIds: string[]): Promise<Map<string, string[]>> {
  const out = new Map<string, string[]>();
  if (taskIds.length === 0) return out;
  const rows = await db.selectFrom('task_bodies').select(['task_id', 'body_code']).where('task_id', 'in', taskIds).orderBy('body_code').execute();
  for (const row of rows) out.set(row.task_id, [...(out.get(row.task_id) ?? []), row.body_code]);
  return out;
}

export function findArea(db: Executor, id: string) {
  return db.selectFrom('focus_areas').select(['code', 'name_zh', 'name_en']).where('id', '=', id).executeTakeFirst();
}

// --- background imports ------------------------------------------------------

export interface NewImport {
  planId: string;
  mode: ImportMode;
  dryRun: boolean;
  fileName: string | null;
  sizeBytes: number;
  sha256: string;
  totalRows: number;
  file: Buffer;
  actor: Actor;
}

export async function insertImport(db: Executor, row: NewImport, now: Date): Promise<string> {
  const inserted = await db
    .insertInto('excel_imports')
    .values({
      plan_id: row.planId,
      mode: row.mode,
      dry_run: row.dryRun,
      file_name: row.fileName,
      size_bytes: row.sizeBytes,
      sha256: row.sha256,
      total_rows: row.totalRows,
      file_content: row.file,
      created_by: row.actor.userId,
      created_by_username: row.actor.username,
      created_by_member: row.actor.memberCode,
      created_by_ip: row.actor.ip,
      created_at: now,
      updated_at: now,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return inserted.id;
}

/** Progress is written outside the import's transaction, so every instance sees it at once. */
export async function setProgress(db: Db, id: string, state: ExcelImportState, processedRows: number, now: Date): Promise<void> {
  await db.updateTable('excel_imports').set({ state, processed_rows: processedRows, updated_at: now }).where('id', '=', id).execute();
}

/** The worker's exact count, once it has parsed the file (the upload stored an estimate). */
export async function setTotalRows(db: Db, id: string, totalRows: number, now: Date): Promise<void> {
  await db.updateTable('excel_imports').set({ total_rows: totalRows, updated_at: now }).where('id', '=', id).execute();
}

/** A final outcome drops the stored file; an unexpected failure keeps it, so the job can be retried. */
export async function finishImport(
  db: Executor,
  id: string,
  outcome: { state: 'done' | 'failed'; processedRows: number; result: Record<string, unknown> | null; errorCode: string | null; keepFile?: boolean },
  now: Date,
): Promise<void> {
  await db
    .updateTable('excel_imports')
    .set({
      state: outcome.state,
      processed_rows: outcome.processedRows,
      result: outcome.result === null ? null : JSON.stringify(outcome.result),
      error_code: outcome.errorCode,
      updated_at: now,
      finished_at: now,
      ...(outcome.keepFile ? {} : { file_content: null }),
    })
    .where('id', '=', id)
    .execute();
}

const STATUS_COLUMNS = [
  'id', 'plan_id', 'mode', 'dry_run', 'state', 'file_name', 'size_bytes', 'sha256', 'total_rows', 'processed_rows', 'result', 'error_code',
  'created_by', 'created_by_username', 'created_by_member', 'created_by_ip', 'created_at', 'updated_at', 'finished_at',
] as const;

/** Everything but the file: this is what status polls read. */
export function findImport(db: Executor, id: string) {
  return db.selectFrom('excel_imports').select(STATUS_COLUMNS).where('id', '=', id).executeTakeFirst();
}

export function findImportFile(db: Executor, id: string) {
  return db.selectFrom('excel_imports').select('file_content').where('id', '=', id).executeTakeFirst();
}
