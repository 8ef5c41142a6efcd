import type { AppDeps, CallerDeps } from '../../app-deps.ts';
import type { RiskArea, RiskStatus, TriggerComparison } from '../../db/schema.ts';
import { commonErrors } from '../../shared/errors.ts';
import { decodeCursor, pageOf } from '../../shared/pagination.ts';
import { hasRole, memberCodesOf, type Actor, type Principal } from '../../shared/principal.ts';
import { auditedTransaction, type Trx } from '../audit/audit.usecases.ts';
import { risksErrors } from './risks.errors.ts';
import { mayEditRisk, type RiskKeeper } from './risks.policies.ts';
import * as repo from './risks.repository.ts';

type Deps = Pick<AppDeps, 'db' | 'clock'>;
/** A write's dependencies: who acts (for the audit trail) and with which rights. */
type KeeperDeps = Deps & { actor: Actor; principal: RiskKeeper; dataChanges?: AppDeps['dataChanges'] };
export { evaluateRiskTriggers } from './risks.triggers.ts';

export interface RiskInput {
  code: string; titleZh: string; titleEn?: string; descriptionZh?: string; descriptionEn?: string; area: RiskArea;
  likelihood: number; impact: number; ownerMemberCodes: string[]; reviewDate?: string | null; status?: RiskStatus;
  measures?: repo.MeasureInput[]; reason?: string; isDemo?: boolean;
}
export type RiskPatch = Partial<Omit<RiskInput, 'isDemo'>> & { version: number };

/** A member's user keeps only risks with their member among the owners (before and after the change). */
function checkOwners(principal: RiskKeeper, owners: string[]) {
  if (principal === 'system' || hasRole(principal, 'office')) return;
  const own = memberCodesOf(principal);
  if (!owners.some((code) => own.includes(code))) throw risksErrors.notOwnMember();
}

async function checkReferences(trx: Trx, owners: string[], measures: repo.MeasureInput[]) {
  const members = await repo.existingMembers(trx, owners);
  const missingMember = owners.find((c) => !members.has(c));
  if (missingMember) throw risksErrors.unknownMember(missingMember);
  measures.forEach((m, i) => { if ((m.taskId ? 1 : 0) + (m.clauseId ? 1 : 0) !== 1) throw risksErrors.badMeasure(i); });
  const tasks = await repo.existingTasks(trx, [...new Set(measures.flatMap((m) => (m.taskId ? [m.taskId] : [])))]);
  // Every role that writes risks reads every agreement (agreementsPolicies.read), so a clause that exists is one the caller may read.
  const clauses = await repo.existingClauses(trx, [...new Set(measures.flatMap((m) => (m.clauseId ? [m.clauseId] : [])))]);
  measures.forEach((m, i) => {
    if (m.taskId && !tasks.has(m.taskId)) throw risksErrors.unknownTask(i, m.taskId);
    if (m.clauseId && !clauses.has(m.clauseId)) throw risksErrors.unknownClause(i, m.clauseId);
  });
}

export async function createRisk(deps: KeeperDeps, input: RiskInput): Promise<string> {
  const owners = [...new Set(input.ownerMemberCodes)];
  checkOwners(deps.principal, owners);
  return auditedTransaction(deps, async (trx, audit) => {
    await checkReferences(trx, owners, input.measures ?? []);
    if (await repo.codeExists(trx, input.code)) throw risksErrors.codeTaken(input.code);
    const now = deps.clock.now();
    const status = input.status ?? 'open';
    const id = await repo.insertRisk(trx, {
      code: input.code, title_zh: input.titleZh, title_en: input.titleEn ?? '', description_zh: input.descriptionZh ?? '', description_en: input.descriptionEn ?? '',
      area: input.area, likelihood: input.likelihood, impact: input.impact, owner_member_codes: owners, review_date: input.reviewDate ?? null, status,
      is_demo: input.isDemo ?? false, created_at: now, updated_at: now,
    });
    await repo.replaceMeasures(trx, id, input.measures ?? []);
    await repo.appendAssessment(trx, { riskId: id, likelihood: input.likelihood, impact: input.impact, status, reason: input.reason?.trim() ?? '', userId: deps.actor.userId, userName: deps.actor.username, at: now });
    audit({ action: 'risk.create', objectType: 'risk', objectId: id, summary: { code: input.code, area: input.area, likelihood: input.likelihood, impact: input.impact, owners, measures: input.measures?.length ?? 0 } });
    return id;
  });
}

/**
 * Changes a risk (version-checked). A change of likelihood, impact or status
 * needs a reason and appends an assessment (who, when, why); measures, when
 * given, replace the list.
 */
export async function updateRisk(deps: CallerDeps, id: string, patch: RiskPatch) {
  await auditedTransaction(deps, async (trx, audit) => {
    const risk = await repo.findRiskForUpdate(trx, id);
    if (!risk) throw risksErrors.notFound();
    if (!mayEditRisk(deps.principal, risk.owner_member_codes)) throw risksErrors.notOwnMember();
    if (risk.version !== patch.version) throw commonErrors.versionConflict(risk.version);
    const owners = patch.ownerMemberCodes ? [...new Set(patch.ownerMemberCodes)] : risk.owner_member_codes;
    checkOwners(deps.principal, owners);
    await checkReferences(trx, owners, patch.measures ?? []);
    if (patch.code !== undefined && patch.code !== risk.code && (await repo.codeExists(trx, patch.code))) throw risksErrors.codeTaken(patch.code);
    const likelihood = patch.likelihood ?? risk.likelihood;
    const impact = patch.impact ?? risk.impact;
    const status = patch.status ?? risk.status;
    const reassessed = likelihood !== risk.likelihood || impact !== risk.impact || status !== risk.status;
    const reason = patch.reason?.trim() ?? '';
    if (reassessed && !reason) throw risksErrors.reasonRequired();
    const now = deps.clock.now();
    await repo.updateRisk(trx, id, {
      code: patch.code, title_zh: patch.titleZh, title_en: patch.titleEn, description_zh: patch.descriptionZh, description_en: patch.descriptionEn, area: patch.area,
      likelihood, impact, status, owner_member_codes: owners, review_date: patch.reviewDate === undefined ? undefined : patch.reviewDate, updated_at: now,
    });
    if (patch.measures) await repo.replaceMeasures(trx, id, patch.measures);
    if (reassessed) await repo.appendAssessment(trx, { riskId: id, likelihood, impact, status, reason, userId: deps.actor.userId, userName: deps.actor.username, at: now });
    const changed = Object.keys(patch).filter((k) => k !== 'version' && k !== 'reason');
    audit({
      action: 'risk.update', objectType: 'risk', objectId: id,
      summary: { changed, ...(reassessed ? { from: { likelihood: risk.likelihood, impact: risk.impact, status: risk.status }, to: { likelihood, impact, status }, reason } : {}) },
    });
  });
  return getRisk(deps, id, deps.principal);
}

export async function getRisk(deps: Deps, id: string, principal: Principal) {
  const risk = await repo.findRisk(deps.db, id);
  if (!risk) throw risksErrors.notFound();
  const [measures, assessments, triggers, alerts] = await Promise.all([repo.measuresOf(deps.db, id), repo.assessmentsOf(deps.db, id), repo.triggersOf(deps.db, id), repo.alertsOf(deps.db, id)]);
  const states = await repo.statesOf(deps.db, triggers.map((t) => t.id));
  return { risk, measures, assessments, triggers, states, alerts, canEdit: mayEditRisk(principal, risk.owner_member_codes) };
}

export async function listRisks(deps: Deps, query: repo.RiskFilter & { limit?: number; cursor?: string }) {
  const limit = query.limit ?? 100;
  const after = decodeCursor(query.cursor, ['text']) as [string] | undefined;
  return pageOf(await repo.listRisks(deps.db, { ...query, limit: limit + 1, after: after?.[0] }), limit, (r) => [r.code]);
}

/** The 5×5 heat map: every cell, zero where no risk sits. */
export async function riskHeatmap(deps: Deps, query: repo.RiskFilter) {
  const rows = await repo.heatmap(deps.db, query);
  const count = (l: number, i: number) => Number(rows.find((r) => r.likelihood === l && r.impact === i)?.count ?? 0);
  const cells = [1, 2, 3, 4, 5].flatMap((likelihood) => [1, 2, 3, 4, 5].map((impact) => ({ likelihood, impact, count: count(likelihood, impact) })));
  return { cells, total: cells.reduce((s, c) => s + c.count, 0) };
}

export interface TriggerInput { indicatorCode: string; scopeCode?: string | null; comparison: TriggerComparison; threshold: number; periods: number; isDemo?: boolean }

export async function addTrigger(deps: KeeperDeps, riskId: string, input: TriggerInput): Promise<string> {
  return auditedTransaction(deps, async (trx, audit) => {
    const risk = await repo.findRiskForUpdate(trx, riskId);
    if (!risk) throw risksErrors.notFound();
    if (!mayEditRisk(deps.principal, risk.owner_member_codes)) throw risksErrors.notOwnMember();
    const indicator = await repo.findIndicator(trx, input.indicatorCode);
    if (!indicator || indicator.status !== 'active') throw risksErrors.unknownIndicator(input.indicatorCode);
    const scope = input.scopeCode || null;
    if (scope !== null && !(await repo.scopeExists(trx, indicator.level, scope))) throw risksErrors.badScope(scope, indicator.level);
    const id = await repo.insertTrigger(trx, { riskId, indicatorId: indicator.id, scopeKey: scope, comparison: input.comparison, threshold: input.threshold, periods: input.periods, isDemo: input.isDemo });
    audit({ action: 'risk.trigger_add', objectType: 'risk', objectId: riskId, summary: { triggerId: id, indicator: input.indicatorCode, scope: scope ?? '*', comparison: input.comparison, threshold: input.threshold, periods: input.periods } });
    return id;
  });
}

export async function removeTrigger(deps: CallerDeps, riskId: string, triggerId: string) {
  await auditedTransaction(deps, async (trx, audit) => {
    const risk = await repo.findRiskForUpdate(trx, riskId);
    if (!risk) throw risksErrors.notFound();
    if (!mayEditRisk(deps.principal, risk.owner_member_codes)) throw risksErrors.notOwnMember();
    const trigger = await repo.findTrigger(trx, riskId, triggerId);
    if (!trigger) throw risksErrors.triggerNotFound();
    await repo.retireTrigger(trx, triggerId);
    audit({ action: 'risk.trigger_remove', objectType: 'risk', objectId: riskId, summary: { triggerId } });
  });
}
