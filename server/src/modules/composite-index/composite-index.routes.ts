import type { FastifyInstance } from 'fastify';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import { callerDeps, type AppDeps } from '../../app-deps.ts';
import type { IndexMethodVersionsTable } from '../../db/schema.ts';
import type { Selectable } from 'kysely';
import type { DimensionComponent } from './composite-index.compute.ts';
import type { IndexSpec } from './composite-index.models.ts';
import { compositeIndexPolicies } from './composite-index.policies.ts';
import { CodeParams, CreateVersionBody, MethodDetail, MethodList, RecomputeResponse, RunList, RunsQuery, ValuesQuery, ValuesResponse, VersionParams, VersionSchema } from './composite-index.schemas.ts';
import * as usecases from './composite-index.usecases.ts';

const tags = ['composite-index'];
type MethodRow = Awaited<ReturnType<typeof usecases.listMethods>>[number];

function presentMethod(m: MethodRow) {
  return { code: m.code, nameZh: m.name_zh, nameEn: m.name_en, isDemo: m.is_demo, currentVersion: m.current_version ?? null, latestVersion: m.latest_version ?? null };
}

function presentVersion(v: Selectable<IndexMethodVersionsTable>) {
  return {
    version: v.version, status: v.status, spec: v.spec as IndexSpec, descriptionZh: v.description_zh, descriptionEn: v.description_en,
    publishedAt: v.published_at?.toISOString() ?? null, createdAt: v.created_at.toISOString(), createdBy: v.created_by,
  };
}

export async function compositeIndexRoutes(fastify: FastifyInstance, deps: AppDeps): Promise<void> {
  const app = fastify.withTypeProvider<TypeBoxTypeProvider>();

  app.get('/api/v1/index-methods', {
    config: { policy: compositeIndexPolicies.read },
    schema: { tags, summary: 'Composite index methods (e.g. the integration index) with their current published version', response: { 200: MethodList } },
    handler: async () => ({ items: (await usecases.listMethods(deps)).map(presentMethod) }),
  });

  app.get('/api/v1/index-methods/:code', {
    config: { policy: compositeIndexPolicies.read },
    schema: { tags, summary: 'A method: every version (spec and explanation in both languages), newest first, and the current one', params: CodeParams, response: { 200: MethodDetail } },
    handler: async (request) => {
      const { method, versions, current } = await usecases.getMethod(deps, request.params.code);
      const latest = versions[0]?.version ?? null;
      return {
        code: method.code, nameZh: method.name_zh, nameEn: method.name_en, isDemo: method.is_demo,
        currentVersion: current?.version ?? null, latestVersion: latest, current: current ? presentVersion(current) : null, versions: versions.map(presentVersion),
      };
    },
  });

  app.post('/api/v1/index-methods/:code/versions', {
    config: { policy: compositeIndexPolicies.manage },
    schema: {
      tags, summary: 'A new draft version (the first creates the method); weights > 0, indicator codes that exist, unique dimension codes',
      params: CodeParams, body: CreateVersionBody, response: { 201: VersionSchema },
    },
    handler: async (request, reply) => reply.status(201).send(presentVersion(await usecases.createVersion(callerDeps(deps, request), request.params.code, request.body))),
  });

  app.post('/api/v1/index-methods/:code/versions/:version/publish', {
    config: { policy: compositeIndexPolicies.manage },
    schema: { tags, summary: 'Publish a draft: it is fixed from now on and its values are computed in the background', params: VersionParams, response: { 200: VersionSchema } },
    handler: async (request) => presentVersion(await usecases.publishVersion(callerDeps(deps, request), request.params.code, request.params.version)),
  });

  app.get('/api/v1/index-methods/:code/values', {
    config: { policy: compositeIndexPolicies.read },
    schema: {
      tags, summary: 'Index values per scope and year (current version unless ?version=); with ?include=components each also has its dimensions, indicators and the observations behind them',
      params: CodeParams, querystring: ValuesQuery, response: { 200: ValuesResponse },
    },
    handler: async (request) => {
      const { method, version, values } = await usecases.getValues(deps, request.params.code, request.query);
      return {
        method: presentMethod(method),
        version: presentVersion(version),
        items: values.map((v) => ({
          scopeCode: v.scope_key, year: v.year, value: Number(v.value), computedAt: v.computed_at.toISOString(),
          ...('components' in v ? { components: v.components as DimensionComponent[] } : {}),
        })),
      };
    },
  });

  app.get('/api/v1/index-methods/:code/runs', {
    config: { policy: compositeIndexPolicies.read },
    schema: { tags, summary: 'Recomputations of the method, newest first; cursor-paged', params: CodeParams, querystring: RunsQuery, response: { 200: RunList } },
    handler: async (request) => {
      const page = await usecases.listRuns(deps, request.params.code, request.query);
      return {
        items: page.items.map((r) => ({
          id: r.id, methodVersionId: r.method_version_id, version: r.version, trigger: r.trigger, startedAt: r.started_at.toISOString(), finishedAt: r.finished_at.toISOString(),
          durationMs: r.duration_ms, status: r.status, error: r.error, valuesWritten: r.values_written,
        })),
        nextCursor: page.nextCursor,
      };
    },
  });

  app.post('/api/v1/index-methods/:code/recompute', {
    config: { policy: compositeIndexPolicies.manage },
    schema: { tags, summary: "Recompute the method's published versions now, in the background", params: CodeParams, response: { 202: RecomputeResponse } },
    handler: async (request, reply) => reply.status(202).send(await usecases.requestRecompute(callerDeps(deps, request), request.params.code)),
  });
}
