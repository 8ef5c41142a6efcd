import { sql, type Insertable, type Updateable } from 'kysely';
import type { Db } from '../../db/database.ts';
import type { RiskArea, RisksTable, RiskStatus } from '../../db/schema.ts';
import type { Trx } from '../audit/audit.usecases.ts';

type Q = Db | Trx;

export interface RiskFilter { area?: RiskArea; status?: RiskStatus; member?: string; q?: string }

const RISK_COLUMNS = ['id', 'code', 'title_zh', 'title_en', 'description_zh', 'description_en', 'area', 'likelihood', 'impact', 'owner_member_codes', 'review_date', 'status', 'is_demo', 'version', 'created_at', 'updated_at'] as const;

function filtered(db: Q, f: RiskFilter) {
  let q = db.selectFrom('risks');
  if (f.area) q = q.where('area', '=', f.area);
  if (f.status) q = q.where('status', '=', f.status);
  if (f.member) q = q.where(sql<boolean>`owner_member_codes @> ARRAY[${f.member}]::text[]`);
  // The same expression as the trigram index risks_search_idx.
  if (f.q) q = q.where(sql<boolean>`(code || ' ' || title_zh || ' ' || title_en) ILIKE ${`%${f.q.replace(/[%_\\]/g, '\\$&')}%`}`);
  return q;
}

/** The register in code order; `after` is the code of the last row of the previous page. */
export function listRisks(db: Q, f: RiskFilter & { limit: number; after?: string }) {
  let q = filtered(db, f).select(RISK_COLUMNS);
  if (f.after !== undefined) q = q.where('code', '>', f.after);
  return q.orderBy('code').limit(f.limit).execute();
}

/** Risks per likelihood × impact cell (the 5×5 heat map). */
export function heatmap(db: Q, f: RiskFilter) {
  return filtered(db, f).select(['likelihood', 'impact', (eb) => eb.fn.countAll<string>().as('count')]).groupBy(['likelihood', 'impact']).execute();
}

export const findRisk = (db: Q, id: string) => db.selectFrom('risks').select(RISK_COLUMNS).where('id', '=', id).executeTakeFirst();
export const findRiskForUpdate = (trx: Trx, id: string) => trx.selectFrom('risks').select(RISK_COLUMNS).where('id', '=', id).forUpdate().executeTakeFirst();
export const codeExists = async (db: Q, code: string) => (await db.selectFrom('risks').select('id').where('code', '=', code).executeTakeFirst()) !== undefined;

export async function insertRisk(trx: Trx, values: Insertable<RisksTable>): Promise<string> {
  return (await trx.insertInto('risks').values(values).returning('id').executeTakeFirstOrThrow()).id;
}

export async function updateRisk(trx: Trx, id: string, values: Updateable<RisksTable>) {
  await trx.updateTable('risks').set((eb) => ({ ...values, version: eb('version', '+', 1) })).where('id', '=', id).execute();
}

export async function existingMembers(db: Q, codes: string[]): Promise<Set<string>> {
  if (codes.length === 0) return new Set();
  return new Set((await db.selectFrom('members').select('code').where('code', 'in', codes).execute()).map((m) => m.code));
}
export async function existingTasks(db: Q, ids: string[]): Promise<Set<string>> {
  if (ids.length === 0) return new Set();
  return new Set((await db.selectFrom('tasks').select('id').where('id', 'in', ids).execute()).map((t) => t.id));
}
export async function existingClauses(db: Q, ids: string[]): Promise<Set<string>> {
  if (ids.length === 0) return new Set();
  return new Set((await db.selectFrom('agreement_clauses').select('id').where('id', 'in', ids).execute()).map((c) => c.id));
}

export interface MeasureInput { taskId?: string | null; clauseId?: string | null; textZh?: string; textEn?: string }
export async function replaceMeasures(trx: Trx, riskId: string, measures: MeasureInput[]) {
  await trx.deleteFrom('risk_measures').where('risk_id', '=', riskId).execute();
  if (measures.length === 0) return;
  await trx.insertInto('risk_measures').values(measures.map((m, i) => ({
    risk_id: riskId, task_id: m.taskId ?? null, clause_id: m.clauseId ?? null, text_zh: m.textZh ?? '', text_en: m.textEn ?? '', sort_order: i + 1,
  }))).execute();
}

/** Measures with what carries them: the task (code, title, status, progress) or the clause (text, its agreement). */
export function measuresOf(db: Q, riskId: string) {
  return db.selectFrom('risk_measures as m')
    .leftJoin('tasks as t', 't.id', 'm.task_id')
    .leftJoin('agreement_clauses as c', 'c.id', 'm.clause_id')
    .leftJoin('agreements as a', 'a.id', 'c.agreement_id')
    .select(['m.id', 'm.task_id', 'm.clause_id', 'm.text_zh', 'm.text_en', 't.code as task_code', 't.title_zh as task_title_zh', 't.title_en as task_title_en',
      't.status as task_status', 't.progress as task_progress', 'c.text_zh as clause_text_zh', 'c.text_en as clause_text_en', 'a.id as agreement_id',
      'a.title_zh as agreement_title_zh', 'a.title_en as agreement_title_en'])
    .where('m.risk_id', '=', riskId).orderBy('m.sort_order').execute();
}

export async function appendAssessment(trx: Trx, a: { riskId: string; likelihood: number; impact: number; status: RiskStatus; reason: string; userId: string | null; userName: string; at: Date }) {
  const last = await trx.selectFrom('risk_assessments').select((eb) => eb.fn.max('revision').as('revision')).where('risk_id', '=', a.riskId).executeTakeFirst();
  await trx.insertInto('risk_assessments').values({
    risk_id: a.riskId, revision: Number(last?.revision ?? 0) + 1, likelihood: a.likelihood, impact: a.impact, status: a.status, reason: a.reason,
    assessed_by: a.userId, assessed_by_name: a.userName, assessed_at: a.at,
  }).execute();
}
export const assessmentsOf = (db: Q, riskId: string) =>
  db.selectFrom('risk_assessments').selectAll().where('risk_id', '=', riskId).orderBy('revision', 'desc').execute();

export function triggersOf(db: Q, riskId: string) {
  return db.selectFrom('risk_triggers as t').innerJoin('indicators as i', 'i.id', 't.indicator_id')
    .select(['t.id', 't.scope_key', 't.comparison', 't.threshold', 't.periods', 't.active', 't.created_at', 'i.code as indicator_code', 'i.name_zh as indicator_name_zh',
      'i.name_en as indicator_name_en', 'i.unit_zh', 'i.unit_en', 'i.frequency'])
    .where('t.risk_id', '=', riskId).where('t.active', '=', true).orderBy('t.created_at').execute();
}
export async function statesOf(db: Q, triggerIds: string[]) {
  if (triggerIds.length === 0) return [];
  return db.selectFrom('risk_trigger_states').selectAll().where('trigger_id', 'in', triggerIds).orderBy('scope_key').execute();
}
export const alertsOf = (db: Q, riskId: string) =>
  db.selectFrom('risk_alerts as a').innerJoin('risk_triggers as t', 't.id', 'a.trigger_id').innerJoin('indicators as i', 'i.id', 't.indicator_id')
    .select(['a.id', 'a.trigger_id', 'a.scope_key', 'a.period', 'a.value', 'a.periods', 'a.raised_by_name', 'a.raised_at', 'a.is_demo', 'i.code as indicator_code', 't.comparison', 't.threshold'])
    .where('a.risk_id', '=', riskId).orderBy('a.raised_at', 'desc').orderBy('a.period', 'desc').orderBy('a.id').limit(200).execute();

export const findIndicator = (db: Q, code: string) =>
  db.selectFrom('indicators').select(['id', 'code', 'level', 'status']).where('code', '=', code).executeTakeFirst();
export async function scopeExists(db: Q, level: string, scope: string): Promise<boolean> {
  if (level === 'region') return scope === 'region';
  const table = level === 'member' ? 'members' : 'cities';
  return (await db.selectFrom(table).select('code').where('code', '=', scope).executeTakeFirst()) !== undefined;
}

export async function insertTrigger(trx: Trx, values: { riskId: string; indicatorId: string; scopeKey: string | null; comparison: '<' | '<=' | '>' | '>='; threshold: number; periods: number; isDemo?: boolean }) {
  return (await trx.insertInto('risk_triggers').values({
    risk_id: values.riskId, indicator_id: values.indicatorId, scope_key: values.scopeKey, comparison: values.comparison, threshold: values.threshold, periods: values.periods, is_demo: values.isDemo ?? false,
  }).returning('id').executeTakeFirstOrThrow()).id;
}
export const findTrigger = (db: Q, riskId: string, id: string) =>
  db.selectFrom('risk_triggers').selectAll().where('risk_id', '=', riskId).where('id', '=', id).where('active', '=', true).executeTakeFirst();
/** Triggers are retired, not deleted: their alerts keep pointing at them. */
export async function retireTrigger(trx: Trx, id: string) {
  await trx.updateTable('risk_triggers').set({ active: false }).where('id', '=', id).execute();
}
