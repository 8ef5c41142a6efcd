import type { FastifyInstance } from 'fastify';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import { callerDeps, type AppDeps } from '../../app-deps.ts';
import { XLSX_CONTENT_TYPE } from '../excel/excel.models.ts';
import { LIST_EXPORT_CAP } from '../excel/excel.list-export.ts';
import { sendListExport } from '../excel/excel.list-reply.ts';
import { exportProjects } from './projects.export.ts';
import { leadScopeOf, mayLead, projectsPolicies } from './projects.policies.ts';
import { CreatedResponse, CreateProjectBody, IdParams, ProjectDetail, ProjectExportQuery, ProjectFilterQuery, ProjectList, ProjectListQuery, ProjectMap, UpdateProjectBody } from './projects.schemas.ts';
import * as usecases from './projects.usecases.ts';

const tags = ['projects'];

function present(e: usecases.Enriched) {
  const p = e.project;
  return {
    id: p.id, code: p.code, titleZh: p.title_zh, titleEn: p.title_en, type: p.type, phase: p.phase, leadMemberCode: p.lead_member_code, members: e.members,
    locationCityCode: p.location_city_code, cityCodes: p.city_codes, startDate: p.start_date, plannedCompletion: p.planned_completion,
    currency: p.currency, unit: p.unit, totalInvestment: p.total_investment === null ? null : Number(p.total_investment), taskIds: p.task_ids, agreementIds: p.agreement_ids,
    progress: e.progress, openFlags: e.openFlags, isDemo: p.is_demo, version: p.version, updatedAt: p.updated_at.toISOString(),
  };
}

export async function projectsRoutes(fastify: FastifyInstance, deps: AppDeps): Promise<void> {
  const app = fastify.withTypeProvider<TypeBoxTypeProvider>();

  const detail = async (id: string, canEdit: (lead: string) => boolean) => {
    const d = await usecases.getProject(deps, id);
    const tasks = new Map(d.tasks.map((t) => [t.id, t]));
    const agreements = new Map(d.agreements.map((a) => [a.id, a]));
    const dueOf = new Map(d.milestones.map((m) => [m.id, m.due_date]));
    return {
      ...present(d), descriptionZh: d.project.description_zh, descriptionEn: d.project.description_en, canEdit: canEdit(d.project.lead_member_code),
      milestones: d.milestones.map((m) => ({ id: m.id, titleZh: m.title_zh, titleEn: m.title_en, dueDate: m.due_date, doneOn: m.done_on, overdue: m.done_on === null && m.due_date < d.today })),
      tasks: d.project.task_ids.flatMap((id) => { const t = tasks.get(id); return t ? [{ id, code: t.code, titleZh: t.title_zh, titleEn: t.title_en, status: t.status, progress: Number(t.progress) }] : []; }),
      agreements: d.project.agreement_ids.flatMap((id) => { const a = agreements.get(id); return a ? [{ id, titleZh: a.title_zh, titleEn: a.title_en, status: a.status }] : []; }),
      flags: d.flags.map((f) => ({ id: f.id, milestoneId: f.milestone_id, severity: f.severity, level: f.escalation_level, raisedAt: f.raised_at.toISOString(), dueDate: (f.milestone_id && dueOf.get(f.milestone_id)) || null })),
    };
  };

  app.get('/api/v1/projects', {
    config: { policy: projectsPolicies.read, operationId: 'projects.list' },
    schema: { tags, summary: 'Key projects, newest first; filters: type, phase, member involved, location city; each with its progress and the rule behind it', querystring: ProjectListQuery, response: { 200: ProjectList } },
    handler: async (request) => {
      const page = await usecases.listProjects(deps, request.query);
      return { items: page.items.map(present), nextCursor: page.nextCursor };
    },
  });

  app.post('/api/v1/projects', {
    config: { policy: projectsPolicies.write, operationId: 'projects.create' },
    schema: { tags, summary: 'Record a key project (the Office, or a liaison or editor of its lead member); cities must belong to its members, linked tasks and agreements must exist', body: CreateProjectBody, response: { 201: CreatedResponse } },
    handler: async (request, reply) => reply.status(201).send({ id: await usecases.createProject(callerDeps(deps, request), leadScopeOf(request.principal), request.body) }),
  });

  app.get('/api/v1/projects/map', {
    config: { policy: projectsPolicies.read, operationId: 'projects.map' },
    schema: { tags, summary: 'Projects on the city map: per location city the count by phase and the first 20 projects; totals by phase; how many have no location', querystring: ProjectFilterQuery, response: { 200: ProjectMap } },
    handler: async (request) => usecases.projectMap(deps, request.query),
  });

  app.get('/api/v1/projects/export.xlsx', {
    config: { policy: projectsPolicies.read, operationId: 'projects.export' },
    schema: { tags, summary: `The project list (same filters and order as GET /api/v1/projects, every page, at most ${LIST_EXPORT_CAP} rows) as .xlsx, with investment, progress and its rule, and an About sheet`, querystring: ProjectExportQuery, produces: [XLSX_CONTENT_TYPE] },
    handler: async (request, reply) => {
      const result = await exportProjects(callerDeps(deps, request), request.query);
      return sendListExport(reply, { ascii: 'key-projects', zh: '重点项目', date: result.date }, result);
    },
  });

  app.get('/api/v1/projects/:id', {
    config: { policy: projectsPolicies.read, operationId: 'projects.get' },
    schema: { tags, summary: 'A key project with members’ investment, milestones, linked tasks and agreements, open flags and its progress with the rule', params: IdParams, response: { 200: ProjectDetail } },
    handler: async (request) => detail(request.params.id, (lead) => mayLead(leadScopeOf(request.principal), lead)),
  });

  app.put('/api/v1/projects/:id', {
    config: { policy: projectsPolicies.write, operationId: 'projects.update' },
    schema: { tags, summary: 'Replace a project’s description (the Office, or a liaison or editor of its lead member); names the version read (409 when someone else was first)', params: IdParams, body: UpdateProjectBody, response: { 200: ProjectDetail } },
    handler: async (request) => {
      const scope = leadScopeOf(request.principal);
      await usecases.updateProject(callerDeps(deps, request), scope, request.params.id, request.body);
      return detail(request.params.id, (lead) => mayLead(scope, lead));
    },
  });
}
