import type { AppDeps } from '../../app-deps.ts';
import type { InvestmentCurrency, InvestmentUnit, ProjectPhase, ProjectType } from '../../db/schema.ts';
import { commonErrors } from '../../shared/errors.ts';
import { decodeCursor, pageOf } from '../../shared/pagination.ts';
import { calendarDateIn } from '../../shared/time.ts';
import type { Actor } from '../../shared/principal.ts';
import { auditedTransaction, type Trx } from '../audit/audit.usecases.ts';
import { findRegion } from '../region/region.repository.ts';
import { projectsErrors } from './projects.errors.ts';
import { projectProgress, PROJECT_PHASES } from './projects.models.ts';
import { mayLead, type LeadScope } from './projects.policies.ts';
import * as repo from './projects.repository.ts';

type Deps = Pick<AppDeps, 'db' | 'clock'>;
type WriteDeps = Deps & { actor: Actor };

export interface MilestoneInput { id?: string; titleZh: string; titleEn?: string; dueDate: string; doneOn?: string | null }
export interface ProjectInput {
  titleZh: string; titleEn?: string; type: ProjectType; leadMemberCode: string; phase: ProjectPhase;
  startDate?: string | null; plannedCompletion?: string | null; locationCityCode?: string | null; cityCodes?: string[];
  members: { memberCode: string; investment?: number | null }[];
  currency?: InvestmentCurrency; unit?: InvestmentUnit; totalInvestment?: number | null;
  taskIds?: string[]; agreementIds?: string[]; milestones?: MilestoneInput[];
  descriptionZh?: string; descriptionEn?: string;
}

/** Checks every reference and returns the project's columns; the lead and the location city are included in members and cities. */
async function checked(trx: Trx, input: ProjectInput) {
  if (input.startDate && input.plannedCompletion && input.plannedCompletion < input.startDate) throw projectsErrors.completionBeforeStart();
  const seen = new Set<string>();
  for (const m of input.members) {
    if (seen.has(m.memberCode)) throw projectsErrors.investmentOfNonMember(m.memberCode);
    seen.add(m.memberCode);
  }
  const members = input.members.map((m) => ({ memberCode: m.memberCode, investment: m.investment ?? null }));
  if (!seen.has(input.leadMemberCode)) members.unshift({ memberCode: input.leadMemberCode, investment: null });
  const memberCodes = members.map((m) => m.memberCode);
  const existing = new Set(await repo.existingMembers(trx, memberCodes));
  const missingMember = memberCodes.find((c) => !existing.has(c));
  if (missingMember) throw projectsErrors.unknownMember(missingMember);
  const cityCodes = [...new Set([...(input.cityCodes ?? []), ...(input.locationCityCode ? [input.locationCityCode] : [])])];
  const cities = new Map((await repo.citiesByCodes(trx, cityCodes)).map((c) => [c.code, c.member_code]));
  for (const code of cityCodes) {
    // A city must lie in one of the project's members.
    if (!memberCodes.includes(cities.get(code) ?? '')) throw projectsErrors.cityNotOfMembers(code, code === input.locationCityCode ? 'locationCityCode' : 'cityCodes');
  }
  const taskIds = [...new Set(input.taskIds ?? [])];
  const tasks = new Set((await repo.tasksByIds(trx, taskIds)).map((t) => t.id));
  const missingTask = taskIds.find((t) => !tasks.has(t));
  if (missingTask) throw projectsErrors.unknownTask(missingTask);
  const agreementIds = [...new Set(input.agreementIds ?? [])];
  const agreements = new Set((await repo.agreementsByIds(trx, agreementIds)).map((a) => a.id));
  const missingAgreement = agreementIds.find((a) => !agreements.has(a));
  if (missingAgreement) throw projectsErrors.unknownAgreement(missingAgreement);
  return {
    members,
    values: {
      title_zh: input.titleZh, title_en: input.titleEn ?? '', type: input.type, lead_member_code: input.leadMemberCode, phase: input.phase,
      start_date: input.startDate ?? null, planned_completion: input.plannedCompletion ?? null, location_city_code: input.locationCityCode ?? null,
      city_codes: cityCodes, task_ids: taskIds, agreement_ids: agreementIds, currency: input.currency ?? 'CNY', unit: input.unit ?? 'hundred_million',
      total_investment: input.totalInvestment ?? null, description_zh: input.descriptionZh ?? '', description_en: input.descriptionEn ?? '',
    },
  };
}

export async function createProject(deps: WriteDeps, scope: LeadScope, input: ProjectInput & { code: string; isDemo?: boolean }): Promise<string> {
  if (!mayLead(scope, input.leadMemberCode)) throw projectsErrors.notLead();
  if (input.milestones?.some((m) => m.id)) throw projectsErrors.unknownMilestone(input.milestones.find((m) => m.id)!.id!);
  return auditedTransaction(deps, async (trx, audit) => {
    if (await repo.codeTaken(trx, input.code)) throw projectsErrors.codeTaken(input.code);
    const { members, values } = await checked(trx, input);
    const now = deps.clock.now();
    const id = await repo.insertProject(trx, { ...values, code: input.code, is_demo: input.isDemo ?? false, created_at: now, updated_at: now });
    await repo.replaceMembers(trx, id, members);
    for (const [i, m] of (input.milestones ?? []).entries()) await repo.insertMilestone(trx, id, m, i + 1);
    audit({ action: 'project.create', objectType: 'project', objectId: id, summary: { code: input.code, lead: input.leadMemberCode, phase: input.phase, members: members.map((m) => m.memberCode), milestones: input.milestones?.length ?? 0 } });
    return id;
  });
}

export async function updateProject(deps: WriteDeps, scope: LeadScope, id: string, input: ProjectInput & { version: number }) {
  await auditedTransaction(deps, async (trx, audit) => {
    const current = await repo.findProjectForUpdate(trx, id);
    if (!current) throw projectsErrors.notFound();
    // Both the lead now and the lead asked for must be the caller's: nobody hands a project to another member but the Office.
    if (!mayLead(scope, current.lead_member_code) || !mayLead(scope, input.leadMemberCode)) throw projectsErrors.notLead();
    if (current.version !== input.version) throw commonErrors.versionConflict(current.version);
    const { members, values } = await checked(trx, input);
    const before = (await repo.milestonesOf(trx, [id]));
    const known = new Set(before.map((m) => m.id));
    const unknown = (input.milestones ?? []).find((m) => m.id && !known.has(m.id));
    if (unknown) throw projectsErrors.unknownMilestone(unknown.id!);
    await repo.updateProject(trx, id, { ...values, updated_at: deps.clock.now() });
    await repo.replaceMembers(trx, id, members);
    const milestones = input.milestones ?? [];
    const kept = new Set(milestones.flatMap((m) => (m.id ? [m.id] : [])));
    await repo.deleteMilestones(trx, before.filter((m) => !kept.has(m.id)).map((m) => m.id));
    for (const [i, m] of milestones.entries()) {
      if (m.id) await repo.updateMilestone(trx, m.id, m, i + 1);
      else await repo.insertMilestone(trx, id, m, i + 1);
    }
    const changed = Object.entries(values).filter(([k, v]) => JSON.stringify(v) !== JSON.stringify(normalised((current as Record<string, unknown>)[k]))).map(([k]) => k);
    audit({ action: 'project.update', objectType: 'project', objectId: id, summary: { code: current.code, version: current.version + 1, changed, phase: { from: current.phase, to: input.phase }, milestones: milestones.length } });
  });
}

/** numeric columns read as text: compare as numbers. */
const normalised = (v: unknown) => (typeof v === 'string' && /^-?\d+(\.\d+)?$/.test(v) ? Number(v) : v);

const num = (v: string | null) => (v === null ? null : Number(v));

/** Projects with members, progress and open flags (a handful of queries for the whole page). */
async function enrich(db: Deps['db'], rows: repo.ProjectRow[]) {
  const ids = rows.map((r) => r.id);
  const [members, milestones, tasks, flags] = await Promise.all([
    repo.membersOf(db, ids), repo.milestonesOf(db, ids), repo.tasksByIds(db, [...new Set(rows.flatMap((r) => r.task_ids))]), repo.openFlagCounts(db, ids),
  ]);
  const progressOf = new Map(tasks.map((t) => [t.id, Number(t.progress)]));
  return rows.map((project) => ({
    project,
    members: members.filter((m) => m.project_id === project.id).map((m) => ({ memberCode: m.member_code, investment: num(m.investment) })),
    milestones: milestones.filter((m) => m.project_id === project.id),
    progress: projectProgress(project.task_ids.flatMap((t) => (progressOf.has(t) ? [progressOf.get(t)!] : [])), milestones.filter((m) => m.project_id === project.id).map((m) => ({ done: m.done_on !== null }))),
    openFlags: flags.get(project.id) ?? 0,
  }));
}
export type Enriched = Awaited<ReturnType<typeof enrich>>[number];

export async function listProjects(deps: Deps, query: repo.ProjectFilter & { limit?: number; cursor?: string }) {
  const limit = query.limit ?? 200;
  const after = decodeCursor(query.cursor, ['timestamp', 'uuid']) as [string, string] | undefined;
  const page = pageOf(await repo.listProjects(deps.db, { ...query, limit: limit + 1, after }), limit, (p) => [p.created_at.toISOString(), p.id]);
  return { items: await enrich(deps.db, page.items), nextCursor: page.nextCursor };
}

export async function getProject(deps: Deps, id: string) {
  const project = await repo.findProject(deps.db, id);
  if (!project) throw projectsErrors.notFound();
  const [[enriched], tasks, agreements, flags, region] = await Promise.all([
    enrich(deps.db, [project]), repo.tasksByIds(deps.db, project.task_ids), repo.agreementsByIds(deps.db, project.agreement_ids), repo.openFlagsOf(deps.db, id), findRegion(deps.db),
  ]);
  const today = calendarDateIn(deps.clock.now(), region?.time_zone ?? 'Asia/Shanghai');
  return { ...enriched!, tasks, agreements, flags, today };
}

/** Located projects per city (counts by phase and the first few projects), the totals by phase, and how many have no location. */
export async function projectMap(deps: Deps, filter: repo.ProjectFilter) {
  const [counts, perCity, cities] = await Promise.all([repo.countsByCityAndPhase(deps.db, filter), repo.projectsPerCity(deps.db, filter, 20), repo.citiesOfRegion(deps.db)]);
  const cityInfo = new Map(cities.map((c) => [c.code, c]));
  const byCity = new Map<string, Map<string, number>>();
  const phases = new Map<string, number>(PROJECT_PHASES.map((p) => [p, 0]));
  let total = 0;
  let unlocated = 0;
  for (const row of counts) {
    const n = Number(row.n);
    total += n;
    phases.set(row.phase, (phases.get(row.phase) ?? 0) + n);
    if (!row.city_code) { unlocated += n; continue; }
    const m = byCity.get(row.city_code) ?? byCity.set(row.city_code, new Map()).get(row.city_code)!;
    m.set(row.phase, n);
  }
  return {
    total, unlocated,
    phases: PROJECT_PHASES.map((phase) => ({ phase, count: phases.get(phase) ?? 0 })),
    cities: [...byCity.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([cityCode, m]) => ({
      cityCode, memberCode: cityInfo.get(cityCode)?.member_code ?? '', nameZh: cityInfo.get(cityCode)?.name_zh ?? cityCode, nameEn: cityInfo.get(cityCode)?.name_en ?? cityCode,
      count: [...m.values()].reduce((a, b) => a + b, 0),
      byPhase: PROJECT_PHASES.map((phase) => ({ phase, count: m.get(phase) ?? 0 })),
      projects: perCity.filter((p) => p.location_city_code === cityCode).map((p) => ({ id: p.id, code: p.code, titleZh: p.title_zh, titleEn: p.title_en, phase: p.phase, isDemo: p.is_demo })),
    })),
  };
}
