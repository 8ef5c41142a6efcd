import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, createUser, login, type Session, type TestContext } from '../../../test/helpers.ts';
import { JobWorker } from '../jobs/jobs.worker.ts';
import { retryDelayMs } from '../jobs/jobs.models.ts';
import { signPayload, verifySignature } from './webhooks.signature.ts';
import { emitWebhookEvent, WEBHOOK_EVENTS, WEBHOOK_MAX_ATTEMPTS, webhookHandler } from './webhooks.usecases.ts';

describe('webhook signatures', () => {
  const secret = 'whsec_test';
  const body = '{"id":"d1","event":"flag.raised"}';
  it('are sha256= and the hex HMAC-SHA256 of "timestamp.body"', () => {
    // Independent of our code: echo -n '1767225600.{"id":"d1","event":"flag.raised"}' | openssl dgst -sha256 -hmac whsec_test
    expect(signPayload(secret, 1767225600, body)).toBe('sha256=bcfac3db88695609d80053d4dcfac29da053a13effbe5a5249b645b5926769cd');
  });

  it('verify only the exact secret, timestamp and body', () => {
    const signature = signPayload(secret, 1767225600, body);
    expect(verifySignature(secret, '1767225600', body, signature)).toBe(true);
    expect(verifySignature('whsec_other', '1767225600', body, signature)).toBe(false);
    expect(verifySignature(secret, '1767225601', body, signature)).toBe(false);
    expect(verifySignature(secret, '1767225600', body.replace('raised', 'resolved'), signature)).toBe(false);
    expect(verifySignature(secret, '1767225600', body, signature.slice(0, -1))).toBe(false);
    expect(verifySignature(secret, '1767225600', body, '')).toBe(false);
  });
});

/** A receiver on the loopback address that answers with the next status in `answers` and keeps every request. */
async function receiver(answers: number[]) {
  const requests: { headers: http.IncomingHttpHeaders; body: string }[] = [];
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      requests.push({ headers: req.headers, body: Buffer.concat(chunks).toString('utf8') });
      res.statusCode = answers.shift() ?? 200;
      res.end('ok');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/yrd-hook`;
  return { url, requests, close: () => new Promise<void>((resolve) => server.close(() => resolve())) };
}

let ctx: TestContext;
let office: Session;
beforeAll(async () => {
  // The test receivers listen on the loopback address: allowed here as an operator would allow an internal receiver.
  ctx = await createTestContext({ webhookAllowHosts: ['127.0.0.1'] });
  await createUser(ctx.database.appDb, 'wh.office', [{ role: 'office' }]);
  await createUser(ctx.database.appDb, 'wh.liaison', [{ role: 'liaison', memberCode: '320000' }]);
  office = await login(ctx.app, 'wh.office');
});
afterAll(() => ctx.close());

const api = (session: Session, method: 'GET' | 'POST' | 'PATCH' | 'DELETE', url: string, payload?: object) =>
  ctx.app.inject({ method, url, headers: session.headers, ...(payload ? { payload } : {}) });
const emit = (event: 'flag.raised' | 'flag.resolved', key: string, data: Record<string, unknown>) =>
  ctx.deps.db.transaction().execute((trx) => emitWebhookEvent(trx, event, key, data, ctx.clock.now()));

describe('webhook endpoints', () => {
  it('are managed by the Office; the secret is shown once, at creation', async () => {
    const created = await api(office, 'POST', '/api/v1/webhooks', { name: '督办看板', url: 'https://hooks.example/yrd', events: ['flag.raised', 'flag.escalated'] });
    expect(created.statusCode, created.body).toBe(201);
    expect(created.json().secret).toMatch(/^whsec_/);
    const list = (await api(office, 'GET', '/api/v1/webhooks')).json();
    expect(list.items).toHaveLength(1);
    expect(JSON.stringify(list)).not.toContain(created.json().secret);
    expect(list.events).toEqual([...WEBHOOK_EVENTS]);
    expect(list.events).toEqual(expect.arrayContaining(['flag.raised', 'reports.submitted', 'minutes.finalised']));
    const id = created.json().id;
    const patched = await api(office, 'PATCH', `/api/v1/webhooks/${id}`, { version: 1, active: false });
    expect(patched.json()).toMatchObject({ active: false, version: 2 });
    expect((await api(office, 'PATCH', `/api/v1/webhooks/${id}`, { version: 1, active: true })).statusCode).toBe(409);
    expect((await api(office, 'DELETE', `/api/v1/webhooks/${id}`)).statusCode).toBe(200);
    expect((await api(office, 'DELETE', `/api/v1/webhooks/${id}`)).json().error.code).toBe('webhooks.not_found');
    const audit = await ctx.deps.db.selectFrom('audit_events').select(['action', 'summary']).where('object_type', '=', 'webhook').orderBy('seq').execute();
    expect(audit.map((a) => a.action)).toEqual(['webhook.create', 'webhook.update', 'webhook.delete']);
    expect(JSON.stringify(audit)).not.toContain(created.json().secret);
  });

  it('accept only http(s) URLs and known events', async () => {
    const ftp = await api(office, 'POST', '/api/v1/webhooks', { name: 'x', url: 'ftp://files.example/x', events: ['flag.raised'] });
    expect(ftp.json().error.fields[0].field).toBe('url');
    const creds = await api(office, 'POST', '/api/v1/webhooks', { name: 'x', url: 'https://user:pw@hooks.example/x', events: ['flag.raised'] });
    expect(creds.json().error.code).toBe('webhooks.bad_url');
    const event = await api(office, 'POST', '/api/v1/webhooks', { name: 'x', url: 'https://hooks.example/x', events: ['task.deleted'] });
    expect(event.json().error.fields[0].field).toMatch(/^events/);
    const liaison = await login(ctx.app, 'wh.liaison');
    expect((await api(liaison, 'GET', '/api/v1/webhooks')).statusCode).toBe(403);
  });
});

describe('webhook deliveries', () => {
  it('POST signed JSON, retry with backoff on failure, keep the delivery id across attempts', async () => {
    const hook = await receiver([500]);
    try {
      const { id, secret } = (await api(office, 'POST', '/api/v1/webhooks', { name: 'receiver', url: hook.url, events: ['flag.raised'] })).json();
      expect(await emit('flag.raised', 'f1:raised', { flagId: 'f1', severity: 'red' })).toBe(1);
      expect(await emit('flag.raised', 'f1:raised', { flagId: 'f1', severity: 'red' })).toBe(0); // same occurrence: once
      expect(await emit('flag.resolved', 'f1:resolved', { flagId: 'f1' })).toBe(0); // not subscribed
      const worker = new JobWorker(ctx.deps, [webhookHandler]);
      await worker.runDue();
      let deliveries = (await api(office, 'GET', `/api/v1/webhooks/${id}/deliveries`)).json().items;
      expect(deliveries[0]).toMatchObject({ status: 'pending', attempts: 1, lastStatusCode: 500, lastError: 'HTTP 500' });
      ctx.clock.advance(retryDelayMs(1));
      await worker.runDue();
      deliveries = (await api(office, 'GET', `/api/v1/webhooks/${id}/deliveries`)).json().items;
      expect(deliveries[0]).toMatchObject({ status: 'delivered', attempts: 2, lastStatusCode: 200 });

      expect(hook.requests).toHaveLength(2);
      const [first, second] = hook.requests;
      for (const request of [first!, second!]) {
        expect(request.headers['content-type']).toBe('application/json');
        expect(request.headers['x-yrd-event']).toBe('flag.raised');
        expect(request.headers['x-yrd-delivery']).toBe(deliveries[0].id);
        const timestamp = String(request.headers['x-yrd-timestamp']);
        expect(verifySignature(secret, timestamp, request.body, String(request.headers['x-yrd-signature']))).toBe(true);
        expect(JSON.parse(request.body)).toMatchObject({ id: deliveries[0].id, event: 'flag.raised', data: { flagId: 'f1', severity: 'red' } });
      }
      expect(first!.body).toBe(second!.body);
      expect(Number(second!.headers['x-yrd-timestamp']) - Number(first!.headers['x-yrd-timestamp'])).toBe(retryDelayMs(1) / 1000);
      await api(office, 'DELETE', `/api/v1/webhooks/${id}`);
    } finally {
      await hook.close();
    }
  });

  it('give up after the last attempt, visibly', async () => {
    const hook = await receiver(Array.from({ length: WEBHOOK_MAX_ATTEMPTS }, () => 503));
    try {
      const { id } = (await api(office, 'POST', '/api/v1/webhooks', { name: 'down', url: hook.url, events: ['flag.resolved'] })).json();
      await emit('flag.resolved', 'f2:resolved', { flagId: 'f2' });
      const worker = new JobWorker(ctx.deps, [webhookHandler]);
      for (let attempt = 1; attempt <= WEBHOOK_MAX_ATTEMPTS; attempt++) {
        expect(await worker.runDue()).toBe(1);
        ctx.clock.advance(retryDelayMs(attempt));
      }
      expect(await worker.runDue()).toBe(0);
      office = await login(ctx.app, 'wh.office'); // hours passed: the session timed out
      const [delivery] = (await api(office, 'GET', `/api/v1/webhooks/${id}/deliveries`)).json().items;
      expect(delivery).toMatchObject({ status: 'failed', attempts: WEBHOOK_MAX_ATTEMPTS, lastStatusCode: 503 });
      const job = await ctx.deps.db.selectFrom('jobs').selectAll().where('dedup_key', '=', `webhook:${delivery.id}`).executeTakeFirstOrThrow();
      expect(job).toMatchObject({ status: 'failed', attempts: WEBHOOK_MAX_ATTEMPTS });
      const failed = await ctx.deps.db.selectFrom('audit_events').select(['action', 'outcome']).where('action', '=', 'webhook.delivery_failed').execute();
      expect(failed).toEqual([{ action: 'webhook.delivery_failed', outcome: 'failure' }]);
    } finally {
      await hook.close();
    }
  });
});
