import type { FastifyInstance } from 'fastify';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import { callerDeps, type AppDeps } from '../../app-deps.ts';
import { XLSX_CONTENT_TYPE } from '../excel/excel.models.ts';
import { LIST_EXPORT_CAP } from '../excel/excel.list-export.ts';
import { sendListExport } from '../excel/excel.list-reply.ts';
import { exportAgreements } from './agreements.export.ts';
import { agreementsPolicies } from './agreements.policies.ts';
import type * as repo from './agreements.repository.ts';
import { AgreementDetailSchema, AgreementFilterQuery, AgreementList, AgreementListQuery, CreateAgreementBody, CreatedResponse, IdParams, TransitionBody } from './agreements.schemas.ts';
import * as usecases from './agreements.usecases.ts';

const tags = ['agreements'];
type AgreementRow = NonNullable<Awaited<ReturnType<typeof repo.findAgreement>>>;
type PartyRow = Awaited<ReturnType<typeof repo.partiesOf>>[number];

function presentAgreement(a: AgreementRow, parties: PartyRow[]) {
  return {
    parties: parties.map((p) => ({ memberCode: p.member_code, bodyCode: p.body_code })),
    id: a.id, titleZh: a.title_zh, titleEn: a.title_en, meetingId: a.meeting_id, signedOn: a.signed_on, termStart: a.term_start, termEnd: a.term_end,
    status: a.status, expiryAlertSentAt: a.expiry_alert_sent_at?.toISOString() ?? null, isDemo: a.is_demo, version: a.version,
  };
}

function presentDetail(d: Awaited<ReturnType<typeof usecases.getAgreement>>) {
  const tasks = new Map(d.tasks.map((t) => [t.id, { id: t.id, code: t.code, titleZh: t.title_zh, titleEn: t.title_en, status: t.status, progress: Number(t.progress) }]));
  return {
    ...presentAgreement(d.agreement, d.parties),
    clauses: d.clauses.map((c) => ({ id: c.id, textZh: c.text_zh, textEn: c.text_en, tasks: c.task_ids.flatMap((id) => (tasks.has(id) ? [tasks.get(id)!] : [])) })),
  };
}

export async function agreementsRoutes(fastify: FastifyInstance, deps: AppDeps): Promise<void> {
  const app = fastify.withTypeProvider<TypeBoxTypeProvider>();

  app.get('/api/v1/agreements', {
    config: { policy: agreementsPolicies.read },
    schema: { tags, summary: 'Agreements, newest first; cursor-paged', querystring: AgreementListQuery, response: { 200: AgreementList } },
    handler: async (request) => {
      const page = await usecases.listAgreements(deps, request.query);
      return { items: page.items.map((a) => presentAgreement(a.agreement, a.parties)), nextCursor: page.nextCursor };
    },
  });

  app.get('/api/v1/agreements/export.xlsx', {
    config: { policy: agreementsPolicies.read, operationId: 'agreements.export' },
    schema: {
      tags, summary: `The agreement list (same filters and order as GET /api/v1/agreements, every page, at most ${LIST_EXPORT_CAP} rows) as .xlsx, with an About sheet`,
      querystring: AgreementFilterQuery, produces: [XLSX_CONTENT_TYPE],
    },
    handler: async (request, reply) => {
      const result = await exportAgreements(callerDeps(deps, request), request.query);
      return sendListExport(reply, { ascii: 'agreements', zh: '合作协议', date: result.date }, result);
    },
  });

  app.post('/api/v1/agreements', {
    config: { policy: agreementsPolicies.manage },
    schema: { tags, summary: 'Record an agreement: two or more parties, clauses each linked to the tasks that carry them out', body: CreateAgreementBody, response: { 201: CreatedResponse } },
    handler: async (request, reply) => reply.status(201).send({ id: await usecases.createAgreement(callerDeps(deps, request), request.body) }),
  });

  app.get('/api/v1/agreements/:id', {
    config: { policy: agreementsPolicies.read },
    schema: { tags, summary: 'An agreement with its parties and clauses (with the state of their tasks)', params: IdParams, response: { 200: AgreementDetailSchema } },
    handler: async (request) => presentDetail(await usecases.getAgreement(deps, request.params.id)),
  });

  app.post('/api/v1/agreements/:id/transitions', {
    config: { policy: agreementsPolicies.manage },
    schema: { tags, summary: 'Move an agreement: draft → signed → in force → expired; any live one may be terminated', params: IdParams, body: TransitionBody, response: { 200: AgreementDetailSchema } },
    handler: async (request) => presentDetail(await usecases.transitionAgreement(callerDeps(deps, request), request.params.id, request.body)),
  });
}
