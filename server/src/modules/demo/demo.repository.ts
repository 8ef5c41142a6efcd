import type { Db } from '../../db/database.ts';

/** Lookups the demo loaders need: reference rows by their codes and demo tasks by title. */
export async function focusAreaIdsByCode(db: Db): Promise<Map<string, string>> {
  return new Map((await db.selectFrom('focus_areas').select(['id', 'code']).execute()).map((a) => [a.code, a.id]));
}

export async function demoTaskIdsByTitle(db: Db, titlesZh: string[]): Promise<Map<string, string>> {
  if (titlesZh.length === 0) return new Map();
  const rows = await db.selectFrom('tasks').select(['id', 'title_zh']).where('is_demo', '=', true).where('title_zh', 'in', titlesZh).execute();
  return new Map(rows.map((t) => [t.title_zh, t.id]));
}

export function findDemoUser(db: Db, username: string) {
  return db.selectFrom('users').select(['id', 'username', 'display_name', 'locale', 'is_demo']).where('username', '=', username).executeTakeFirst();
}
