/**
 * Indicators and observations for the integration index's tests, written with
 * plain SQL: the index must follow the data however it is written, and these
 * tests should not depend on the indicators module's validation rules.
 */
import { sql } from 'kysely';
import type { Db } from '../src/db/database.ts';

export async function makeIndicator(
  db: Db,
  code: string,
  options: { direction?: 'higher' | 'lower'; level?: 'region' | 'member' | 'city'; frequency?: 'monthly' | 'quarterly' | 'yearly'; focusAreaCode?: string; isDemo?: boolean } = {},
): Promise<string> {
  const { rows } = await sql<{ id: string }>`
    INSERT INTO indicators (code, name_zh, name_en, unit_zh, unit_en, value_kind, direction, level, frequency, focus_area_code, is_demo)
    VALUES (${code}, ${`测试指标 ${code}`}, ${`Test indicator ${code}`}, '', '', 'decimal', ${options.direction ?? 'higher'}, ${options.level ?? 'member'}, ${options.frequency ?? 'yearly'},
            ${options.focusAreaCode ?? null}, ${options.isDemo ?? false})
    RETURNING id`.execute(db);
  return rows[0]!.id;
}

/** 'YYYY', 'YYYY-Qn' or 'YYYY-MM' → the period's first day. */
export function periodStart(period: string): string {
  const [year, part] = period.split('-');
  if (!part) return `${year}-01-01`;
  const month = part.startsWith('Q') ? (Number(part.slice(1)) - 1) * 3 + 1 : Number(part);
  return `${year}-${String(month).padStart(2, '0')}-01`;
}

/** One observation of a scope ('region', a member code, or a city code with its member). */
export async function observe(db: Db, indicatorId: string, scopeKey: string, period: string, value: number, city?: { memberCode: string }): Promise<string> {
  const memberCode = city ? city.memberCode : scopeKey === 'region' ? null : scopeKey;
  const { rows } = await sql<{ id: string }>`
    INSERT INTO observations (indicator_id, scope_key, member_code, city_code, period, year, period_start, value, first_value, status, created_at, updated_at)
    VALUES (${indicatorId}, ${scopeKey}, ${memberCode}, ${city ? scopeKey : null}, ${period}, ${Number(period.slice(0, 4))}, ${periodStart(period)}::date,
            ${value}, ${value}, 'final', now(), now())
    RETURNING id`.execute(db);
  return rows[0]!.id;
}

export async function setObservation(db: Db, id: string, value: number): Promise<void> {
  await sql`UPDATE observations SET value = ${value}, revision = revision + 1, version = version + 1 WHERE id = ${id}`.execute(db);
}
