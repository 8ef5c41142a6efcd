/**
 * Bad input on every route, read from the OpenAPI document (so a new route is
 * covered without a line here), as a user holding every role:
 * - a forged cursor on every cursor-paged list is 400 `common.bad_cursor`
 *   (issue 14, item 6; before: 500 from PostgreSQL);
 * - a control character or an unpaired surrogate in any query parameter, path
 *   parameter or JSON body is 400 naming the field with rule `text`
 *   (item 7; before: 500 on about 25 routes), passwords included.
 */
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, createUser, login, type Session, type TestContext } from '../../test/helpers.ts';
import { makePlan, makeTask } from '../../test/work-fixtures.ts';

interface Parameter {
  in: 'query' | 'path' | 'header' | 'cookie';
  name: string;
  required?: boolean;
  schema?: { type?: string; enum?: string[]; pattern?: string; items?: { enum?: string[] } };
}
interface Operation {
  security?: Record<string, string[]>[];
  parameters?: Parameter[];
  requestBody?: { content?: Record<string, { schema?: Record<string, unknown> }> };
}
type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

let ctx: TestContext;
let everyRole: Session;
/** For the routes that take an API token instead of a session (issued by the admin through the API). */
let bearer: Record<string, string> = {};
/** A real record for the paths whose record is looked up before their list is read. */
const realIds: Record<string, string> = {};
let operations: { method: Method; path: string; op: Operation }[];
let components: Record<string, Record<string, unknown>>;

beforeAll(async () => {
  ctx = await createTestContext();
  await createUser(ctx.database.appDb, 'bad.input', [
    { role: 'admin' }, { role: 'office' }, { role: 'observer' }, { role: 'liaison', memberCode: '320000' }, { role: 'editor', memberCode: '320000' },
  ]);
  everyRole = await login(ctx.app, 'bad.input');
  realIds['/api/v1/tasks/{id}'] = await makeTask(ctx.deps, await makePlan(ctx.deps));
  const doc = ctx.app.swagger() as unknown as { paths: Record<string, Record<string, Operation>>; components: { schemas: Record<string, Record<string, unknown>> } };
  components = doc.components.schemas;
  operations = Object.entries(doc.paths).flatMap(([path, ops]) =>
    Object.entries(ops).filter(([method]) => ['get', 'post', 'put', 'patch', 'delete'].includes(method)).map(([method, op]) => ({ method: method.toUpperCase() as Method, path, op })),
  );
  if (doc.paths['/api/v1/tokens']?.post) {
    const expiresAt = new Date(ctx.clock.now().getTime() + 30 * 86_400_000).toISOString();
    const token = await call('POST', '/api/v1/tokens', { name: 'bad input', memberCode: '320000', expiresAt });
    expect(token.statusCode, token.body).toBe(201);
    bearer = { authorization: `Bearer ${token.json().secret}` };
  }
});
afterAll(() => ctx.close());

const tokenOnly = (op?: Operation) => JSON.stringify(op?.security) === JSON.stringify([{ apiToken: [] }]);
const call = (method: Method, url: string, payload?: unknown, op?: Operation) =>
  ctx.app.inject({
    method,
    url,
    headers: { ...(tokenOnly(op) ? bearer : everyRole.headers), ...(payload !== undefined ? { 'content-type': 'application/json' } : {}) },
    ...(payload !== undefined ? { payload: JSON.stringify(payload) } : {}),
  });

/** Values tried, in turn, for a path parameter with a pattern (member and city codes, months, record codes). */
const PATTERN_SAMPLES = ['320000', '2024-01', '2024', 'X1'];

/** A value the parameter's own schema accepts, so that a request fails on the part under test, not on the path. */
function plausible(name: string, parameter?: Parameter): string {
  if (name === 'id' || name.endsWith('Id')) return randomUUID();
  const schema = parameter?.schema;
  if (schema?.enum?.length) return schema.enum[0]!;
  if (schema?.pattern) {
    const pattern = new RegExp(schema.pattern);
    return PATTERN_SAMPLES.find((sample) => pattern.test(sample)) ?? 'X1';
  }
  return 'X1';
}

/** The path with each parameter filled: `bad` for the one under test, a plausible value for the rest. */
function fill(path: string, bad?: { name: string; value: string }, op?: Operation): string {
  return path.replace(/\{(\w+)\}/g, (placeholder, name: string, offset: number) => {
    if (bad?.name === name) return bad.value;
    const real = realIds[path.slice(0, offset) + placeholder];
    if (real) return real;
    return plausible(name, op?.parameters?.find((p) => p.in === 'path' && p.name === name));
  });
}

/** Query parameters a list needs before its cursor means anything (todo pages one kind at a time). */
function neededQuery(op: Operation): string {
  const kind = op.parameters?.find((p) => p.in === 'query' && p.name === 'kind')?.schema?.enum?.[0];
  return kind ? `&kind=${kind}` : '';
}

function bodySchemaOf(op: Operation): Record<string, unknown> | undefined {
  let schema = op.requestBody?.content?.['application/json']?.schema;
  for (let i = 0; schema && typeof schema.$ref === 'string' && i < 5; i++) schema = components[String(schema.$ref).split('/').pop()!];
  return schema;
}

const forgedCursors = [
  Buffer.from(JSON.stringify([true, false])).toString('base64url'),
  Buffer.from(JSON.stringify(['x', 'y'])).toString('base64url'),
  Buffer.from(JSON.stringify(['x', 'y', 'z'])).toString('base64url'),
  Buffer.from(JSON.stringify([{}, [], null])).toString('base64url'),
  Buffer.from(JSON.stringify(['2026-02-31T00:00:00.000Z', 'a\u0000b'])).toString('base64url'),
  Buffer.from(JSON.stringify([1e300])).toString('base64url'),
  'bm90IGpzb24',
];

describe('forged cursors', () => {
  it('are a 400 common.bad_cursor on every cursor-paged list', async () => {
    const lists = operations.filter((o) => o.method === 'GET' && o.op.parameters?.some((p) => p.in === 'query' && p.name === 'cursor'));
    expect(lists.length).toBeGreaterThanOrEqual(20);
    const wrong: string[] = [];
    for (const { path, op } of lists) {
      for (const cursor of forgedCursors) {
        const response = await call('GET', `${fill(path, undefined, op)}?cursor=${encodeURIComponent(cursor)}${neededQuery(op)}`, undefined, op);
        const code = response.statusCode === 400 ? response.json().error.code : undefined;
        if (code !== 'common.bad_cursor') wrong.push(`GET ${path} cursor=${Buffer.from(cursor, 'base64url').toString()}: ${response.statusCode} ${response.body.slice(0, 160)}`);
      }
    }
    expect(wrong).toEqual([]);
  });
});

const BAD_TEXT = ['a\u0000b', 'a\u001bb', 'a\u007fb'];
const hasTextError = (body: { error?: { fields?: { field: string; rule: string }[] } }, field: string) =>
  (body.error?.fields ?? []).some((f) => f.rule === 'text' && (f.field === field || f.field.startsWith(`${field}.`)));

describe('text with control characters or unpaired surrogates', () => {
  it('in any query parameter: 400 naming it', async () => {
    const wrong: string[] = [];
    let checked = 0;
    for (const { method, path, op } of operations) {
      for (const parameter of (op.parameters ?? []).filter((p) => p.in === 'query')) {
        for (const value of BAD_TEXT) {
          checked += 1;
          const response = await call(method, `${fill(path, undefined, op)}?${parameter.name}=${encodeURIComponent(value)}`, ['GET', 'DELETE'].includes(method) ? undefined : {}, op);
          if (response.statusCode !== 400 || !hasTextError(response.json(), parameter.name)) wrong.push(`${method} ${path} ?${parameter.name}: ${response.statusCode} ${response.body.slice(0, 160)}`);
        }
      }
    }
    expect(checked).toBeGreaterThan(100);
    expect(wrong).toEqual([]);
  });

  it('in any path parameter: 400 naming it', async () => {
    const wrong: string[] = [];
    let checked = 0;
    for (const { method, path, op } of operations) {
      for (const parameter of (op.parameters ?? []).filter((p) => p.in === 'path')) {
        checked += 1;
        const response = await call(method, fill(path, { name: parameter.name, value: encodeURIComponent('a\u0000b-1234567890-1234567890') }, op), ['GET', 'DELETE'].includes(method) ? undefined : {}, op);
        if (response.statusCode !== 400 || !hasTextError(response.json(), parameter.name)) wrong.push(`${method} ${path} {${parameter.name}}: ${response.statusCode} ${response.body.slice(0, 160)}`);
      }
    }
    expect(checked).toBeGreaterThan(50);
    expect(wrong).toEqual([]);
  });

  it('in any JSON body, as a value or a key, lone surrogates too: 400 naming the field', async () => {
    const wrong: string[] = [];
    let checked = 0;
    for (const { method, path, op } of operations) {
      const schema = bodySchemaOf(op);
      if (!schema) continue;
      const properties = Object.keys((schema.properties as Record<string, unknown> | undefined) ?? {});
      const field = properties[0] ?? 'note';
      for (const value of [...BAD_TEXT, 'a\ud800b', 'a\udc00b']) {
        checked += 1;
        const response = await call(method, fill(path, undefined, op), { [field]: value }, op);
        if (response.statusCode !== 400 || !hasTextError(response.json(), field)) wrong.push(`${method} ${path} body.${field}=${JSON.stringify(value)}: ${response.statusCode} ${response.body.slice(0, 160)}`);
      }
      const key = await call(method, fill(path, undefined, op), { [`${field}\u0000`]: 'x' }, op);
      if (key.statusCode !== 400 || !hasTextError(key.json(), `${field}\ufffd`)) wrong.push(`${method} ${path} key: ${key.statusCode} ${key.body.slice(0, 160)}`);
    }
    expect(checked).toBeGreaterThan(100);
    expect(wrong).toEqual([]);
  });

  it('pass when paired: emoji, tabs and line breaks are text', async () => {
    const created = await call('POST', '/api/v1/saved-views', { scope: 'tasks', name: '😀\t延误\r\n清单', filters: { q: '长三角 😀' } });
    expect(created.statusCode, created.body).toBe(201);
  });

  it('in a password, at sign-in and at change: 400 naming it, nothing stored', async () => {
    const signIn = await ctx.app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { username: 'bad.input', password: 'Correct-Horse\u0000-Battery-42' } });
    expect(signIn.statusCode).toBe(400);
    expect(signIn.json().error.fields).toEqual([expect.objectContaining({ field: 'password', rule: 'text' })]);
    const username = await ctx.app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { username: 'bad\ud800', password: 'x' } });
    expect(username.json().error.fields).toEqual([expect.objectContaining({ field: 'username', rule: 'text' })]);
  });
});
