import { sql } from 'kysely';
import type { IndicatorFrequency, TriggerComparison } from '../../db/schema.ts';
import type { Trx } from '../audit/audit.usecases.ts';

export interface LiveTrigger {
  id: string; risk_id: string; indicator_id: string; scope_key: string | null; comparison: TriggerComparison; threshold: string; periods: number;
  is_demo: boolean; frequency: IndicatorFrequency; indicator_code: string; indicator_name_zh: string; indicator_name_en: string;
  risk_code: string; risk_title_zh: string; risk_title_en: string; owner_member_codes: string[];
}

/** Active triggers on these indicators whose risk is not closed. */
export async function liveTriggers(trx: Trx, indicatorIds: string[]): Promise<LiveTrigger[]> {
  if (indicatorIds.length === 0) return [];
  return trx.selectFrom('risk_triggers as t').innerJoin('risks as r', 'r.id', 't.risk_id').innerJoin('indicators as i', 'i.id', 't.indicator_id')
    .select(['t.id', 't.risk_id', 't.indicator_id', 't.scope_key', 't.comparison', 't.threshold', 't.periods', 't.is_demo', 'i.frequency', 'i.code as indicator_code',
      'i.name_zh as indicator_name_zh', 'i.name_en as indicator_name_en', 'r.code as risk_code', 'r.title_zh as risk_title_zh', 'r.title_en as risk_title_en', 'r.owner_member_codes'])
    .where('t.active', '=', true).where('r.status', '!=', 'closed').where('t.indicator_id', 'in', indicatorIds)
    .orderBy('t.id').execute();
}

/** The latest `n` values of an indicator in a scope, newest first (as stored now, in this transaction). */
export function latestValues(trx: Trx, indicatorId: string, scopeKey: string, n: number) {
  return trx.selectFrom('observations').select(['period', 'period_start', 'value'])
    .where('indicator_id', '=', indicatorId).where('scope_key', '=', scopeKey)
    .orderBy('period_start', 'desc').limit(n).execute();
}

/** The state of a trigger in a scope, locked: two writers of the same scope decide one after the other. */
export async function lockState(trx: Trx, triggerId: string, scopeKey: string, period: string): Promise<boolean> {
  await sql`INSERT INTO risk_trigger_states (trigger_id, scope_key, crossed, last_period) VALUES (${triggerId}, ${scopeKey}, false, ${period}) ON CONFLICT DO NOTHING`.execute(trx);
  const row = await trx.selectFrom('risk_trigger_states').select('crossed').where('trigger_id', '=', triggerId).where('scope_key', '=', scopeKey).forUpdate().executeTakeFirstOrThrow();
  return row.crossed;
}

export async function saveState(trx: Trx, triggerId: string, scopeKey: string, crossed: boolean, period: string, now: Date) {
  await trx.updateTable('risk_trigger_states').set({ crossed, last_period: period, updated_at: now }).where('trigger_id', '=', triggerId).where('scope_key', '=', scopeKey).execute();
}

export async function insertAlert(trx: Trx, a: { riskId: string; triggerId: string; scopeKey: string; period: string; value: number; periods: { period: string; value: number }[]; by: string; isDemo: boolean; now: Date }) {
  return (await trx.insertInto('risk_alerts').values({
    risk_id: a.riskId, trigger_id: a.triggerId, scope_key: a.scopeKey, period: a.period, value: a.value, periods: JSON.stringify(a.periods), raised_by_name: a.by, is_demo: a.isDemo, raised_at: a.now,
  }).returning('id').executeTakeFirstOrThrow()).id;
}

/** Who hears of a risk's alert: the Office, and the liaisons and editors of its owner members (active accounts). */
export async function alertRecipients(trx: Trx, memberCodes: string[]): Promise<string[]> {
  const rows = await trx.selectFrom('user_roles').innerJoin('users', 'users.id', 'user_roles.user_id').select('user_roles.user_id')
    .where('users.status', '=', 'active')
    .where((eb) => eb.or([
      eb('user_roles.role', '=', 'office'),
      ...(memberCodes.length ? [eb.and([eb('user_roles.role', 'in', ['liaison', 'editor']), eb('user_roles.member_code', 'in', memberCodes)])] : []),
    ]))
    .distinct().orderBy('user_roles.user_id').execute();
  return rows.map((r) => r.user_id);
}

/** Scope names for texts (member or city, the code when unknown). */
export async function scopeNames(trx: Trx, code: string): Promise<{ zh: string; en: string }> {
  if (code === 'region') return { zh: '全区域', en: 'the region' };
  const m = await trx.selectFrom('members').select(['name_zh', 'name_en']).where('code', '=', code).executeTakeFirst()
    ?? await trx.selectFrom('cities').select(['name_zh', 'name_en']).where('code', '=', code).executeTakeFirst();
  return m ? { zh: m.name_zh, en: m.name_en } : { zh: code, en: code };
}
