import { sql, type RawBuilder } from 'kysely';
import type { Db } from '../../db/database.ts';
import type { SearchKind } from './search.models.ts';

interface Row {
  kind: SearchKind;
  id: string;
  title_zh: string;
  title_en: string;
  code: string | null;
  status: string | null;
  is_demo: boolean;
  owner_kind: 'meeting' | 'agreement' | 'project' | null;
  owner_id: string | null;
}

/**
 * One branch per kind. Each `text` is exactly the expression of its trigram
 * index (migration 0024_search): any other spelling would not use the index.
 */
const BRANCHES: Record<SearchKind, { text: RawBuilder<string>; from: RawBuilder<unknown> }> = {
  task: {
    text: sql`(code || ' ' || title_zh || ' ' || title_en)`,
    from: sql`SELECT 'task' AS kind, id, title_zh, title_en, code, status, is_demo, NULL::text AS owner_kind, NULL::uuid AS owner_id FROM tasks`,
  },
  plan: {
    text: sql`(code || ' ' || title_zh || ' ' || title_en)`,
    from: sql`SELECT 'plan' AS kind, id, title_zh, title_en, code, status, is_demo, NULL::text AS owner_kind, NULL::uuid AS owner_id FROM plans`,
  },
  meeting: {
    text: sql`(title_zh || ' ' || title_en)`,
    from: sql`SELECT 'meeting' AS kind, id, title_zh, title_en, NULL::text AS code, status, is_demo, NULL::text AS owner_kind, NULL::uuid AS owner_id FROM meetings`,
  },
  decision: {
    text: sql`(title_zh || ' ' || title_en)`,
    from: sql`SELECT 'decision' AS kind, id, title_zh, title_en, NULL::text AS code, NULL::text AS status, is_demo, 'meeting' AS owner_kind, meeting_id AS owner_id FROM decisions`,
  },
  agreement: {
    text: sql`(title_zh || ' ' || title_en)`,
    from: sql`SELECT 'agreement' AS kind, id, title_zh, title_en, NULL::text AS code, status, is_demo, NULL::text AS owner_kind, NULL::uuid AS owner_id FROM agreements`,
  },
  matter: {
    text: sql`(title_zh || ' ' || title_en)`,
    from: sql`SELECT 'matter' AS kind, id, title_zh, title_en, NULL::text AS code, status, is_demo, NULL::text AS owner_kind, NULL::uuid AS owner_id FROM major_matters`,
  },
  service: {
    text: sql`(code || ' ' || name_zh || ' ' || name_en)`,
    from: sql`SELECT 'service' AS kind, id, name_zh AS title_zh, name_en AS title_en, code, NULL::text AS status, is_demo, NULL::text AS owner_kind, NULL::uuid AS owner_id
      FROM (SELECT *, name_zh AS title_zh, name_en AS title_en FROM public_services) AS public_services`, // titles by the names the ORDER BY uses
  },
  project: {
    text: sql`(code || ' ' || title_zh || ' ' || title_en)`,
    from: sql`SELECT 'project' AS kind, id, title_zh, title_en, code, phase AS status, is_demo, NULL::text AS owner_kind, NULL::uuid AS owner_id FROM projects`,
  },
  document: {
    text: sql`(title_zh || ' ' || title_en || ' ' || file_name)`,
    // A document without a title is known by its file name.
    from: sql`SELECT 'document' AS kind, id, CASE WHEN title_zh = '' THEN file_name ELSE title_zh END AS title_zh, title_en, NULL::text AS code,
      NULL::text AS status, is_demo, CASE WHEN meeting_id IS NOT NULL THEN 'meeting' WHEN agreement_id IS NOT NULL THEN 'agreement' ELSE 'project' END AS owner_kind, coalesce(meeting_id, agreement_id, project_id) AS owner_id FROM documents`,
  },
  risk: {
    text: sql`(code || ' ' || title_zh || ' ' || title_en)`,
    from: sql`SELECT 'risk' AS kind, id, title_zh, title_en, code, status, is_demo, NULL::text AS owner_kind, NULL::uuid AS owner_id FROM risks`,
  },
};

export const likePattern = (q: string) => `%${q.replace(/[%_\\]/g, '\\$&')}%`;

/**
 * Up to `perKind` matches of each kind, in one round trip: earliest match in
 * the text first, then the shortest title (the closest fit), then by id so the
 * order is stable.
 */
export async function searchTitles(db: Db, q: string, kinds: readonly SearchKind[], perKind: number): Promise<Row[]> {
  if (kinds.length === 0) return [];
  const pattern = likePattern(q);
  const needle = q.toLowerCase();
  const branches = kinds.map((kind) => {
    const { text, from } = BRANCHES[kind];
    return sql`(${from} WHERE ${text} ILIKE ${pattern} ORDER BY strpos(lower(${text}), ${needle}), length(title_zh), id LIMIT ${perKind})`;
  });
  const result = await sql<Row>`${sql.join(branches, sql` UNION ALL `)}`.execute(db);
  return result.rows;
}

/** Audit object types (and the like) whose records have a title, and where it is kept. */
const TITLED: Record<string, { table: string; zh: string; en: string }> = {
  task: { table: 'tasks', zh: 'title_zh', en: 'title_en' },
  plan: { table: 'plans', zh: 'title_zh', en: 'title_en' },
  meeting: { table: 'meetings', zh: 'title_zh', en: 'title_en' },
  decision: { table: 'decisions', zh: 'title_zh', en: 'title_en' },
  agreement: { table: 'agreements', zh: 'title_zh', en: 'title_en' },
  major_matter: { table: 'major_matters', zh: 'title_zh', en: 'title_en' },
  public_service: { table: 'public_services', zh: 'name_zh', en: 'name_en' },
  project: { table: 'projects', zh: 'title_zh', en: 'title_en' },
  matter: { table: 'major_matters', zh: 'title_zh', en: 'title_en' },
  document: { table: 'documents', zh: "CASE WHEN title_zh = '' THEN file_name ELSE title_zh END", en: 'title_en' },
  user: { table: 'users', zh: 'display_name', en: 'display_name' },
  risk: { table: 'risks', zh: 'title_zh', en: 'title_en' },
};
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
export const titleKey = (type: string, id: string) => `${type}:${id}`;

/**
 * Names to show for records known by type and id (audit objects, timelines), in
 * one round trip; keyed by titleKey. Unknown types and records gone are left out.
 */
export async function recordTitles(db: Db, refs: { type: string; id: string }[]): Promise<Map<string, { zh: string; en: string }>> {
  const byType = new Map<string, Set<string>>();
  for (const ref of refs) {
    if (!TITLED[ref.type] || !UUID.test(ref.id)) continue;
    byType.set(ref.type, (byType.get(ref.type) ?? new Set()).add(ref.id.toLowerCase()));
  }
  if (byType.size === 0) return new Map();
  const branches = [...byType].map(([type, ids]) => {
    const t = TITLED[type]!;
    return sql`SELECT ${type}::text AS type, id::text AS id, ${sql.raw(t.zh)} AS zh, ${sql.raw(t.en)} AS en FROM ${sql.table(t.table)} WHERE id IN (${sql.join([...ids].map((id) => sql`${id}::uuid`))})`;
  });
  const rows = await sql<{ type: string; id: string; zh: string; en: string }>`${sql.join(branches, sql` UNION ALL `)}`.execute(db);
  return new Map(rows.rows.map((r) => [titleKey(r.type, r.id), { zh: r.zh, en: r.en }]));
}
