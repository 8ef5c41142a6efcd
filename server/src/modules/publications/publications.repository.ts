import { sql, type Insertable } from 'kysely';
import type { Db } from '../../db/database.ts';
import type { DisclosureLevel, PublicationState, PublicationStepsTable, PublicationsTable } from '../../db/schema.ts';
import type { Trx } from '../audit/audit.usecases.ts';

type Q = Db | Trx;

export async function insertPublication(trx: Trx, values: Insertable<PublicationsTable>): Promise<string> {
  return (await trx.insertInto('publications').values(values).returning('id').executeTakeFirstOrThrow()).id;
}

export const findPublication = (db: Q, id: string) => db.selectFrom('publications').selectAll().where('id', '=', id).executeTakeFirst();
export const findPublicationForUpdate = (trx: Trx, id: string) => trx.selectFrom('publications').selectAll().where('id', '=', id).forUpdate().executeTakeFirst();
export type PublicationRow = NonNullable<Awaited<ReturnType<typeof findPublication>>>;

/** The live (not withdrawn) publication of a record, if any. */
export const findLive = (db: Q, kind: string, recordId: string) =>
  db.selectFrom('publications').select('id').where('record_kind', '=', kind).where('record_id', '=', recordId).where('state', '<>', 'withdrawn').executeTakeFirst();

export async function updatePublication(trx: Trx, id: string, values: Partial<Insertable<PublicationsTable>>, now: Date) {
  await trx.updateTable('publications').set((eb) => ({ ...values, version: eb('version', '+', 1), updated_at: now })).where('id', '=', id).execute();
}

export async function insertStep(trx: Trx, values: Insertable<PublicationStepsTable>) {
  await trx.insertInto('publication_steps').values(values).execute();
}

export const stepsOf = (db: Q, id: string) => db.selectFrom('publication_steps').selectAll().where('publication_id', '=', id).orderBy('seq').execute();

/** Most recently changed first; `after` is the (updated_at, id) of the last row of the previous page. */
export function listPublications(db: Q, f: { kind?: string; state?: PublicationState; disclosure?: DisclosureLevel; limit: number; after?: [string, string] }) {
  let q = db.selectFrom('publications').select(['id', 'record_kind', 'record_id', 'disclosure', 'state', 'title_zh', 'title_en', 'approved_at', 'published_at', 'withdrawn_at', 'is_demo', 'version', 'created_at', 'updated_at']);
  if (f.kind) q = q.where('record_kind', '=', f.kind);
  if (f.state) q = q.where('state', '=', f.state);
  if (f.disclosure) q = q.where('disclosure', '=', f.disclosure);
  if (f.after) q = q.where(sql<boolean>`(updated_at, id) < (${f.after[0]}::timestamptz, ${f.after[1]}::uuid)`);
  return q.orderBy('updated_at', 'desc').orderBy('id', 'desc').limit(f.limit).execute();
}

/**
 * The part of a snapshot a list shows (title, code, status, dates, progress, the start of the
 * summary): the lists read hundreds of rows, and a whole snapshot (an indicator's series, a task's
 * shares) is many times that. The record's own page reads the whole snapshot (findPublic).
 */
const LIST_SNAPSHOT = sql<unknown>`jsonb_build_object(
  'kind', snapshot->'kind', 'code', snapshot->'code', 'titleZh', snapshot->'titleZh', 'titleEn', snapshot->'titleEn',
  'summaryZh', left(snapshot->>'summaryZh', 500), 'summaryEn', left(snapshot->>'summaryEn', 500),
  'date', snapshot->'date', 'endDate', snapshot->'endDate', 'status', snapshot->'status', 'progress', snapshot->'progress',
  'members', '[]'::jsonb, 'cities', '[]'::jsonb, 'bodies', '[]'::jsonb, 'sections', '[]'::jsonb)`;

/** What the portal may show: published at the public level, newest first; each with its list snapshot. */
export function listPublic(db: Q, f: { kind?: string; limit: number }) {
  let q = db.selectFrom('publications').select(['id', 'record_kind', LIST_SNAPSHOT.as('snapshot'), 'published_at', 'is_demo'])
    .where('state', '=', 'published').where('disclosure', '=', 'public');
  if (f.kind) q = q.where('record_kind', '=', f.kind);
  return q.orderBy('published_at', 'desc').orderBy('id', 'desc').limit(f.limit).execute();
}

export const findPublic = (db: Q, id: string) =>
  db.selectFrom('publications').select(['id', 'record_kind', 'snapshot', 'published_at', 'is_demo'])
    .where('id', '=', id).where('state', '=', 'published').where('disclosure', '=', 'public').executeTakeFirst();

/** The newest change of anything the portal shows (ETag input): the latest publish or withdrawal step of a public one. */
export async function portalGeneration(db: Q): Promise<string> {
  const row = await db.selectFrom('publications').select([(eb) => eb.fn.max('updated_at').as('at'), (eb) => eb.fn.countAll<string>().as('n')])
    .where('disclosure', '=', 'public').where('state', 'in', ['published', 'withdrawn']).executeTakeFirst();
  return `${row?.at ? new Date(row.at as unknown as string).toISOString() : '-'}:${row?.n ?? 0}`;
}
