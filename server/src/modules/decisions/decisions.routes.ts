import type { FastifyInstance } from 'fastify';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import { callerDeps, type AppDeps } from '../../app-deps.ts';
import type { DecisionEffectKind } from '../../db/schema.ts';
import { XLSX_CONTENT_TYPE } from '../excel/excel.models.ts';
import { LIST_EXPORT_CAP } from '../excel/excel.list-export.ts';
import { sendListExport } from '../excel/excel.list-reply.ts';
import { exportDecisions } from './decisions.export.ts';
import { decisionsPolicies } from './decisions.policies.ts';
import { IMPLEMENTED_RULE } from './decisions.models.ts';
import { CreatedResponse, CreateDecisionBody, DecisionDetailSchema, DecisionFilterQuery, DecisionList, DecisionListQuery, IdParams, MeetingParams } from './decisions.schemas.ts';
import * as usecases from './decisions.usecases.ts';

const tags = ['decisions'];

function presentDetail(d: Awaited<ReturnType<typeof usecases.getDecision>>) {
  return {
    id: d.decision.id, meetingId: d.decision.meeting_id, titleZh: d.decision.title_zh, titleEn: d.decision.title_en,
    bodyZh: d.decision.body_zh, bodyEn: d.decision.body_en, decidedAt: d.decision.decided_at.toISOString(), timeOfDayKnown: d.decision.time_of_day_known, isDemo: d.decision.is_demo,
    effects: d.effects.map((e) => ({
      kind: e.kind, planId: e.plan_id, agreementId: e.agreement_id, matterId: e.matter_id, hostMemberCode: e.host_member_code, hostYear: e.host_year, taskIds: e.task_ids,
    })),
    tasks: d.tasks.map((t) => ({
      id: t.id, code: t.code, titleZh: t.title_zh, titleEn: t.title_en, leadMemberCode: t.lead_member_code, status: t.status, progress: Number(t.progress), dueDate: t.due_date,
    })),
    implementation: d.implementation,
  };
}

export async function decisionsRoutes(fastify: FastifyInstance, deps: AppDeps): Promise<void> {
  const app = fastify.withTypeProvider<TypeBoxTypeProvider>();

  app.post('/api/v1/meetings/:id/decisions', {
    config: { policy: decisionsPolicies.record },
    schema: {
      tags,
      summary: 'Record a decision of the meeting and apply its effects (adopt a plan, approve an agreement, resolve a matter, fix the next host, create tasks) in one transaction',
      params: MeetingParams, body: CreateDecisionBody, response: { 201: CreatedResponse },
    },
    handler: async (request, reply) => reply.status(201).send({ id: await usecases.recordDecision(callerDeps(deps, request), request.params.id, request.body) }),
  });

  app.get('/api/v1/decisions', {
    config: { policy: decisionsPolicies.read },
    schema: { tags, summary: 'Decisions, newest first, with filters (year, implemented, meeting); cursor-paged; with the rule of "implemented"', querystring: DecisionListQuery, response: { 200: DecisionList } },
    handler: async (request) => {
      const page = await usecases.listDecisions(deps, request.query);
      return {
        items: page.items.map((d) => ({
          id: d.id, meetingId: d.meeting_id, meetingTitleZh: d.meeting_title_zh, meetingTitleEn: d.meeting_title_en, titleZh: d.title_zh, titleEn: d.title_en,
          decidedAt: d.decided_at.toISOString(), timeOfDayKnown: d.time_of_day_known, isDemo: d.is_demo, effectKinds: d.effect_kinds as DecisionEffectKind[],
          taskCount: Number(d.task_count), completedTasks: Number(d.completed_tasks), implemented: d.implemented,
        })),
        nextCursor: page.nextCursor,
        rule: IMPLEMENTED_RULE,
      };
    },
  });

  app.get('/api/v1/decisions/export.xlsx', {
    config: { policy: decisionsPolicies.read, operationId: 'decisions.export' },
    schema: {
      tags, summary: `The decision list (same filters and order as GET /api/v1/decisions, every page, at most ${LIST_EXPORT_CAP} rows) as .xlsx, with an About sheet`,
      querystring: DecisionFilterQuery, produces: [XLSX_CONTENT_TYPE],
    },
    handler: async (request, reply) => {
      const result = await exportDecisions(callerDeps(deps, request), request.query);
      return sendListExport(reply, { ascii: 'decisions', zh: '会议决定', date: result.date }, result);
    },
  });

  app.get('/api/v1/decisions/:id', {
    config: { policy: decisionsPolicies.read },
    schema: { tags, summary: 'A decision with what it produced and its implementation rolled up from its tasks', params: IdParams, response: { 200: DecisionDetailSchema } },
    handler: async (request) => presentDetail(await usecases.getDecision(deps, request.params.id)),
  });
}
