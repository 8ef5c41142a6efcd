import type { FastifyInstance } from 'fastify';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import { callerDeps, type AppDeps } from '../../app-deps.ts';
import type { PublicSnapshot } from './publications.models.ts';
import { publicationsPolicies } from './publications.policies.ts';
import type { PublicationRow } from './publications.repository.ts';
import { CreatedResponse, DisclosureBody, IdParams, ListQuery, ProposeBody, PublicationDetail, PublicationList, TransitionBody } from './publications.schemas.ts';
import * as usecases from './publications.usecases.ts';

const tags = ['publications'];
type ListRow = Omit<PublicationRow, 'snapshot' | 'created_by'>;

function presentPublication(p: ListRow) {
  return {
    id: p.id, kind: p.record_kind, recordId: p.record_id, disclosure: p.disclosure, state: p.state, titleZh: p.title_zh, titleEn: p.title_en,
    approvedAt: p.approved_at?.toISOString() ?? null, publishedAt: p.published_at?.toISOString() ?? null, withdrawnAt: p.withdrawn_at?.toISOString() ?? null,
    isDemo: p.is_demo, version: p.version, createdAt: p.created_at.toISOString(), updatedAt: p.updated_at.toISOString(),
  };
}

function presentDetail(d: Awaited<ReturnType<typeof usecases.getPublication>>) {
  return {
    ...presentPublication(d.publication),
    snapshot: (d.publication.snapshot as PublicSnapshot | null) ?? null,
    preview: d.preview,
    steps: d.steps.map((s) => ({ step: s.step, fromState: s.from_state, toState: s.to_state, disclosure: s.disclosure, actorName: s.actor_name, at: s.at.toISOString() })),
  };
}

export async function publicationsRoutes(fastify: FastifyInstance, deps: AppDeps): Promise<void> {
  const app = fastify.withTypeProvider<TypeBoxTypeProvider>();

  app.get('/api/v1/publications', {
    config: { policy: publicationsPolicies.read, operationId: 'publications.list' },
    schema: { tags, summary: 'Publications (disclosure register), most recently changed first; cursor-paged', querystring: ListQuery, response: { 200: PublicationList } },
    handler: async (request) => {
      const page = await usecases.listPublications(deps, request.query);
      return { items: page.items.map(presentPublication), nextCursor: page.nextCursor };
    },
  });

  app.post('/api/v1/publications', {
    config: { policy: publicationsPolicies.manage, operationId: 'publications.propose' },
    schema: { tags, summary: 'Propose a record for publication at a disclosure level (a new draft)', body: ProposeBody, response: { 201: CreatedResponse } },
    handler: async (request, reply) => reply.status(201).send({ id: await usecases.proposePublication(callerDeps(deps, request), request.body) }),
  });

  app.get('/api/v1/publications/:id', {
    config: { policy: publicationsPolicies.read, operationId: 'publications.get' },
    schema: { tags, summary: 'A publication: its frozen snapshot (or a draft\'s preview) and the history of its steps', params: IdParams, response: { 200: PublicationDetail } },
    handler: async (request) => presentDetail(await usecases.getPublication(deps, request.params.id)),
  });

  app.post('/api/v1/publications/:id/disclosure', {
    config: { policy: publicationsPolicies.manage, operationId: 'publications.setDisclosure' },
    schema: { tags, summary: 'Set a draft\'s disclosure level: internal, inter-government or public', params: IdParams, body: DisclosureBody, response: { 200: PublicationDetail } },
    handler: async (request) => presentDetail(await usecases.setDisclosure(callerDeps(deps, request), request.params.id, request.body)),
  });

  app.post('/api/v1/publications/:id/transitions', {
    config: { policy: publicationsPolicies.manage, operationId: 'publications.transition' },
    schema: { tags, summary: 'A step: draft → approved (freezes the public text) → published → withdrawn; approved → draft reopens', params: IdParams, body: TransitionBody, response: { 200: PublicationDetail } },
    handler: async (request) => presentDetail(await usecases.transitionPublication(callerDeps(deps, request), request.params.id, request.body)),
  });
}
