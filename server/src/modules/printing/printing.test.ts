/**
 * Printing single records: the request is checked (kind, field-named params,
 * the record's read policy) before a job is queued; the job renders escaped
 * HTML through Chromium; only the requester sees the job and its PDF.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditActions, createTestContext, createUser, login, type Session, type TestContext } from '../../../test/helpers.ts';
import { embeddedFonts } from '../../../test/pdf.ts';
import { makePlan, makeTask, shareOf } from '../../../test/work-fixtures.ts';
import { systemActor, type UserPrincipal } from '../../shared/principal.ts';
import { recordDecision } from '../decisions/decisions.usecases.ts';
import { JobWorker } from '../jobs/jobs.worker.ts';
import { raiseMatter } from '../matters/matters.usecases.ts';
import { createMeeting, draftMinutes } from '../meetings/meetings.usecases.ts';
import { chromiumAvailable, closeBrowser } from './printing.chromium.ts';
import { printHandler } from './printing.jobs.ts';
import { PRINTABLES } from './printing.kinds.ts';

let ctx: TestContext;
let office: Session;
let office2: Session;
let liaison: Session;
let adminOnly: Session;
let officeUserId: string;
let taskId: string;
let flagId: string;
let meetingId: string;
let decisionId: string;
let matterId: string;

const XSS = '<script>alert(1)</script>';
const principal = (userId: string): UserPrincipal => ({
  kind: 'user', userId, username: 'p.office', displayName: 'office', locale: 'zh-CN', roles: [{ id: 'x', role: 'office', memberCode: null, bodyCode: null }],
  mustChangePassword: false, isDemo: false, sessionTokenHash: Buffer.alloc(0), csrfToken: '',
});

beforeAll(async () => {
  ctx = await createTestContext();
  officeUserId = await createUser(ctx.database.appDb, 'print.office', [{ role: 'office' }]);
  await createUser(ctx.database.appDb, 'print.office2', [{ role: 'office' }]);
  await createUser(ctx.database.appDb, 'print.liaison', [{ role: 'liaison', memberCode: '320000' }]);
  await createUser(ctx.database.appDb, 'print.admin', [{ role: 'admin' }]);
  [office, office2, liaison, adminOnly] = (await Promise.all(['print.office', 'print.office2', 'print.liaison', 'print.admin'].map((u) => login(ctx.app, u)))) as [Session, Session, Session, Session];
  const deps = { ...ctx.deps, actor: systemActor('print-test') };
  const planId = await makePlan(ctx.deps, { code: 'PRINT-1' });
  taskId = await makeTask(ctx.deps, planId, { code: '7.1', titleZh: `长三角科创协同${XSS}`, titleEn: 'S&T synergy', dueDate: '2025-06-30' });
  const share = await shareOf(ctx.deps, taskId, '330000');
  flagId = (await ctx.database.appDb.insertInto('supervision_flags').values({
    kind: 'overdue_share', severity: 'red', subject_key: `share:${share.id}`, task_id: taskId, share_id: share.id, member_code: '330000',
    detail: JSON.stringify({ dueDate: '2025-06-30' }), raised_at: new Date('2025-07-01T00:00:00Z'), escalation_level: 1, next_escalation_at: new Date('2025-07-08T00:00:00Z'),
  }).returning('id').executeTakeFirstOrThrow()).id;
  meetingId = await createMeeting(deps, { type: 'annual_symposium', tier: 'decision', startsAt: '2024-06-05T01:00:00Z', endsAt: '2024-06-05T09:00:00Z', titleZh: '主要领导座谈会', participants: [{ nameZh: '张三', memberCode: '320000', role: 'attendee' }] } as Parameters<typeof createMeeting>[1]);
  await draftMinutes(deps, meetingId, { bodyZh: '会议同意推进科创协同。' });
  decisionId = await recordDecision(deps, meetingId, { titleZh: `确定下届轮值${XSS}`, bodyZh: '2025 年由江苏承办。', effects: [{ kind: 'fix_next_host', memberCode: '320000', year: 2025 }] } as Parameters<typeof recordDecision>[2]);
  matterId = await raiseMatter({ ...deps, principal: principal(officeUserId) }, { titleZh: '跨省医保结算', raisedByMemberCode: '320000', affectedMemberCodes: ['330000'] });
});
afterAll(async () => {
  await closeBrowser();
  await ctx.close();
});

const post = (session: Session, payload: object) => ctx.app.inject({ method: 'POST', url: '/api/v1/print-jobs', headers: session.headers, payload });
const get = (session: Session, url: string) => ctx.app.inject({ method: 'GET', url, headers: session.headers });
const worker = () => new JobWorker(ctx.deps, [printHandler], [], { id: 'print-worker' });

describe('the HTML of each kind', () => {
  const load = (kind: keyof typeof PRINTABLES, params: Record<string, string>, lang: 'zh-CN' | 'en' = 'zh-CN') =>
    PRINTABLES[kind].load(ctx.deps, principal(officeUserId), params, lang);

  it('a task record escapes the title and names shares, reports and history', async () => {
    const doc = await load('task-record', { taskId });
    expect(doc.title).toContain('7.1');
    expect(doc.html).not.toContain('<script>');
    expect(doc.html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(doc.html).toContain('成员分工');
    expect(doc.html).toContain('江苏');
    expect(doc.html).toContain('浙江');
    expect(doc.html).toContain('task.create');
  });

  it('the supervision sheet (督办单) shows the flag, the share, the deadline and the ladder', async () => {
    const doc = await load('supervision-sheet', { flagId });
    expect(doc.title).toMatch(/^督办单/);
    expect(doc.html).not.toContain('<script>');
    for (const fact of ['分工逾期', '红色', '浙江', '2025-06-30', '成员方联络员', '当前层级', '区域合作办公室']) expect(doc.html).toContain(fact);
    const en = await load('supervision-sheet', { flagId }, 'en');
    expect(en.html).toContain('Escalation ladder');
    expect(en.html).toContain('Share overdue');
  });

  it('meeting minutes show each member’s approval; a decision its effects; a matter its timeline', async () => {
    const minutes = await load('meeting-minutes', { meetingId });
    expect(minutes.html).toContain('会议同意推进科创协同');
    expect(minutes.html).toContain('尚未审核');
    expect(minutes.html).toContain('张三');
    const decision = await load('decision', { decisionId });
    expect(decision.html).not.toContain('<script>');
    expect(decision.html).toContain('确定下届轮值');
    expect(decision.html).toMatch(/江苏省? · 2025/);
    const matter = await load('matter-timeline', { matterId });
    expect(matter.html).toContain('跨省医保结算');
    expect(matter.html).toContain('提出');
  });
});

describe('requesting a print', () => {
  it('names the field of a bad request (400)', async () => {
    const missing = await post(office, { kind: 'task-record', params: {} });
    expect(missing.statusCode).toBe(400);
    expect(missing.json().error.fields[0]).toMatchObject({ field: 'params.taskId', rule: 'printing.param_missing' });
    const bad = await post(office, { kind: 'task-record', params: { taskId: 'nope' } });
    expect(bad.json().error.fields[0]).toMatchObject({ field: 'params.taskId', rule: 'printing.param_invalid' });
    const extra = await post(office, { kind: 'task-record', params: { taskId, other: 'x' } });
    expect(extra.json().error.fields[0]).toMatchObject({ field: 'params.other', rule: 'printing.param_unknown' });
    const kind = await post(office, { kind: 'everything', params: {} });
    expect(kind.statusCode).toBe(400);
    expect(kind.json().error.fields[0].field).toBe('kind');
  });

  it('answers the record’s 404 and 403 at once, queuing nothing', async () => {
    const gone = await post(office, { kind: 'task-record', params: { taskId: '00000000-0000-4000-8000-000000000000' } });
    expect(gone.statusCode).toBe(404);
    expect(gone.json().error.code).toBe('tasks.not_found');
    // An account without a work role may not read tasks, so it may not print one either.
    const denied = await post(adminOnly, { kind: 'task-record', params: { taskId } });
    expect(denied.statusCode).toBe(403);
    const queued = await ctx.database.appDb.selectFrom('jobs').select('id').where('kind', '=', 'printing.pdf').execute();
    expect(queued).toHaveLength(0);
  });

  it('queues a job (202) that only its requester sees; the request is audited', async () => {
    const accepted = await post(liaison, { kind: 'task-record', params: { taskId }, lang: 'en' });
    expect(accepted.statusCode, accepted.body).toBe(202);
    const { id, statusUrl, pdfUrl } = accepted.json();
    expect(await auditActions(ctx.database.appDb)).toContain('print.request');
    expect((await get(liaison, statusUrl)).json()).toMatchObject({ id, state: 'queued', progress: 0, kind: 'task-record', lang: 'en' });
    expect((await get(office, statusUrl)).statusCode).toBe(404);
    expect((await get(office, pdfUrl)).statusCode).toBe(404);
    const early = await get(liaison, pdfUrl);
    expect(early.statusCode).toBe(409);
    expect(early.json().error.code).toBe('printing.not_ready');
  });
});

describe('without Chromium', () => {
  it('the job fails with printing.chromium_missing and a message in the user’s language', async () => {
    const saved = process.env.YRD_CHROMIUM_PATH;
    process.env.YRD_CHROMIUM_PATH = path.join(os.tmpdir(), 'no-such-chromium');
    try {
      const { id } = (await post(office2, { kind: 'decision', params: { decisionId } })).json();
      await worker().runDue();
      const status = (await get(office2, `/api/v1/print-jobs/${id}`)).json();
      expect(status.state).toBe('failed');
      expect(status.error.code).toBe('printing.chromium_missing');
      expect(status.error.message).toContain('Chromium');
      expect(status.error.message).toMatch(/[\u4e00-\u9fff]/);
    } finally {
      if (saved === undefined) delete process.env.YRD_CHROMIUM_PATH;
      else process.env.YRD_CHROMIUM_PATH = saved;
    }
  });
});

describe.skipIf(!chromiumAvailable())('the PDF (Chromium installed)', () => {
  async function printed(kind: string, params: Record<string, string>) {
    const accepted = await post(office, { kind, params });
    expect(accepted.statusCode, accepted.body).toBe(202);
    await worker().runDue();
    const status = (await get(office, accepted.json().statusUrl)).json();
    expect(status, JSON.stringify(status)).toMatchObject({ state: 'done', progress: 100 });
    const pdf = await get(office, accepted.json().pdfUrl);
    expect(pdf.statusCode).toBe(200);
    expect(pdf.headers['content-type']).toBe('application/pdf');
    expect(String(pdf.headers['content-disposition'])).toContain('.pdf');
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'print-')), 'out.pdf');
    fs.writeFileSync(file, pdf.rawPayload);
    return { bytes: pdf.rawPayload, text: execFileSync('pdftotext', ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8' }), fonts: execFileSync('pdffonts', [file], { encoding: 'utf8' }) };
  }

  it('a task record: %PDF, the Chinese title as text, an embedded CJK font, the region’s header and page numbers', async () => {
    const { bytes, text, fonts } = await printed('task-record', { taskId });
    expect(bytes.subarray(0, 5).toString()).toBe('%PDF-');
    expect(text).toContain('长三角科创协同');
    expect(text).toContain('长三角区域合作办公室');
    expect(text).toMatch(/第\s*1\s*页/);
    const rows = embeddedFonts(fonts);
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.filter((r) => !r.embedded)).toEqual([]);
  }, 60_000);

  it('a supervision sheet (督办单)', async () => {
    const { bytes, text, fonts } = await printed('supervision-sheet', { flagId });
    expect(bytes.subarray(0, 5).toString()).toBe('%PDF-');
    expect(text).toContain('督办单');
    expect(text).toContain('分工逾期');
    expect(embeddedFonts(fonts).every((r) => r.embedded)).toBe(true);
  }, 60_000);
});
