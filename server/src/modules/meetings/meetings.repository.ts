import { sql, type Insertable, type Updateable } from 'kysely';
import type { Db } from '../../db/database.ts';
import type { MeetingsTable, MinutesVerdict } from '../../db/schema.ts';
import type { Trx } from '../audit/audit.usecases.ts';

type Q = Db | Trx;

/** Meetings in date order (oldest or newest first); `after` is the (starts_at, id) of the last row of the previous page. */
export function listMeetings(
  db: Q,
  filter: { from?: string; to?: string; type?: string; tier?: string; order: 'asc' | 'desc'; limit: number; after?: [string, string] },
) {
  let q = db.selectFrom('meetings').selectAll();
  if (filter.from) q = q.where('starts_at', '>=', new Date(filter.from));
  if (filter.to) q = q.where('starts_at', '<', new Date(filter.to));
  if (filter.type) q = q.where('type', '=', filter.type as MeetingsTable['type']);
  if (filter.tier) q = q.where('tier', '=', filter.tier as MeetingsTable['tier']);
  if (filter.after) {
    const [at, id] = filter.after;
    q = q.where(filter.order === 'asc' ? sql<boolean>`(starts_at, id) > (${at}::timestamptz, ${id}::uuid)` : sql<boolean>`(starts_at, id) < (${at}::timestamptz, ${id}::uuid)`);
  }
  return q.orderBy('starts_at', filter.order).orderBy('id', filter.order).limit(filter.limit).execute();
}

export function findMeeting(db: Q, id: string) {
  return db.selectFrom('meetings').selectAll().where('id', '=', id).executeTakeFirst();
}

export function findMeetingForUpdate(trx: Trx, id: string) {
  return trx.selectFrom('meetings').selectAll().where('id', '=', id).forUpdate().executeTakeFirst();
}

export async function updateMeeting(trx: Trx, id: string, values: Updateable<MeetingsTable>, at: Date) {
  await trx.updateTable('meetings').set({ ...values, updated_at: at, version: sql<number>`version + 1` }).where('id', '=', id).execute();
}

/** Participants and agenda are replaced as a whole list: their order is part of the record. */
export async function replaceParticipants(trx: Trx, meetingId: string, rows: Parameters<typeof insertParticipants>[2]) {
  await trx.deleteFrom('meeting_participants').where('meeting_id', '=', meetingId).execute();
  await insertParticipants(trx, meetingId, rows);
}

export async function replaceAgenda(trx: Trx, meetingId: string, rows: { titleZh: string; titleEn?: string }[]) {
  await trx.deleteFrom('agenda_items').where('meeting_id', '=', meetingId).execute();
  await insertAgenda(trx, meetingId, rows);
}

/** The meeting loaded from a record file under this key (meeting records load once). */
export async function findMeetingIdByRecordKey(db: Q, key: string): Promise<string | undefined> {
  return (await db.selectFrom('meetings').select('id').where('record_key', '=', key).executeTakeFirst())?.id;
}

export async function insertMeeting(trx: Trx, values: Insertable<MeetingsTable>): Promise<string> {
  return (await trx.insertInto('meetings').values(values).returning('id').executeTakeFirstOrThrow()).id;
}

export async function insertParticipants(
  trx: Trx,
  meetingId: string,
  rows: { nameZh: string; nameEn?: string; titleZh?: string; titleEn?: string; memberCode?: string | null; organisation?: string; role: 'attendee' | 'presider' | 'speaker' | 'invited_guest' }[],
) {
  if (rows.length === 0) return;
  await trx
    .insertInto('meeting_participants')
    .values(rows.map((p, i) => ({
      meeting_id: meetingId, name_zh: p.nameZh, name_en: p.nameEn ?? '', title_zh: p.titleZh ?? '', title_en: p.titleEn ?? '',
      member_code: p.memberCode ?? null, organisation: p.organisation ?? '', role: p.role, sort_order: i + 1,
    })))
    .execute();
}

export async function insertAgenda(trx: Trx, meetingId: string, rows: { titleZh: string; titleEn?: string }[]) {
  if (rows.length === 0) return;
  await trx.insertInto('agenda_items').values(rows.map((a, i) => ({ meeting_id: meetingId, title_zh: a.titleZh, title_en: a.titleEn ?? '', sort_order: i + 1 }))).execute();
}

export const participantsOf = (db: Q, meetingId: string) =>
  db.selectFrom('meeting_participants').selectAll().where('meeting_id', '=', meetingId).orderBy('sort_order').execute();
export const agendaOf = (db: Q, meetingId: string) =>
  db.selectFrom('agenda_items').selectAll().where('meeting_id', '=', meetingId).orderBy('sort_order').execute();
export const sessionsOf = (db: Q, meetingId: string) =>
  db.selectFrom('meetings').selectAll().where('parent_meeting_id', '=', meetingId).orderBy('starts_at').orderBy('id').execute();

/** Members whose people took part: they approve the minutes. */
export async function participatingMembers(db: Q, meetingId: string): Promise<string[]> {
  const rows = await db.selectFrom('meeting_participants').select('member_code').distinct()
    .where('meeting_id', '=', meetingId).where('member_code', 'is not', null).orderBy('member_code').execute();
  return rows.map((r) => r.member_code!);
}

export const minutesVersions = (db: Q, meetingId: string) =>
  db.selectFrom('minutes_versions').selectAll().where('meeting_id', '=', meetingId).orderBy('revision', 'desc').execute();

export function currentMinutesForUpdate(trx: Trx, meetingId: string) {
  return trx.selectFrom('minutes_versions').selectAll().where('meeting_id', '=', meetingId).orderBy('revision', 'desc').limit(1).forUpdate().executeTakeFirst();
}

export async function insertMinutes(trx: Trx, v: { meetingId: string; revision: number; bodyZh: string; bodyEn: string; draftedBy: string | null; at: Date }) {
  await trx.updateTable('minutes_versions').set({ status: 'superseded' }).where('meeting_id', '=', v.meetingId).where('status', '=', 'draft').execute();
  return (await trx.insertInto('minutes_versions')
    .values({ meeting_id: v.meetingId, revision: v.revision, body_zh: v.bodyZh, body_en: v.bodyEn, drafted_by: v.draftedBy, drafted_at: v.at })
    .returning('id').executeTakeFirstOrThrow()).id;
}

export const approvalsOf = (db: Q, versionIds: string[]) =>
  versionIds.length === 0
    ? Promise.resolve([])
    : db.selectFrom('minutes_approvals').selectAll().where('minutes_version_id', 'in', versionIds).orderBy('decided_at').execute();

export async function upsertApproval(trx: Trx, a: { versionId: string; memberCode: string; verdict: MinutesVerdict; comment: string; by: string | null; at: Date }) {
  await trx.insertInto('minutes_approvals')
    .values({ minutes_version_id: a.versionId, member_code: a.memberCode, verdict: a.verdict, comment: a.comment, decided_by: a.by, decided_at: a.at })
    .onConflict((oc) => oc.columns(['minutes_version_id', 'member_code']).doUpdateSet({ verdict: a.verdict, comment: a.comment, decided_by: a.by, decided_at: a.at }))
    .execute();
}

export async function finaliseMinutes(trx: Trx, versionId: string, at: Date) {
  await trx.updateTable('minutes_versions').set({ status: 'final', finalised_at: at }).where('id', '=', versionId).execute();
}

export const hostAssignments = (db: Q) => db.selectFrom('host_assignments').selectAll().orderBy('year').execute();

export const decisionsOf = (db: Q, meetingId: string) =>
  db.selectFrom('decisions').selectAll().where('meeting_id', '=', meetingId).orderBy('decided_at').orderBy('id').execute();
