/**
 * Set-based writes of many tasks at once (the Excel task import, issue 13):
 * the tasks module's tables written by the tasks module, in chunks.
 */
import type { Trx } from '../audit/audit.usecases.ts';

/** A validated row as the rows it becomes: the task (id chosen here), its plan link, shares and bodies. */
export interface ImportedTask {
  id: string;
  code: string;
  titleZh: string;
  titleEn: string;
  descriptionZh: string;
  focusAreaId: string | null;
  leadMemberCode: string;
  participantMemberCodes: string[];
  bodyCodes: string[];
  startDate: string | null;
  dueDate: string | null;
  priority: 'high' | 'normal' | 'low';
  tags: string[];
  sourceRef: string;
  isDemo: boolean;
}

/** Rows per multi-row INSERT: ~15 columns × 1,000 stays well under PostgreSQL's 65,535 parameters. */
export const INSERT_BATCH = 1000;

async function inChunks<T>(rows: T[], write: (chunk: T[]) => Promise<unknown>): Promise<void> {
  for (let i = 0; i < rows.length; i += INSERT_BATCH) await write(rows.slice(i, i + INSERT_BATCH));
}

/**
 * Writes a batch of imported tasks (the Excel import) with multi-row INSERTs: the same rows
 * createTaskIn writes for one task (task, home link in the plan, a share
 * for the lead and each participant, bodies), a handful of statements per
 * thousand tasks instead of several per task.
 */
export async function insertImportedTasks(trx: Trx, planId: string, tasks: ImportedTask[], now: Date): Promise<void> {
  if (tasks.length === 0) return;
  await inChunks(tasks, (chunk) =>
    trx.insertInto('tasks').values(chunk.map((t) => ({
      id: t.id, plan_id: planId, code: t.code, title_zh: t.titleZh, title_en: t.titleEn, description_zh: t.descriptionZh, description_en: '',
      focus_area_id: t.focusAreaId, lead_member_code: t.leadMemberCode, start_date: t.startDate, due_date: t.dueDate, priority: t.priority,
      tags: t.tags, source_ref: t.sourceRef, is_demo: t.isDemo, created_at: now, updated_at: now,
    }))).execute(),
  );
  await inChunks(tasks, (chunk) => trx.insertInto('plan_tasks').values(chunk.map((t) => ({ plan_id: planId, task_id: t.id, inclusion: 'home' as const, added_at: now }))).execute());
  const shares = tasks.flatMap((t) => [
    { task_id: t.id, member_code: t.leadMemberCode, role: 'lead' as const, owner_body_code: null, due_date: t.dueDate, created_at: now, updated_at: now },
    ...t.participantMemberCodes.map((code) => ({ task_id: t.id, member_code: code, role: 'participant' as const, owner_body_code: null, due_date: t.dueDate, created_at: now, updated_at: now })),
  ]);
  await inChunks(shares, (chunk) => trx.insertInto('task_shares').values(chunk).execute());
  const bodies = tasks.flatMap((t) => t.bodyCodes.map((code) => ({ task_id: t.id, body_code: code })));
  await inChunks(bodies, (chunk) => trx.insertInto('task_bodies').values(chunk).execute());
}
