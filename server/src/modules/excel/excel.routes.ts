import type { FastifyInstance } from 'fastify';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import { callerDeps, type AppDeps } from '../../app-deps.ts';
import { translate, type Locale } from '../../i18n/messages.ts';
import { excelErrors } from './excel.errors.ts';
import { importStatus, queueImport } from './excel.jobs.ts';
import { columnDef, headerIn, XLSX_CONTENT_TYPE, type ImportReport, type RowError } from './excel.models.ts';
import { parseTaskWorkbook } from './excel.parser.ts';
import { excelPolicies } from './excel.policies.ts';
import { ExportQuery, ImportAccepted, ImportIdParams, ImportQuery, ImportReportSchema, ImportStatusSchema, TemplateQuery } from './excel.schemas.ts';
import * as usecases from './excel.usecases.ts';

const tags = ['excel'];
/** Uploads are larger than the API's 1 MiB JSON limit; only this module's routes accept them. */
export const MAX_UPLOAD_BYTES = 20 * 1024 * 1024;

function messageParams(error: RowError) {
  const col = columnDef(error.column);
  return { ...(error.params ?? {}), row: error.row, letter: error.letter, headerZh: col.zh, headerEn: col.en, value: error.value };
}

export function presentReport(report: ImportReport, locale: Locale) {
  return {
    mode: report.mode,
    dryRun: report.dryRun,
    totalRows: report.totalRows,
    validRows: report.validRows,
    imported: report.imported,
    errors: report.errors.map((e) => ({
      row: e.row,
      column: { letter: e.letter, header: headerIn(locale, columnDef(e.column)) },
      field: e.column,
      rule: e.rule,
      message: translate(locale, e.rule, messageParams(e)),
      value: e.value,
    })),
    warnings: (report.warnings ?? []).map((w) => ({
      column: { letter: w.letter, header: w.header },
      rule: w.rule,
      message: translate(locale, w.rule, { ...(w.params ?? {}), letter: w.letter, header: w.header }),
    })),
  };
}

function invalidRows(report: ImportReport, locale: Locale) {
  const fields = report.errors.map((e) => ({ field: `${e.letter}${e.row}`, rule: e.rule, params: messageParams(e) }));
  return excelErrors.invalidRows(report.totalRows, fields, presentReport(report, locale));
}

/** RFC 6266 / 5987: an ASCII fallback and the real (Chinese) name. */
export function attachment(asciiName: string, utf8Name: string): string {
  const ascii = asciiName.replace(/[^A-Za-z0-9._-]/g, '_');
  const encoded = encodeURIComponent(utf8Name).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encoded}`;
}

const ACCEPTED_UPLOAD_TYPES = [XLSX_CONTENT_TYPE, 'application/octet-stream'];

export async function excelRoutes(fastify: FastifyInstance, deps: AppDeps): Promise<void> {
  // Own scope: the upload parsers and the larger body limit stay with these routes.
  await fastify.register(async (scope) => {
    const app = scope.withTypeProvider<TypeBoxTypeProvider>();
    const asBuffer = (_request: unknown, body: Buffer, done: (err: Error | null, body?: Buffer) => void) => done(null, body);
    scope.addContentTypeParser(XLSX_CONTENT_TYPE, { parseAs: 'buffer', bodyLimit: MAX_UPLOAD_BYTES }, asBuffer);
    // Browsers and tools also send files as octet-stream or with no type; the file itself is checked.
    scope.addContentTypeParser('*', { parseAs: 'buffer', bodyLimit: MAX_UPLOAD_BYTES }, asBuffer);

    app.get('/api/v1/excel/tasks-template', {
      config: { policy: excelPolicies.template },
      schema: {
        tags,
        summary: "Download the plan's task import template (.xlsx): bilingual headers, dropdowns for members, areas, priorities and bodies, an instructions sheet",
        querystring: TemplateQuery,
        produces: [XLSX_CONTENT_TYPE],
      },
      handler: async (request, reply) => {
        const { buffer, plan, date } = await usecases.taskTemplate(deps, request.query.planId, deps.config.excelAsyncRows);
        return reply
          .header('content-type', XLSX_CONTENT_TYPE)
          .header('content-disposition', attachment(`task-import-template-${plan.code}-${date}.xlsx`, `任务导入模板-${plan.code}-${date}.xlsx`))
          .header('cache-control', 'no-store')
          .send(buffer);
      },
    });

    app.post('/api/v1/excel/tasks-import', {
      config: { policy: excelPolicies.import },
      schema: {
        tags,
        summary:
          'Import tasks from an .xlsx sent as the raw body. All or nothing by default (400 excel.invalid_rows listing every error); mode=valid_rows_only imports the valid rows; dryRun=true only validates. Files above the background threshold (rows counted roughly, without parsing) are stored and queued as a job, parsed and checked by the worker: 202 with an import id and the estimated row count; the status gives the exact count once read.',
        querystring: ImportQuery,
        consumes: ACCEPTED_UPLOAD_TYPES,
        response: { 200: ImportReportSchema, 202: ImportAccepted },
      },
      handler: async (request, reply) => {
        const contentType = (request.headers['content-type'] ?? '').split(';')[0]!.trim().toLowerCase();
        if (!Buffer.isBuffer(request.body) || (contentType && !ACCEPTED_UPLOAD_TYPES.includes(contentType))) {
          throw excelErrors.unsupportedMediaType(contentType || '-');
        }
        const file = request.body;
        const { planId, mode = 'all_or_nothing', dryRun = false, fileName } = request.query;
        const { estimatedRows, sha256 } = await usecases.inspectImportFile(deps, planId, file);
        const options = { planId, mode, dryRun, fileName: fileName ?? null, sha256, sizeBytes: file.length };
        // A large file is stored and parsed by the worker: the request answers in milliseconds, whatever the size.
        if (estimatedRows > deps.config.excelAsyncRows) {
          const importId = await queueImport(callerDeps(deps, request), file, estimatedRows, options);
          return reply.status(202).send({ importId, state: 'queued', totalRows: estimatedRows, statusUrl: `/api/v1/excel/imports/${importId}` });
        }
        const report = await usecases.importTasks(callerDeps(deps, request), await parseTaskWorkbook(file), options);
        if (!report.dryRun && report.mode === 'all_or_nothing' && report.errors.length > 0) throw invalidRows(report, request.locale);
        return presentReport(report, request.locale);
      },
    });

    app.get('/api/v1/excel/imports/:id', {
      config: { policy: excelPolicies.importStatus },
      schema: { tags, summary: 'State and progress of a background import, and its result when finished', params: ImportIdParams, response: { 200: ImportStatusSchema } },
      handler: async (request) => {
        const { row, state, errorCode, report } = await importStatus(deps, request.params.id);
        const locale = request.locale;
        return {
          id: row.id,
          planId: row.plan_id,
          mode: row.mode,
          dryRun: row.dry_run,
          state,
          processedRows: row.processed_rows,
          totalRows: row.total_rows,
          fileName: row.file_name,
          createdBy: row.created_by_username,
          createdAt: row.created_at.toISOString(),
          updatedAt: row.updated_at.toISOString(),
          finishedAt: row.finished_at?.toISOString() ?? null,
          result: report ? presentReport(report, locale) : null,
          error: errorCode ? { code: errorCode, message: translate(locale, errorCode, { count: report?.errors.length ?? 0, total: row.total_rows }) } : null,
        };
      },
    });

    app.get('/api/v1/excel/tasks-export', {
      config: { policy: excelPolicies.export },
      schema: {
        tags,
        summary: `Export the filtered task list (same filters as GET /api/v1/tasks, every page, at most ${usecases.EXPORT_CAP} rows) to .xlsx, with a note of when, by whom, which filters and from where`,
        querystring: ExportQuery,
        produces: [XLSX_CONTENT_TYPE],
      },
      handler: async (request, reply) => {
        const result = await usecases.exportTasks(callerDeps(deps, request), request.query);
        return reply
          .header('content-type', XLSX_CONTENT_TYPE)
          .header('content-disposition', attachment(`tasks-${result.date}.xlsx`, `任务清单-${result.date}.xlsx`))
          .header('cache-control', 'no-store')
          .header('x-export-rows', String(result.count))
          .header('x-export-truncated', String(result.truncated))
          .send(result.buffer);
      },
    });
  });
}
