import type { FastifyInstance } from 'fastify';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import { callerDeps, type AppDeps } from '../../app-deps.ts';
import { XLSX_CONTENT_TYPE } from '../excel/excel.models.ts';
import { LIST_EXPORT_CAP } from '../excel/excel.list-export.ts';
import { sendListExport } from '../excel/excel.list-reply.ts';
import { exportRisks } from './risks.export.ts';
import { scoreOf } from './risks.models.ts';
import { risksPolicies } from './risks.policies.ts';
import type * as repo from './risks.repository.ts';
import { CreatedResponse, CreateRiskBody, Heatmap, IdParams, RiskDetail, RiskFilterQuery, RiskList, RiskListQuery, TriggerBody, TriggerParams, UpdateRiskBody } from './risks.schemas.ts';
import * as usecases from './risks.usecases.ts';

const tags = ['risks'];
type RiskRow = NonNullable<Awaited<ReturnType<typeof repo.findRisk>>>;

function presentRisk(r: RiskRow) {
  return {
    id: r.id, code: r.code, titleZh: r.title_zh, titleEn: r.title_en, descriptionZh: r.description_zh, descriptionEn: r.description_en, area: r.area,
    likelihood: r.likelihood, impact: r.impact, score: scoreOf(r.likelihood, r.impact), ownerMemberCodes: r.owner_member_codes, reviewDate: r.review_date,
    status: r.status, isDemo: r.is_demo, version: r.version, updatedAt: r.updated_at.toISOString(),
  };
}

function presentDetail(d: Awaited<ReturnType<typeof usecases.getRisk>>) {
  return {
    ...presentRisk(d.risk),
    canEdit: d.canEdit,
    measures: d.measures.map((m) => ({
      id: m.id, textZh: m.text_zh, textEn: m.text_en,
      task: m.task_id && m.task_code !== null ? { id: m.task_id, code: m.task_code, titleZh: m.task_title_zh ?? '', titleEn: m.task_title_en ?? '', status: m.task_status ?? '', progress: Number(m.task_progress ?? 0) } : null,
      clause: m.clause_id && m.agreement_id ? {
        id: m.clause_id, textZh: m.clause_text_zh ?? '', textEn: m.clause_text_en ?? '', agreementId: m.agreement_id, agreementTitleZh: m.agreement_title_zh ?? '', agreementTitleEn: m.agreement_title_en ?? '',
      } : null,
    })),
    triggers: d.triggers.map((t) => ({
      id: t.id, indicatorCode: t.indicator_code, indicatorNameZh: t.indicator_name_zh, indicatorNameEn: t.indicator_name_en, unitZh: t.unit_zh, unitEn: t.unit_en, frequency: t.frequency,
      scopeCode: t.scope_key, comparison: t.comparison, threshold: Number(t.threshold), periods: t.periods,
      states: d.states.filter((s) => s.trigger_id === t.id).map((s) => ({ scopeCode: s.scope_key, crossed: s.crossed, lastPeriod: s.last_period })),
    })),
    alerts: d.alerts.map((a) => ({
      id: a.id, triggerId: a.trigger_id, indicatorCode: a.indicator_code, scopeCode: a.scope_key, comparison: a.comparison, threshold: Number(a.threshold), period: a.period, value: Number(a.value),
      periods: a.periods as { period: string; value: number }[], raisedBy: a.raised_by_name, raisedAt: a.raised_at.toISOString(), isDemo: a.is_demo,
    })),
    assessments: d.assessments.map((a) => ({
      revision: a.revision, likelihood: a.likelihood, impact: a.impact, score: scoreOf(a.likelihood, a.impact), status: a.status, reason: a.reason, assessedBy: a.assessed_by_name, assessedAt: a.assessed_at.toISOString(),
    })),
  };
}

export async function risksRoutes(fastify: FastifyInstance, deps: AppDeps): Promise<void> {
  const app = fastify.withTypeProvider<TypeBoxTypeProvider>();

  app.get('/api/v1/risks', {
    config: { policy: risksPolicies.read, operationId: 'risks.list' },
    schema: { tags, summary: 'The joint risk register in code order, filtered by area, status, owner member or text; cursor-paged', querystring: RiskListQuery, response: { 200: RiskList } },
    handler: async (request) => {
      const page = await usecases.listRisks(deps, request.query);
      return { items: page.items.map(presentRisk), nextCursor: page.nextCursor };
    },
  });

  app.get('/api/v1/risks/heatmap', {
    config: { policy: risksPolicies.read, operationId: 'risks.heatmap' },
    schema: { tags, summary: 'Risks per likelihood × impact cell (5×5), with the same filters as the register', querystring: RiskFilterQuery, response: { 200: Heatmap } },
    handler: async (request) => usecases.riskHeatmap(deps, request.query),
  });

  app.get('/api/v1/risks/export.xlsx', {
    config: { policy: risksPolicies.read, operationId: 'risks.export' },
    schema: { tags, summary: `The register (same filters and order as GET /api/v1/risks, every page, at most ${LIST_EXPORT_CAP} rows) as .xlsx, with an About sheet`, querystring: RiskFilterQuery, produces: [XLSX_CONTENT_TYPE] },
    handler: async (request, reply) => {
      const result = await exportRisks(callerDeps(deps, request), request.query);
      return sendListExport(reply, { ascii: 'risk-register', zh: '风险清单', date: result.date }, result);
    },
  });

  app.post('/api/v1/risks', {
    config: { policy: risksPolicies.write, operationId: 'risks.create' },
    schema: { tags, summary: "Register a risk (the Office; a member's liaison or editor with their member among the owners)", body: CreateRiskBody, response: { 201: CreatedResponse } },
    handler: async (request, reply) => reply.status(201).send({ id: await usecases.createRisk(callerDeps(deps, request), request.body) }),
  });

  app.get('/api/v1/risks/:id', {
    config: { policy: risksPolicies.read, operationId: 'risks.get' },
    schema: { tags, summary: 'A risk with its measures, triggers (and their state per scope), alerts and assessment history', params: IdParams, response: { 200: RiskDetail } },
    handler: async (request) => presentDetail(await usecases.getRisk(deps, request.params.id, request.principal)),
  });

  app.patch('/api/v1/risks/:id', {
    config: { policy: risksPolicies.write, operationId: 'risks.update' },
    schema: { tags, summary: 'Change a risk (the Office or its owner members); names the version read (409 when someone else was first)', params: IdParams, body: UpdateRiskBody, response: { 200: RiskDetail } },
    handler: async (request) => presentDetail(await usecases.updateRisk(callerDeps(deps, request), request.params.id, request.body)),
  });

  app.post('/api/v1/risks/:id/triggers', {
    config: { policy: risksPolicies.write, operationId: 'risks.addTrigger' },
    schema: { tags, summary: 'Add a threshold on an indicator: an alert when the latest N periods in a scope all cross it', params: IdParams, body: TriggerBody, response: { 201: CreatedResponse } },
    handler: async (request, reply) => reply.status(201).send({ id: await usecases.addTrigger(callerDeps(deps, request), request.params.id, request.body) }),
  });

  app.delete('/api/v1/risks/:id/triggers/:triggerId', {
    config: { policy: risksPolicies.write, operationId: 'risks.removeTrigger' },
    schema: { tags, summary: 'Remove a trigger (kept with its alerts, no longer evaluated); answers the risk', params: TriggerParams, response: { 200: RiskDetail } },
    handler: async (request) => {
      await usecases.removeTrigger(callerDeps(deps, request), request.params.id, request.params.triggerId);
      return presentDetail(await usecases.getRisk(deps, request.params.id, request.principal));
    },
  });
}
