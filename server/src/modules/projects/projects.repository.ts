import { sql, type Insertable, type Updateable } from 'kysely';
import type { Db } from '../../db/database.ts';
import type { ProjectFlagsTable, ProjectPhase, ProjectsTable, ProjectType } from '../../db/schema.ts';
import type { Trx } from '../audit/audit.usecases.ts';

type Q = Db | Trx;

export interface ProjectFilter { type?: ProjectType; phase?: ProjectPhase; memberCode?: string; cityCode?: string }

export const findProject = (db: Q, id: string) => db.selectFrom('projects').selectAll().where('id', '=', id).executeTakeFirst();
export const findProjectForUpdate = (trx: Trx, id: string) => trx.selectFrom('projects').selectAll().where('id', '=', id).forUpdate().executeTakeFirst();
export type ProjectRow = NonNullable<Awaited<ReturnType<typeof findProject>>>;
export const codeTaken = async (db: Q, code: string) => (await db.selectFrom('projects').select('id').where('code', '=', code).executeTakeFirst()) !== undefined;

export const insertProject = async (trx: Trx, values: Insertable<ProjectsTable>) =>
  (await trx.insertInto('projects').values(values).returning('id').executeTakeFirstOrThrow()).id;

export async function updateProject(trx: Trx, id: string, values: Updateable<ProjectsTable>) {
  await trx.updateTable('projects').set((eb) => ({ ...values, version: eb('version', '+', 1) })).where('id', '=', id).execute();
}

export async function replaceMembers(trx: Trx, projectId: string, members: { memberCode: string; investment: number | null }[]) {
  await trx.deleteFrom('project_members').where('project_id', '=', projectId).execute();
  await trx.insertInto('project_members').values(members.map((m) => ({ project_id: projectId, member_code: m.memberCode, investment: m.investment }))).execute();
}

export const membersOf = (db: Q, ids: string[]) =>
  ids.length === 0 ? Promise.resolve([]) : db.selectFrom('project_members').selectAll().where('project_id', 'in', ids).orderBy('member_code').execute();
export const milestonesOf = (db: Q, ids: string[]) =>
  ids.length === 0 ? Promise.resolve([]) : db.selectFrom('project_milestones').selectAll().where('project_id', 'in', ids).orderBy('sort_order').orderBy('due_date').execute();

export async function insertMilestone(trx: Trx, projectId: string, m: { titleZh: string; titleEn?: string; dueDate: string; doneOn?: string | null }, sortOrder: number) {
  await trx.insertInto('project_milestones').values({ project_id: projectId, title_zh: m.titleZh, title_en: m.titleEn ?? '', due_date: m.dueDate, done_on: m.doneOn ?? null, sort_order: sortOrder }).execute();
}
export async function updateMilestone(trx: Trx, id: string, m: { titleZh: string; titleEn?: string; dueDate: string; doneOn?: string | null }, sortOrder: number) {
  await trx.updateTable('project_milestones').set({ title_zh: m.titleZh, title_en: m.titleEn ?? '', due_date: m.dueDate, done_on: m.doneOn ?? null, sort_order: sortOrder }).where('id', '=', id).execute();
}
export async function deleteMilestones(trx: Trx, ids: string[]) {
  if (ids.length) await trx.deleteFrom('project_milestones').where('id', 'in', ids).execute();
}

export const tasksByIds = (db: Q, ids: string[]) =>
  ids.length === 0 ? Promise.resolve([]) : db.selectFrom('tasks').select(['id', 'code', 'title_zh', 'title_en', 'status', 'progress']).where('id', 'in', ids).execute();
export const agreementsByIds = (db: Q, ids: string[]) =>
  ids.length === 0 ? Promise.resolve([]) : db.selectFrom('agreements').select(['id', 'title_zh', 'title_en', 'status']).where('id', 'in', ids).execute();
export const existingMembers = async (db: Q, codes: string[]) =>
  codes.length === 0 ? [] : (await db.selectFrom('members').select('code').where('code', 'in', codes).execute()).map((m) => m.code);
export const citiesByCodes = (db: Q, codes: string[]) =>
  codes.length === 0 ? Promise.resolve([]) : db.selectFrom('cities').select(['code', 'member_code']).where('code', 'in', codes).execute();

function filtered(db: Q, f: ProjectFilter) {
  let q = db.selectFrom('projects');
  if (f.type) q = q.where('projects.type', '=', f.type);
  if (f.phase) q = q.where('projects.phase', '=', f.phase);
  if (f.cityCode) q = q.where('projects.location_city_code', '=', f.cityCode);
  if (f.memberCode) {
    const code = f.memberCode;
    q = q.where((eb) => eb.exists(eb.selectFrom('project_members as pm').select('pm.project_id').whereRef('pm.project_id', '=', 'projects.id').where('pm.member_code', '=', code)));
  }
  return q;
}

/** Newest first; `after` is the (created_at, id) of the last row of the previous page. */
export function listProjects(db: Q, f: ProjectFilter & { limit: number; after?: [string, string] }) {
  let q = filtered(db, f).selectAll('projects');
  if (f.after) q = q.where(sql<boolean>`(projects.created_at, projects.id) < (${f.after[0]}::timestamptz, ${f.after[1]}::uuid)`);
  return q.orderBy('projects.created_at', 'desc').orderBy('projects.id', 'desc').limit(f.limit).execute();
}

/** Counts per location city and phase (one grouped query). */
export function countsByCityAndPhase(db: Q, f: ProjectFilter) {
  return filtered(db, f).select(['projects.location_city_code as city_code', 'projects.phase', (eb) => eb.fn.countAll<string>().as('n')])
    .groupBy(['projects.location_city_code', 'projects.phase']).execute();
}

/** Up to `perCity` projects of each located city, for the map's tooltips and links. */
export function projectsPerCity(db: Q, f: ProjectFilter, perCity: number) {
  const inner = filtered(db, f).where('projects.location_city_code', 'is not', null)
    .select(['projects.id', 'projects.code', 'projects.title_zh', 'projects.title_en', 'projects.phase', 'projects.is_demo', 'projects.location_city_code',
      sql<number>`row_number() OVER (PARTITION BY projects.location_city_code ORDER BY projects.code)`.as('rn')]);
  return db.selectFrom(inner.as('x')).selectAll().where('x.rn', '<=', perCity).execute();
}

export const citiesOfRegion = (db: Q) => db.selectFrom('cities').select(['code', 'member_code', 'name_zh', 'name_en']).execute();

/** Open flags per project. */
export async function openFlagCounts(db: Q, ids: string[]) {
  if (ids.length === 0) return new Map<string, number>();
  const rows = await db.selectFrom('project_flags').select(['project_id', (eb) => eb.fn.countAll<string>().as('n')])
    .where('project_id', 'in', ids).where('resolved_at', 'is', null).groupBy('project_id').execute();
  return new Map(rows.map((r) => [r.project_id, Number(r.n)]));
}
export const openFlagsOf = (db: Q, id: string) =>
  db.selectFrom('project_flags').selectAll().where('project_id', '=', id).where('resolved_at', 'is', null).orderBy('raised_at').execute();

// ---- Overdue-milestone flags (the supervision scan, projects.flags.ts) ----

/** Milestones not done whose due date is before `today`, with their project's lead member. */
export function lateMilestones(trx: Trx, today: string) {
  return trx.selectFrom('project_milestones as m').innerJoin('projects as p', 'p.id', 'm.project_id')
    .select(['m.id', 'm.project_id', 'm.title_zh', 'm.title_en', 'm.due_date', 'm.done_on', 'p.lead_member_code'])
    .where('m.done_on', 'is', null).where('m.due_date', '<', today).execute();
}

export const openProjectFlags = (trx: Trx) => trx.selectFrom('project_flags').selectAll().where('resolved_at', 'is', null).orderBy('raised_at').orderBy('id').execute();
export type ProjectFlagRow = Awaited<ReturnType<typeof openProjectFlags>>[number];

/** Code and titles of these projects (for the notices). */
export function projectTitles(trx: Trx, ids: string[]) {
  if (ids.length === 0) return Promise.resolve([]);
  return trx.selectFrom('projects').select(['id', 'code', 'title_zh', 'title_en']).where('id', 'in', ids).execute();
}

export const memberNames = (trx: Trx) => trx.selectFrom('members').select(['code', 'name_zh', 'name_en']).execute();

export async function escalateProjectFlag(trx: Trx, id: string, level: number, next: Date | null): Promise<void> {
  await trx.updateTable('project_flags').set({ escalation_level: level, next_escalation_at: next }).where('id', '=', id).execute();
}

export async function resolveProjectFlag(trx: Trx, id: string, at: Date): Promise<void> {
  await trx.updateTable('project_flags').set({ resolved_at: at }).where('id', '=', id).execute();
}

export const insertProjectFlag = (trx: Trx, values: Insertable<ProjectFlagsTable>) => trx.insertInto('project_flags').values(values).returningAll().executeTakeFirstOrThrow();
