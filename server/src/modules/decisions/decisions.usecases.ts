import type { AppDeps } from '../../app-deps.ts';
import type { PlanStatus } from '../../db/schema.ts';
import { decodeCursor, pageOf } from '../../shared/pagination.ts';
import type { Actor } from '../../shared/principal.ts';
import { auditedTransaction, type RecordAudit, type Trx } from '../audit/audit.usecases.ts';
import { approveAgreementIn } from '../agreements/agreements.usecases.ts';
import { resolveMatterIn } from '../matters/matters.usecases.ts';
import { adoptPlanByDecisionIn, transitionPlanIn } from '../plans/plans.usecases.ts';
import { findCity, memberExists } from '../region/region.repository.ts';
import { createTaskIn } from '../tasks/tasks.usecases.ts';
import { decisionsErrors } from './decisions.errors.ts';
import * as repo from './decisions.repository.ts';
import { announceDecision } from './decisions.notices.ts';

type Deps = Pick<AppDeps, 'db' | 'clock'>;
type WriteDeps = Deps & { actor: Actor };

export interface DecisionTaskInput {
  code: string;
  titleZh: string;
  titleEn?: string;
  leadMemberCode: string;
  participantMemberCodes?: string[];
  focusAreaId?: string | null;
  startDate?: string | null;
  dueDate?: string | null;
}

export type EffectInput =
  | { kind: 'adopt_plan'; planId: string; to: PlanStatus; note?: string }
  | { kind: 'approve_agreement'; agreementId: string }
  | { kind: 'resolve_matter'; matterId: string; note?: string }
  | { kind: 'fix_next_host'; year: number; memberCode: string; cityCode?: string | null }
  | { kind: 'create_tasks'; planId: string; tasks: DecisionTaskInput[] };

export interface DecisionInput {
  titleZh: string;
  titleEn?: string;
  bodyZh?: string;
  bodyEn?: string;
  /** When the meeting took it; defaults to now. */
  decidedAt?: string;
  effects: EffectInput[];
  isDemo?: boolean;
}

/**
 * Records a decision of a meeting and applies every effect in the same audited
 * transaction: either the decision and all it produced are stored, or nothing.
 */
export async function recordDecision(deps: WriteDeps, meetingId: string, input: DecisionInput): Promise<string> {
  return auditedTransaction(deps, async (trx, audit) => {
    if (!(await repo.meetingExists(trx, meetingId))) throw decisionsErrors.meetingNotFound();
    const now = deps.clock.now();
    const decidedAt = input.decidedAt ? new Date(input.decidedAt) : now;
    const decisionId = await repo.insertDecision(trx, {
      meetingId, titleZh: input.titleZh, titleEn: input.titleEn ?? '', bodyZh: input.bodyZh ?? '', bodyEn: input.bodyEn ?? '', at: decidedAt, isDemo: input.isDemo ?? false,
    });
    for (const [i, effect] of input.effects.entries()) {
      const base = { decisionId, kind: effect.kind, params: effect, sortOrder: i + 1 };
      switch (effect.kind) {
        case 'adopt_plan':
          await transitionPlanIn(trx, audit, deps.actor, now, effect.planId, { to: effect.to, note: effect.note ?? input.titleZh, decisionRef: decisionId });
          await repo.insertEffect(trx, { ...base, planId: effect.planId });
          break;
        case 'approve_agreement': {
          // The agreements module signs it (and audits it); a missing or non-draft one is this decision's error.
          const approved = await approveAgreementIn(trx, audit, now, effect.agreementId, decisionId);
          if (!approved.ok) throw approved.status ? decisionsErrors.agreementNotDraft(approved.status) : decisionsErrors.agreementNotFound(effect.agreementId);
          await repo.insertEffect(trx, { ...base, agreementId: effect.agreementId });
          break;
        }
        case 'resolve_matter': {
          // The matters module resolves it (timeline step, audit); a missing or closed one is this decision's error.
          const resolved = await resolveMatterIn(trx, audit, deps.actor, now, effect.matterId, { decisionId, reason: effect.note ?? input.titleZh });
          if (!resolved.ok) throw resolved.status ? decisionsErrors.matterNotOpen(resolved.status) : decisionsErrors.matterNotFound(effect.matterId);
          await repo.insertEffect(trx, { ...base, matterId: effect.matterId });
          break;
        }
        case 'fix_next_host':
          if (!(await memberExists(trx, effect.memberCode))) throw decisionsErrors.hostUnknown(effect.memberCode);
          if (effect.cityCode && (await findCity(trx, effect.cityCode))?.member_code !== effect.memberCode) throw decisionsErrors.hostCityInvalid(effect.cityCode, effect.memberCode);
          await repo.upsertHost(trx, { year: effect.year, memberCode: effect.memberCode, cityCode: effect.cityCode ?? null, decisionId, at: now });
          await repo.insertEffect(trx, { ...base, hostMemberCode: effect.memberCode, hostYear: effect.year });
          break;
        case 'create_tasks': {
          const taskIds: string[] = [];
          for (const task of effect.tasks) taskIds.push(await createTaskIn(trx, audit, now, { ...task, planId: effect.planId, sourceRef: decisionId }));
          await repo.insertEffect(trx, { ...base, planId: effect.planId, taskIds });
          break;
        }
      }
    }
    audit({ action: 'decision.record', objectType: 'decision', objectId: decisionId, summary: { meetingId, titleZh: input.titleZh, effects: input.effects.map((e) => e.kind) } });
    await announceDecision(trx, deps, { id: decisionId, titleZh: input.titleZh, titleEn: input.titleEn ?? '' });
    return decisionId;
  });
}

/** A decision taken from a source document (data/records, meetings.records.ts): not demo, its effects limited to what records carry. */
export interface SourceDecision {
  titleZh: string;
  titleEn?: string;
  decidedAt: string;
  /** False when the source gives the day only: decidedAt is then nominal and shown as a date. */
  timeOfDayKnown?: boolean;
  effects: ({ kind: 'adopt_plan'; planCode: string; to: PlanStatus } | { kind: 'fix_next_host'; year: number; memberCode: string; cityCode?: string })[];
}

/**
 * Records a source document's decision inside the meeting's loading
 * transaction. A plan it adopted that the plan records already show at that
 * step gets the step linked to this decision (plans module); otherwise the plan moves.
 */
export async function recordSourceDecisionIn(trx: Trx, audit: RecordAudit, actor: Actor, now: Date, meetingId: string, d: SourceDecision): Promise<string> {
  const decisionId = await repo.insertDecision(trx, { meetingId, titleZh: d.titleZh, titleEn: d.titleEn ?? '', bodyZh: '', bodyEn: '', at: new Date(d.decidedAt), timeOfDayKnown: d.timeOfDayKnown ?? true, isDemo: false });
  for (const [i, effect] of d.effects.entries()) {
    const base = { decisionId, kind: effect.kind, params: effect, sortOrder: i + 1 };
    if (effect.kind === 'adopt_plan') {
      const planId = await adoptPlanByDecisionIn(trx, audit, actor, new Date(d.decidedAt), effect.planCode, { to: effect.to, note: d.titleZh, decisionId });
      if (!planId) throw new Error(`Meeting record: unknown plan ${effect.planCode}`);
      await repo.insertEffect(trx, { ...base, planId });
    } else {
      await repo.upsertHost(trx, { year: effect.year, memberCode: effect.memberCode, cityCode: effect.cityCode ?? null, decisionId, at: now });
      await repo.insertEffect(trx, { ...base, hostMemberCode: effect.memberCode, hostYear: effect.year });
    }
  }
  audit({ action: 'decision.record', objectType: 'decision', objectId: decisionId, summary: { meetingId, titleZh: d.titleZh, effects: d.effects.map((e) => e.kind) } });
  return decisionId;
}

/** A decision with what it produced and its implementation rolled up from the tasks it created. */
export async function getDecision(deps: Deps, id: string) {
  const decision = await repo.findDecision(deps.db, id);
  if (!decision) throw decisionsErrors.notFound();
  const [effects, tasks] = await Promise.all([repo.effectsOf(deps.db, id), repo.tasksOf(deps.db, id)]);
  const byStatus: Record<string, number> = {};
  for (const t of tasks) byStatus[t.status] = (byStatus[t.status] ?? 0) + 1;
  const progress = tasks.length === 0 ? null : Math.round((tasks.reduce((n, t) => n + Number(t.progress), 0) / tasks.length) * 100) / 100;
  return { decision, effects, tasks, implementation: { taskCount: tasks.length, completed: byStatus.completed ?? 0, progress, byStatus } };
}

/** Decisions with filters (year, implemented by IMPLEMENTED_RULE, meeting), newest first; cursor-paged. */
export async function listDecisions(deps: Deps, query: { year?: number; implemented?: boolean; meetingId?: string; limit?: number; cursor?: string }) {
  const limit = query.limit ?? 50;
  const after = decodeCursor(query.cursor, ['timestamp', 'uuid']) as [string, string] | undefined;
  const rows = await repo.listDecisions(deps.db, { year: query.year, implemented: query.implemented, meetingId: query.meetingId, limit: limit + 1, after });
  return pageOf(rows, limit, (d) => [d.decided_at.toISOString(), d.id]);
}
