import type { Insertable } from 'kysely';
import { sql } from 'kysely';
import type { Db } from '../../db/database.ts';
import type { DocumentsTable } from '../../db/schema.ts';
import type { Trx } from '../audit/audit.usecases.ts';

type Q = Db | Trx;
export type DocumentOwnerKind = 'meeting' | 'agreement' | 'project';
export type DocumentOwner = { kind: DocumentOwnerKind; id: string };

const ownerColumn = (owner: DocumentOwner) => `d.${owner.kind}_id` as const;
const meta = [
  'd.id', 'd.meeting_id', 'd.agreement_id', 'd.project_id', 'd.title_zh', 'd.title_en', 'd.file_name', 'd.content_type', 'd.size_bytes', 'd.sha256',
  'd.uploaded_at', 'd.is_demo', 'u.username as uploaded_by_username',
] as const;

export function documentsOf(db: Q, owner: DocumentOwner) {
  return db.selectFrom('documents as d').leftJoin('users as u', 'u.id', 'd.uploaded_by').select(meta)
    .where(ownerColumn(owner), '=', owner.id).orderBy('d.uploaded_at').orderBy('d.id').execute();
}

export function findDocument(db: Q, id: string) {
  return db.selectFrom('documents as d').leftJoin('users as u', 'u.id', 'd.uploaded_by').select(meta).where('d.id', '=', id).executeTakeFirst();
}

export function documentContent(db: Q, id: string) {
  return db.selectFrom('documents').select(['file_name', 'content_type', 'size_bytes', 'content']).where('id', '=', id).executeTakeFirst();
}

const ownerTable = (owner: DocumentOwner) => `${owner.kind}s` as const;

export async function ownerExists(db: Q, owner: DocumentOwner): Promise<boolean> {
  return (await db.selectFrom(ownerTable(owner)).select('id').where('id', '=', owner.id).executeTakeFirst()) !== undefined;
}

/** The member leading a project (whose liaisons and editors keep its documents); undefined when there is no such project. */
export async function projectLead(db: Q, projectId: string): Promise<string | undefined> {
  return (await db.selectFrom('projects').select('lead_member_code').where('id', '=', projectId).executeTakeFirst())?.lead_member_code;
}

/** Locks the owner row, so two uploads at once cannot both pass the per-record file count. */
export async function lockOwner(trx: Trx, owner: DocumentOwner): Promise<boolean> {
  return (await trx.selectFrom(ownerTable(owner)).select('id').where('id', '=', owner.id).forUpdate().executeTakeFirst()) !== undefined;
}

export async function countDocuments(trx: Trx, owner: DocumentOwner): Promise<number> {
  const row = await trx.selectFrom('documents as d').select(sql<string>`count(*)`.as('n')).where(ownerColumn(owner), '=', owner.id).executeTakeFirstOrThrow();
  return Number(row.n);
}

export async function insertDocument(trx: Trx, values: Insertable<DocumentsTable>): Promise<string> {
  return (await trx.insertInto('documents').values(values).returning('id').executeTakeFirstOrThrow()).id;
}

export async function deleteDocument(trx: Trx, id: string): Promise<void> {
  await trx.deleteFrom('documents').where('id', '=', id).execute();
}
