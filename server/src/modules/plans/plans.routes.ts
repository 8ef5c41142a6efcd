import type { FastifyInstance } from 'fastify';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import { callerDeps, type AppDeps } from '../../app-deps.ts';
import { PLAN_TRANSITIONS } from './plans.models.ts';
import { plansPolicies } from './plans.policies.ts';
import type * as repo from './plans.repository.ts';
import {
  AreaList,
  BaselineSchema,
  CreateAreaBody,
  CreatedResponse,
  CreatePlanBody,
  DeriveAnnualBody,
  IdParams,
  PlanDetailSchema,
  PlanFilterQuery,
  PlanListQuery,
  PlanPage,
  TransitionBody,
  UpdateAreaBody,
  UpdatePlanBody,
} from './plans.schemas.ts';
import * as usecases from './plans.usecases.ts';
import { titleKey } from '../search/search.repository.ts';
import { XLSX_CONTENT_TYPE } from '../excel/excel.models.ts';
import { sendListExport } from '../excel/excel.list-reply.ts';
import { exportPlans } from './plans.export.ts';

const tags = ['plans'];
type PlanRow = NonNullable<Awaited<ReturnType<typeof repo.findPlan>>> & { task_count?: string | null };

function presentPlan(plan: PlanRow, taskCount?: number) {
  return {
    id: plan.id,
    kind: plan.kind,
    code: plan.code,
    titleZh: plan.title_zh,
    titleEn: plan.title_en,
    descriptionZh: plan.description_zh,
    descriptionEn: plan.description_en,
    periodStart: plan.period_start,
    periodEnd: plan.period_end,
    status: plan.status,
    parentPlanId: plan.parent_plan_id,
    reportingCadence: plan.reporting_cadence,
    stalledAfterDays: plan.stalled_after_days,
    baselineFrozenAt: plan.baseline_frozen_at?.toISOString() ?? null,
    isDemo: plan.is_demo,
    version: plan.version,
    taskCount: taskCount ?? Number(plan.task_count ?? 0),
    updatedAt: plan.updated_at.toISOString(),
  };
}

function presentDetail(detail: Awaited<ReturnType<typeof usecases.getPlan>>) {
  const taskCount = Object.values(detail.statusCounts).reduce((n, c) => n + c, 0);
  return {
    ...presentPlan(detail.plan, taskCount),
    transitions: detail.transitions.map((t) => ({
      fromStatus: t.from_status,
      toStatus: t.to_status,
      occurredAt: t.occurred_at.toISOString(),
      timeOfDayKnown: t.time_of_day_known,
      actorUsername: t.actor_username,
      actorDisplayName: t.actor_user_id ? (detail.titles.get(titleKey('user', t.actor_user_id))?.zh ?? null) : null,
      note: t.note,
      decisionRef: t.decision_ref,
      decisionTitleZh: t.decision_ref ? (detail.titles.get(titleKey('decision', t.decision_ref.toLowerCase()))?.zh ?? null) : null,
      decisionTitleEn: t.decision_ref ? (detail.titles.get(titleKey('decision', t.decision_ref.toLowerCase()))?.en ?? null) : null,
    })),
    statusCounts: detail.statusCounts,
    allowedTransitions: PLAN_TRANSITIONS[detail.plan.status],
  };
}

export async function plansRoutes(fastify: FastifyInstance, deps: AppDeps): Promise<void> {
  const app = fastify.withTypeProvider<TypeBoxTypeProvider>();

  app.get('/api/v1/plans', {
    config: { policy: plansPolicies.read },
    schema: { tags, summary: 'Plans, newest period first', querystring: PlanListQuery, response: { 200: PlanPage } },
    handler: async (request) => {
      const page = await usecases.listPlans(deps, request.query);
      return { items: page.items.map((p) => presentPlan(p)), nextCursor: page.nextCursor };
    },
  });

  app.get('/api/v1/plans/export.xlsx', {
    config: { policy: plansPolicies.read, operationId: 'plans.export' },
    schema: {
      tags,
      summary: 'The plan list (same filters as GET /api/v1/plans, every page) as .xlsx: bilingual headers, an About sheet with who, when and which filters',
      querystring: PlanFilterQuery,
      produces: [XLSX_CONTENT_TYPE],
    },
    handler: async (request, reply) => {
      const result = await exportPlans(callerDeps(deps, request), request.query);
      return sendListExport(reply, { ascii: 'plans', zh: '规划计划', date: result.date }, result);
    },
  });

  app.post('/api/v1/plans', {
    config: { policy: plansPolicies.manage },
    schema: { tags, summary: 'Create a plan (draft)', body: CreatePlanBody, response: { 201: CreatedResponse } },
    handler: async (request, reply) => reply.status(201).send({ id: await usecases.createPlan(callerDeps(deps, request), request.body) }),
  });

  app.get('/api/v1/plans/:id', {
    config: { policy: plansPolicies.read },
    schema: { tags, summary: 'A plan with its lifecycle history and task counts', params: IdParams, response: { 200: PlanDetailSchema } },
    handler: async (request) => presentDetail(await usecases.getPlan(deps, request.params.id)),
  });

  app.patch('/api/v1/plans/:id', {
    config: { policy: plansPolicies.manage },
    schema: { tags, summary: 'Edit a plan (needs the current version)', params: IdParams, body: UpdatePlanBody, response: { 200: PlanDetailSchema } },
    handler: async (request) => presentDetail(await usecases.updatePlan(callerDeps(deps, request), request.params.id, request.body)),
  });

  app.post('/api/v1/plans/:id/transitions', {
    config: { policy: plansPolicies.manage },
    schema: {
      tags,
      summary: 'Move a plan along its lifecycle (draft → adopted in principle → adopted → in force → closed); illegal steps get 409',
      params: IdParams,
      body: TransitionBody,
      response: { 200: PlanDetailSchema },
    },
    handler: async (request) => presentDetail(await usecases.transitionPlan(callerDeps(deps, request), request.params.id, request.body)),
  });

  app.post('/api/v1/plans/:id/annual-plans', {
    config: { policy: plansPolicies.manage },
    schema: { tags, summary: 'Derive an annual work plan from a three-year plan', params: IdParams, body: DeriveAnnualBody, response: { 201: CreatedResponse } },
    handler: async (request, reply) =>
      reply.status(201).send({ id: await usecases.deriveAnnualPlan(callerDeps(deps, request), request.params.id, request.body) }),
  });

  app.get('/api/v1/plans/:id/baseline', {
    config: { policy: plansPolicies.read },
    schema: { tags, summary: 'The frozen baseline of a plan beside its tasks today', params: IdParams, response: { 200: BaselineSchema } },
    handler: async (request) => {
      const { plan, rows } = await usecases.baseline(deps, request.params.id);
      return {
        planId: plan.id,
        baselineFrozenAt: plan.baseline_frozen_at?.toISOString() ?? null,
        rows: rows.map((r) => {
          const baselineDue = (r.snapshot as { dueDate?: string | null } | null)?.dueDate ?? null;
          return {
            taskId: r.id,
            code: r.code,
            titleZh: r.title_zh,
            currentDueDate: r.due_date,
            baselineDueDate: baselineDue,
            inBaseline: r.snapshot !== null,
            dueDateChanged: r.snapshot !== null && baselineDue !== r.due_date,
            status: r.status,
            progress: Number(r.progress),
          };
        }),
      };
    },
  });

  app.get('/api/v1/focus-areas', {
    config: { policy: plansPolicies.read },
    schema: { tags, summary: 'The focus areas (a tree by parentId)', response: { 200: AreaList } },
    handler: async () => ({
      items: (await usecases.listAreas(deps)).map((a) => ({
        id: a.id,
        code: a.code,
        parentId: a.parent_id,
        nameZh: a.name_zh,
        nameEn: a.name_en,
        descriptionZh: a.description_zh,
        descriptionEn: a.description_en,
        sortOrder: a.sort_order,
        version: a.version,
      })),
    }),
  });

  app.post('/api/v1/focus-areas', {
    config: { policy: plansPolicies.manage },
    schema: { tags, summary: 'Add a focus area or sub-area (code 1.2 goes under 1)', body: CreateAreaBody, response: { 201: CreatedResponse } },
    handler: async (request, reply) => reply.status(201).send({ id: await usecases.createArea(callerDeps(deps, request), request.body) }),
  });

  app.patch('/api/v1/focus-areas/:id', {
    config: { policy: plansPolicies.manage },
    schema: { tags, summary: 'Edit a focus area', params: IdParams, body: UpdateAreaBody, response: { 200: CreatedResponse } },
    handler: async (request) => {
      await usecases.updateArea(callerDeps(deps, request), request.params.id, request.body);
      return { id: request.params.id };
    },
  });
}
