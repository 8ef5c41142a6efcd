import ExcelJS from 'exceljs';
import { systemActor } from '../../src/shared/principal.ts';
import { createService, putAvailability } from '../../src/modules/services/services.usecases.ts';
import { putUsage } from '../../src/modules/services/usage.usecases.ts';
import { only, OTHER_MEMBER, OWN_MEMBER, WORK_READERS, type Cases, type MatrixFixtures, type Who } from './matrix.ts';

/**
 * Public services: every work role reads; the Office keeps the catalogue and
 * declares indicators; a liaison or editor writes its own member's availability
 * and the usage rows whose origin is its member (own/other cases).
 */
export async function servicesCases({ ctx }: MatrixFixtures): Promise<Cases> {
  const deps = { ...ctx.deps, actor: systemActor('matrix') };
  let n = 0;
  // A fresh service per call: a first write needs no version, so each role reaches the rule on equal terms.
  const fresh = async () => createService(deps, { code: `MX-${++n}`, nameZh: `矩阵服务 ${n}`, category: 'other' });
  const id = await fresh();
  await putAvailability(deps, id, OWN_MEMBER, 'all', { status: 'available', since: '2024-01-01', channels: ['online'], allCities: true });
  await putUsage(deps, { serviceId: id, origin: OWN_MEMBER, destination: OTHER_MEMBER, month: '2025-12' }, 'all', { count: 3 });
  const writers: Who[] = ['office', 'liaison', 'editor'];
  const available = { status: 'available', since: '2024-01-01', channels: ['online'], allCities: true };
  const book = async (origin: string) => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('用量 Usage');
    sheet.addRow(['serviceCode', 'originMemberCode', 'destinationMemberCode', 'month', 'count']);
    sheet.addRow(['MX-1', origin, OTHER_MEMBER, '2025-11', 7]);
    return Buffer.from(await workbook.xlsx.writeBuffer());
  };
  const [ownFile, otherFile] = [await book(OWN_MEMBER), await book(OTHER_MEMBER)];
  return {
    'GET /api/v1/services': { path: () => '/api/v1/services', expect: only(WORK_READERS) },
    'POST /api/v1/services': { path: () => '/api/v1/services', payload: (who) => ({ code: `MX-NEW-${who.toUpperCase()}`, nameZh: '新服务', category: 'employment' }), expect: only(['office'], 201) },
    'GET /api/v1/services/matrix': { path: () => '/api/v1/services/matrix', expect: only(WORK_READERS) },
    'GET /api/v1/services/export.xlsx': { path: () => '/api/v1/services/export.xlsx', expect: only(WORK_READERS) },
    'GET /api/v1/services/:id': { path: () => `/api/v1/services/${id}`, expect: only(WORK_READERS) },
    'PATCH /api/v1/services/:id': { path: async () => `/api/v1/services/${await fresh()}`, payload: () => ({ nameEn: 'Renamed', version: 1 }), expect: only(['office']) },
    'PUT /api/v1/services/:id/availability/:memberCode #own': {
      path: async () => `/api/v1/services/${await fresh()}/availability/${OWN_MEMBER}`, payload: () => available, expect: only(writers),
    },
    'PUT /api/v1/services/:id/availability/:memberCode #other': {
      path: async () => `/api/v1/services/${await fresh()}/availability/${OTHER_MEMBER}`, payload: () => available, expect: only(['office']),
    },
    'GET /api/v1/services/:id/availability/history': { path: () => `/api/v1/services/${id}/availability/history`, expect: only(WORK_READERS) },
    'GET /api/v1/services/:id/usage': { path: () => `/api/v1/services/${id}/usage`, expect: only(WORK_READERS) },
    'PUT /api/v1/services/:id/usage/:origin/:destination/:month #own': {
      path: async () => `/api/v1/services/${await fresh()}/usage/${OWN_MEMBER}/${OTHER_MEMBER}/2025-12`, payload: () => ({ count: 10 }), expect: only(writers),
    },
    'PUT /api/v1/services/:id/usage/:origin/:destination/:month #other': {
      // Destination is the caller's member, but the origin owns the row.
      path: async () => `/api/v1/services/${await fresh()}/usage/${OTHER_MEMBER}/${OWN_MEMBER}/2025-12`, payload: () => ({ count: 10 }), expect: only(['office']),
    },
    'GET /api/v1/services/:id/usage/matrix': { path: () => `/api/v1/services/${id}/usage/matrix`, expect: only(WORK_READERS) },
    'GET /api/v1/services/:id/usage/trend': { path: () => `/api/v1/services/${id}/usage/trend`, expect: only(WORK_READERS) },
    'POST /api/v1/services/:id/indicators': {
      path: async () => `/api/v1/services/${await fresh()}/indicators`, payload: (who) => ({ basis: 'total', code: `MX_USE_${who.toUpperCase()}` }), expect: only(['office']),
    },
    'GET /api/v1/services/usage/template.xlsx': { path: () => '/api/v1/services/usage/template.xlsx', expect: only(WORK_READERS) },
    'POST /api/v1/services/usage/import #own': { path: () => '/api/v1/services/usage/import', payload: () => ownFile, expect: only(writers) },
    'POST /api/v1/services/usage/import #other': { path: () => '/api/v1/services/usage/import', payload: () => otherFile, expect: only(['office']) },
  };
}
