import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, createUser, login, type Session, type TestContext } from '../../../test/helpers.ts';
import { makePlan, makeTask, shareOf } from '../../../test/work-fixtures.ts';

let ctx: TestContext;
let office: Session;
let editor: Session;
let planId: string;

beforeAll(async () => {
  ctx = await createTestContext();
  await createUser(ctx.database.appDb, 'batch.office', [{ role: 'office' }]);
  await createUser(ctx.database.appDb, 'batch.editor', [{ role: 'editor', memberCode: '320000' }]);
  office = await login(ctx.app, 'batch.office');
  editor = await login(ctx.app, 'batch.editor');
  planId = await makePlan(ctx.deps, { reportingCadence: 'quarterly', periodStart: '2024-01-01', periodEnd: '2026-12-31' });
});
afterAll(() => ctx.close());

const api = (session: Session, method: 'GET' | 'POST', url: string, payload?: object) => ctx.app.inject({ method, url, headers: session.headers, ...(payload ? { payload } : {}) });

/** A task with a share of Jiangsu, and a submitted report on it. */
async function submitted(percent = 30) {
  const taskId = await makeTask(ctx.deps, planId, { leadMemberCode: '320000', participantMemberCodes: [] });
  const share = await shareOf(ctx.deps, taskId, '320000');
  const response = await api(editor, 'POST', `/api/v1/shares/${share.id}/reports`, { period: '2026-Q1', body: '进展', percent, status: percent === 100 ? 'completed' : 'on_track' });
  expect(response.statusCode, response.body).toBe(201);
  return { taskId, shareId: share.id, reportId: response.json().id as string };
}
const stateOf = async (id: string) => (await api(office, 'GET', `/api/v1/reports/${id}`)).json() as { state: string; version: number };
const events = (action: string) => ctx.database.appDb.selectFrom('audit_events').select(['object_id', 'summary']).where('action', '=', action).execute();

describe('reviewing several reports at once', () => {
  it('accepts many and returns some (each with its comment), every report audited and its share moved', async () => {
    const a = await submitted(30);
    const b = await submitted(100);
    const c = await submitted(10);
    const response = await api(office, 'POST', '/api/v1/reports/review-batch', {
      items: [
        { id: a.reportId, decision: 'accept', version: 1 },
        { id: b.reportId, decision: 'accept', version: 1, comment: '很好' },
        { id: c.reportId, decision: 'return', comment: '请补充数据', version: 1 },
      ],
    });
    expect(response.statusCode, response.body).toBe(200);
    expect(response.json().items).toEqual([
      { id: a.reportId, state: 'accepted', version: 2 },
      { id: b.reportId, state: 'accepted', version: 2 },
      { id: c.reportId, state: 'returned', version: 2 },
    ]);
    expect((await stateOf(c.reportId)).state).toBe('returned');
    const task = (await api(office, 'GET', `/api/v1/tasks/${b.taskId}`)).json();
    expect(task).toMatchObject({ status: 'completed', progress: 100 });
    const accepts = await events('report.accept');
    expect(accepts.map((e) => (e.summary as { reportId: string }).reportId).sort()).toEqual([a.reportId, b.reportId].sort());
    expect((await events('report.return')).map((e) => (e.summary as { comment: string }).comment)).toEqual(['请补充数据']);
  });

  it('is all or nothing: a stale version, a report already reviewed, or a return without a comment refuses the whole batch, naming the item', async () => {
    const a = await submitted();
    const b = await submitted();
    const before = (await events('report.accept')).length;
    const stale = await api(office, 'POST', '/api/v1/reports/review-batch', { items: [{ id: a.reportId, decision: 'accept', version: 1 }, { id: b.reportId, decision: 'accept', version: 5 }] });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().error).toMatchObject({ code: 'common.version_conflict', details: { index: 1, reportId: b.reportId, currentVersion: 1 } });
    expect((await stateOf(a.reportId)).state).toBe('submitted'); // the first item was rolled back
    expect((await events('report.accept')).length).toBe(before);

    const noComment = await api(office, 'POST', '/api/v1/reports/review-batch', { items: [{ id: a.reportId, decision: 'accept', version: 1 }, { id: b.reportId, decision: 'return', version: 1 }] });
    expect(noComment.statusCode).toBe(400);
    expect(noComment.json().error.fields).toEqual([expect.objectContaining({ field: 'items/1/comment', rule: 'required' })]);

    const twice = await api(office, 'POST', '/api/v1/reports/review-batch', { items: [{ id: a.reportId, decision: 'accept', version: 1 }, { id: a.reportId, decision: 'accept', version: 1 }] });
    expect(twice.statusCode).toBe(400);
    expect(twice.json().error).toMatchObject({ code: 'reports.batch_duplicate', fields: [{ field: 'items/1/id' }] });

    expect((await api(office, 'POST', `/api/v1/reports/${b.reportId}/review`, { decision: 'accept', version: 1 })).statusCode).toBe(200);
    const reviewed = await api(office, 'POST', '/api/v1/reports/review-batch', { items: [{ id: a.reportId, decision: 'accept', version: 1 }, { id: b.reportId, decision: 'accept', version: 2 }] });
    expect(reviewed.statusCode).toBe(409);
    expect(reviewed.json().error).toMatchObject({ code: 'reports.not_submitted', details: { index: 1 } });
    expect((await stateOf(a.reportId)).state).toBe('submitted');

    const unknown = await api(office, 'POST', '/api/v1/reports/review-batch', { items: [{ id: '00000000-0000-4000-8000-000000000000', decision: 'accept', version: 1 }] });
    expect(unknown.statusCode).toBe(404);
    expect(unknown.json().error.details).toMatchObject({ index: 0 });
  });

  it('is the Office’s only', async () => {
    const a = await submitted();
    const response = await api(editor, 'POST', '/api/v1/reports/review-batch', { items: [{ id: a.reportId, decision: 'accept', version: 1 }] });
    expect(response.statusCode).toBe(403);
  });
});

describe('a report’s percent and status agree', () => {
  it('refuses 100 % not completed, completed below 100 %, and progress with "not started", naming the field — when filing and revising', async () => {
    const taskId = await makeTask(ctx.deps, planId, { leadMemberCode: '320000', participantMemberCodes: [] });
    const share = await shareOf(ctx.deps, taskId, '320000');
    const file = (percent: number, status: string) => api(editor, 'POST', `/api/v1/shares/${share.id}/reports`, { period: '2026-Q1', body: '进展', percent, status });
    expect((await file(100, 'on_track')).json().error.fields[0]).toMatchObject({ field: 'status', rule: 'tasks.progress.full_not_completed' });
    expect((await file(0, 'completed')).json().error.fields[0]).toMatchObject({ field: 'percent', rule: 'tasks.progress.completed_not_full' });
    const notStarted = await file(20, 'not_started');
    expect(notStarted.statusCode).toBe(400);
    expect(notStarted.json().error.fields[0].field).toBe('status');
    const ok = await file(0, 'not_started');
    expect(ok.statusCode, ok.body).toBe(201);
    await api(office, 'POST', `/api/v1/reports/${ok.json().id}/review`, { decision: 'return', comment: '请更新', version: 1 });
    const badRevision = await api(editor, 'POST', `/api/v1/reports/${ok.json().id}/revise`, { body: '更新', percent: 100, status: 'at_risk', version: 2 });
    expect(badRevision.statusCode).toBe(400);
    expect(badRevision.json().error.fields[0]).toMatchObject({ field: 'status', rule: 'tasks.progress.full_not_completed' });
    expect((await api(editor, 'POST', `/api/v1/reports/${ok.json().id}/revise`, { body: '更新', percent: 100, status: 'completed', version: 2 })).statusCode).toBe(201);
  });
});
