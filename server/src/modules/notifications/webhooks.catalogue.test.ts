import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type TestContext } from '../../../test/helpers.ts';
import { makePlan, makeTask, shareOf } from '../../../test/work-fixtures.ts';
import { projectRoot } from '../../config.ts';
import { DAY } from '../../shared/clock.ts';
import { systemActor } from '../../shared/principal.ts';
import { JobWorker } from '../jobs/jobs.worker.ts';
import { transitionPlan } from '../plans/plans.usecases.ts';
import { runScan } from '../supervision/supervision.usecases.ts';
import { catalogueErrors, eventCatalogue } from './webhooks.catalogue.ts';
import { createEndpoint, FLAG_WEBHOOK_EVENTS, WEBHOOK_EVENTS, webhookHandler } from './webhooks.usecases.ts';

/**
 * docs/WEBHOOKS.md and docs/webhooks/events.schema.json are what receivers build
 * on: every event the server can send is in them, what it really sends conforms,
 * and the copy-paste verification snippets accept its signatures.
 */
const guide = readFileSync(path.join(projectRoot, 'docs', 'WEBHOOKS.md'), 'utf8');
const snippet = (marker: string, lang: string) => {
  const match = new RegExp(`<!-- ${marker}[^>]*-->\\s*\`\`\`${lang}\\n([\\s\\S]*?)\`\`\``).exec(guide);
  if (!match) throw new Error(`docs/WEBHOOKS.md has no ${marker} block`);
  return match[1]!;
};

describe('the published catalogue', () => {
  it('lists exactly the events the server can send, each with its payload and described in docs/WEBHOOKS.md', () => {
    const { schema } = eventCatalogue();
    expect([...schema.properties.event.enum].sort()).toEqual([...WEBHOOK_EVENTS].sort());
    expect(Object.keys(schema['x-events']).sort()).toEqual([...WEBHOOK_EVENTS].sort());
    for (const event of WEBHOOK_EVENTS) expect(guide, event).toContain(`| \`${event}\` |`);
  });

  it('refuses a payload that breaks it (so the checks below can fail)', () => {
    const body = { id: '00000000-0000-4000-8000-000000000000', event: 'reports.accepted', occurredAt: '2026-03-02T00:00:00.000Z', data: { record: { type: 'meeting' } } };
    expect(catalogueErrors(body).length).toBeGreaterThan(0);
    expect(catalogueErrors({ ...body, event: 'flag.unknown' }).join()).toMatch(/allowed values/);
  });
});

/** A receiver on the loopback address that keeps the raw requests. */
async function receiver() {
  const requests: { headers: http.IncomingHttpHeaders; body: string }[] = [];
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      requests.push({ headers: req.headers, body: Buffer.concat(chunks).toString('utf8') });
      res.statusCode = 204;
      res.end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/yrd-hook`;
  return { url, requests, close: () => new Promise<void>((resolve) => server.close(() => resolve())) };
}

let ctx: TestContext;
let hook: Awaited<ReturnType<typeof receiver>>;
const actor = systemActor('test');
beforeAll(async () => {
  ctx = await createTestContext({ escalationGraceDays: 3, webhookAllowHosts: ['127.0.0.1'] });
  hook = await receiver();
});
afterAll(async () => {
  await hook.close();
  await ctx.close();
});

const python = (() => {
  try {
    execFileSync('python3', ['--version'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
})();

describe('flag events as really sent', () => {
  let secret: string;
  beforeAll(async () => {
    secret = (await createEndpoint({ ...ctx.deps, actor }, { name: 'Receiver', url: hook.url, events: [...FLAG_WEBHOOK_EVENTS] })).secret;
    const planId = await makePlan(ctx.deps, { code: 'WH-CAT' });
    await transitionPlan({ ...ctx.deps, actor }, planId, { to: 'adopted', version: 1 });
    await transitionPlan({ ...ctx.deps, actor }, planId, { to: 'in_force', version: 2 });
    const taskId = await makeTask(ctx.deps, planId, { code: '9.1', leadMemberCode: '320000', participantMemberCodes: [], dueDate: '2026-02-20' });
    const scan = () => runScan({ ...ctx.deps, actor });
    expect((await scan()).raised).toBe(1);
    ctx.clock.advance(3 * DAY);
    expect((await scan()).escalated).toBe(1);
    const share = await shareOf(ctx.deps, taskId, '320000');
    await ctx.deps.db.updateTable('task_shares').set({ status: 'completed', percent: 100 }).where('id', '=', share.id).execute();
    expect((await scan()).resolved).toBe(1);
    const worker = new JobWorker(ctx.deps, [webhookHandler]);
    while ((await worker.runDue()) > 0) { /* until every delivery went */ }
  });

  it('raised, escalated and resolved conform to events.schema.json', () => {
    expect(hook.requests.map((r) => r.headers['x-yrd-event']).sort()).toEqual(['flag.escalated', 'flag.raised', 'flag.resolved']);
    for (const request of hook.requests) {
      const body = JSON.parse(request.body) as { id: string; event: string };
      expect(catalogueErrors(body), request.body).toEqual([]);
      expect(body.event).toBe(request.headers['x-yrd-event']);
      expect(body.id).toBe(request.headers['x-yrd-delivery']);
    }
  });

  it('are accepted by the Node.js snippet of docs/WEBHOOKS.md, and a changed body is not', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'yrd-webhook-snippet-'));
    try {
      const file = path.join(dir, 'verify.mjs');
      writeFileSync(file, snippet('verify-node', 'js'));
      const { verifyYrdWebhook } = (await import(pathToFileURL(file).href)) as { verifyYrdWebhook: (s: string, h: object, b: string, o?: object) => boolean };
      const now = ctx.clock.now().getTime() / 1000;
      for (const r of hook.requests) {
        expect(verifyYrdWebhook(secret, r.headers, r.body, { now })).toBe(true);
        expect(verifyYrdWebhook(secret, r.headers, r.body.replace('"flag.', '"flag.x'), { now })).toBe(false);
        expect(verifyYrdWebhook('whsec_other', r.headers, r.body, { now })).toBe(false);
        expect(verifyYrdWebhook(secret, r.headers, r.body, { now: now + 3600 })).toBe(false); // replayed an hour later
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it.skipIf(!python)('are accepted by the Python snippet of docs/WEBHOOKS.md, and a changed body is not', () => {
    const now = ctx.clock.now().getTime() / 1000;
    const cases = hook.requests.flatMap((r) => [
      { secret, headers: r.headers, body: r.body, now, expected: true },
      { secret, headers: r.headers, body: r.body.replace('"flag.', '"flag.x'), now, expected: false },
    ]);
    const script = `${snippet('verify-python', 'python')}
import json, sys
cases = json.load(sys.stdin)
print(json.dumps([verify_yrd_webhook(c["secret"], c["headers"], c["body"].encode("utf-8"), now=c["now"]) for c in cases]))
`;
    const answers = JSON.parse(execFileSync('python3', ['-c', script], { input: JSON.stringify(cases), encoding: 'utf8' })) as boolean[];
    expect(answers).toEqual(cases.map((c) => c.expected));
  });
});
