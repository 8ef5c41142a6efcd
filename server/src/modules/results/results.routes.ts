import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import type { FastifyInstance } from 'fastify';
import { callerDeps, type AppDeps } from '../../app-deps.ts';
import type { ReportKey } from './results.models.ts';
import { resultsPolicies } from './results.policies.ts';
import { EditionQuery, EditionSchema, PublishEditionBody, ReportQuery, ResultsReportSchema, SaveEditionBody } from './results.schemas.ts';
import * as usecases from './results.usecases.ts';
import type * as repo from './results.repository.ts';

const tags = ['results'];
type EditionRow = NonNullable<Awaited<ReturnType<typeof repo.findEdition>>>;

function presentEdition(key: ReportKey, e: EditionRow | undefined) {
  return {
    id: e?.id ?? null, kind: key.kind, year: key.year, quarter: key.quarter, memberCode: key.memberCode,
    forewordZh: e?.foreword_zh ?? '', forewordEn: e?.foreword_en ?? '', outlookZh: e?.outlook_zh ?? '', outlookEn: e?.outlook_en ?? '',
    version: e?.version ?? 0, updatedAt: e?.updated_at.toISOString() ?? null, publishedAt: e?.published_at?.toISOString() ?? null,
  };
}

const keyOf = (e: EditionRow): ReportKey => ({ kind: e.kind, year: e.year, quarter: e.quarter, memberCode: e.member_code });

export async function resultsRoutes(fastify: FastifyInstance, deps: AppDeps): Promise<void> {
  const app = fastify.withTypeProvider<TypeBoxTypeProvider>();

  app.get('/api/v1/results-reports', {
    config: { policy: resultsPolicies.read, operationId: 'results.report' },
    schema: {
      tags,
      summary: "A results report computed now from the records: the annual report (what the results conference presents), the quarterly bulletin, or a member's annual report. Every figure names the records behind it (the appendix, and the list that shows them).",
      querystring: ReportQuery, response: { 200: ResultsReportSchema },
    },
    handler: async (request) => {
      const { lang, ...key } = request.query;
      return usecases.getReport(deps, key, lang ?? (request.locale === 'en' ? 'en' : 'zh-CN'));
    },
  });

  app.get('/api/v1/results-reports/edition', {
    config: { policy: resultsPolicies.read, operationId: 'results.edition' },
    schema: { tags, summary: "The report's edition: the Office's narratives (foreword, outlook) in both languages, its version, and when it was published", querystring: EditionQuery, response: { 200: EditionSchema } },
    handler: async (request) => {
      const { key, edition } = await usecases.getEdition(deps, request.query);
      return presentEdition(key, edition);
    },
  });

  app.put('/api/v1/results-reports/edition', {
    config: { policy: resultsPolicies.write, operationId: 'results.saveEdition' },
    schema: { tags, summary: 'Save the narratives (the Office): version 0 creates the edition; a stale version is a 409', body: SaveEditionBody, response: { 200: EditionSchema } },
    handler: async (request) => {
      const saved = await usecases.saveEdition(callerDeps(deps, request), request.body);
      return presentEdition(keyOf(saved), saved);
    },
  });

  app.post('/api/v1/results-reports/edition/publish', {
    config: { policy: resultsPolicies.write, operationId: 'results.publishEdition' },
    schema: { tags, summary: 'Publish the report (the Office): both languages are frozen as they stand now; the portal shows the latest published annual report', body: PublishEditionBody, response: { 200: EditionSchema } },
    handler: async (request) => {
      const saved = await usecases.publishEdition(callerDeps(deps, request), request.body);
      return presentEdition(keyOf(saved), saved);
    },
  });
}
