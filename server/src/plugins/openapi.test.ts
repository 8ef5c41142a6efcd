/**
 * The OpenAPI document as generators and gateways read it: stable, unique
 * operationIds; security from each route's policy; named error answers;
 * described responses; upload bodies and download content; camelCase names;
 * and the web UI's generated types in step with it.
 */
import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { projectRoot } from '../config.ts';
import { buildOpenApiDocument, WEB_TYPES_FILE, webTypesOf, type OpenApiDocument } from './openapi.document.ts';
import { PUBLISHED_OPERATION_IDS } from './openapi.operation-ids.ts';
import { deriveOperationId } from './openapi.operations.ts';

type Operation = Record<string, unknown> & { operationId?: string; security?: Record<string, string[]>[]; responses: Record<string, Record<string, unknown>> };

let doc: OpenApiDocument;
let operations: { method: string; path: string; op: Operation }[];

beforeAll(async () => {
  doc = await buildOpenApiDocument();
  operations = Object.entries(doc.paths).flatMap(([p, ops]) => Object.entries(ops).map(([method, op]) => ({ method: method.toUpperCase(), path: p, op: op as Operation })));
});

describe('operationIds', () => {
  it('every operation has one, unique and URL-safe', () => {
    const ids = operations.map((o) => o.op.operationId);
    expect(ids.every((id) => typeof id === 'string' && /^[a-z][A-Za-z]*\.[a-z][A-Za-z]*$/.test(id))).toBe(true);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('are exactly the published ones, on the same operations', () => {
    const actual = Object.fromEntries(operations.map((o) => [o.op.operationId, `${o.method} ${o.path}`]));
    expect(actual).toEqual(PUBLISHED_OPERATION_IDS);
  });

  it('are derived from the module, the method and the address', () => {
    expect(deriveOperationId('tasks', 'GET', '/api/v1/tasks')).toBe('tasks.list');
    expect(deriveOperationId('tasks', 'GET', '/api/v1/tasks/:id')).toBe('tasks.get');
    expect(deriveOperationId('tasks', 'PATCH', '/api/v1/shares/:id')).toBe('tasks.updateShare');
    expect(deriveOperationId('tasks', 'GET', '/api/v1/tasks/:id/history')).toBe('tasks.history');
    expect(deriveOperationId('indicators', 'POST', '/api/v1/observations/:id/confirm')).toBe('indicators.confirmObservation');
    expect(deriveOperationId('composite-index', 'GET', '/api/v1/index-methods/:code/runs')).toBe('compositeIndex.indexMethodRuns');
    expect(deriveOperationId('reports', 'POST', '/api/v1/shares/:id/reports')).toBe('reports.file');
  });
});

describe('security', () => {
  it('declares the session cookie, the CSRF header and API tokens', () => {
    const schemes = (doc.components as { securitySchemes: Record<string, Record<string, string>> }).securitySchemes;
    expect(schemes.session).toMatchObject({ type: 'apiKey', in: 'cookie', name: 'yrd_sid' });
    expect(schemes.csrf).toMatchObject({ type: 'apiKey', in: 'header', name: 'X-CSRF-Token' });
    expect(schemes.apiToken).toMatchObject({ type: 'http', scheme: 'bearer' });
  });

  it('each operation requires what its access policy does: nothing when public, the session to read, session and CSRF token to write', () => {
    const wrong = operations.filter(({ method, op }) => {
      const policy = op['x-access-policy'];
      const expected = policy === 'public' ? [] : policy === 'api-token' ? [{ apiToken: [] }] : ['POST', 'PUT', 'PATCH', 'DELETE'].includes(method) ? [{ session: [], csrf: [] }] : [{ session: [] }];
      return JSON.stringify(op.security) !== JSON.stringify(expected);
    });
    expect(wrong.map((o) => `${o.method} ${o.path}`)).toEqual([]);
    const byId = (id: string) => operations.find((o) => o.op.operationId === id)!.op;
    expect(byId('calendar.publishedFeed').security).toEqual([]);
    expect(byId('tasks.list').security).toEqual([{ session: [] }]);
    expect(byId('reports.file').security).toEqual([{ session: [], csrf: [] }]);
  });
});

describe('responses', () => {
  it('names the shared error schema Error (no def-N) and answers errors through described, named responses', () => {
    const components = doc.components as { schemas: Record<string, unknown>; responses: Record<string, { description: string; content: unknown }> };
    expect(Object.keys(components.schemas).filter((name) => /^def-\d+$/.test(name))).toEqual([]);
    expect(components.schemas.Error).toMatchObject({ properties: { error: { required: ['code', 'message'] } } });
    for (const response of Object.values(components.responses)) {
      expect(response.description.length).toBeGreaterThan(10);
      expect(response.content).toEqual({ 'application/json': { schema: { $ref: '#/components/schemas/Error' } } });
    }
  });

  it('lists 400, 401, 403, 404 and 409 where they can happen', () => {
    const ref = (op: Operation, status: string) => (op.responses[status] as { $ref?: string } | undefined)?.$ref;
    for (const { method, path: p, op } of operations) {
      const at = `${method} ${p}`;
      expect(ref(op, '5XX'), at).toBe('#/components/responses/ServerError');
      if (op['x-access-policy'] !== 'public') expect([ref(op, '401'), ref(op, '403')], at).toEqual(['#/components/responses/Unauthenticated', '#/components/responses/Forbidden']);
      if (p.includes('{')) expect(ref(op, '404'), at).toBe('#/components/responses/NotFound');
      if (method !== 'GET' && op['x-access-policy'] !== 'public') {
        expect(ref(op, '400'), at).toBe('#/components/responses/BadRequest');
        expect(ref(op, '409'), at).toBe('#/components/responses/Conflict');
      }
    }
    const taskUpdate = operations.find((o) => o.op.operationId === 'tasks.update')!.op;
    expect(Object.keys(taskUpdate.responses)).toEqual(['200', '400', '401', '403', '404', '409', '4XX', '5XX']);
  });

  it('describes every response and gives every operation a success answer', () => {
    const undescribed = operations.flatMap(({ method, path: p, op }) =>
      Object.entries(op.responses)
        .filter(([, r]) => !r.$ref && (typeof r.description !== 'string' || r.description === '' || r.description === 'Default Response'))
        .map(([status]) => `${method} ${p} ${status}`),
    );
    expect(undescribed).toEqual([]);
    expect(operations.filter(({ op }) => !Object.keys(op.responses).some((s) => s.startsWith('2'))).map((o) => o.path)).toEqual([]);
  });

  it('gives uploads a body with the file and downloads their content type', () => {
    const op = (id: string) => operations.find((o) => o.op.operationId === id)!.op as Operation & { requestBody?: { content: Record<string, { schema: Record<string, unknown> }> } };
    for (const id of ['reports.addEvidence', 'documents.attachToMeeting', 'documents.attachToAgreement']) {
      const schema = op(id).requestBody!.content['multipart/form-data']!.schema;
      expect(schema, id).toMatchObject({ type: 'object', required: ['file'], properties: { file: { type: 'string', format: 'binary' } } });
      expect(op(id).responses['413'], id).toEqual({ $ref: '#/components/responses/PayloadTooLarge' });
    }
    const xlsx = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
    expect(op('excel.importTasks').requestBody!.content[xlsx]!.schema).toMatchObject({ type: 'string', format: 'binary' });
    const download = (id: string) => Object.keys((op(id).responses['200'] as { content: Record<string, unknown> }).content);
    expect(download('excel.taskTemplate')).toEqual([xlsx]);
    expect(download('excel.exportTasks')).toEqual([xlsx]);
    expect(download('calendar.publishedFeed')).toEqual(['text/calendar']);
    expect(download('calendar.userFeed')).toEqual(['text/calendar']);
    expect(download('reports.downloadEvidence')).toEqual(['application/octet-stream']);
    expect(download('documents.download')).toEqual(['application/octet-stream']);
  });
});

describe('naming', () => {
  /** Maps keyed by a record's kind code (to-do counts per kind) are data, not field names; listed so none is added unnoticed. */
  const KIND_KEYED = new Set(['GET /api/v1/todo']);

  it('uses camelCase for every property and parameter', () => {
    const offending = new Set<string>();
    const camel = /^[a-z][A-Za-z0-9]*$/;
    const walk = (node: unknown, at: string): void => {
      if (Array.isArray(node)) return node.forEach((n) => walk(n, at));
      if (!node || typeof node !== 'object') return;
      const properties = (node as { properties?: unknown }).properties;
      if (properties && typeof properties === 'object') for (const key of Object.keys(properties)) if (!camel.test(key)) offending.add(`${at}: ${key}`);
      for (const value of Object.values(node)) walk(value, at);
    };
    for (const { method, path: p, op } of operations) {
      if (KIND_KEYED.has(`${method} ${p}`)) continue;
      walk(op, `${method} ${p}`);
      for (const parameter of (op.parameters as { name: string }[] | undefined) ?? []) if (!camel.test(parameter.name)) offending.add(`${method} ${p}: ${parameter.name}`);
    }
    expect([...offending]).toEqual([]);
  });
});

describe('the web UI’s generated types', () => {
  it(`${WEB_TYPES_FILE} is what the document generates (run npm run openapi:types after changing a schema)`, async () => {
    const committed = fs.readFileSync(path.join(projectRoot, WEB_TYPES_FILE), 'utf8');
    expect(committed === (await webTypesOf(doc))).toBe(true);
  });
});
