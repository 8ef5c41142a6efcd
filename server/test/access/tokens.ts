import ExcelJS from 'exceljs';
import { systemActor } from '../../src/shared/principal.ts';
import { createToken } from '../../src/modules/tokens/tokens.usecases.ts';
import { createIndicator } from '../../src/modules/indicators/indicators.usecases.ts';
import { queueObservationImport } from '../../src/modules/indicators/observations.import.jobs.ts';
import { everyone, only, OTHER_MEMBER, OWN_MEMBER, WORK_READERS, type Cases, type MatrixFixtures, type Who } from './matrix.ts';

async function observationFile(scopeCode: string, period: string): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet('观测值 Observations');
  sheet.addRow(['indicatorCode', 'scopeCode', 'period', 'value', 'source', 'note']);
  sheet.addRow(['MX_TOK', scopeCode, period, 1, '', '']);
  return Buffer.from(await book.xlsx.writeBuffer());
}

/**
 * API tokens: only administrators issue, list and revoke them. The push route
 * takes a bearer token and nothing else: a session (any role) is 401 there
 * (token scope, expiry and revocation: tokens.test.ts). The observation import:
 * the Office any member, a liaison or editor only their own.
 */
export async function tokensCases({ ctx, userIds, targetUserId }: MatrixFixtures): Promise<Cases> {
  const deps = { ...ctx.deps, actor: systemActor('matrix') };
  await createIndicator(deps, { code: 'MX_TOK', nameZh: '令牌矩阵', valueKind: 'decimal', direction: 'higher', level: 'member', frequency: 'yearly' });
  const fresh = async () => (await createToken(deps, { name: 'matrix', memberCode: OWN_MEMBER, expiresAt: '2027-01-01T00:00:00Z' })).token.id;
  let year = 1990;
  const file = (scope: string) => async (_: Who) => observationFile(scope, String((year += 1)));
  const writers: Who[] = ['office', 'liaison', 'editor'];
  // A queued background import (no worker runs here): its uploader and the Office see it, another writer is told 404.
  const queuedBy = async (userId: string) =>
    queueObservationImport({ ...ctx.deps, actor: { userId, username: 'matrix', memberCode: null, ip: null } }, await observationFile(OWN_MEMBER, '1980'), 1, 'all');
  const otherImport = await queuedBy(targetUserId);
  return {
    'GET /api/v1/tokens': { path: () => '/api/v1/tokens', expect: only(['admin']) },
    'POST /api/v1/tokens': { path: () => '/api/v1/tokens', payload: () => ({ name: 'm', memberCode: OWN_MEMBER, expiresAt: '2027-01-01T00:00:00Z' }), expect: only(['admin'], 201) },
    'POST /api/v1/tokens/:id/revoke': { path: async () => `/api/v1/tokens/${await fresh()}/revoke`, payload: () => ({ version: 1 }), expect: only(['admin']) },
    'POST /api/v1/indicators/observations/push': {
      path: () => '/api/v1/indicators/observations/push',
      payload: () => ({ items: [{ indicatorCode: 'MX_TOK', scopeCode: OWN_MEMBER, period: '2020', value: 1 }] }),
      expect: everyone(401),
    },
    'GET /api/v1/indicators/template.xlsx': { path: () => '/api/v1/indicators/template.xlsx?codes=MX_TOK', expect: only(WORK_READERS) },
    'POST /api/v1/indicators/import #own': { path: () => '/api/v1/indicators/import', payload: file(OWN_MEMBER), expect: only(writers) },
    'POST /api/v1/indicators/import #other': { path: () => '/api/v1/indicators/import', payload: file(OTHER_MEMBER), expect: only(['office']) },
    'GET /api/v1/indicators/imports/:id #own': {
      path: async (who) => `/api/v1/indicators/imports/${who === 'anonymous' ? otherImport : await queuedBy(userIds[who])}`, expect: only(writers),
    },
    'GET /api/v1/indicators/imports/:id #other': { path: () => `/api/v1/indicators/imports/${otherImport}`, expect: { ...only(['office']), liaison: 404, editor: 404 } },
  };
}
