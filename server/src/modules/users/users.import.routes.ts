import type { FastifyInstance } from 'fastify';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import { callerDeps, type AppDeps } from '../../app-deps.ts';
import { excelErrors } from '../excel/excel.errors.ts';
import { XLSX_CONTENT_TYPE } from '../excel/excel.models.ts';
import { attachment } from '../excel/excel.routes.ts';
import { Type } from 'typebox';
import { StringEnum } from '../../shared/schemas.ts';
import { usersErrors } from './users.errors.ts';
import { importTemplate, importUsers, passwordSheet, readImport, MAX_IMPORT_USERS } from './users.import.ts';
import { usersPolicies } from './users.policies.ts';

const tags = ['users'];
const MAX_UPLOAD_BYTES = 5 * 1024 * 1024;
const ACCEPTED = [XLSX_CONTENT_TYPE, 'application/octet-stream'];
const ImportQuery = Type.Object(
  {
    delivery: Type.Optional(StringEnum(['sheet', 'email'] as const, {
      description: 'sheet (default): every one-time password in the answered sheet. email: accounts with an e-mail address get theirs by e-mail (needs YRD_SMTP_URL, else 400 on field delivery); the sheet then lists only the others\' passwords',
    })),
  },
  { additionalProperties: false },
);

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
        summary: `Create up to ${MAX_IMPORT_USERS} accounts from an .xlsx sent as the raw body (username, display name, e-mail, roles such as "liaison:320000; editor:320000:<body>"). All or nothing: any error is a 400 users.import.invalid_rows naming each row and column (details.errors has both languages). Answers an .xlsx of the new accounts with their one-time passwords, shown only this once (x-imported-users: how many; x-emailed-users: how many get theirs by e-mail instead, marked in the sheet).`,
        querystring: ImportQuery,
        consumes: ACCEPTED,
        produces: [XLSX_CONTENT_TYPE],
      },
      handler: async (request, reply) => {
        const delivery = request.query.delivery ?? 'sheet';
        if (delivery === 'email' && !deps.config.smtpUrl) throw usersErrors.emailDeliveryUnavailable();
        const contentType = (request.headers['content-type'] ?? '').split(';')[0]!.trim().toLowerCase();
        if (!Buffer.isBuffer(request.body) || !ACCEPTED.includes(contentType)) throw excelErrors.unsupportedMediaType(contentType || '-');
        const rows = await readImport(deps, request.body);
        const created = await importUsers(callerDeps(deps, request), rows, delivery);
        const emailed = created.filter((r) => r.oneTimePassword === null).length;
        const date = deps.clock.now().toISOString().slice(0, 10);
        return reply.header('content-type', XLSX_CONTENT_TYPE).header('content-disposition', attachment(`one-time-passwords-${date}.xlsx`, `一次性密码-${date}.xlsx`))
          .header('cache-control', 'no-store').header('x-imported-users', String(created.length)).header('x-emailed-users', String(emailed))
          .send(await passwordSheet(created));
      },
    });
  });
}
