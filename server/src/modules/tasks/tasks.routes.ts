import type { FastifyInstance } from 'fastify';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import { callerDeps, type AppDeps } from '../../app-deps.ts';
import type { Principal, UserPrincipal } from '../../shared/principal.ts';
import { AuditPage } from '../audit/audit.schemas.ts';
import { auditPage } from '../audit/audit.routes.ts';
import { CreatedResponse } from '../plans/plans.schemas.ts';
import { canEditShare } from './tasks.policies.ts';
import { tasksPolicies } from './tasks.policies.ts';
import type { TaskListRow } from './tasks.repository.ts';
import {
  AddMilestoneBody,
  AddShareBody,
  CreateSavedViewBody,
  CreateTaskBody,
  HistoryQuery,
  IdOnly,
  SavedViewList,
  SavedViewQuery,
  TaskDetailSchema,
  TaskIdParams,
  TaskListQuery,
  TaskPage,
  TaskShareParams,
  UpdateMilestoneBody,
  UpdateShareBody,
  UpdateTaskBody,
} from './tasks.schemas.ts';
import * as usecases from './tasks.usecases.ts';

const tags = ['tasks'];

export const ROLLUP_RULE = {
  zh: '任务进度为各成员方分工进度按权重的加权平均；状态取最不利者：任一分工“延误”即为延误，否则任一“有风险”即为有风险；全部完成才算完成，全部未启动才算未启动，其余为正常推进。',
  en: 'Task progress is the weighted mean of the member shares. Status takes the worst case: any share delayed → delayed; else any at risk → at risk; completed only when every share is, not started only when none has started; otherwise on track.',
};

export function presentListItem(row: TaskListRow) {
  return {
    id: row.id,
    planCode: row.plan_code,
    code: row.code,
    titleZh: row.title_zh,
    titleEn: row.title_en,
    areaCode: row.area_code,
    areaNameZh: row.area_name_zh,
    areaNameEn: row.area_name_en,
    leadMemberCode: row.lead_member_code,
    participantMemberCodes: row.participant_codes ?? [],
    dueDate: row.due_date,
    status: row.status,
    progress: Number(row.progress),
    redFlags: Number(row.red_flags ?? 0),
    yellowFlags: Number(row.yellow_flags ?? 0),
    isDemo: row.is_demo,
  };
}

function presentDetail(detail: Awaited<ReturnType<typeof usecases.getTask>>, principal: Principal) {
  const { task } = detail;
  return {
    id: task.id,
    planId: task.plan_id,
    code: task.code,
    titleZh: task.title_zh,
    titleEn: task.title_en,
    descriptionZh: task.description_zh,
    descriptionEn: task.description_en,
    focusAreaId: task.focus_area_id,
    leadMemberCode: task.lead_member_code,
    startDate: task.start_date,
    dueDate: task.due_date,
    priority: task.priority,
    tags: task.tags,
    status: task.status,
    progress: Number(task.progress),
    sourceRef: task.source_ref,
    isDemo: task.is_demo,
    version: task.version,
    updatedAt: task.updated_at.toISOString(),
    bodyCodes: detail.bodyCodes,
    plans: detail.plans.map((p) => ({ id: p.id, code: p.code, kind: p.kind, titleZh: p.title_zh, titleEn: p.title_en, status: p.status, inclusion: p.inclusion })),
    shares: detail.shares.map((s) => ({
      id: s.id,
      taskId: s.task_id,
      memberCode: s.member_code,
      role: s.role,
      ownerBodyCode: s.owner_body_code,
      status: s.status,
      percent: Number(s.percent),
      weight: Number(s.weight),
      dueDate: s.due_date,
      notes: s.notes,
      lastProgressAt: s.last_progress_at?.toISOString() ?? null,
      version: s.version,
      updatedAt: s.updated_at.toISOString(),
      editable: canEditShare(principal, s),
    })),
    milestones: detail.milestones.map((m) => ({
      id: m.id,
      titleZh: m.title_zh,
      titleEn: m.title_en,
      dueDate: m.due_date,
      completedAt: m.completed_at?.toISOString() ?? null,
    })),
    flags: detail.flags.map((f) => ({
      id: f.id,
      kind: f.kind,
      severity: f.severity,
      memberCode: f.member_code,
      shareId: f.share_id,
      milestoneId: f.milestone_id,
      period: f.period,
      raisedAt: f.raised_at.toISOString(),
      escalationLevel: f.escalation_level,
    })),
    rollupRule: ROLLUP_RULE,
  };
}

export async function tasksRoutes(fastify: FastifyInstance, deps: AppDeps): Promise<void> {
  const app = fastify.withTypeProvider<TypeBoxTypeProvider>();
  const detail = async (id: string, principal: Principal) => presentDetail(await usecases.getTask(deps, id), principal);

  app.get('/api/v1/tasks', {
    config: { policy: tasksPolicies.read },
    schema: {
      tags,
      summary: 'Tasks with filters (plan, area incl. sub-areas, member as lead/participant, status, flag, overdue, text in Chinese or English)',
      querystring: TaskListQuery,
      response: { 200: TaskPage },
    },
    handler: async (request) => {
      const page = await usecases.listTasks(deps, request.query);
      return { items: page.items.map(presentListItem), nextCursor: page.nextCursor };
    },
  });

  app.post('/api/v1/tasks', {
    config: { policy: tasksPolicies.manage },
    schema: { tags, summary: 'Create a task; the lead and each participant get a share', body: CreateTaskBody, response: { 201: CreatedResponse } },
    handler: async (request, reply) => reply.status(201).send({ id: await usecases.createTask(callerDeps(deps, request), request.body) }),
  });

  app.get('/api/v1/tasks/:id', {
    config: { policy: tasksPolicies.read },
    schema: { tags, summary: 'A task with shares, milestones, plans and open flags', params: TaskIdParams, response: { 200: TaskDetailSchema } },
    handler: async (request) => detail(request.params.id, request.principal),
  });

  app.patch('/api/v1/tasks/:id', {
    config: { policy: tasksPolicies.manage },
    schema: { tags, summary: 'Change a task (needs the current version)', params: TaskIdParams, body: UpdateTaskBody, response: { 200: TaskDetailSchema } },
    handler: async (request) => {
      await usecases.updateTask(callerDeps(deps, request), request.params.id, request.body);
      return detail(request.params.id, request.principal);
    },
  });

  app.get('/api/v1/tasks/:id/history', {
    config: { policy: tasksPolicies.read },
    schema: { tags, summary: "The task's audit history: every change to it, its shares, milestones and reports", params: TaskIdParams, querystring: HistoryQuery, response: { 200: AuditPage } },
    handler: async (request) => {
      await usecases.getTask(deps, request.params.id);
      return auditPage(deps, { objectType: 'task', objectId: request.params.id }, request.query.cursor, request.query.limit ?? 50);
    },
  });

  app.post('/api/v1/tasks/:id/shares', {
    config: { policy: tasksPolicies.manage },
    schema: { tags, summary: 'Add a participating member', params: TaskIdParams, body: AddShareBody, response: { 200: TaskDetailSchema } },
    handler: async (request) => {
      await usecases.addShare(callerDeps(deps, request), request.params.id, request.body);
      return detail(request.params.id, request.principal);
    },
  });

  app.delete('/api/v1/tasks/:id/shares/:shareId', {
    config: { policy: tasksPolicies.manage },
    schema: { tags, summary: 'Remove a participating member (only while it has no reports)', params: TaskShareParams, response: { 200: TaskDetailSchema } },
    handler: async (request) => {
      await usecases.removeShare(callerDeps(deps, request), request.params.id, request.params.shareId);
      return detail(request.params.id, request.principal);
    },
  });

  app.patch('/api/v1/shares/:id', {
    config: { policy: tasksPolicies.updateShare },
    schema: {
      tags,
      summary: "Update a member's share: status, percent, notes, owner body (own member); due date and weight (Office). Needs the current version.",
      params: IdOnly,
      body: UpdateShareBody,
      response: { 200: TaskDetailSchema },
    },
    handler: async (request) => {
      const taskId = await usecases.updateShare(callerDeps(deps, request), request.params.id, request.body);
      return detail(taskId, request.principal);
    },
  });

  app.post('/api/v1/tasks/:id/milestones', {
    config: { policy: tasksPolicies.manage },
    schema: { tags, summary: 'Add a milestone', params: TaskIdParams, body: AddMilestoneBody, response: { 200: TaskDetailSchema } },
    handler: async (request) => {
      await usecases.addMilestone(callerDeps(deps, request), request.params.id, request.body);
      return detail(request.params.id, request.principal);
    },
  });

  app.patch('/api/v1/milestones/:id', {
    config: { policy: tasksPolicies.updateShare },
    schema: { tags, summary: 'Edit a milestone (Office) or mark it done (Office or the lead member)', params: IdOnly, body: UpdateMilestoneBody, response: { 200: TaskDetailSchema } },
    handler: async (request) => {
      const taskId = await usecases.updateMilestone(callerDeps(deps, request), request.params.id, request.body);
      return detail(taskId, request.principal);
    },
  });

  app.get('/api/v1/saved-views', {
    config: { policy: tasksPolicies.personal },
    schema: { tags, summary: 'Your saved list views', querystring: SavedViewQuery, response: { 200: SavedViewList } },
    handler: async (request) => {
      const user = request.principal as UserPrincipal;
      const views = await usecases.listViews(deps, user.userId, request.query.scope ?? 'tasks');
      return { items: views.map((v) => ({ id: v.id, scope: v.scope, name: v.name, filters: v.filters, createdAt: v.created_at.toISOString() })) };
    },
  });

  app.post('/api/v1/saved-views', {
    config: { policy: tasksPolicies.personal },
    schema: { tags, summary: 'Save the current filters under a name', body: CreateSavedViewBody, response: { 201: CreatedResponse } },
    handler: async (request, reply) => {
      const user = request.principal as UserPrincipal;
      const id = await usecases.saveView(callerDeps(deps, request), { userId: user.userId, ...request.body, filters: request.body.filters as Record<string, unknown> });
      return reply.status(201).send({ id });
    },
  });

  app.delete('/api/v1/saved-views/:id', {
    config: { policy: tasksPolicies.personal },
    schema: { tags, summary: 'Delete one of your saved views', params: IdOnly, response: { 200: CreatedResponse } },
    handler: async (request) => {
      await usecases.deleteView(callerDeps(deps, request), (request.principal as UserPrincipal).userId, request.params.id);
      return { id: request.params.id };
    },
  });
}
