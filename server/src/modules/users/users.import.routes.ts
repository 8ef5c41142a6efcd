import type { FastifyInstance } from 'fastify';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import { callerDeps, type AppDeps } from '../../app-deps.ts';
import { excelErrors } from '../excel/excel.errors.ts';
import { XLSX_CONTENT_TYPE } from '../excel/excel.models.ts';
import { attachment } from '../excel/excel.routes.ts';
import { importTemplate, importUsers, passwordSheet, readImport, MAX_IMPORT_USERS } from './users.import.ts';
import { usersPolicies } from './users.policies.ts';

const tags = ['users'];
const MAX_UPLOAD_BYTES = 5 * 1024 * 1024;
const ACCEPTED = [XLSX_CONTENT_TYPE, 'application/octet-stream'];

/** Bulk import of accounts: its own scope, so the .xlsx body parser stays with these two routes. */
export async function userImportRoutes(fastify: FastifyInstance, deps: AppDeps): Promise<void> {
  await fastify.register(async (scope) => {
    const app = scope.withTypeProvider<TypeBoxTypeProvider>();
    const asBuffer = (_request: unknown, body: Buffer, done: (err: Error | null, body?: Buffer) => void) => done(null, body);
    scope.addContentTypeParser(XLSX_CONTENT_TYPE, { parseAs: 'buffer', bodyLimit: MAX_UPLOAD_BYTES }, asBuffer);
    scope.addContentTypeParser('application/octet-stream', { parseAs: 'buffer', bodyLimit: MAX_UPLOAD_BYTES }, asBuffer);

    app.get('/api/v1/users/import-template', {
      config: { policy: usersPolicies.manage, operationId: 'users.importTemplate' },
      schema: { tags, summary: 'Download the user import template (.xlsx): username, display name, e-mail, roles', produces: [XLSX_CONTENT_TYPE] },
      handler: async (_request, reply) =>
        reply.header('content-type', XLSX_CONTENT_TYPE).header('content-disposition', attachment('user-import-template.xlsx', '用户导入模板.xlsx'))
          .header('cache-control', 'no-store').send(await importTemplate()),
    });

    app.post('/api/v1/users/import', {
      config: { policy: usersPolicies.manage, operationId: 'users.import' },
      schema: {
        tags,
        summary: `Create up to ${MAX_IMPORT_USERS} accounts from an .xlsx sent as the raw body (username, display name, e-mail, roles such as "liaison:320000; editor:320000:<body>"). All or nothing: any error is a 400 users.import.invalid_rows naming each row and column (details.errors has both languages). Answers an .xlsx of the new accounts with their one-time passwords, shown only this once.`,
        consumes: ACCEPTED,
        produces: [XLSX_CONTENT_TYPE],
      },
      handler: async (request, reply) => {
        const contentType = (request.headers['content-type'] ?? '').split(';')[0]!.trim().toLowerCase();
        if (!Buffer.isBuffer(request.body) || !ACCEPTED.includes(contentType)) throw excelErrors.unsupportedMediaType(contentType || '-');
        const rows = await readImport(deps, request.body);
        const created = await importUsers(callerDeps(deps, request), rows);
        const date = deps.clock.now().toISOString().slice(0, 10);
        return reply.header('content-type', XLSX_CONTENT_TYPE).header('content-disposition', attachment(`one-time-passwords-${date}.xlsx`, `一次性密码-${date}.xlsx`))
          .header('cache-control', 'no-store').header('x-imported-users', String(created.length)).send(await passwordSheet(created));
      },
    });
  });
}
