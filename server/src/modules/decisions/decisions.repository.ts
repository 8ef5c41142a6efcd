import { sql } from 'kysely';
import type { Db } from '../../db/database.ts';
import type { DecisionEffectKind } from '../../db/schema.ts';
import { instantInYear } from '../../shared/calendar-year.ts';
import type { Trx } from '../audit/audit.usecases.ts';

type Q = Db | Trx;

export async function insertDecision(trx: Trx, d: { meetingId: string; titleZh: string; titleEn: string; bodyZh: string; bodyEn: string; at: Date; timeOfDayKnown?: boolean; isDemo: boolean }) {
  return (await trx.insertInto('decisions')
    .values({ meeting_id: d.meetingId, title_zh: d.titleZh, title_en: d.titleEn, body_zh: d.bodyZh, body_en: d.bodyEn, decided_at: d.at, time_of_day_known: d.timeOfDayKnown ?? true, is_demo: d.isDemo, created_at: d.at })
    .returning('id').executeTakeFirstOrThrow()).id;
}

export async function insertEffect(
  trx: Trx,
  e: { decisionId: string; kind: DecisionEffectKind; params: object; sortOrder: number; planId?: string; agreementId?: string; matterId?: string; hostMemberCode?: string; hostYear?: number; taskIds?: string[] },
) {
  await trx.insertInto('decision_effects').values({
    decision_id: e.decisionId, kind: e.kind, params: JSON.stringify(e.params), sort_order: e.sortOrder,
    plan_id: e.planId ?? null, agreement_id: e.agreementId ?? null, matter_id: e.matterId ?? null,
    host_member_code: e.hostMemberCode ?? null, host_year: e.hostYear ?? null, task_ids: e.taskIds ?? [],
  }).execute();
}

export const findDecision = (db: Q, id: string) => db.selectFrom('decisions').selectAll().where('id', '=', id).executeTakeFirst();
export const effectsOf = (db: Q, id: string) => db.selectFrom('decision_effects').selectAll().where('decision_id', '=', id).orderBy('sort_order').execute();
export const meetingExists = async (db: Q, id: string) => (await db.selectFrom('meetings').select('id').where('id', '=', id).executeTakeFirst()) !== undefined;

/** The tasks a decision created (tasks.source_ref = decision id). */
export const tasksOf = (db: Q, decisionId: string) =>
  db.selectFrom('tasks').select(['id', 'code', 'title_zh', 'title_en', 'lead_member_code', 'status', 'progress', 'due_date'])
    .where('source_ref', '=', decisionId).orderBy('code').execute();

export async function upsertHost(trx: Trx, h: { year: number; memberCode: string; cityCode: string | null; decisionId: string; at: Date }) {
  await trx.insertInto('host_assignments')
    .values({ year: h.year, member_code: h.memberCode, city_code: h.cityCode, decision_id: h.decisionId, recorded_at: h.at })
    .onConflict((oc) => oc.column('year').doUpdateSet({ member_code: h.memberCode, city_code: h.cityCode, decision_id: h.decisionId, recorded_at: h.at }))
    .execute();
}

/** IMPLEMENTED_RULE for decision `d`: at least one effect recorded, and no task it created still open. */
export const isImplemented = sql<boolean>`(EXISTS (SELECT 1 FROM decision_effects ie WHERE ie.decision_id = d.id)
  AND NOT EXISTS (SELECT 1 FROM decision_effects ie JOIN tasks it ON it.id = ANY(ie.task_ids) WHERE ie.decision_id = d.id AND it.status <> 'completed'))`;

/** Newest first by (decided_at, id); each with its meeting's title, effect kinds and task counts. */
export function listDecisions(db: Q, f: { year?: number; implemented?: boolean; meetingId?: string; limit: number; after?: [string, string] }) {
  let q = db.selectFrom('decisions as d').innerJoin('meetings as m', 'm.id', 'd.meeting_id')
    .select(['d.id', 'd.meeting_id', 'm.title_zh as meeting_title_zh', 'm.title_en as meeting_title_en', 'd.title_zh', 'd.title_en', 'd.decided_at', 'd.time_of_day_known', 'd.is_demo'])
    .select([
      sql<string[]>`ARRAY(SELECT e.kind FROM decision_effects e WHERE e.decision_id = d.id ORDER BY e.sort_order)`.as('effect_kinds'),
      sql<string>`(SELECT count(*) FROM decision_effects e JOIN tasks t ON t.id = ANY(e.task_ids) WHERE e.decision_id = d.id)`.as('task_count'),
      sql<string>`(SELECT count(*) FROM decision_effects e JOIN tasks t ON t.id = ANY(e.task_ids) WHERE e.decision_id = d.id AND t.status = 'completed')`.as('completed_tasks'),
      isImplemented.as('implemented'),
    ]);
  if (f.year !== undefined) q = q.where(instantInYear('d.decided_at', f.year));
  if (f.implemented !== undefined) q = q.where(f.implemented ? isImplemented : sql<boolean>`NOT ${isImplemented}`);
  if (f.meetingId) q = q.where('d.meeting_id', '=', f.meetingId);
  if (f.after) q = q.where(sql<boolean>`(d.decided_at, d.id) < (${f.after[0]}::timestamptz, ${f.after[1]}::uuid)`);
  return q.orderBy('d.decided_at', 'desc').orderBy('d.id', 'desc').limit(f.limit).execute();
}
