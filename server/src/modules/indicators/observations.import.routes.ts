import type { FastifyInstance } from 'fastify';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { callerDeps, type AppDeps } from '../../app-deps.ts';
import { attachment, MAX_UPLOAD_BYTES } from '../excel/excel.routes.ts';
import { excelErrors } from '../excel/excel.errors.ts';
import { XLSX_CONTENT_TYPE } from '../excel/excel.models.ts';
import { translate } from '../../i18n/messages.ts';
import { StringEnum } from '../../shared/schemas.ts';
import { calendarDateIn } from '../../shared/time.ts';
import { indicatorsPolicies, memberScopeOf } from './indicators.policies.ts';
import { observationImportStatus, queueObservationImport } from './observations.import.jobs.ts';
import { estimateDataRows } from '../excel/excel.parser.ts';
import { importObservations, observationsTemplate } from './observations.import.ts';

const tags = ['indicators'];
const TemplateQuery = Type.Object({ codes: Type.String({ pattern: '^[A-Z][A-Z0-9_]{1,39}(,[A-Z][A-Z0-9_]{1,39}){0,99}$', description: 'Indicator codes, comma-separated' }) }, { additionalProperties: false });
const ImportResult = Type.Object({ totalRows: Type.Integer(), created: Type.Integer(), revised: Type.Integer(), unchanged: Type.Integer() });
const ImportAccepted = Type.Object({ importId: Type.String({ format: 'uuid' }), state: Type.Literal('queued'), totalRows: Type.Integer(), statusUrl: Type.String() });
const ImportIdParams = Type.Object({ id: Type.String({ format: 'uuid' }) }, { additionalProperties: false });
const ImportStatus = Type.Object({
  id: Type.String(),
  state: StringEnum(['queued', 'validating', 'importing', 'done', 'failed'] as const),
  totalRows: Type.Integer(),
  processedRows: Type.Integer(),
  progress: Type.Integer({ minimum: 0, maximum: 100, description: 'Percent: checking the rows is the first half, writing them the second' }),
  createdBy: Type.String(),
  createdAt: Type.String({ format: 'date-time' }),
  finishedAt: Type.Union([Type.String({ format: 'date-time' }), Type.Null()]),
  result: Type.Union([ImportResult, Type.Null()]),
  error: Type.Union([
    Type.Object({
      code: Type.String(), message: Type.String(),
      /** As the synchronous import's 400/403: every row error (row, column, rule, both languages). */
      details: Type.Union([Type.Record(Type.String(), Type.Unknown()), Type.Null()]),
    }),
    Type.Null(),
  ]),
});

/** Observation template and import; their own scope keeps the upload parser and the larger body limit here. */
export async function observationsImportRoutes(fastify: FastifyInstance, deps: AppDeps): Promise<void> {
  await fastify.register(async (scope) => {
    const app = scope.withTypeProvider<TypeBoxTypeProvider>();
    // The raw .xlsx as the body, as the task import takes it (multipart is registered only in the documents scope).
    scope.addContentTypeParser([XLSX_CONTENT_TYPE, 'application/octet-stream'], { parseAs: 'buffer', bodyLimit: MAX_UPLOAD_BYTES }, (_r, body, done) => done(null, body));
    // Tools also send files with no or another type (as for the task import): the file itself is checked, and access is decided first.
    scope.addContentTypeParser('*', { parseAs: 'buffer', bodyLimit: MAX_UPLOAD_BYTES }, (_r, body, done) => done(null, body));

    app.get('/api/v1/indicators/template.xlsx', {
      config: { policy: indicatorsPolicies.read, operationId: 'indicators.observationsTemplate' },
      schema: { tags, summary: 'Observation import template (.xlsx) for these indicators: indicatorCode, scopeCode, period, value, source, note, with an instructions sheet', querystring: TemplateQuery, produces: [XLSX_CONTENT_TYPE] },
      handler: async (request, reply) => {
        const buffer = await observationsTemplate(deps, [...new Set(request.query.codes.split(','))]);
        const date = calendarDateIn(deps.clock.now(), 'Asia/Shanghai');
        return reply.header('content-type', XLSX_CONTENT_TYPE).header('cache-control', 'no-store')
          .header('content-disposition', attachment(`observations-template-${date}.xlsx`, `观测值导入模板-${date}.xlsx`)).send(buffer);
      },
    });

    app.post('/api/v1/indicators/import', {
      config: { policy: indicatorsPolicies.writeObservations, operationId: 'indicators.importObservations' },
      bodyLimit: MAX_UPLOAD_BYTES,
      schema: {
        tags,
        summary: "Import observations from an .xlsx (the raw file as the body): the Office any member's, a liaison or editor their own; all or nothing, every row error named (row, column) in both languages. Files above the background threshold (YRD_EXCEL_ASYNC_ROWS; rows counted roughly, without parsing) are stored and queued as a job, read and checked by the worker: 202 with an import id and the estimated row count; the status gives the exact count once read.",
        consumes: [XLSX_CONTENT_TYPE, 'application/octet-stream'], response: { 200: ImportResult, 202: ImportAccepted },
      },
      handler: async (request, reply) => {
        const file = request.body;
        if (!Buffer.isBuffer(file)) throw excelErrors.unsupportedMediaType((request.headers['content-type'] ?? '-').split(';')[0]!);
        // Rows counted roughly without parsing, as for tasks: a large file is queued in milliseconds and read by the worker.
        const estimatedRows = estimateDataRows(file);
        if (estimatedRows > deps.config.excelAsyncRows) {
          const importId = await queueObservationImport(callerDeps(deps, request), file, estimatedRows, memberScopeOf(request.principal));
          return reply.status(202).send({ importId, state: 'queued' as const, totalRows: estimatedRows, statusUrl: `/api/v1/indicators/imports/${importId}` });
        }
        return importObservations(callerDeps(deps, request), file, memberScopeOf(request.principal));
      },
    });

    app.get('/api/v1/indicators/imports/:id', {
      config: { policy: indicatorsPolicies.writeObservations, operationId: 'indicators.observationImportStatus' },
      schema: { tags, summary: 'State and progress of a background observation import (its uploader or the Office), and its result or row errors when finished', params: ImportIdParams, response: { 200: ImportStatus } },
      handler: async (request) => {
        const status = await observationImportStatus(deps, request.params.id, request.principal);
        const error = status.error ? { code: status.error.code, message: translate(request.locale, status.error.code, status.error.params), details: status.error.details } : null;
        return { ...status, createdAt: status.createdAt.toISOString(), finishedAt: status.finishedAt?.toISOString() ?? null, error };
      },
    });
  });
}
