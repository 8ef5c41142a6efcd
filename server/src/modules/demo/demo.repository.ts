import type { Insertable } from 'kysely';
import type { Db } from '../../db/database.ts';
import type { ProgressReportsTable } from '../../db/schema.ts';
import type { Trx } from '../audit/audit.usecases.ts';

type Q = Db | Trx;

/** Demo tasks by their Chinese title: the demo agreements' clauses name the tasks that carry them. */
export async function demoTaskIdsByTitle(db: Db, titlesZh: string[]): Promise<Map<string, string>> {
  if (titlesZh.length === 0) return new Map();
  const rows = await db.selectFrom('tasks').select(['id', 'title_zh']).where('is_demo', '=', true).where('title_zh', 'in', titlesZh).execute();
  return new Map(rows.map((t) => [t.title_zh, t.id]));
}

/** Member and city codes in the region's order (the demo values are spread over them by position). */
export async function memberCodesInOrder(db: Q): Promise<string[]> {
  return (await db.selectFrom('members').select('code').orderBy('sort_order').orderBy('code').execute()).map((m) => m.code);
}
export async function cityCodesInOrder(db: Q): Promise<string[]> {
  return (await db.selectFrom('cities').select('code').orderBy('sort_order').orderBy('code').execute()).map((c) => c.code);
}

/** The id of the record of a table with this code, real or demo (the loaders skip codes already taken). */
export async function idByCode(db: Q, table: 'public_services' | 'risks', code: string): Promise<string | undefined> {
  return (await db.selectFrom(table).select('id').where('code', '=', code).executeTakeFirst())?.id;
}

/** Whether an active indicator has this code (the demo triggers watch demo indicators). */
export async function activeIndicatorExists(db: Q, code: string): Promise<boolean> {
  return (await db.selectFrom('indicators').select('id').where('code', '=', code).where('status', '=', 'active').executeTakeFirst()) !== undefined;
}

/** The first demo tasks by code (the demo risks take them as joint measures). */
export async function firstDemoTaskIds(db: Q, limit: number): Promise<string[]> {
  return (await db.selectFrom('tasks').select('id').where('is_demo', '=', true).orderBy('code').limit(limit).execute()).map((t) => t.id);
}

/** A demo plan's id by its code (never a real plan of the same code). */
export async function demoPlanId(db: Q, code: string): Promise<string | undefined> {
  return (await db.selectFrom('plans').select('id').where('code', '=', code).where('is_demo', '=', true).executeTakeFirst())?.id;
}

/** The shares of a plan's demo tasks, in task code and member order. */
export function demoSharesOfPlan(db: Q, planId: string) {
  return db
    .selectFrom('task_shares')
    .innerJoin('tasks', 'tasks.id', 'task_shares.task_id')
    .select(['task_shares.id', 'task_shares.task_id', 'task_shares.member_code', 'task_shares.status', 'task_shares.percent', 'tasks.code'])
    .where('tasks.plan_id', '=', planId)
    .where('tasks.is_demo', '=', true)
    .orderBy('tasks.code')
    .orderBy('task_shares.member_code')
    .execute();
}

/**
 * A year of back-dated demo reports in one go (500 rows a statement): the
 * reports use cases stamp "now" and notify, which a history must not.
 */
export async function insertDemoReports(trx: Trx, rows: Insertable<ProgressReportsTable>[]): Promise<void> {
  for (let i = 0; i < rows.length; i += 500) await trx.insertInto('progress_reports').values(rows.slice(i, i + 500)).execute();
}

/** Most demo milestones were met: every one but those of the first task of each area (code *.1). */
export async function completeDemoMilestones(trx: Trx, planId: string, at: Date): Promise<void> {
  await trx
    .updateTable('task_milestones')
    .set({ completed_at: at })
    .where('task_id', 'in', (eb) => eb.selectFrom('tasks').select('id').where('plan_id', '=', planId).where('is_demo', '=', true).where('code', 'not like', '%.1'))
    .execute();
}
