import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import type { FastifyInstance } from 'fastify';
import { callerDeps, type AppDeps } from '../../app-deps.ts';
import { translate } from '../../i18n/messages.ts';
import { contentDisposition } from '../../shared/files.ts';
import { closeBrowser } from './printing.chromium.ts';
import { printingPolicies } from './printing.policies.ts';
import { PrintAccepted, PrintIdParams, PrintRequestBody, PrintStatus } from './printing.schemas.ts';
import * as usecases from './printing.usecases.ts';

const tags = ['printing'];
const userIdOf = (request: { principal: { kind: string; userId?: string } }) => (request.principal.kind === 'user' ? (request.principal.userId ?? null) : null);

/** A file name for the title: no path separators or control characters; the PDF's extension. */
const fileNameOf = (title: string) => `${title.replace(/[\\/:*?"<>|\p{Cc}]+/gu, ' ').trim().slice(0, 120) || 'print'}.pdf`;

export async function printingRoutes(fastify: FastifyInstance, deps: AppDeps): Promise<void> {
  const app = fastify.withTypeProvider<TypeBoxTypeProvider>();
  // The shared browser goes with the server (it is launched by the first print in this process).
  fastify.addHook('onClose', async () => closeBrowser());

  app.post('/api/v1/print-jobs', {
    config: { policy: printingPolicies.request, operationId: 'printing.requestPrint' },
    schema: {
      tags,
      summary: "Print a record as an A4 PDF (meeting minutes, a decision, a task's record, a supervision sheet, a matter's timeline): checks that you may read it, then queues a background job; 202 with its id. Poll the status, then download the PDF.",
      body: PrintRequestBody, response: { 202: PrintAccepted },
    },
    handler: async (request, reply) => {
      const lang = request.body.lang ?? (request.locale === 'en' ? 'en' : 'zh-CN');
      const id = await usecases.requestPrint(callerDeps(deps, request), { kind: request.body.kind, params: request.body.params, lang });
      return reply.status(202).send({ id, state: 'queued' as const, statusUrl: `/api/v1/print-jobs/${id}`, pdfUrl: `/api/v1/print-jobs/${id}/pdf` });
    },
  });

  app.get('/api/v1/print-jobs/:id', {
    config: { policy: printingPolicies.own, operationId: 'printing.printStatus' },
    schema: { tags, summary: 'State and progress of your print job; the error (code and message) when it failed', params: PrintIdParams, response: { 200: PrintStatus } },
    handler: async (request) => {
      const status = await usecases.printStatus(deps, request.params.id, userIdOf(request));
      const error = status.error ? { code: status.error.code, message: translate(request.locale, status.error.code, status.error.params) } : null;
      return { ...status, createdAt: status.createdAt.toISOString(), finishedAt: status.finishedAt?.toISOString() ?? null, error };
    },
  });

  app.get('/api/v1/print-jobs/:id/pdf', {
    config: { policy: printingPolicies.own, operationId: 'printing.printPdf' },
    schema: { tags, summary: 'The PDF of your finished print job (409 while it is still being made)', params: PrintIdParams, produces: ['application/pdf'] },
    handler: async (request, reply) => {
      const { pdf, title } = await usecases.printedPdf(deps, request.params.id, userIdOf(request));
      return reply
        .header('content-type', 'application/pdf')
        .header('content-length', pdf.length)
        .header('content-disposition', contentDisposition(fileNameOf(title)))
        .header('x-content-type-options', 'nosniff')
        .header('cache-control', 'private, no-store')
        .send(pdf);
    },
  });
}
