import type { AppDeps } from '../../app-deps.ts';
import type { PlanKind, PlanStatus } from '../../db/schema.ts';
import { commonErrors } from '../../shared/errors.ts';
import { decodeCursor, pageOf } from '../../shared/pagination.ts';
import type { Actor } from '../../shared/principal.ts';
import { auditedTransaction, type RecordAudit, type Trx } from '../audit/audit.usecases.ts';
import { plansErrors } from './plans.errors.ts';
import { canTransition, freezesBaseline, PLAN_TRANSITIONS } from './plans.models.ts';
import * as repo from './plans.repository.ts';
import { recordTitles } from '../search/search.repository.ts';

type Deps = Pick<AppDeps, 'db' | 'clock'>;
type WriteDeps = Deps & { actor: Actor };

/** The list's filters, checked beyond their schema: an unknown focus area is a field error, not an empty list. */
export async function checkPlanFilter(deps: Deps, filter: repo.PlanListFilter): Promise<repo.PlanListFilter> {
  if (filter.areaId && !(await repo.findArea(deps.db, filter.areaId))) throw plansErrors.unknownArea();
  const q = filter.q?.trim();
  return { ...filter, q: q ? q : undefined };
}

export async function listPlans(deps: Deps, query: repo.PlanListFilter & { cursor?: string; limit?: number }) {
  const limit = query.limit ?? 50;
  const after = decodeCursor(query.cursor, ['date', 'uuid']) as [string, string] | undefined;
  const filter = await checkPlanFilter(deps, query);
  return pageOf(await repo.listPlans(deps.db, { ...filter, after, limit }), limit, (p) => [p.period_start, p.id]);
}

export async function getPlan(deps: Deps, id: string) {
  const plan = await repo.findPlan(deps.db, id);
  if (!plan) throw plansErrors.notFound();
  const [transitions, counts] = await Promise.all([repo.listTransitions(deps.db, id), repo.taskStatusCounts(deps.db, id)]);
  // Who moved the plan and by which decision, by name (the lifecycle shows people and decisions, not ids).
  const titles = await recordTitles(deps.db, transitions.flatMap((t) => [
    ...(t.actor_user_id ? [{ type: 'user', id: t.actor_user_id }] : []),
    ...(t.decision_ref ? [{ type: 'decision', id: t.decision_ref }] : []),
  ]));
  return { plan, transitions, titles, statusCounts: Object.fromEntries(counts.map((c) => [c.status, Number(c.n)])) };
}

export interface PlanInput {
  kind: PlanKind;
  code: string;
  titleZh: string;
  titleEn: string;
  descriptionZh?: string;
  descriptionEn?: string;
  periodStart: string;
  periodEnd: string;
  reportingCadence?: 'monthly' | 'quarterly';
  stalledAfterDays?: number;
  parentPlanId?: string | null;
  isDemo?: boolean;
}

export async function createPlan(deps: WriteDeps, input: PlanInput): Promise<string> {
  if (input.periodEnd < input.periodStart) throw plansErrors.invalidPeriod();
  return auditedTransaction(deps, async (trx, audit) => {
    if (await repo.planCodeExists(trx, input.code)) throw plansErrors.codeTaken(input.code);
    if (input.parentPlanId && !(await repo.findPlan(trx, input.parentPlanId))) throw plansErrors.notFound();
    const id = await repo.insertPlan(
      trx,
      {
        kind: input.kind,
        code: input.code,
        title_zh: input.titleZh,
        title_en: input.titleEn,
        description_zh: input.descriptionZh ?? '',
        description_en: input.descriptionEn ?? '',
        period_start: input.periodStart,
        period_end: input.periodEnd,
        parent_plan_id: input.parentPlanId ?? null,
        reporting_cadence: input.reportingCadence ?? 'quarterly',
        stalled_after_days: input.stalledAfterDays ?? 45,
        is_demo: input.isDemo ?? false,
        created_by: deps.actor.userId,
      },
      deps.clock.now(),
    );
    audit({ action: 'plan.create', objectType: 'plan', objectId: id, summary: { ...input } });
    return id;
  });
}

export async function updatePlan(
  deps: WriteDeps,
  id: string,
  input: { version: number; titleZh?: string; titleEn?: string; descriptionZh?: string; descriptionEn?: string; periodStart?: string; periodEnd?: string; reportingCadence?: 'monthly' | 'quarterly'; stalledAfterDays?: number },
) {
  await auditedTransaction(deps, async (trx, audit) => {
    const plan = await repo.findPlanForUpdate(trx, id);
    if (!plan) throw plansErrors.notFound();
    if (plan.version !== input.version) throw commonErrors.versionConflict(plan.version);
    const next = {
      title_zh: input.titleZh ?? plan.title_zh,
      title_en: input.titleEn ?? plan.title_en,
      description_zh: input.descriptionZh ?? plan.description_zh,
      description_en: input.descriptionEn ?? plan.description_en,
      period_start: input.periodStart ?? plan.period_start,
      period_end: input.periodEnd ?? plan.period_end,
      reporting_cadence: input.reportingCadence ?? plan.reporting_cadence,
      stalled_after_days: input.stalledAfterDays ?? plan.stalled_after_days,
    };
    if (next.period_end < next.period_start) throw plansErrors.invalidPeriod();
    const changes = Object.fromEntries(
      Object.entries(next)
        .filter(([key, value]) => plan[key as keyof typeof plan] !== value)
        .map(([key, value]) => [key, { from: plan[key as keyof typeof plan], to: value }]),
    );
    await repo.updatePlan(trx, id, next, deps.clock.now());
    audit({ action: 'plan.update', objectType: 'plan', objectId: id, summary: { changes } });
  });
  return getPlan(deps, id);
}

/** One lifecycle step. Illegal steps are refused with 409 naming the allowed ones. */
export async function transitionPlan(deps: WriteDeps, id: string, input: { to: PlanStatus; version: number; note?: string; decisionRef?: string | null }) {
  await auditedTransaction(deps, (trx, audit) => transitionPlanIn(trx, audit, deps.actor, deps.clock.now(), id, input));
  return getPlan(deps, id);
}

/**
 * The lifecycle step inside a caller's transaction: a meeting decision adopts a
 * plan this way, with decisionRef naming the decision. Without a version the
 * current one is taken (the decision itself is the authority).
 */
/**
 * A recorded decision that adopted a plan (the meeting records): when the plan
 * already stands at that step (loaded from the plan records), the recorded step
 * is linked to the decision; otherwise the plan moves. Undefined: no such plan.
 */
export async function adoptPlanByDecisionIn(
  trx: Trx, audit: RecordAudit, actor: Actor, at: Date, planCode: string, input: { to: PlanStatus; note: string; decisionId: string },
): Promise<string | undefined> {
  const plan = await repo.findPlanByCode(trx, planCode);
  if (!plan) return undefined;
  if (plan.status === input.to) await repo.linkTransitionToDecision(trx, plan.id, input.to, input.decisionId);
  else await transitionPlanIn(trx, audit, actor, at, plan.id, { to: input.to, note: input.note, decisionRef: input.decisionId });
  return plan.id;
}

export async function transitionPlanIn(
  trx: Trx, audit: RecordAudit, actor: Actor, now: Date, id: string,
  input: { to: PlanStatus; version?: number; note?: string; decisionRef?: string | null },
): Promise<void> {
  const plan = await repo.findPlanForUpdate(trx, id);
  if (!plan) throw plansErrors.notFound();
  if (input.version !== undefined && plan.version !== input.version) throw commonErrors.versionConflict(plan.version);
  if (!canTransition(plan.status, input.to)) throw plansErrors.illegalTransition(plan.status, input.to, PLAN_TRANSITIONS[plan.status]);
  const freeze = freezesBaseline(plan.kind, input.to, plan.baseline_frozen_at !== null);
  let frozenTasks = 0;
  if (freeze) frozenTasks = await repo.freezeBaseline(trx, id, now);
  await repo.updatePlan(trx, id, { status: input.to, ...(freeze ? { baseline_frozen_at: now } : {}) }, now);
  await repo.insertTransition(trx, {
    planId: id, from: plan.status, to: input.to, at: now, actorUserId: actor.userId, actorUsername: actor.username,
    note: input.note ?? '', decisionRef: input.decisionRef ?? null,
  });
  audit({
    action: 'plan.transition',
    objectType: 'plan',
    objectId: id,
    summary: { from: plan.status, to: input.to, note: input.note ?? '', decisionRef: input.decisionRef ?? null, ...(freeze ? { baselineFrozenTasks: frozenTasks } : {}) },
  });
}

export interface DeriveAnnualInput {
  year: number;
  code: string;
  titleZh: string;
  titleEn: string;
  /** Tasks of the three-year plan chosen for the year. */
  taskIds: string[];
  /** An earlier annual plan whose unfinished tasks carry over. */
  carryOverFromPlanId?: string | null;
  isDemo?: boolean;
}

/**
 * An annual work plan from a three-year plan: the year's chosen tasks and the
 * previous year's unfinished ones are included by reference (tracked once);
 * new tasks are added to the annual plan itself. The three-year plan and its
 * baseline are untouched.
 */
export async function deriveAnnualPlan(deps: WriteDeps, threeYearPlanId: string, input: DeriveAnnualInput): Promise<string> {
  const parent = await repo.findPlan(deps.db, threeYearPlanId);
  if (!parent) throw plansErrors.notFound();
  if (parent.kind !== 'three_year') throw plansErrors.notThreeYear();
  const periodStart = `${input.year}-01-01`;
  const periodEnd = `${input.year}-12-31`;
  const [firstYear, lastYear] = [Number(parent.period_start.slice(0, 4)), Number(parent.period_end.slice(0, 4))];
  if (input.year < firstYear || input.year > lastYear) throw plansErrors.yearOutsidePeriod(input.year);
  return auditedTransaction(deps, async (trx, audit) => {
    if (await repo.planCodeExists(trx, input.code)) throw plansErrors.codeTaken(input.code);
    const inParent = new Set(await repo.taskIdsInPlan(trx, threeYearPlanId));
    for (const taskId of input.taskIds) if (!inParent.has(taskId)) throw plansErrors.taskNotInPlan(taskId);
    const now = deps.clock.now();
    const id = await repo.insertPlan(
      trx,
      {
        kind: 'annual', code: input.code, title_zh: input.titleZh, title_en: input.titleEn, description_zh: '', description_en: '',
        period_start: periodStart, period_end: periodEnd, parent_plan_id: threeYearPlanId,
        reporting_cadence: parent.reporting_cadence, stalled_after_days: parent.stalled_after_days, is_demo: input.isDemo ?? parent.is_demo,
        created_by: deps.actor.userId,
      },
      now,
    );
    let carried: string[] = [];
    if (input.carryOverFromPlanId) {
      if (!(await repo.findPlan(trx, input.carryOverFromPlanId))) throw plansErrors.notFound();
      carried = (await repo.taskIdsInPlan(trx, input.carryOverFromPlanId, true)).filter((t) => !input.taskIds.includes(t));
    }
    await repo.addPlanTasks(trx, id, input.taskIds, 'selected', now);
    await repo.addPlanTasks(trx, id, carried, 'carried_over', now);
    audit({
      action: 'plan.derive_annual',
      objectType: 'plan',
      objectId: id,
      summary: { fromPlanId: threeYearPlanId, year: input.year, code: input.code, selected: input.taskIds.length, carriedOver: carried.length, carryOverFromPlanId: input.carryOverFromPlanId ?? null },
    });
    return id;
  });
}

export async function baseline(deps: Deps, planId: string) {
  const plan = await repo.findPlan(deps.db, planId);
  if (!plan) throw plansErrors.notFound();
  return { plan, rows: await repo.baselineComparison(deps.db, planId) };
}

// --- focus areas ------------------------------------------------------------

export function listAreas(deps: Deps) {
  return repo.listAreas(deps.db);
}

export async function createArea(
  deps: WriteDeps,
  input: { code: string; nameZh: string; nameEn: string; descriptionZh?: string; descriptionEn?: string; sortOrder?: number },
): Promise<string> {
  return auditedTransaction(deps, async (trx, audit) => {
    if (await repo.findAreaByCode(trx, input.code)) throw plansErrors.areaCodeTaken(input.code);
    const parentCode = input.code.split('.').slice(0, -1).join('.');
    const parent = parentCode ? await repo.findAreaByCode(trx, parentCode) : undefined;
    if (parentCode && !parent) throw plansErrors.areaParentMissing(input.code);
    const id = await repo.insertArea(trx, {
      code: input.code, parent_id: parent?.id ?? null, name_zh: input.nameZh, name_en: input.nameEn,
      description_zh: input.descriptionZh ?? '', description_en: input.descriptionEn ?? '', sort_order: input.sortOrder ?? 100,
    });
    audit({ action: 'focus_area.create', objectType: 'focus_area', objectId: id, summary: { ...input } });
    return id;
  });
}

export async function updateArea(
  deps: WriteDeps,
  id: string,
  input: { version: number; nameZh?: string; nameEn?: string; descriptionZh?: string; descriptionEn?: string; sortOrder?: number },
) {
  await auditedTransaction(deps, async (trx, audit) => {
    const area = await repo.findAreaForUpdate(trx, id);
    if (!area) throw plansErrors.areaNotFound();
    if (area.version !== input.version) throw commonErrors.versionConflict(area.version);
    await repo.updateArea(
      trx,
      id,
      { name_zh: input.nameZh, name_en: input.nameEn, description_zh: input.descriptionZh, description_en: input.descriptionEn, sort_order: input.sortOrder },
      deps.clock.now(),
    );
    audit({ action: 'focus_area.update', objectType: 'focus_area', objectId: id, summary: { ...input } });
  });
}
