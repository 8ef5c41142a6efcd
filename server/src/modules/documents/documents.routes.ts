import multipart from '@fastify/multipart';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import type { FastifyInstance } from 'fastify';
import { callerDeps, type AppDeps } from '../../app-deps.ts';
import { ALLOWED_EXTENSIONS, MAX_FILE_BYTES, readOneUpload, sendAttachment } from '../../shared/files.ts';
import { documentsErrors } from './documents.errors.ts';
import { documentsPolicies } from './documents.policies.ts';
import type { DocumentOwner } from './documents.repository.ts';
import { DeletedResponse, DocumentList, DocumentSchema, IdParams } from './documents.schemas.ts';
import * as usecases from './documents.usecases.ts';

const tags = ['documents'];
type DocumentRow = Awaited<ReturnType<typeof usecases.findDocument>>;

function presentDocument(d: DocumentRow) {
  return {
    id: d.id, meetingId: d.meeting_id, agreementId: d.agreement_id, projectId: d.project_id, titleZh: d.title_zh, titleEn: d.title_en, fileName: d.file_name,
    contentType: d.content_type, sizeBytes: d.size_bytes, sha256: d.sha256, uploadedBy: d.uploaded_by_username, uploadedAt: d.uploaded_at.toISOString(), isDemo: d.is_demo,
  };
}

/** The owners that hold documents, by the path segment of their routes. */
const OWNERS = [
  { segment: 'meetings', kind: 'meeting', manage: documentsPolicies.manage },
  { segment: 'agreements', kind: 'agreement', manage: documentsPolicies.manage },
  { segment: 'projects', kind: 'project', manage: documentsPolicies.manageProject },
] as const;

export async function documentsRoutes(fastify: FastifyInstance, deps: AppDeps): Promise<void> {
  const app = fastify.withTypeProvider<TypeBoxTypeProvider>();

  for (const { segment, kind } of OWNERS) {
    const ownerOf = (id: string): DocumentOwner => ({ kind, id });
    app.get(`/api/v1/${segment}/:id/documents`, {
      config: { policy: documentsPolicies.read },
      schema: { tags, summary: `The documents of a ${kind}, oldest first`, params: IdParams, response: { 200: DocumentList } },
      handler: async (request) => ({ items: (await usecases.listDocuments(deps, ownerOf(request.params.id))).map(presentDocument) }),
    });
  }

  // Multipart only here: JSON routes elsewhere keep refusing other content types.
  await app.register(async (uploads) => {
    await uploads.register(multipart, { limits: { fileSize: MAX_FILE_BYTES, files: 1 } });
    for (const { segment, kind, manage } of OWNERS) {
      uploads.withTypeProvider<TypeBoxTypeProvider>().post(`/api/v1/${segment}/:id/documents`, {
        config: { policy: manage },
        schema: {
          tags,
          summary: `Attach a document to a ${kind} (multipart/form-data: field "file", optional "titleZh", "titleEn"; ${ALLOWED_EXTENSIONS.join(', ')}; at most ${MAX_FILE_BYTES / 1024 / 1024} MiB, ${usecases.MAX_DOCUMENTS_PER_RECORD} per ${kind})`,
          consumes: ['multipart/form-data'],
          params: IdParams,
          response: { 201: DocumentSchema },
        },
        handler: async (request, reply) => {
          const upload = await readOneUpload(request, documentsErrors);
          const id = await usecases.addDocument(callerDeps(deps, request), { kind, id: request.params.id }, upload);
          return reply.status(201).send(presentDocument(await usecases.findDocument(deps, id)));
        },
      });
    }
  });

  app.get('/api/v1/documents/:id', {
    config: { policy: documentsPolicies.read },
    schema: { tags, summary: 'Download a document (as an attachment, never rendered inline)', params: IdParams },
    handler: async (request, reply) => sendAttachment(reply, await usecases.documentFile(deps, request.params.id)),
  });

  app.delete('/api/v1/documents/:id', {
    config: { policy: documentsPolicies.remove },
    schema: { tags, summary: 'Remove a document from its meeting, agreement or project (meetings and agreements: the Office; projects: also the lead member\'s liaisons and editors)', params: IdParams, response: { 200: DeletedResponse } },
    handler: async (request) => {
      await usecases.deleteDocument(callerDeps(deps, request), request.params.id);
      return { id: request.params.id };
    },
  });
}
