import type { AppDeps } from '../../app-deps.ts';
import type { WorkStatus } from '../../db/schema.ts';
import { commonErrors } from '../../shared/errors.ts';
import { decodeCursor, pageOf } from '../../shared/pagination.ts';
import type { Actor, Principal } from '../../shared/principal.ts';
import { auditedTransaction, type RecordAudit, type Trx } from '../audit/audit.usecases.ts';
import { findPlan } from '../plans/plans.repository.ts';
import { bodyExists, memberExists } from '../region/region.repository.ts';
import { checkBodyOfMember } from '../region/region.usecases.ts';
import { canEditShare, isOffice } from './tasks.policies.ts';
import * as repo from './tasks.repository.ts';
import { insertImportedTasks, type ImportedTask } from './tasks.bulk.repository.ts';
import { rollUp } from './tasks.rollup.ts';
import { tasksErrors } from './tasks.errors.ts';
import { checkPercentStatus } from './tasks.progress.ts';
import { calendarDateIn } from '../../shared/time.ts';

type Deps = Pick<AppDeps, 'db' | 'clock'>;
type WriteDeps = Deps & { actor: Actor };

/**
 * Task events are all filed under the task (object_type 'task'), whatever part
 * changed, so the task's history is one indexed query.
 */
function taskEvent(audit: RecordAudit, taskId: string, action: string, summary: Record<string, unknown>) {
  audit({ action, objectType: 'task', objectId: taskId, summary });
}

function changesBetween<T extends Record<string, unknown>>(before: T, after: Partial<T>): Record<string, { from: unknown; to: unknown }> {
  const out: Record<string, { from: unknown; to: unknown }> = {};
  for (const [key, value] of Object.entries(after)) {
    if (value === undefined) continue;
    if (JSON.stringify(before[key]) !== JSON.stringify(value)) out[key] = { from: before[key] ?? null, to: value };
  }
  return out;
}

/** Recomputes the task's status and progress from its shares (see tasks.rollup.ts). */
export async function recomputeRollup(trx: Trx, taskId: string, now: Date): Promise<{ status: WorkStatus; progress: number }> {
  const shares = await repo.sharesOfTask(trx, taskId);
  const result = rollUp(shares.map((s) => ({ status: s.status, percent: Number(s.percent), weight: Number(s.weight) })));
  await repo.setRollup(trx, taskId, result.status, result.progress, now);
  return result;
}

async function checkMembersAndBodies(trx: Trx, input: { leadMemberCode?: string; participantMemberCodes?: string[]; bodyCodes?: string[]; leadOwnerBodyCode?: string | null }) {
  if (input.leadMemberCode && !(await memberExists(trx, input.leadMemberCode))) throw tasksErrors.unknownMember('leadMemberCode', input.leadMemberCode);
  for (const code of input.participantMemberCodes ?? []) {
    if (!(await memberExists(trx, code))) throw tasksErrors.unknownMember('participantMemberCodes', code);
  }
  for (const code of input.bodyCodes ?? []) if (!(await bodyExists(trx, code))) throw tasksErrors.unknownBody('bodyCodes', code);
  if (input.leadOwnerBodyCode && !(await bodyExists(trx, input.leadOwnerBodyCode))) throw tasksErrors.unknownBody('leadOwnerBodyCode', input.leadOwnerBodyCode);
  if (input.leadOwnerBodyCode && input.leadMemberCode) await checkBodyOfMember(trx, 'leadOwnerBodyCode', input.leadOwnerBodyCode, input.leadMemberCode);
  if (input.leadMemberCode && input.participantMemberCodes?.includes(input.leadMemberCode)) throw tasksErrors.leadAsParticipant();
}

export interface CreateTaskInput {
  planId: string;
  code: string;
  titleZh: string;
  titleEn?: string;
  descriptionZh?: string;
  descriptionEn?: string;
  focusAreaId?: string | null;
  leadMemberCode: string;
  leadOwnerBodyCode?: string | null;
  participantMemberCodes?: string[];
  bodyCodes?: string[];
  startDate?: string | null;
  dueDate?: string | null;
  priority?: 'high' | 'normal' | 'low';
  tags?: string[];
  milestones?: { titleZh: string; titleEn?: string; dueDate: string }[];
  sourceRef?: string | null;
  isDemo?: boolean;
}

/** Creates a task with a share for the lead and for each participant. Works inside a caller's transaction too (imports). */
export { INSERT_BATCH as IMPORT_BATCH, type ImportedTask } from './tasks.bulk.repository.ts';

/**
 * Many validated tasks at once (the Excel import, inside its transaction):
 * the rows createTaskIn writes for each, set-based; each task keeps its own
 * creation event, as one made by hand, so its history starts there.
 */
export async function createImportedTasksIn(trx: Trx, audit: RecordAudit, now: Date, planId: string, tasks: ImportedTask[]): Promise<void> {
  await insertImportedTasks(trx, planId, tasks, now);
  for (const task of tasks) {
    audit({ action: 'task.create', objectType: 'task', objectId: task.id, summary: { planId, code: task.code, titleZh: task.titleZh, leadMemberCode: task.leadMemberCode, participants: task.participantMemberCodes } });
  }
}

export async function createTaskIn(trx: Trx, audit: RecordAudit, now: Date, input: CreateTaskInput): Promise<string> {
  const plan = await findPlan(trx, input.planId);
  if (!plan) throw tasksErrors.planNotFound();
  if (plan.status === 'closed') throw tasksErrors.planClosed();
  if (input.focusAreaId && !(await repo.areaExists(trx, input.focusAreaId))) throw tasksErrors.areaNotFound();
  if (input.startDate && input.dueDate && input.dueDate < input.startDate) throw tasksErrors.dueBeforeStart();
  await checkMembersAndBodies(trx, input);
  if (await repo.codeTakenInPlan(trx, input.planId, input.code)) throw tasksErrors.codeTaken(input.code);
  const taskId = await repo.insertTask(
    trx,
    {
      plan_id: input.planId,
      code: input.code,
      title_zh: input.titleZh,
      title_en: input.titleEn ?? '',
      description_zh: input.descriptionZh ?? '',
      description_en: input.descriptionEn ?? '',
      focus_area_id: input.focusAreaId ?? null,
      lead_member_code: input.leadMemberCode,
      start_date: input.startDate ?? null,
      due_date: input.dueDate ?? null,
      priority: input.priority ?? 'normal',
      tags: [...new Set(input.tags ?? [])],
      source_ref: input.sourceRef ?? null,
      is_demo: input.isDemo ?? plan.is_demo,
    },
    now,
  );
  await repo.insertShare(trx, { taskId, memberCode: input.leadMemberCode, role: 'lead', ownerBodyCode: input.leadOwnerBodyCode ?? null, dueDate: input.dueDate ?? null }, now);
  for (const code of [...new Set(input.participantMemberCodes ?? [])]) {
    await repo.insertShare(trx, { taskId, memberCode: code, role: 'participant', ownerBodyCode: null, dueDate: input.dueDate ?? null }, now);
  }
  await repo.replaceBodies(trx, taskId, [...new Set(input.bodyCodes ?? [])]);
  for (const [i, m] of (input.milestones ?? []).entries()) {
    await repo.insertMilestone(trx, { taskId, titleZh: m.titleZh, titleEn: m.titleEn ?? '', dueDate: m.dueDate, sortOrder: i + 1 });
  }
  taskEvent(audit, taskId, 'task.create', { planId: input.planId, code: input.code, titleZh: input.titleZh, leadMemberCode: input.leadMemberCode, participants: input.participantMemberCodes ?? [] });
  return taskId;
}

export function createTask(deps: WriteDeps, input: CreateTaskInput): Promise<string> {
  return auditedTransaction(deps, (trx, audit) => createTaskIn(trx, audit, deps.clock.now(), input));
}

export interface UpdateTaskInput {
  version: number;
  code?: string;
  titleZh?: string;
  titleEn?: string;
  descriptionZh?: string;
  descriptionEn?: string;
  focusAreaId?: string | null;
  leadMemberCode?: string;
  bodyCodes?: string[];
  startDate?: string | null;
  dueDate?: string | null;
  priority?: 'high' | 'normal' | 'low';
  tags?: string[];
}

export async function updateTask(deps: WriteDeps, id: string, input: UpdateTaskInput) {
  await auditedTransaction(deps, async (trx, audit) => {
    const task = await repo.findTaskForUpdate(trx, id);
    if (!task) throw tasksErrors.notFound();
    if (task.version !== input.version) throw commonErrors.versionConflict(task.version);
    const plan = await findPlan(trx, task.plan_id);
    if (plan?.status === 'closed') throw tasksErrors.planClosed();
    if (input.focusAreaId && !(await repo.areaExists(trx, input.focusAreaId))) throw tasksErrors.areaNotFound();
    await checkMembersAndBodies(trx, { leadMemberCode: input.leadMemberCode, bodyCodes: input.bodyCodes });
    if (input.code && input.code !== task.code && (await repo.codeTakenInPlan(trx, task.plan_id, input.code, id))) throw tasksErrors.codeTaken(input.code);
    const start = input.startDate !== undefined ? input.startDate : task.start_date;
    const due = input.dueDate !== undefined ? input.dueDate : task.due_date;
    if (start && due && due < start) throw tasksErrors.dueBeforeStart();
    const now = deps.clock.now();
    const fields = {
      code: input.code,
      title_zh: input.titleZh,
      title_en: input.titleEn,
      description_zh: input.descriptionZh,
      description_en: input.descriptionEn,
      focus_area_id: input.focusAreaId,
      lead_member_code: input.leadMemberCode,
      start_date: input.startDate,
      due_date: input.dueDate,
      priority: input.priority,
      tags: input.tags ? [...new Set(input.tags)] : undefined,
    };
    const changes: Record<string, unknown> = changesBetween(task as unknown as Record<string, unknown>, fields);
    if (input.leadMemberCode && input.leadMemberCode !== task.lead_member_code) await moveLead(trx, id, task.lead_member_code, input.leadMemberCode, due, now);
    if (input.bodyCodes) {
      const before = await repo.bodiesOfTask(trx, id);
      await repo.replaceBodies(trx, id, [...new Set(input.bodyCodes)]);
      if (JSON.stringify(before) !== JSON.stringify([...new Set(input.bodyCodes)].sort())) changes.bodyCodes = { from: before, to: input.bodyCodes };
    }
    await repo.updateTaskFields(trx, id, fields, now);
    await recomputeRollup(trx, id, now);
    taskEvent(audit, id, 'task.update', { changes });
  });
}

/** The new lead's share becomes the lead share (created if the member did not take part); the old lead stays as participant. */
async function moveLead(trx: Trx, taskId: string, from: string, to: string, dueDate: string | null, now: Date) {
  const shares = await repo.sharesOfTask(trx, taskId);
  const oldLead = shares.find((s) => s.member_code === from);
  const newLead = shares.find((s) => s.member_code === to);
  if (oldLead) await repo.setShareRole(trx, oldLead.id, 'participant', now);
  if (newLead) await repo.setShareRole(trx, newLead.id, 'lead', now);
  else await repo.insertShare(trx, { taskId, memberCode: to, role: 'lead', ownerBodyCode: null, dueDate }, now);
}

export async function addShare(deps: WriteDeps, taskId: string, input: { memberCode: string; ownerBodyCode?: string | null; dueDate?: string | null }) {
  return auditedTransaction(deps, async (trx, audit) => {
    const task = await repo.findTaskForUpdate(trx, taskId);
    if (!task) throw tasksErrors.notFound();
    if (!(await memberExists(trx, input.memberCode))) throw tasksErrors.unknownMember('memberCode', input.memberCode);
    if (input.ownerBodyCode && !(await bodyExists(trx, input.ownerBodyCode))) throw tasksErrors.unknownBody('ownerBodyCode', input.ownerBodyCode);
    if (input.ownerBodyCode) await checkBodyOfMember(trx, 'ownerBodyCode', input.ownerBodyCode, input.memberCode);
    const shares = await repo.sharesOfTask(trx, taskId);
    if (shares.some((s) => s.member_code === input.memberCode)) throw tasksErrors.shareExists(input.memberCode);
    const now = deps.clock.now();
    const shareId = await repo.insertShare(trx, { taskId, memberCode: input.memberCode, role: 'participant', ownerBodyCode: input.ownerBodyCode ?? null, dueDate: input.dueDate ?? task.due_date }, now);
    await recomputeRollup(trx, taskId, now);
    taskEvent(audit, taskId, 'task.share_add', { shareId, memberCode: input.memberCode });
    return shareId;
  });
}

export async function removeShare(deps: WriteDeps, taskId: string, shareId: string) {
  await auditedTransaction(deps, async (trx, audit) => {
    const share = await repo.findShareForUpdate(trx, shareId);
    if (!share || share.task_id !== taskId) throw tasksErrors.shareNotFound();
    if (share.role === 'lead') throw tasksErrors.cannotRemoveLead();
    if ((await repo.countReportsOfShare(trx, shareId)) > 0) throw tasksErrors.shareHasReports();
    await repo.deleteShare(trx, shareId);
    await recomputeRollup(trx, taskId, deps.clock.now());
    taskEvent(audit, taskId, 'task.share_remove', { shareId, memberCode: share.member_code });
  });
}

export interface UpdateShareInput {
  version: number;
  status?: WorkStatus;
  percent?: number;
  notes?: string;
  ownerBodyCode?: string | null;
  dueDate?: string | null;
  weight?: number;
}

/** A member updates its own share; due date and weight are the Office's. Versions stop silent overwrites. */
export async function updateShare(deps: WriteDeps & { principal: Principal }, shareId: string, input: UpdateShareInput) {
  return auditedTransaction(deps, async (trx, audit) => {
    const share = await repo.findShareForUpdate(trx, shareId);
    if (!share) throw tasksErrors.shareNotFound();
    if (!canEditShare(deps.principal, share)) throw tasksErrors.notYourShare();
    if (!isOffice(deps.principal)) {
      if (input.dueDate !== undefined) throw tasksErrors.officeOnlyField('dueDate');
      if (input.weight !== undefined) throw tasksErrors.officeOnlyField('weight');
    }
    if (share.version !== input.version) throw commonErrors.versionConflict(share.version);
    if (input.ownerBodyCode && !(await bodyExists(trx, input.ownerBodyCode))) throw tasksErrors.unknownBody('ownerBodyCode', input.ownerBodyCode);
    if (input.ownerBodyCode) await checkBodyOfMember(trx, 'ownerBodyCode', input.ownerBodyCode, share.member_code);
    if (input.percent !== undefined || input.status !== undefined) checkPercentStatus(input.percent ?? Number(share.percent), input.status ?? share.status);
    const now = deps.clock.now();
    const fields = {
      status: input.status,
      percent: input.percent,
      notes: input.notes,
      owner_body_code: input.ownerBodyCode,
      due_date: input.dueDate,
      weight: input.weight,
    };
    const before = { ...share, percent: Number(share.percent), weight: Number(share.weight) };
    const changes = changesBetween(before as unknown as Record<string, unknown>, fields);
    const progressed = changes.percent !== undefined || changes.status !== undefined;
    await repo.updateShareFields(trx, shareId, { ...fields, ...(progressed ? { last_progress_at: now } : {}) }, now);
    const rollup = await recomputeRollup(trx, share.task_id, now);
    taskEvent(audit, share.task_id, 'task.share_update', { shareId, memberCode: share.member_code, changes, rollup });
    return share.task_id;
  });
}

export async function addMilestone(deps: WriteDeps, taskId: string, input: { titleZh: string; titleEn?: string; dueDate: string }) {
  return auditedTransaction(deps, async (trx, audit) => {
    const task = await repo.findTaskForUpdate(trx, taskId);
    if (!task) throw tasksErrors.notFound();
    const count = (await repo.milestonesOfTask(trx, taskId)).length;
    const id = await repo.insertMilestone(trx, { taskId, titleZh: input.titleZh, titleEn: input.titleEn ?? '', dueDate: input.dueDate, sortOrder: count + 1 });
    taskEvent(audit, taskId, 'task.milestone_add', { milestoneId: id, ...input });
    return id;
  });
}

/** The Office edits milestones; the lead member may mark one done or reopen it. */
export async function updateMilestone(
  deps: WriteDeps & { principal: Principal },
  milestoneId: string,
  input: { titleZh?: string; titleEn?: string; dueDate?: string; completed?: boolean },
) {
  return auditedTransaction(deps, async (trx, audit) => {
    const milestone = await repo.findMilestoneForUpdate(trx, milestoneId);
    if (!milestone) throw tasksErrors.milestoneNotFound();
    const task = await repo.findTask(trx, milestone.task_id);
    const office = isOffice(deps.principal);
    if (!office) {
      const leadShare = (await repo.sharesOfTask(trx, milestone.task_id)).find((s) => s.role === 'lead');
      if (!leadShare || !canEditShare(deps.principal, leadShare)) throw tasksErrors.notYourShare();
      for (const field of ['titleZh', 'titleEn', 'dueDate'] as const) if (input[field] !== undefined) throw tasksErrors.officeOnlyField(field);
    }
    const completedAt = input.completed === undefined ? undefined : input.completed ? deps.clock.now() : null;
    await repo.updateMilestone(trx, milestoneId, { title_zh: input.titleZh, title_en: input.titleEn, due_date: input.dueDate, completed_at: completedAt });
    taskEvent(audit, task!.id, 'task.milestone_update', { milestoneId, ...input });
    return task!.id;
  });
}

export async function getTask(deps: Deps, id: string) {
  const task = await repo.findTask(deps.db, id);
  if (!task) throw tasksErrors.notFound();
  const [shares, milestones, bodyCodes, plans, flags] = await Promise.all([
    repo.sharesOfTask(deps.db, id),
    repo.milestonesOfTask(deps.db, id),
    repo.bodiesOfTask(deps.db, id),
    repo.plansOfTask(deps.db, id),
    repo.openFlagsOfTask(deps.db, id),
  ]);
  return { task, shares, milestones, bodyCodes, plans, flags };
}

export interface TaskListQuery {
  planId?: string;
  areaId?: string;
  memberCode?: string;
  memberRole?: 'lead' | 'participant' | 'any';
  status?: WorkStatus[];
  shareStatus?: WorkStatus[];
  flag?: repo.TaskFilter['flag'];
  overdue?: boolean;
  dueYear?: number;
  q?: string;
  sort?: repo.TaskSort;
  cursor?: string;
  limit?: number;
}

/** The sort key of each order (repo.sortKeyOf), part by part, for checking a cursor. */
export const TASK_CURSORS = { code: ['text', 'text', 'uuid'], due: ['date', 'uuid'], updated: ['timestamp', 'uuid'] } as const;

export async function listTasks(deps: Deps, query: TaskListQuery, timeZone = 'Asia/Shanghai') {
  const sort = query.sort ?? 'code';
  const limit = query.limit ?? 50;
  const after = decodeCursor(query.cursor, TASK_CURSORS[sort]);
  const q = query.q?.trim() || undefined;
  const rows = await repo.listTasks(deps.db, { ...query, q, sort, after, limit, today: calendarDateIn(deps.clock.now(), timeZone) });
  return pageOf(rows, limit, (row) => repo.sortKeyOf(row, sort));
}

export function listViews(deps: Deps, userId: string, scope: string) {
  return repo.listViews(deps.db, userId, scope);
}

export async function saveView(deps: WriteDeps, input: { userId: string; scope: string; name: string; filters: Record<string, unknown> }) {
  return auditedTransaction(deps, async (trx, audit) => {
    const id = await repo.insertView(trx, input);
    if (!id) throw tasksErrors.viewNameTaken(input.name);
    audit({ action: 'saved_view.create', objectType: 'saved_view', objectId: id, summary: { scope: input.scope, name: input.name, filters: input.filters } });
    return id;
  });
}

export async function deleteView(deps: WriteDeps, userId: string, id: string) {
  await auditedTransaction(deps, async (trx, audit) => {
    if (!(await repo.deleteView(trx, userId, id))) throw tasksErrors.viewNotFound();
    audit({ action: 'saved_view.delete', objectType: 'saved_view', objectId: id });
  });
}
