import type { FastifyInstance } from 'fastify';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import { callerDeps, type AppDeps } from '../../app-deps.ts';
import { XLSX_CONTENT_TYPE } from '../excel/excel.models.ts';
import { LIST_EXPORT_CAP } from '../excel/excel.list-export.ts';
import { sendListExport } from '../excel/excel.list-reply.ts';
import { exportMatters } from './matters.export.ts';
import { mattersPolicies } from './matters.policies.ts';
import type * as repo from './matters.repository.ts';
import { ChangeTierBody, CoordinateBody, CreatedResponse, IdParams, MatterBoardSchema, MatterDetailSchema, MatterFilterQuery, MatterList, MatterListQuery, RaiseMatterBody, WithdrawBody } from './matters.schemas.ts';
import * as usecases from './matters.usecases.ts';
import { titleKey } from '../search/search.repository.ts';

const tags = ['matters'];
type MatterRow = NonNullable<Awaited<ReturnType<typeof repo.findMatter>>> & { memberCodes: string[] };

function presentMatter(m: MatterRow) {
  return {
    id: m.id, titleZh: m.title_zh, titleEn: m.title_en, descriptionZh: m.description_zh, descriptionEn: m.description_en,
    raisedByMemberCode: m.raised_by_member_code, raisedByBodyCode: m.raised_by_body_code, focusAreaId: m.focus_area_id,
    urgency: m.urgency, tier: m.tier, status: m.status,
    deadlines: { execution: m.execution_deadline?.toISOString() ?? null, coordination: m.coordination_deadline?.toISOString() ?? null, decision: m.decision_deadline?.toISOString() ?? null },
    resolvedByDecisionId: m.resolved_by_decision_id, raisedAt: m.raised_at.toISOString(), isDemo: m.is_demo, version: m.version,
    memberCodes: m.memberCodes,
  };
}

function presentDetail(d: Awaited<ReturnType<typeof usecases.getMatter>>) {
  return {
    ...presentMatter({ ...d.matter, memberCodes: d.members }),
    timeline: d.events.map((e) => ({
      kind: e.kind, fromTier: e.from_tier, toTier: e.to_tier, reason: e.reason, decisionId: e.decision_id, actorUsername: e.actor_username, occurredAt: e.occurred_at.toISOString(),
      actorDisplayName: e.actor_user_id ? (d.titles.get(titleKey('user', e.actor_user_id))?.zh ?? null) : null,
      decisionTitleZh: e.decision_id ? (d.titles.get(titleKey('decision', e.decision_id))?.zh ?? null) : null,
      decisionTitleEn: e.decision_id ? (d.titles.get(titleKey('decision', e.decision_id))?.en ?? null) : null,
    })),
  };
}

export async function mattersRoutes(fastify: FastifyInstance, deps: AppDeps): Promise<void> {
  const app = fastify.withTypeProvider<TypeBoxTypeProvider>();

  app.get('/api/v1/matters', {
    config: { policy: mattersPolicies.read },
    schema: { tags, summary: 'Major matters, newest first; cursor-paged', querystring: MatterListQuery, response: { 200: MatterList } },
    handler: async (request) => {
      const page = await usecases.listMatters(deps, request.query);
      return { items: page.items.map(presentMatter), nextCursor: page.nextCursor };
    },
  });

  app.get('/api/v1/matters/export.xlsx', {
    config: { policy: mattersPolicies.read, operationId: 'matters.export' },
    schema: {
      tags, summary: `The major-matter list (same filters and order as GET /api/v1/matters, every page, at most ${LIST_EXPORT_CAP} rows) as .xlsx, with an About sheet`,
      querystring: MatterFilterQuery, produces: [XLSX_CONTENT_TYPE],
    },
    handler: async (request, reply) => {
      const result = await exportMatters(callerDeps(deps, request), request.query);
      return sendListExport(reply, { ascii: 'major-matters', zh: '重大事项', date: result.date }, result);
    },
  });

  app.get('/api/v1/matters/board', {
    config: { policy: mattersPolicies.read },
    schema: { tags, summary: 'Open major matters by tier, oldest first, with their age', response: { 200: MatterBoardSchema } },
    handler: async () => ({
      tiers: (await usecases.board(deps)).map((t) => ({ tier: t.tier, total: t.total, matters: t.matters.map((m) => ({ ...presentMatter(m.matter), ageDays: m.ageDays, overdue: m.overdue })) })),
    }),
  });

  app.post('/api/v1/matters', {
    config: { policy: mattersPolicies.raise },
    schema: { tags, summary: 'Raise a major matter (a liaison for its own member; the Office for a member or working group)', body: RaiseMatterBody, response: { 201: CreatedResponse } },
    handler: async (request, reply) => reply.status(201).send({ id: await usecases.raiseMatter(callerDeps(deps, request), request.body) }),
  });

  app.get('/api/v1/matters/:id', {
    config: { policy: mattersPolicies.read },
    schema: { tags, summary: 'A major matter with its members and timeline', params: IdParams, response: { 200: MatterDetailSchema } },
    handler: async (request) => presentDetail(await usecases.getMatter(deps, request.params.id)),
  });

  app.post('/api/v1/matters/:id/tier', {
    config: { policy: mattersPolicies.escalate },
    schema: { tags, summary: 'Escalate (up) or de-escalate (down) a matter with a reason; a liaison escalates only matters its member is party to', params: IdParams, body: ChangeTierBody, response: { 200: MatterDetailSchema } },
    handler: async (request) => presentDetail(await usecases.changeTier(callerDeps(deps, request), request.params.id, request.body)),
  });

  app.post('/api/v1/matters/:id/coordination', {
    config: { policy: mattersPolicies.coordinate },
    schema: { tags, summary: 'The Office records a coordination step on the timeline', params: IdParams, body: CoordinateBody, response: { 200: MatterDetailSchema } },
    handler: async (request) => presentDetail(await usecases.coordinate(callerDeps(deps, request), request.params.id, request.body)),
  });

  app.post('/api/v1/matters/:id/withdraw', {
    config: { policy: mattersPolicies.withdraw },
    schema: { tags, summary: 'Withdraw an open matter, with a reason: the liaison of the member that raised it, or the Office', params: IdParams, body: WithdrawBody, response: { 200: MatterDetailSchema } },
    handler: async (request) => presentDetail(await usecases.withdrawMatter(callerDeps(deps, request), request.params.id, request.body)),
  });
}
