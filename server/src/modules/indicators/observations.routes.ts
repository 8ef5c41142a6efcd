import type { FastifyInstance } from 'fastify';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import { callerDeps, type AppDeps } from '../../app-deps.ts';
import { indicatorsPolicies } from './indicators.policies.ts';
import { VersionBody } from './indicators.schemas.ts';
import type { ObservationRow } from './observations.repository.ts';
import { CorrectObservationBody, CreateObservationBody, IdParams, ObservationDetailSchema, ObservationListQuery, ObservationPage } from './observations.schemas.ts';
import * as usecases from './observations.usecases.ts';

const tags = ['indicators'];

export function presentObservation(o: ObservationRow) {
  return {
    id: o.id, indicatorCode: o.indicator_code, scopeCode: o.scope_key, memberCode: o.member_code, cityCode: o.city_code,
    period: o.period, year: o.year, value: Number(o.value), firstValue: Number(o.first_value), status: o.status,
    source: o.source, note: o.note, revision: o.revision, isDemo: o.is_demo, version: o.version, updatedAt: o.updated_at.toISOString(),
  };
}

function presentDetail(d: Awaited<ReturnType<typeof usecases.getObservation>>) {
  return {
    ...presentObservation(d.observation),
    revisions: d.revisions.map((r) => ({
      id: r.id, observationId: r.observation_id, revision: r.revision, value: Number(r.value), status: r.status, source: r.source, note: r.note,
      reason: r.reason, changedBy: r.changed_by, changedByName: r.changed_by_name, tokenId: r.token_id, changedAt: r.changed_at.toISOString(),
    })),
  };
}

export async function observationsRoutes(fastify: FastifyInstance, deps: AppDeps): Promise<void> {
  const app = fastify.withTypeProvider<TypeBoxTypeProvider>();

  app.get('/api/v1/observations', {
    config: { policy: indicatorsPolicies.read },
    schema: { tags, summary: 'Observations, newest period first; filter by indicator code, scope, member, year, status; cursor-paged', querystring: ObservationListQuery, response: { 200: ObservationPage } },
    handler: async (request) => {
      const page = await usecases.listObservations(deps, request.query);
      return { items: page.items.map(presentObservation), nextCursor: page.nextCursor };
    },
  });

  app.post('/api/v1/observations', {
    config: { policy: indicatorsPolicies.writeObservations },
    schema: {
      tags, summary: "Enter a value (the Office any; a liaison or editor their own member's and its cities'); an existing one is corrected with PATCH",
      body: CreateObservationBody, response: { 201: ObservationDetailSchema },
    },
    handler: async (request, reply) => reply.status(201).send(presentDetail(await usecases.createObservation(callerDeps(deps, request), request.body))),
  });

  app.get('/api/v1/observations/:id', {
    config: { policy: indicatorsPolicies.read },
    schema: { tags, summary: 'An observation with its revisions (revision 1 = as first published)', params: IdParams, response: { 200: ObservationDetailSchema } },
    handler: async (request) => presentDetail(await usecases.getObservation(deps, request.params.id)),
  });

  app.patch('/api/v1/observations/:id', {
    config: { policy: indicatorsPolicies.writeObservations },
    schema: {
      tags, summary: 'Correct a value: adds a revision with the reason (a final value becomes provisional again); needs the current version',
      params: IdParams, body: CorrectObservationBody, response: { 200: ObservationDetailSchema },
    },
    handler: async (request) => presentDetail(await usecases.correctObservation(callerDeps(deps, request), request.params.id, request.body)),
  });

  app.post('/api/v1/observations/:id/confirm', {
    config: { policy: indicatorsPolicies.confirm },
    schema: { tags, summary: 'The Office confirms a provisional value as final', params: IdParams, body: VersionBody, response: { 200: ObservationDetailSchema } },
    handler: async (request) => presentDetail(await usecases.confirmObservation(callerDeps(deps, request), request.params.id, request.body)),
  });
}
