/**
 * Where webhooks may go (issue 14, items 13 and 18): internal addresses in any
 * notation and ports fetch refuses are refused when saved; the resolved
 * address is checked again at delivery (DNS rebinding), and the socket goes
 * to the address that was checked; YRD_WEBHOOK_ALLOW_HOSTS lets an internal
 * receiver in; a failed delivery keeps its cause, not "fetch failed".
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import dns from 'node:dns/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, createUser, login, type Session, type TestContext } from '../../../test/helpers.ts';
import { describeError } from '../jobs/jobs.models.ts';
import { JobWorker } from '../jobs/jobs.worker.ts';
import { blockedReason, guardedLookup, WebhookAllowList, type Resolver } from './webhooks.address.ts';
import { generateSecret } from './webhooks.signature.ts';
import { emitWebhookEvent, webhookHandler } from './webhooks.usecases.ts';

let ctx: TestContext;
let office: Session;
let receiver: { server: http.Server; port: number; hits: number };

beforeAll(async () => {
  ctx = await createTestContext({ webhookAllowHosts: ['10.20.0.0/16', 'hooks.internal.example'] });
  await createUser(ctx.database.appDb, 'wa.office', [{ role: 'office' }]);
  office = await login(ctx.app, 'wa.office');
  const server = http.createServer((req, res) => {
    receiver.hits += 1;
    req.resume();
    res.end('ok');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  receiver = { server, port: (server.address() as AddressInfo).port, hits: 0 };
});
afterAll(async () => {
  await new Promise<void>((resolve) => receiver.server.close(() => resolve()));
  await ctx.close();
});

const save = (url: string) => ctx.app.inject({ method: 'POST', url: '/api/v1/webhooks', headers: office.headers, payload: { name: 'hook', url, events: ['flag.raised'] } });

/** An endpoint as stored before these rules (or before the allow-list shrank): straight into the table. */
async function legacyEndpoint(url: string): Promise<string> {
  const row = await ctx.deps.db.insertInto('webhook_endpoints')
    .values({ name: `legacy ${url}`, url, secret: generateSecret(), events: ['flag.raised'], created_at: ctx.clock.now() })
    .returning('id').executeTakeFirstOrThrow();
  return row.id;
}

/** Emits one event to every subscriber, runs the deliveries, answers each endpoint's delivery. */
async function deliver(key: string) {
  await ctx.deps.db.transaction().execute((trx) => emitWebhookEvent(trx, 'flag.raised', key, { flagId: key }, ctx.clock.now()));
  await new JobWorker(ctx.deps, [webhookHandler]).runDue();
  return ctx.deps.db.selectFrom('webhook_deliveries').select(['endpoint_id', 'status', 'last_error', 'last_status_code']).where('dedup_key', 'like', `%:${key}`).execute();
}

describe('saving a webhook URL', () => {
  it('refuses loopback, private, link-local, shared, metadata and reserved addresses, in every notation', async () => {
    const pgPort = 54329;
    for (const url of [
      `http://127.0.0.1:${pgPort}/`, 'http://2130706433/', 'http://0x7f000001/', 'http://0177.0.0.1/', 'http://127.1/', 'http://0.0.0.0/',
      'http://[::1]/', 'http://[::ffff:127.0.0.1]/', 'http://[::ffff:a9fe:a9fe]/', 'http://[64:ff9b::10.0.0.5]/', 'http://[fe80::1]/', 'http://[fd00:ec2::254]/',
      'http://169.254.169.254/latest/meta-data/', 'http://10.0.0.5/', 'http://172.16.0.1/', 'http://192.168.1.10/', 'http://100.100.100.200/latest/meta-data/',
      'http://localhost:3000/', 'http://LOCALHOST./', 'http://app.localhost/', 'http://metadata.google.internal/computeMetadata/v1/', 'http://10.21.0.1/',
    ]) {
      const response = await save(url);
      expect(response.statusCode, url).toBe(400);
      expect(response.json().error, url).toMatchObject({ code: 'webhooks.address_not_allowed', fields: [expect.objectContaining({ field: 'url', rule: 'webhooks.address_not_allowed' })] });
    }
  });

  it('refuses the ports fetch refuses (4190, 25, 6000…), even on an allowed host', async () => {
    for (const url of ['https://hooks.example:4190/x', 'http://hooks.example:25/', 'https://hooks.example:6000/', 'http://10.20.0.9:22/', 'http://hooks.internal.example:6667/']) {
      const response = await save(url);
      expect(response.statusCode, url).toBe(400);
      expect(response.json().error, url).toMatchObject({ code: 'webhooks.port_not_allowed', fields: [expect.objectContaining({ field: 'url' })] });
    }
  });

  it('accepts public hosts and what YRD_WEBHOOK_ALLOW_HOSTS allows; a PATCH is checked the same way', async () => {
    for (const url of ['https://hooks.example/yrd', 'https://hooks.example:8443/yrd', 'http://203.119.1.1/x', 'http://10.20.3.4:8080/hook', 'http://hooks.internal.example/hook']) {
      expect((await save(url)).statusCode, url).toBe(201);
    }
    const id = (await save('https://hooks.example/patch')).json().id;
    const patched = await ctx.app.inject({ method: 'PATCH', url: `/api/v1/webhooks/${id}`, headers: office.headers, payload: { version: 1, url: 'http://169.254.169.254/' } });
    expect(patched.json().error.code).toBe('webhooks.address_not_allowed');
  });
});

describe('delivering', () => {
  it('checks the address a name resolves to, and connects only to the address it checked (DNS rebinding)', async () => {
    const allow = new WebhookAllowList([]);
    // A resolver that answers a public address for the check a caller might make first, then loopback: the socket's own lookup is the check.
    let answers = 0;
    const rebinding: Resolver = (_h, _o, callback) => callback(null, [{ address: answers++ === 0 ? '93.184.216.34' : '127.0.0.1', family: 4 }]);
    rebinding('hooks.example', {}, () => undefined);
    const refused = await new Promise<NodeJS.ErrnoException | null>((resolve) => guardedLookup(allow, 'hooks.example', rebinding)('hooks.example', { all: true }, (error) => resolve(error)));
    expect(refused?.code).toBe('EADDRNOTALLOWED');
    const mixed: Resolver = (_h, _o, callback) => callback(null, [{ address: '93.184.216.34', family: 4 }, { address: '::1', family: 6 }]);
    expect(await new Promise((resolve) => guardedLookup(allow, 'x.example', mixed)('x.example', { all: true }, (error) => resolve(error?.code)))).toBe('EADDRNOTALLOWED');
    const fine: Resolver = (_h, _o, callback) => callback(null, [{ address: '93.184.216.34', family: 4 }]);
    expect(await new Promise((resolve) => guardedLookup(allow, 'x.example', fine)('x.example', {}, (error, address) => resolve(error ?? address)))).toBe('93.184.216.34');
  });

  it('refuses a name of this machine that resolves to loopback, end to end, and lets it through once allowed', async () => {
    const name = os.hostname().toLowerCase();
    const addresses = await dns.lookup(name, { all: true }).catch(() => []);
    if (addresses.length === 0 || !addresses.every((a) => blockedReason(a.address))) return; // this machine's name is public: nothing to rebind here
    await ctx.deps.db.deleteFrom('webhook_endpoints').execute();
    const url = `http://${name}:${receiver.port}/hook`;
    expect((await save(url)).statusCode).toBe(201); // a name, not an address: accepted when saved
    const [refused] = await deliver('rebind-1');
    expect(refused!.last_error).toMatch(/internal address/);
    expect(receiver.hits).toBe(0);
    const before = ctx.deps.config.webhookAllowHosts;
    ctx.deps.config.webhookAllowHosts = [...before, ...addresses.map((a) => a.address)];
    try {
      const [delivered] = await deliver('rebind-2');
      expect(delivered).toMatchObject({ status: 'delivered', last_status_code: 200 });
      expect(receiver.hits).toBe(1);
    } finally {
      ctx.deps.config.webhookAllowHosts = before;
      await ctx.deps.db.deleteFrom('webhook_endpoints').where('url', '=', url).execute();
    }
  });

  it('checks an endpoint saved before the rules again, and stores why a delivery failed with its cause', async () => {
    await ctx.deps.db.deleteFrom('webhook_endpoints').execute();
    const hits = receiver.hits;
    const loopback = await legacyEndpoint(`http://127.0.0.1:${receiver.port}/hook`);
    const badPort = await legacyEndpoint('http://10.20.0.9:4190/hook');
    const closed = await legacyEndpoint('http://10.20.255.254:1/x'); // allowed range, bad port: refused before any socket
    ctx.deps.config.webhookAllowHosts = [...ctx.deps.config.webhookAllowHosts, '127.0.0.2'];
    const refusedPort = await legacyEndpoint('http://127.0.0.2:9/x'); // 9 is a bad port
    const connection = await legacyEndpoint('http://127.0.0.2:1023/x'); // allowed, nobody listens: the socket's own error
    const byId = new Map((await deliver('legacy-1')).map((d) => [d.endpoint_id, d]));
    expect(byId.get(loopback)!.last_error).toBe('webhooks.address_not_allowed: 127.0.0.1');
    expect(byId.get(badPort)!.last_error).toBe('webhooks.port_not_allowed: 4190');
    expect(byId.get(closed)!.last_error).toBe('webhooks.port_not_allowed: 1');
    expect(byId.get(refusedPort)!.last_error).toBe('webhooks.port_not_allowed: 9');
    expect(byId.get(connection)!.last_error).toMatch(/ECONNREFUSED/);
    expect(receiver.hits).toBe(hits);
    for (const d of byId.values()) expect(d.last_error).not.toMatch(/^TypeError: fetch failed$/);
  });

  it('describe errors with their causes', () => {
    const error = new TypeError('fetch failed', { cause: Object.assign(new Error('bad port'), { code: 'ERR_BAD_PORT' }) });
    expect(describeError(error)).toBe('TypeError: fetch failed — caused by Error: bad port (ERR_BAD_PORT)');
    const many = new AggregateError([Object.assign(new Error('connect ECONNREFUSED ::1:80'), { code: 'ECONNREFUSED' }), new Error('connect ECONNREFUSED 127.0.0.1:80')], '');
    expect(describeError(many)).toBe('AggregateError:  [Error: connect ECONNREFUSED ::1:80; Error: connect ECONNREFUSED 127.0.0.1:80]');
  });
});
