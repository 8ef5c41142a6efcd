/**
 * Fuzzing every operation of the OpenAPI document the app serves (issue 14,
 * item 9): generated valid-shaped bodies and mutated ones (wrong types, missing
 * required, extra fields, 1e308 and -1, very long strings, NUL and lone
 * surrogates, 3,000-deep nesting, calendar edges), bad path parameters
 * (control characters, huge ids, non-uuids) and bad queries (forged cursors,
 * control characters, huge numbers), anonymously, as an office administrator
 * (admin + office, with the CSRF token) and as a member's editor. Any 5xx fails,
 * printing the request. The seed is fixed, so a failure reproduces as printed.
 *
 * `FUZZ_STATS=1` prints every request's status, to see how far the requests get.
 *
 * Not fuzzed as generated JSON (and why):
 * - multipart uploads (evidence, documents) get malformed multipart bodies
 *   instead, and raw .xlsx imports get empty / garbage / truncated-zip bytes;
 * - `POST /api/v1/auth/logout` and anything else that ends the session is
 *   followed by a fresh sign-in (a 401 to a signed-in caller), so later
 *   operations still run signed in;
 * - the fuzzing users' own accounts and the API token in use are kept out of
 *   the ids offered to user and token routes (resetting one's own password or
 *   revoking one's own token would only make the rest of the run anonymous).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createUser, login, type Session } from '../helpers.ts';
import { makePlan, makeTask } from '../work-fixtures.ts';
import { createFuzzContext, type FuzzContext } from './fuzz-context.ts';
import { SEED_REQUESTS } from './seed.ts';
import { mutations, Rng, Sampler, type Pools, type Schema } from './schema-sample.ts';
import { BAD_PATH_VALUES, badQueries, encode, multipartBodies, queryString, rawUploadBodies, validQuery, type Parameter, type RawBody } from './variants.ts';

/** Fixed, so a failure reproduces; `FUZZ_SEED=<n>` explores other requests by hand. */
const SEED = Number(process.env.FUZZ_SEED ?? 20261204);
type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
type Who = 'anonymous' | 'office-admin' | 'editor';
interface Operation {
  security?: Record<string, string[]>[];
  parameters?: Parameter[];
  requestBody?: { content?: Record<string, { schema?: Schema }> };
}
interface Op { method: Method; path: string; op: Operation }

let ctx: FuzzContext;
let operations: Op[];
let components: Record<string, Schema>;
const pools: Pools = new Map();
const sessions = new Map<Who, Session>();
/** Each harvested record's current version, so updates can pass the version check and reach the use case. */
const versions = new Map<string, number>();
const ownUserIds = new Set<string>();
let bearer: Record<string, string> = {};
let bearerTokenId = '';

beforeAll(async () => {
  ctx = await createFuzzContext();
  const db = ctx.database.appDb;
  ownUserIds.add(await createUser(db, 'fuzz.office', [{ role: 'admin' }, { role: 'office' }]));
  ownUserIds.add(await createUser(db, 'fuzz.editor', [{ role: 'editor', memberCode: '320000' }]));
  await createUser(db, 'fuzz.bystander', [{ role: 'observer' }, { role: 'liaison', memberCode: '330000' }]);
  sessions.set('office-admin', await login(ctx.app, 'fuzz.office'));
  sessions.set('editor', await login(ctx.app, 'fuzz.editor'));
  const planId = await makePlan(ctx.deps);
  await makeTask(ctx.deps, planId);
  await makeTask(ctx.deps, planId, { leadMemberCode: '330000', participantMemberCodes: ['320000'] });

  const served = await ctx.app.inject({ method: 'GET', url: '/api/docs/json' });
  expect(served.statusCode).toBe(200);
  const doc = served.json() as { paths: Record<string, Record<string, Operation>>; components: { schemas: Record<string, Schema> } };
  components = doc.components.schemas;
  operations = Object.entries(doc.paths).flatMap(([path, ops]) =>
    Object.entries(ops).filter(([method]) => ['get', 'post', 'put', 'patch', 'delete'].includes(method)).map(([method, op]) => ({ method: method.toUpperCase() as Method, path, op })),
  );
  // Creating writes first (so later operations find records), then the rest in document order.
  const creates = (o: Op) => o.method === 'POST' && !o.path.includes('{');
  operations = [...operations.filter(creates), ...operations.filter((o) => !creates(o))];

  if (doc.paths['/api/v1/tokens']?.post) {
    const token = await send('office-admin', 'POST', '/api/v1/tokens', { json: { name: 'fuzz', memberCode: '320000', expiresAt: '2027-01-01T00:00:00Z' } });
    expect(token.statusCode, token.body).toBe(201);
    bearer = { authorization: `Bearer ${token.json().secret}` };
    bearerTokenId = token.json().id;
  }
  for (const { url, body } of SEED_REQUESTS) {
    const made = await send('office-admin', 'POST', url, { json: body });
    if (made.statusCode !== 201) console.warn(`fuzz seed ${url}: ${made.statusCode} ${made.body.slice(0, 200)}`);
  }
  const harvestStarted = performance.now();
  await harvest();
  if (process.env.FUZZ_STATS) console.log(`FUZZ harvest ${Math.round(performance.now() - harvestStarted)}ms`, [...pools.keys()].join(' '));
}, 120_000);
afterAll(() => ctx?.close());

const tokenOnly = (op: Operation) => JSON.stringify(op.security) === JSON.stringify([{ apiToken: [] }]);
const isPublic = (op: Operation) => JSON.stringify(op.security) === '[]';

interface Sent { json?: unknown; raw?: RawBody }
async function send(who: Who, method: Method, url: string, body: Sent = {}, op?: Operation) {
  const auth = who === 'anonymous' ? {} : op && tokenOnly(op) ? bearer : sessions.get(who)!.headers;
  const headers: Record<string, string> = { ...auth };
  let payload: string | Buffer | undefined;
  if (body.raw) {
    headers['content-type'] = body.raw.contentType;
    payload = body.raw.payload;
  } else if (body.json !== undefined) {
    headers['content-type'] = 'application/json';
    payload = JSON.stringify(body.json);
  }
  return ctx.app.inject({ method, url, headers, ...(payload !== undefined ? { payload } : {}) });
}

/** Collects ids and codes from an answer: arrays under `items` belong to the route's collection, others to their key. */
function collect(collection: string, value: unknown, depth = 0): void {
  if (depth > 6 || value === null || typeof value !== 'object') return;
  if (Array.isArray(value)) {
    for (const item of value.slice(0, 20)) {
      const record = item as Record<string, unknown> | null;
      if (typeof record?.id === 'string' && typeof record.version === 'number') versions.set(record.id, record.version);
      for (const kind of ['id', 'code'] as const) {
        const v = (item as Record<string, unknown> | null)?.[kind];
        if (typeof v !== 'string' && typeof v !== 'number') continue;
        if (collection === 'users' && ownUserIds.has(String(v))) continue;
        if (collection === 'tokens' && String(v) === bearerTokenId) continue;
        const list = pools.get(`${collection}:${kind}`) ?? [];
        if (!list.includes(String(v)) && list.length < 30) pools.set(`${collection}:${kind}`, [...list, String(v)]);
      }
      collect(collection, item, depth + 1);
    }
    return;
  }
  for (const [key, item] of Object.entries(value)) {
    if (Array.isArray(item)) collect(key === 'items' ? collection : key, item, depth + 1);
    else collect(collection, item, depth + 1);
  }
}

const collectionOfPath = (path: string) => path.split('/').filter((s) => s && !s.startsWith('{')).pop() ?? '';

/** Lists first, then one record of each kind, so path parameters can name real records. */
async function harvest(): Promise<void> {
  const reads = operations.filter((o) => o.method === 'GET' && !tokenOnly(o.op));
  for (const pass of [0, 1]) {
    for (const { path, op } of reads) {
      if ((pass === 0) === path.includes('{')) continue;
      const url = fillPath(path, op, undefined);
      if (url.includes('__none__')) continue;
      const response = await send('office-admin', 'GET', url);
      if (response.statusCode === 200 && String(response.headers['content-type']).startsWith('application/json')) collect(collectionOfPath(path), [response.json()]);
    }
  }
}

/** The path with each parameter filled: `bad` (already encoded) for the one named, a real record where known, else a sample. */
function fillPath(path: string, op: Operation, bad: { name: string; value: string } | undefined, rng = new Rng(SEED)): string {
  return path.replace(/\{(\w+)\}/g, (_placeholder, name: string, offset: number) => {
    if (bad?.name === name) return bad.value;
    const owner = name === 'id' || name === 'code' ? path.slice(0, offset).split('/').filter(Boolean).pop()! : '';
    const key = name === 'id' || name === 'code' ? `${owner}:${name}` : /Id$/.test(name) ? `${name.slice(0, -2)}s:id` : `${name}s:code`;
    const real = pools.get(key);
    if (real?.length) return encode(rng.pick(real));
    const schema = op.parameters?.find((p) => p.in === 'path' && p.name === name)?.schema;
    if (!schema && !real) return '__none__';
    return encode(String(new Sampler(components, rng, pools).sample(schema, false, name)));
  });
}

/** A body's `version` set to the record's current one (the record named last in the path). */
function withVersion(body: unknown, path: string): unknown {
  if (body === null || typeof body !== 'object' || !('version' in body)) return body;
  const id = path.split('?')[0]!.split('/').reverse().map(decodeURIComponent).find((segment) => versions.has(segment));
  return id ? { ...body, version: versions.get(id) } : body;
}

interface Attempt { name: string; url: string; body: Sent }

/** The requests for one operation and caller, at most `budget` of them, chosen by the seeded generator. */
function attempts(o: Op, budget: number, rng: Rng): Attempt[] {
  const sampler = new Sampler(components, rng, pools);
  const params = o.op.parameters ?? [];
  const goodPath = fillPath(o.path, o.op, undefined, rng).replace('__none__', rng.uuid());
  const goodQuery = validQuery(params, sampler, true, rng);
  const url = (path: string, query = goodQuery) => `${path}${queryString(query)}`;
  const content = o.op.requestBody?.content ?? {};
  const jsonSchema = content['application/json']?.schema ? sampler.resolve(content['application/json'].schema) : undefined;
  const bodies: { name: string; body: Sent }[] = [];
  if (jsonSchema) {
    const full = withVersion(sampler.sample(jsonSchema, true), goodPath);
    bodies.push({ name: 'valid (all fields)', body: { json: full } }, { name: 'valid (required fields)', body: { json: withVersion(sampler.sample(jsonSchema, false), goodPath) } });
    bodies.push(...mutations(full, jsonSchema, rng).map((m) => ({ name: m.name, body: { json: m.body } })));
  } else if (content['multipart/form-data']) {
    bodies.push(...multipartBodies(rng).map((raw) => ({ name: raw.name, body: { raw } })));
  } else if (Object.keys(content).length > 0) {
    bodies.push(...rawUploadBodies(Object.keys(content)[0]!, rng).map((raw) => ({ name: raw.name, body: { raw } })));
  }
  const withBody = o.method !== 'GET' && o.method !== 'DELETE';
  const defaultBody: Sent = bodies[0]?.body ?? (withBody ? { json: {} } : {});

  const all: Attempt[] = bodies.map((b) => ({ name: b.name, url: url(goodPath), body: b.body }));
  if (!jsonSchema && bodies.length === 0) all.push({ name: 'valid query', url: url(goodPath), body: defaultBody }, { name: 'minimal query', url: url(goodPath, validQuery(params, sampler, false, rng)), body: defaultBody });
  const paramQueries = badQueries(params, goodQuery, rng).map((q) => ({ name: `query: ${q.name}`, url: url(goodPath, q.query), body: defaultBody }));
  const pathNames = params.filter((p) => p.in === 'path').map((p) => p.name);
  const paths = pathNames.length === 0 ? [] : BAD_PATH_VALUES.map((value) => {
    const name = rng.pick(pathNames);
    return { name: `path {${name}}=${value.slice(0, 40)}`, url: url(fillPath(o.path, o.op, { name, value }, rng)), body: defaultBody };
  });
  // Keep the first two (valid) requests, then draw the rest from every kind in turn.
  const rest = [all.slice(2), paramQueries, paths].map((list) => rng.shuffle(list));
  const chosen = all.slice(0, Math.min(2, budget));
  for (let i = 0; chosen.length < budget && rest.some((list) => list.length > 0); i++) {
    const list = rest[i % rest.length]!;
    if (list.length > 0) chosen.push(list.shift()!);
  }
  return chosen;
}

/** Requests per operation: the time limit of the suite on two loaded cores (an anonymous caller is refused before anything it sends is read). */
const BUDGET: Record<Who, number> = { 'office-admin': 10, editor: 4, anonymous: 1 };

async function fuzz(who: Who): Promise<{ failures: string[]; sent: number }> {
  const rng = new Rng(SEED + who.length);
  const failures: string[] = [];
  let sent = 0;
  ctx.takeErrors();
  for (const o of operations) {
    if (who !== 'anonymous' && tokenOnly(o.op) && !bearer.authorization) continue;
    const budget = who === 'anonymous' && isPublic(o.op) ? BUDGET['office-admin'] : BUDGET[who];
    for (const attempt of attempts(o, budget, rng)) {
      const started = performance.now();
      const response = await send(who, o.method, attempt.url, attempt.body, o.op);
      sent += 1;
      if (process.env.FUZZ_STATS) console.log(`FUZZ ${who} ${response.statusCode} ${Math.round(performance.now() - started)}ms ${o.method} ${o.path} [${attempt.name}]${response.statusCode === 400 ? ` ${response.body.slice(0, 140)}` : ''}`);
      if (response.statusCode >= 500) {
        const cause = ctx.takeErrors().map((line) => JSON.parse(line) as { msg?: string; err?: { type?: string; message?: string } }).find((l) => l.err)?.err;
        const body = attempt.body.raw ? `<${attempt.body.raw.name}>` : JSON.stringify(attempt.body.json ?? null);
        failures.push(`${who} ${o.method} ${attempt.url.slice(0, 300)} [${attempt.name}] body=${body.slice(0, 300)} → ${response.statusCode} ${cause ? `${cause.type}: ${cause.message}` : response.body.slice(0, 200)}`);
      }
      if (response.statusCode === 201 && String(response.headers['content-type']).startsWith('application/json')) collect(collectionOfPath(o.path), [response.json()]);
      // Signed out (logout, a password change, a revoked session): sign in again so the rest runs signed in.
      if (who !== 'anonymous' && response.statusCode === 401 && !tokenOnly(o.op)) sessions.set(who, await login(ctx.app, who === 'editor' ? 'fuzz.editor' : 'fuzz.office'));
    }
  }
  return { failures, sent };
}

describe('OpenAPI fuzzing: no generated or mutated request gets a 5xx', () => {
  it('covers every operation of the served document', () => {
    expect(operations.length).toBeGreaterThan(100);
    for (const kind of ['tasks', 'shares', 'meetings', 'matters', 'agreements']) expect(pools.get(`${kind}:id`)?.length, kind).toBeGreaterThanOrEqual(1);
  });

  for (const who of ['office-admin', 'editor', 'anonymous'] as const) {
    it(`as ${who}`, async () => {
      const { failures, sent } = await fuzz(who);
      expect(sent).toBeGreaterThanOrEqual(operations.length * (who === 'anonymous' ? 1 : 3));
      expect(failures).toEqual([]);
    }, 300_000);
  }
});
