import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditActions, createTestContext, createUser, login, type Session, type TestContext } from '../../../test/helpers.ts';
import { makePlan, makeTask } from '../../../test/work-fixtures.ts';

let ctx: TestContext;
let office: Session;
beforeAll(async () => {
  ctx = await createTestContext();
  await createUser(ctx.database.appDb, 'pub.office', [{ role: 'office' }]);
  office = await login(ctx.app, 'pub.office');
});
afterAll(() => ctx.close());

const api = (method: 'GET' | 'POST' | 'PATCH', url: string, payload?: object) => ctx.app.inject({ method, url, headers: office.headers, ...(payload ? { payload } : {}) });
const step = async (id: string, to: string) => {
  const current = (await api('GET', `/api/v1/publications/${id}`)).json();
  const res = await api('POST', `/api/v1/publications/${id}/transitions`, { to, version: current.version });
  expect(res.statusCode, res.body).toBe(200);
  return res.json();
};

describe('publications', () => {
  it('freezes the public text at approval: later edits of the record never reach the portal', async () => {
    const planId = await makePlan(ctx.deps, { titleZh: '审定时的规划标题', titleEn: 'Title as approved', descriptionZh: '联系人 a.person@example.cn，电话 13912345678。' });
    const proposed = await api('POST', '/api/v1/publications', { kind: 'plan', recordId: planId });
    expect(proposed.statusCode, proposed.body).toBe(201);
    const id = proposed.json().id;
    const draft = (await api('GET', `/api/v1/publications/${id}`)).json();
    expect(draft).toMatchObject({ state: 'draft', disclosure: 'public', snapshot: null, titleZh: '审定时的规划标题' });
    // Contacts typed into free text are scrubbed from the projection.
    expect(draft.preview.summaryZh).not.toMatch(/@|13912345678/);

    const stale = await api('POST', `/api/v1/publications/${id}/transitions`, { to: 'approved', version: draft.version + 5 });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().error.code).toBe('common.version_conflict');

    const approved = await step(id, 'approved');
    expect(approved.snapshot.titleZh).toBe('审定时的规划标题');
    expect(approved.preview).toBeNull();

    const plan = (await api('GET', `/api/v1/plans/${planId}`)).json();
    const edited = await api('PATCH', `/api/v1/plans/${planId}`, { version: plan.version, titleZh: '审定后改过的标题' });
    expect(edited.statusCode, edited.body).toBe(200);

    const published = await step(id, 'published');
    expect(published.snapshot.titleZh).toBe('审定时的规划标题');
    const page = await ctx.app.inject({ url: `/public/records/${id}` });
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('审定时的规划标题');
    expect(page.body).not.toContain('审定后改过的标题');

    const withdrawn = await step(id, 'withdrawn');
    expect(withdrawn.steps.map((s: { step: string }) => s.step)).toEqual(['propose', 'approve', 'publish', 'withdraw']);
    expect((await ctx.app.inject({ url: `/public/records/${id}` })).statusCode).toBe(404);
    expect((await api('POST', `/api/v1/publications/${id}/transitions`, { to: 'published', version: withdrawn.version })).json().error.code).toBe('publications.illegal_transition');

    // Withdrawn is final for that row; the record may be proposed again, and the new draft freezes the record as it is now.
    const again = await api('POST', '/api/v1/publications', { kind: 'plan', recordId: planId });
    expect(again.statusCode, again.body).toBe(201);
    expect((await step(again.json().id, 'approved')).snapshot.titleZh).toBe('审定后改过的标题');
    const actions = await auditActions(ctx.database.appDb);
    for (const a of ['publication.propose', 'publication.approve', 'publication.publish', 'publication.withdraw']) expect(actions).toContain(a);
  });

  it('one live publication per record; unknown kinds and records are refused', async () => {
    const taskId = await makeTask(ctx.deps, await makePlan(ctx.deps));
    expect((await api('POST', '/api/v1/publications', { kind: 'task', recordId: taskId })).statusCode).toBe(201);
    const twice = await api('POST', '/api/v1/publications', { kind: 'task', recordId: taskId });
    expect(twice.statusCode).toBe(409);
    expect(twice.json().error.code).toBe('publications.already_proposed');
    const kind = await api('POST', '/api/v1/publications', { kind: 'matter', recordId: taskId });
    expect(kind.json().error).toMatchObject({ code: 'publications.unknown_kind', fields: [{ field: 'kind' }] });
    const missing = await api('POST', '/api/v1/publications', { kind: 'plan', recordId: taskId });
    expect(missing.json().error.code).toBe('publications.record_not_found');
  });

  it('an internal record cannot be approved; the level changes only in a draft', async () => {
    const planId = await makePlan(ctx.deps);
    const id = (await api('POST', '/api/v1/publications', { kind: 'plan', recordId: planId, disclosure: 'internal' })).json().id;
    const refused = await api('POST', `/api/v1/publications/${id}/transitions`, { to: 'approved', version: 1 });
    expect(refused.statusCode).toBe(409);
    expect(refused.json().error.code).toBe('publications.internal');
    const set = await api('POST', `/api/v1/publications/${id}/disclosure`, { disclosure: 'inter_government', version: 1 });
    expect(set.statusCode, set.body).toBe(200);
    const approved = await step(id, 'approved');
    const late = await api('POST', `/api/v1/publications/${id}/disclosure`, { disclosure: 'public', version: approved.version });
    expect(late.json().error.code).toBe('publications.not_draft');
    // Approved → draft reopens and drops the frozen text.
    const reopened = await step(id, 'draft');
    expect(reopened).toMatchObject({ state: 'draft', snapshot: null });
    const list = (await api('GET', '/api/v1/publications?kind=plan&state=draft')).json();
    expect(list.items.map((p: { id: string }) => p.id)).toContain(id);
  });
});
