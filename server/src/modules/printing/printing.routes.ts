import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { callerDeps, type AppDeps } from '../../app-deps.ts';
import { translate } from '../../i18n/messages.ts';
import { contentDisposition } from '../../shared/files.ts';
import { closeBrowser } from './printing.chromium.ts';
import { printingPolicies } from './printing.policies.ts';
import { PrintAccepted, PrintIdParams, PrintRequestBody, PrintStatus } from './printing.schemas.ts';
import * as usecases from './printing.usecases.ts';

const tags = ['printing'];
const userIdOf = (request: { principal: { kind: string; userId?: string } }) => (request.principal.kind === 'user' ? (request.principal.userId ?? null) : null);

const CONTENT_TYPE = { pdf: 'application/pdf', docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document' } as const;
/** A file name for the title: no path separators or control characters; the format's extension. */
const fileNameOf = (title: string, format: keyof typeof CONTENT_TYPE) => `${title.replace(/[\\/:*?"<>|\p{Cc}]+/gu, ' ').trim().slice(0, 120) || 'print'}.${format}`;

export async function printingRoutes(fastify: FastifyInstance, deps: AppDeps): Promise<void> {
  const app = fastify.withTypeProvider<TypeBoxTypeProvider>();
  // The shared browser goes with the server (it is launched by the first print in this process).
  fastify.addHook('onClose', async () => closeBrowser());

  app.post('/api/v1/print-jobs', {
    config: { policy: printingPolicies.request, operationId: 'printing.requestPrint' },
    schema: {
      tags,
      summary: "Print a record as an A4 PDF (meeting minutes, a decision, a task's record, a supervision sheet, a matter's timeline), or make a results report (annual, quarterly, a member's) as PDF or Word: checks that you may read it, then queues a background job; 202 with its id. Poll the status, then download the file.",
      body: PrintRequestBody, response: { 202: PrintAccepted },
    },
    handler: async (request, reply) => {
      const lang = request.body.lang ?? (request.locale === 'en' ? 'en' : 'zh-CN');
      const format = request.body.format ?? 'pdf';
      const id = await usecases.requestPrint(callerDeps(deps, request), { kind: request.body.kind, params: request.body.params, lang, format });
      const base = `/api/v1/print-jobs/${id}`;
      return reply.status(202).send({ id, state: 'queued' as const, statusUrl: base, pdfUrl: `${base}/pdf`, fileUrl: `${base}/file` });
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

  const sendFile = async (request: FastifyRequest<{ Params: { id: string } }>, reply: FastifyReply) => {
    const { file, format, title } = await usecases.printedFile(deps, request.params.id, userIdOf(request));
    return reply
      .header('content-type', CONTENT_TYPE[format])
      .header('content-length', file.length)
      .header('content-disposition', contentDisposition(fileNameOf(title, format)))
      .header('x-content-type-options', 'nosniff')
      .header('cache-control', 'private, no-store')
      .send(file);
  };

  app.get('/api/v1/print-jobs/:id/file', {
    config: { policy: printingPolicies.own, operationId: 'printing.printFile' },
    schema: { tags, summary: 'The file of your finished print job: PDF or Word, as asked (409 while it is still being made)', params: PrintIdParams, produces: [CONTENT_TYPE.pdf, CONTENT_TYPE.docx] },
    handler: sendFile,
  });

  app.get('/api/v1/print-jobs/:id/pdf', {
    config: { policy: printingPolicies.own, operationId: 'printing.printPdf' },
    schema: { tags, summary: 'The file of your finished print job (the older address of /file, kept for PDF clients)', params: PrintIdParams, produces: [CONTENT_TYPE.pdf] },
    handler: sendFile,
  });
}
