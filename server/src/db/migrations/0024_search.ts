import { sql, type Kysely } from 'kysely';

/**
 * Global search (issue 12, item 5): a trigram index per searchable record on
 * exactly the expression the search module matches with ILIKE (modules/search),
 * so a substring in Chinese or English is found without reading every row.
 * pg_trgm is already installed by 0002. Patterns under three characters cannot
 * use these indexes; the search caps each kind's rows instead.
 */
const INDEXES: [name: string, table: string, expression: string][] = [
  ['tasks_title_search_idx', 'tasks', "(code || ' ' || title_zh || ' ' || title_en)"],
  ['plans_title_search_idx', 'plans', "(code || ' ' || title_zh || ' ' || title_en)"],
  ['meetings_title_search_idx', 'meetings', "(title_zh || ' ' || title_en)"],
  ['decisions_title_search_idx', 'decisions', "(title_zh || ' ' || title_en)"],
  ['agreements_title_search_idx', 'agreements', "(title_zh || ' ' || title_en)"],
  ['major_matters_title_search_idx', 'major_matters', "(title_zh || ' ' || title_en)"],
  ['documents_title_search_idx', 'documents', "(title_zh || ' ' || title_en || ' ' || file_name)"],
];

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function up(db: Kysely<any>): Promise<void> {
  for (const [name, table, expression] of INDEXES) {
    await sql`CREATE INDEX ${sql.raw(name)} ON ${sql.table(table)} USING gin (${sql.raw(expression)} gin_trgm_ops)`.execute(db);
  }
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function down(db: Kysely<any>): Promise<void> {
  for (const [name] of INDEXES) await sql`DROP INDEX IF EXISTS ${sql.raw(name)}`.execute(db);
}
