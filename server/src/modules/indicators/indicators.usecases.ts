import type { AppDeps } from '../../app-deps.ts';
import type { IndicatorDirection, IndicatorFrequency, IndicatorLevel, IndicatorStatus, IndicatorValueKind } from '../../db/schema.ts';
import { commonErrors, type FieldError } from '../../shared/errors.ts';
import { auditedTransaction } from '../audit/audit.usecases.ts';
import { indicatorsErrors } from './indicators.errors.ts';
import { MAX_YEAR, MIN_YEAR, resolveScope, valueBreach } from './indicators.models.ts';
import * as repo from './indicators.repository.ts';
import { latestYear, mapValues, seriesColumns } from './observations.repository.ts';
import type { WriteDeps } from './observations.usecases.ts';

type Deps = Pick<AppDeps, 'db' | 'clock'>;

export interface IndicatorFields {
  nameZh: string; nameEn?: string; definitionZh?: string; definitionEn?: string; unitZh?: string; unitEn?: string;
  valueKind: IndicatorValueKind; minValue?: number | null; maxValue?: number | null; focusAreaCode?: string | null; direction: IndicatorDirection;
  sourceOrgZh?: string; sourceOrgEn?: string; methodNotesZh?: string; methodNotesEn?: string;
}
export interface IndicatorInput extends IndicatorFields {
  code: string; level: IndicatorLevel; frequency: IndicatorFrequency;
  /** Demo data only (never from the API). */
  isDemo?: boolean;
}
export type IndicatorPatch = Partial<IndicatorFields> & { version: number };

const COLUMN_OF: Record<keyof IndicatorFields, string> = {
  nameZh: 'name_zh', nameEn: 'name_en', definitionZh: 'definition_zh', definitionEn: 'definition_en', unitZh: 'unit_zh', unitEn: 'unit_en',
  valueKind: 'value_kind', minValue: 'min_value', maxValue: 'max_value', focusAreaCode: 'focus_area_code', direction: 'direction',
  sourceOrgZh: 'source_org_zh', sourceOrgEn: 'source_org_en', methodNotesZh: 'method_notes_zh', methodNotesEn: 'method_notes_en',
};

function checkBounds(min: number | string | null | undefined, max: number | string | null | undefined) {
  if (min !== null && min !== undefined && max !== null && max !== undefined && Number(min) > Number(max)) throw indicatorsErrors.badBounds();
}

export const listIndicators = (deps: Deps, query: { level?: IndicatorLevel; focusArea?: string; status?: IndicatorStatus; q?: string }) => repo.listIndicators(deps.db, query);

export async function getIndicator(deps: Deps, code: string) {
  const indicator = await repo.findIndicatorByCode(deps.db, code);
  if (!indicator) throw indicatorsErrors.notFound();
  return { indicator, targets: await repo.targetsOf(deps.db, indicator.id) };
}

export async function createIndicator(deps: WriteDeps, input: IndicatorInput): Promise<string> {
  checkBounds(input.minValue, input.maxValue);
  return auditedTransaction(deps, async (trx, audit) => {
    if (input.focusAreaCode && !(await repo.focusAreaExists(trx, input.focusAreaCode))) throw indicatorsErrors.unknownFocusArea(input.focusAreaCode);
    const now = deps.clock.now();
    const id = await repo.insertIndicator(trx, {
      code: input.code, level: input.level, frequency: input.frequency, value_kind: input.valueKind, direction: input.direction,
      name_zh: input.nameZh, name_en: input.nameEn ?? '', definition_zh: input.definitionZh ?? '', definition_en: input.definitionEn ?? '',
      unit_zh: input.unitZh ?? '', unit_en: input.unitEn ?? '', min_value: input.minValue ?? null, max_value: input.maxValue ?? null,
      focus_area_code: input.focusAreaCode ?? null, source_org_zh: input.sourceOrgZh ?? '', source_org_en: input.sourceOrgEn ?? '',
      method_notes_zh: input.methodNotesZh ?? '', method_notes_en: input.methodNotesEn ?? '', is_demo: input.isDemo ?? false, created_at: now, updated_at: now,
    });
    if (!id) throw indicatorsErrors.codeTaken(input.code);
    audit({ action: 'indicator.create', objectType: 'indicator', objectId: id, summary: { code: input.code, level: input.level, frequency: input.frequency, valueKind: input.valueKind } });
    return id;
  });
}

/** Changes what describes an indicator. Code, level and frequency stay: stored periods and scopes depend on them. */
export async function updateIndicator(deps: WriteDeps, code: string, patch: IndicatorPatch) {
  await auditedTransaction(deps, async (trx, audit) => {
    const current = await repo.findIndicatorForUpdate(trx, code);
    if (!current) throw indicatorsErrors.notFound();
    if (current.version !== patch.version) throw commonErrors.versionConflict(current.version);
    checkBounds(patch.minValue !== undefined ? patch.minValue : current.min_value, patch.maxValue !== undefined ? patch.maxValue : current.max_value);
    if (patch.focusAreaCode && !(await repo.focusAreaExists(trx, patch.focusAreaCode))) throw indicatorsErrors.unknownFocusArea(patch.focusAreaCode);
    const values: Record<string, unknown> = {};
    const changed: Record<string, { from: unknown; to: unknown }> = {};
    for (const [field, column] of Object.entries(COLUMN_OF) as [keyof IndicatorFields, string][]) {
      const to = patch[field];
      if (to === undefined) continue;
      const from = (current as Record<string, unknown>)[column];
      const same = field === 'minValue' || field === 'maxValue' ? (from === null ? to === null : to !== null && Number(from) === to) : from === to;
      if (same) continue;
      values[column] = to;
      changed[field] = { from: field === 'minValue' || field === 'maxValue' ? (from === null ? null : Number(from)) : from, to };
    }
    await repo.updateIndicator(trx, current.id, values, deps.clock.now());
    audit({ action: 'indicator.update', objectType: 'indicator', objectId: current.id, summary: { code, changed } });
  });
  return (await getIndicator(deps, code)).indicator;
}

/** Retired: readable with all its history, but no new observations, corrections or targets. */
export async function retireIndicator(deps: WriteDeps, code: string, input: { version: number }) {
  await auditedTransaction(deps, async (trx, audit) => {
    const current = await repo.findIndicatorForUpdate(trx, code);
    if (!current) throw indicatorsErrors.notFound();
    if (current.version !== input.version) throw commonErrors.versionConflict(current.version);
    if (current.status === 'retired') throw indicatorsErrors.alreadyRetired(code);
    const now = deps.clock.now();
    await repo.updateIndicator(trx, current.id, { status: 'retired', retired_at: now }, now);
    audit({ action: 'indicator.retire', objectType: 'indicator', objectId: current.id, summary: { code } });
  });
  return (await getIndicator(deps, code)).indicator;
}

export interface TargetInput {
  scopeCode: string;
  year: number;
  value: number;
  planId?: string | null;
}

/** Replaces an indicator's targets with these (PUT): every item checked, all or nothing. */
export async function putTargets(deps: WriteDeps, code: string, items: TargetInput[], options: { isDemo?: boolean } = {}) {
  await auditedTransaction(deps, async (trx, audit) => {
    const indicator = await repo.findIndicatorForUpdate(trx, code);
    if (!indicator) throw indicatorsErrors.notFound();
    if (indicator.status === 'retired') throw indicatorsErrors.retired(code);
    const [book, plans] = await Promise.all([repo.scopeBook(trx), repo.existingPlanIds(trx, [...new Set(items.flatMap((i) => (i.planId ? [i.planId] : [])))])]);
    const fields: FieldError[] = [];
    const rows: repo.TargetRow[] = [];
    const seen = new Set<string>();
    items.forEach((item, i) => {
      const fail = (field: string, rule: string, params: Record<string, unknown> = {}) => fields.push({ field: `items[${i}].${field}`, rule, params });
      const resolved = resolveScope(indicator.level, item.scopeCode, undefined, book);
      if ('breach' in resolved) fail(resolved.field, resolved.breach.rule, resolved.breach.params);
      const breach = valueBreach(indicator, item.value);
      if (breach) fail('value', breach.rule, breach.params);
      if (item.planId && !plans.has(item.planId)) fail('planId', 'indicators.unknown_plan', { id: item.planId });
      const key = `${item.scopeCode}|${item.year}`;
      if (seen.has(key)) fail('year', 'indicators.duplicate_target', { scope: item.scopeCode, year: item.year });
      seen.add(key);
      if ('scope' in resolved) rows.push({ ...resolved.scope, year: item.year, value: item.value, planId: item.planId ?? null });
    });
    if (fields.length) throw indicatorsErrors.invalid(fields);
    const outcome = await repo.replaceTargets(trx, indicator.id, rows, options.isDemo ?? false, deps.clock.now());
    audit({ action: 'indicator.targets', objectType: 'indicator', objectId: indicator.id, summary: { code, items: items.length, ...outcome } });
  });
  return getIndicator(deps, code);
}

export type View = 'latest' | 'first';

/**
 * Values of some scopes over a span of years, and their targets: per scope, parallel arrays
 * (periods, values, statuses) rather than an object per point, which kept the 41-city series
 * over budget. View 'first' gives the values as first published; view 'latest' adds
 * firstValues only for a scope where some value was revised since, to draw "as first published" beside it.
 */
export async function getSeries(deps: Deps, code: string, query: { scope?: string[]; from?: number; to?: number; view?: View }) {
  const indicator = await repo.findIndicatorByCode(deps.db, code);
  if (!indicator) throw indicatorsErrors.notFound();
  const scopes = query.scope?.length ? [...new Set(query.scope)] : await repo.scopesOfLevel(deps.db, indicator.level);
  const from = query.from ?? MIN_YEAR;
  const to = query.to ?? MAX_YEAR;
  const [rows, targets] = await Promise.all([seriesColumns(deps.db, indicator.id, scopes, from, to), repo.targetsOf(deps.db, indicator.id, { scopes, from, to })]);
  const byScope = new Map(rows.map((r) => [r.scope_key, r]));
  const first = query.view === 'first';
  return {
    indicator,
    series: scopes.map((scopeCode) => {
      const r = byScope.get(scopeCode);
      if (!r) return { scopeCode, periods: [], values: [], statuses: [], isDemo: false };
      const revised = !first && r.values.some((v, i) => v !== r.first_values[i]);
      return {
        scopeCode, periods: r.periods, values: first ? r.first_values : r.values, statuses: r.statuses, isDemo: r.is_demo,
        ...(revised ? { firstValues: r.first_values } : {}),
      };
    }),
    targets: targets.map((t) => ({ scopeCode: t.scope_key, year: t.year, value: Number(t.value) })),
  };
}

/** Per city, the year's value (monthly/quarterly: the year's last period with a value). Without a year: the latest year with values. */
export async function getMap(deps: Deps, code: string, query: { year?: number; view?: View }) {
  const indicator = await repo.findIndicatorByCode(deps.db, code);
  if (!indicator) throw indicatorsErrors.notFound();
  if (indicator.level !== 'city') throw indicatorsErrors.mapNeedsCityLevel(code);
  const year = query.year ?? (await latestYear(deps.db, indicator.id));
  const rows = year === null ? [] : await mapValues(deps.db, indicator.id, year);
  const first = query.view === 'first';
  return {
    indicator, year,
    items: rows.map((r) => ({
      cityCode: r.scope_key, memberCode: r.member_code, period: r.period, value: Number(first ? r.first_value : r.value),
      status: r.status, isDemo: r.is_demo, observationId: r.id,
    })),
  };
}
