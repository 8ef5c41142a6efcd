import type { Db } from '../../db/database.ts';

/** Demo tasks by their Chinese title: the demo agreements' clauses name the tasks that carry them. */
export async function demoTaskIdsByTitle(db: Db, titlesZh: string[]): Promise<Map<string, string>> {
  if (titlesZh.length === 0) return new Map();
  const rows = await db.selectFrom('tasks').select(['id', 'title_zh']).where('is_demo', '=', true).where('title_zh', 'in', titlesZh).execute();
  return new Map(rows.map((t) => [t.title_zh, t.id]));
}
