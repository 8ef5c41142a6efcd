import { sql, type Insertable } from 'kysely';
import type { Db } from '../../db/database.ts';
import type { AgreementsTable, AgreementStatus } from '../../db/schema.ts';
import type { Trx } from '../audit/audit.usecases.ts';

type Q = Db | Trx;

export async function insertAgreement(
  trx: Trx, values: Insertable<AgreementsTable>,
  parties: { memberCode?: string | null; bodyCode?: string | null }[], clauses: { textZh: string; textEn?: string; taskIds?: string[] }[],
): Promise<string> {
  const id = (await trx.insertInto('agreements').values(values).returning('id').executeTakeFirstOrThrow()).id;
  await trx.insertInto('agreement_parties').values(parties.map((p) => ({
    agreement_id: id, party_key: p.memberCode ? `member:${p.memberCode}` : `body:${p.bodyCode}`, member_code: p.memberCode ?? null, body_code: p.bodyCode ?? null,
  }))).execute();
  if (clauses.length) {
    await trx.insertInto('agreement_clauses').values(clauses.map((c, i) => ({ agreement_id: id, text_zh: c.textZh, text_en: c.textEn ?? '', task_ids: c.taskIds ?? [], sort_order: i + 1 }))).execute();
  }
  return id;
}

export const findAgreement = (db: Q, id: string) => db.selectFrom('agreements').selectAll().where('id', '=', id).executeTakeFirst();
export const findAgreementForUpdate = (trx: Trx, id: string) => trx.selectFrom('agreements').selectAll().where('id', '=', id).forUpdate().executeTakeFirst();
export const partiesOf = (db: Q, id: string) => db.selectFrom('agreement_parties').selectAll().where('agreement_id', '=', id).orderBy('party_key').execute();
export async function partiesOfMany(db: Q, ids: string[]) {
  if (ids.length === 0) return [];
  return db.selectFrom('agreement_parties').selectAll().where('agreement_id', 'in', ids).orderBy('party_key').execute();
}
export const clausesOf = (db: Q, id: string) => db.selectFrom('agreement_clauses').selectAll().where('agreement_id', '=', id).orderBy('sort_order').execute();
export const tasksByIds = (db: Q, ids: string[]) =>
  ids.length === 0 ? Promise.resolve([]) : db.selectFrom('tasks').select(['id', 'code', 'title_zh', 'title_en', 'status', 'progress']).where('id', 'in', ids).execute();

/** Newest first; `after` is the (created_at, id) of the last row of the previous page. */
export function listAgreements(db: Q, f: { status?: AgreementStatus; limit: number; after?: [string, string] }) {
  let q = db.selectFrom('agreements').selectAll();
  if (f.status) q = q.where('status', '=', f.status);
  if (f.after) q = q.where(sql<boolean>`(created_at, id) < (${f.after[0]}::timestamptz, ${f.after[1]}::uuid)`);
  return q.orderBy('created_at', 'desc').orderBy('id', 'desc').limit(f.limit).execute();
}

export async function setStatus(trx: Trx, id: string, status: AgreementStatus, now: Date) {
  await trx.updateTable('agreements').set((eb) => ({ status, version: eb('version', '+', 1), updated_at: now })).where('id', '=', id).execute();
}

export const meetingExists = async (db: Q, id: string) => (await db.selectFrom('meetings').select('id').where('id', '=', id).executeTakeFirst()) !== undefined;

/** Agreements running out by `until` whose alert has not gone yet; locked so two workers never alert twice. */
export function dueForAlert(trx: Trx, until: string) {
  return trx.selectFrom('agreements').selectAll().where('expiry_alert_sent_at', 'is', null)
    .where('status', 'in', ['signed', 'in_force']).where('term_end', 'is not', null).where('term_end', '<=', until)
    .forUpdate().skipLocked().execute();
}

/** Agreements in force whose term ended before `today`; locked so two workers never expire one twice. */
export function dueForExpiry(trx: Trx, today: string) {
  return trx.selectFrom('agreements').selectAll().where('status', '=', 'in_force').where('term_end', 'is not', null).where('term_end', '<', today)
    .forUpdate().skipLocked().execute();
}

export async function markAlerted(trx: Trx, id: string, now: Date) {
  await trx.updateTable('agreements').set({ expiry_alert_sent_at: now }).where('id', '=', id).execute();
}

/** The Office and the liaisons of the member parties. */
export async function recipients(db: Q, memberCodes: string[]): Promise<string[]> {
  const rows = await db.selectFrom('user_roles').innerJoin('users', 'users.id', 'user_roles.user_id').select('user_roles.user_id')
    .where('users.status', '=', 'active')
    .where((eb) => eb.or([
      eb('user_roles.role', '=', 'office'),
      ...(memberCodes.length ? [eb.and([eb('user_roles.role', '=', 'liaison'), eb('user_roles.member_code', 'in', memberCodes)])] : []),
    ]))
    .distinct().execute();
  return rows.map((r) => r.user_id);
}
