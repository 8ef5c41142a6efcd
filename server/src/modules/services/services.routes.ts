import type { FastifyInstance } from 'fastify';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import { callerDeps, type AppDeps } from '../../app-deps.ts';
import { calendarDateIn } from '../../shared/time.ts';
import { attachment, MAX_UPLOAD_BYTES } from '../excel/excel.routes.ts';
import { excelErrors } from '../excel/excel.errors.ts';
import { XLSX_CONTENT_TYPE } from '../excel/excel.models.ts';
import { sendListExport } from '../excel/excel.list-reply.ts';
import { exportServices } from './services.export.ts';
import { memberScopeOf, servicesPolicies } from './services.policies.ts';
import type { AvailabilityRow, ServiceRow } from './services.repository.ts';
import {
  CreatedResponse, CreateServiceBody, DeclareIndicatorBody, DeclareIndicatorResponse, HistoryQuery, HistoryResponse, IdParams, MatrixResponse, MemberParams,
  PutAvailabilityBody, PutUsageBody, RangeQuery, ServiceDetail, ServiceList, ServiceListQuery, UpdateServiceBody, UsageCellParams, UsageImportResult,
  UsageMatrixResponse, UsageRowResponse, UsageRowsResponse, UsageTrendResponse, AvailabilitySchema,
} from './services.schemas.ts';
import * as usecases from './services.usecases.ts';
import { importUsage, usageTemplate } from './usage.import.ts';
import * as usage from './usage.usecases.ts';

const tags = ['services'];

function presentAvailability(a: AvailabilityRow) {
  return {
    memberCode: a.member_code, status: a.status, since: a.since, channels: a.channels, allCities: a.all_cities, cityCodes: a.city_codes,
    note: a.note, isDemo: a.is_demo, version: a.version, updatedAt: a.updated_at.toISOString(),
  };
}
function presentService(s: ServiceRow, bodies: { member_code: string; body_code: string }[], availability: AvailabilityRow[]) {
  return {
    id: s.id, code: s.code, nameZh: s.name_zh, nameEn: s.name_en, category: s.category, legalBasisZh: s.legal_basis_zh, legalBasisEn: s.legal_basis_en,
    isDemo: s.is_demo, version: s.version, bodies: bodies.map((b) => ({ memberCode: b.member_code, bodyCode: b.body_code })), availability: availability.map(presentAvailability),
  };
}
function presentDetail(d: Awaited<ReturnType<typeof usecases.getService>>) {
  return { ...presentService(d.service, d.bodies, d.availability), indicators: d.indicators.map((i) => ({ basis: i.basis, code: i.code, nameZh: i.name_zh, nameEn: i.name_en })) };
}
const presentUsage = (u: { origin_member_code: string; destination_member_code: string; month: string; count: string; is_demo: boolean; version: number }) => ({
  originMemberCode: u.origin_member_code, destinationMemberCode: u.destination_member_code, month: u.month, count: Number(u.count), isDemo: u.is_demo, version: u.version,
});

export async function servicesRoutes(fastify: FastifyInstance, deps: AppDeps): Promise<void> {
  const app = fastify.withTypeProvider<TypeBoxTypeProvider>();

  app.get('/api/v1/services', {
    config: { policy: servicesPolicies.read, operationId: 'services.list' },
    schema: { tags, summary: 'The shared public services catalogue, by category and code; filters: category, text, a member’s availability status', querystring: ServiceListQuery, response: { 200: ServiceList } },
    handler: async (request) => ({ items: (await usecases.listServices(deps, request.query)).map((l) => presentService(l.service, l.bodies, l.availability)) }),
  });

  app.post('/api/v1/services', {
    config: { policy: servicesPolicies.manage, operationId: 'services.create' },
    schema: { tags, summary: 'Add a service to the catalogue (the Office); each responsible body must belong to the member it is named for', body: CreateServiceBody, response: { 201: CreatedResponse } },
    handler: async (request, reply) => reply.status(201).send({ id: await usecases.createService(callerDeps(deps, request), request.body) }),
  });

  app.get('/api/v1/services/matrix', {
    config: { policy: servicesPolicies.read, operationId: 'services.matrix' },
    schema: { tags, summary: 'Service × member at a glance: each member’s availability status, channels and coverage, and each service’s usage over the last 12 months', response: { 200: MatrixResponse } },
    handler: async () => usecases.serviceMatrix(deps),
  });

  app.get('/api/v1/services/export.xlsx', {
    config: { policy: servicesPolicies.read, operationId: 'services.exportCatalogue' },
    schema: { tags, summary: 'The catalogue (with the same filters as the list) as .xlsx: a column per member for availability and responsible body', querystring: ServiceListQuery, produces: [XLSX_CONTENT_TYPE] },
    handler: async (request, reply) => {
      const result = await exportServices(callerDeps(deps, request), request.query);
      return sendListExport(reply, { ascii: 'public-services', zh: '公共服务目录', date: result.date }, result);
    },
  });

  app.get('/api/v1/services/:id', {
    config: { policy: servicesPolicies.read, operationId: 'services.get' },
    schema: { tags, summary: 'A service with its responsible bodies, availability per member and declared usage indicators', params: IdParams, response: { 200: ServiceDetail } },
    handler: async (request) => presentDetail(await usecases.getService(deps, request.params.id)),
  });

  app.patch('/api/v1/services/:id', {
    config: { policy: servicesPolicies.manage, operationId: 'services.update' },
    schema: { tags, summary: 'Change what describes a service (the Office); names the version read (409 when someone else was first)', params: IdParams, body: UpdateServiceBody, response: { 200: ServiceDetail } },
    handler: async (request) => presentDetail(await usecases.updateService(callerDeps(deps, request), request.params.id, request.body)),
  });

  app.put('/api/v1/services/:id/availability/:memberCode', {
    config: { policy: servicesPolicies.writeMember, operationId: 'services.putAvailability' },
    schema: {
      tags, summary: 'Set a member’s availability of the service: the Office any member’s, a liaison or editor their own. A change names the version read; each change is kept in the history',
      params: MemberParams, body: PutAvailabilityBody, response: { 200: AvailabilitySchema },
    },
    handler: async (request) => presentAvailability(await usecases.putAvailability(callerDeps(deps, request), request.params.id, request.params.memberCode, memberScopeOf(request.principal), request.body)),
  });

  app.get('/api/v1/services/:id/availability/history', {
    config: { policy: servicesPolicies.read, operationId: 'services.availabilityHistory' },
    schema: { tags, summary: 'Every change of the service’s availability (append-only), newest first; optionally of one member', params: IdParams, querystring: HistoryQuery, response: { 200: HistoryResponse } },
    handler: async (request) => ({
      items: (await usecases.availabilityHistory(deps, request.params.id, request.query.memberCode)).map((h) => ({
        memberCode: h.member_code, revision: h.revision, status: h.status, since: h.since, channels: h.channels, allCities: h.all_cities, cityCodes: h.city_codes,
        note: h.note, isDemo: h.is_demo, changedByName: h.changed_by_name, changedAt: h.changed_at.toISOString(),
      })),
    }),
  });

  app.get('/api/v1/services/:id/usage', {
    config: { policy: servicesPolicies.read, operationId: 'services.usageRows' },
    schema: { tags, summary: 'The usage rows (origin member × destination member × month) of a service over a range of months', params: IdParams, querystring: RangeQuery, response: { 200: UsageRowsResponse } },
    handler: async (request) => ({ items: (await usage.usageRows(deps, request.params.id, request.query)).map(presentUsage) }),
  });

  app.put('/api/v1/services/:id/usage/:origin/:destination/:month', {
    config: { policy: servicesPolicies.writeMember, operationId: 'services.putUsage' },
    schema: {
      tags, summary: 'Set one usage count. The origin member owns the row: a liaison or editor writes rows whose origin is their member, the Office any. A change names the version read',
      params: UsageCellParams, body: PutUsageBody, response: { 200: UsageRowResponse },
    },
    handler: async (request) => {
      const { id, origin, destination, month } = request.params;
      return presentUsage(await usage.putUsage(callerDeps(deps, request), { serviceId: id, origin, destination, month }, memberScopeOf(request.principal), request.body));
    },
  });

  app.get('/api/v1/services/:id/usage/matrix', {
    config: { policy: servicesPolicies.read, operationId: 'services.usageMatrix' },
    schema: { tags, summary: 'Origin → destination sums over a range of months, with totals per origin, per destination and overall (sums of the same rows)', params: IdParams, querystring: RangeQuery, response: { 200: UsageMatrixResponse } },
    handler: async (request) => usage.usageMatrix(deps, request.params.id, request.query),
  });

  app.get('/api/v1/services/:id/usage/trend', {
    config: { policy: servicesPolicies.read, operationId: 'services.usageTrend' },
    schema: { tags, summary: 'Monthly usage of a service: the total and each origin member’s part', params: IdParams, querystring: RangeQuery, response: { 200: UsageTrendResponse } },
    handler: async (request) => usage.usageTrend(deps, request.params.id, request.query),
  });

  app.post('/api/v1/services/:id/indicators', {
    config: { policy: servicesPolicies.manage, operationId: 'services.declareIndicator' },
    schema: {
      tags, summary: 'Declare a usage series (by origin member, by destination member, or the regional total) as a monthly indicator (the Office): created or linked through the indicators module, its observations written there; again: re-written',
      params: IdParams, body: DeclareIndicatorBody, response: { 200: DeclareIndicatorResponse },
    },
    handler: async (request) => usage.declareIndicator(callerDeps(deps, request), request.params.id, request.body),
  });

  // The template and the import in their own scope: the upload parsers and the larger body limit stay here.
  await fastify.register(async (scope) => {
    const upload = scope.withTypeProvider<TypeBoxTypeProvider>();
    scope.addContentTypeParser([XLSX_CONTENT_TYPE, 'application/octet-stream'], { parseAs: 'buffer', bodyLimit: MAX_UPLOAD_BYTES }, (_r, body, done) => done(null, body));
    scope.addContentTypeParser('*', { parseAs: 'buffer', bodyLimit: MAX_UPLOAD_BYTES }, (_r, body, done) => done(null, body));

    upload.get('/api/v1/services/usage/template.xlsx', {
      config: { policy: servicesPolicies.read, operationId: 'services.usageTemplate' },
      schema: { tags, summary: 'Usage import template (.xlsx): serviceCode, originMemberCode, destinationMemberCode, month, count, with instructions', produces: [XLSX_CONTENT_TYPE] },
      handler: async (_request, reply) => {
        const date = calendarDateIn(deps.clock.now(), 'Asia/Shanghai');
        return reply.header('content-type', XLSX_CONTENT_TYPE).header('cache-control', 'no-store')
          .header('content-disposition', attachment(`service-usage-template-${date}.xlsx`, `服务用量导入模板-${date}.xlsx`)).send(await usageTemplate());
      },
    });

    upload.post('/api/v1/services/usage/import', {
      config: { policy: servicesPolicies.writeMember, operationId: 'services.importUsage' },
      bodyLimit: MAX_UPLOAD_BYTES,
      schema: {
        tags, summary: 'Import usage from an .xlsx (the raw file as the body), synchronously: the Office any rows, a liaison or editor rows whose origin is their member; all or nothing, every row error named (row, column) in both languages',
        consumes: [XLSX_CONTENT_TYPE, 'application/octet-stream'], response: { 200: UsageImportResult },
      },
      handler: async (request) => {
        const file = request.body;
        if (!Buffer.isBuffer(file)) throw excelErrors.unsupportedMediaType((request.headers['content-type'] ?? '-').split(';')[0]!);
        return importUsage(callerDeps(deps, request), file, memberScopeOf(request.principal));
      },
    });
  });
}
