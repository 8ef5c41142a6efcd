import type { FastifyInstance } from 'fastify';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import { callerDeps, type AppDeps } from '../../app-deps.ts';
import { indicatorsPolicies } from './indicators.policies.ts';
import type { IndicatorRow } from './indicators.repository.ts';
import {
  CodeParams, CreatedResponse, CreateIndicatorBody, IndicatorDetailSchema, IndicatorList, IndicatorListQuery, IndicatorSchema,
  MapQuery, MapResponse, PutTargetsBody, SeriesQuery, SeriesResponse, UpdateIndicatorBody, VersionBody,
} from './indicators.schemas.ts';
import * as usecases from './indicators.usecases.ts';
import { observationsRoutes } from './observations.routes.ts';
import { observationsImportRoutes } from './observations.import.routes.ts';

const tags = ['indicators'];
const num = (v: string | null) => (v === null ? null : Number(v));

export function presentIndicator(i: IndicatorRow) {
  return {
    id: i.id, code: i.code, nameZh: i.name_zh, nameEn: i.name_en, definitionZh: i.definition_zh, definitionEn: i.definition_en,
    unitZh: i.unit_zh, unitEn: i.unit_en, valueKind: i.value_kind, minValue: num(i.min_value), maxValue: num(i.max_value),
    focusAreaCode: i.focus_area_code, direction: i.direction, level: i.level, frequency: i.frequency,
    sourceOrgZh: i.source_org_zh, sourceOrgEn: i.source_org_en, methodNotesZh: i.method_notes_zh, methodNotesEn: i.method_notes_en,
    status: i.status, retiredAt: i.retired_at?.toISOString() ?? null, isDemo: i.is_demo, version: i.version,
  };
}

function presentDetail(d: Awaited<ReturnType<typeof usecases.getIndicator>>) {
  return { ...presentIndicator(d.indicator), targets: d.targets.map((t) => ({ scopeCode: t.scope_key, year: t.year, value: Number(t.value), planId: t.plan_id })) };
}

export async function indicatorsRoutes(fastify: FastifyInstance, deps: AppDeps): Promise<void> {
  const app = fastify.withTypeProvider<TypeBoxTypeProvider>();

  app.get('/api/v1/indicators', {
    config: { policy: indicatorsPolicies.read },
    schema: { tags, summary: 'Indicators (active and retired), by focus area and code', querystring: IndicatorListQuery, response: { 200: IndicatorList } },
    handler: async (request) => ({ items: (await usecases.listIndicators(deps, request.query)).map(presentIndicator) }),
  });

  app.post('/api/v1/indicators', {
    config: { policy: indicatorsPolicies.manage },
    schema: { tags, summary: 'Define an indicator: code, names, unit and value kind, focus area, direction, level, frequency, source', body: CreateIndicatorBody, response: { 201: CreatedResponse } },
    handler: async (request, reply) => reply.status(201).send({ id: await usecases.createIndicator(callerDeps(deps, request), request.body) }),
  });

  app.get('/api/v1/indicators/:code', {
    config: { policy: indicatorsPolicies.read },
    schema: { tags, summary: 'An indicator with its targets', params: CodeParams, response: { 200: IndicatorDetailSchema } },
    handler: async (request) => presentDetail(await usecases.getIndicator(deps, request.params.code)),
  });

  app.patch('/api/v1/indicators/:code', {
    config: { policy: indicatorsPolicies.manage },
    schema: { tags, summary: 'Change what describes an indicator (code, level and frequency stay); needs the current version', params: CodeParams, body: UpdateIndicatorBody, response: { 200: IndicatorSchema } },
    handler: async (request) => presentIndicator(await usecases.updateIndicator(callerDeps(deps, request), request.params.code, request.body)),
  });

  app.post('/api/v1/indicators/:code/retire', {
    config: { policy: indicatorsPolicies.manage },
    schema: { tags, summary: 'Retire an indicator: its history stays readable, it takes no new observations', params: CodeParams, body: VersionBody, response: { 200: IndicatorSchema } },
    handler: async (request) => presentIndicator(await usecases.retireIndicator(callerDeps(deps, request), request.params.code, request.body)),
  });

  app.put('/api/v1/indicators/:code/targets', {
    config: { policy: indicatorsPolicies.manage },
    schema: { tags, summary: "Replace an indicator's targets (per scope and year, optionally tied to a plan)", params: CodeParams, body: PutTargetsBody, response: { 200: IndicatorDetailSchema } },
    handler: async (request) => presentDetail(await usecases.putTargets(callerDeps(deps, request), request.params.code, request.body.items)),
  });

  app.get('/api/v1/indicators/:code/series', {
    config: { policy: indicatorsPolicies.read },
    schema: { tags, summary: 'Values over time per scope (latest, or as first published) with the targets', params: CodeParams, querystring: SeriesQuery, response: { 200: SeriesResponse } },
    handler: async (request) => {
      const result = await usecases.getSeries(deps, request.params.code, request.query);
      return { ...result, indicator: presentIndicator(result.indicator) };
    },
  });

  app.get('/api/v1/indicators/:code/map', {
    config: { policy: indicatorsPolicies.read },
    schema: { tags, summary: "A city-level indicator's value per city for a year (monthly/quarterly: the year's last period with a value)", params: CodeParams, querystring: MapQuery, response: { 200: MapResponse } },
    handler: async (request) => {
      const result = await usecases.getMap(deps, request.params.code, request.query);
      return { ...result, indicator: presentIndicator(result.indicator) };
    },
  });

  await observationsRoutes(fastify, deps);
  await observationsImportRoutes(fastify, deps);
}
