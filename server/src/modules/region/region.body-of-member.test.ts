/**
 * A body named together with a member must be one of that member's bodies,
 * everywhere the two are named together (issue 14, item 1): a matter's raiser,
 * a share's owner (added or changed), a task's lead body, an editor's or
 * liaison's grant. Before, a member's editor could raise a matter "by" another
 * member's body (201) and hand its own share to another member's body (200).
 * Agreement parties name a member or a body, never both.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, createUser, login, type Session, type TestContext } from '../../../test/helpers.ts';
import { makePlan, makeTask, shareOf } from '../../../test/work-fixtures.ts';

let ctx: TestContext;
let office: Session;
let admin: Session;
let jsEditor: Session;
let planId: string;

beforeAll(async () => {
  ctx = await createTestContext();
  await createUser(ctx.database.appDb, 'bm.office', [{ role: 'office' }]);
  await createUser(ctx.database.appDb, 'bm.admin', [{ role: 'admin' }]);
  await createUser(ctx.database.appDb, 'bm.js.editor', [{ role: 'editor', memberCode: '320000' }]);
  office = await login(ctx.app, 'bm.office');
  admin = await login(ctx.app, 'bm.admin');
  jsEditor = await login(ctx.app, 'bm.js.editor');
  planId = await makePlan(ctx.deps, { code: 'BODY-PLAN' });
});
afterAll(() => ctx.close());

const api = (session: Session, method: 'GET' | 'POST' | 'PATCH', url: string, payload?: object) =>
  ctx.app.inject({ method, url, headers: session.headers, ...(payload ? { payload } : {}) });

/** 400 naming `field`, with the rule and both codes in the message. */
function expectNotOfMember(response: Awaited<ReturnType<typeof api>>, field: string) {
  expect(response.statusCode, response.body).toBe(400);
  const error = response.json().error;
  expect(error.code).toBe('region.body_not_of_member');
  expect(error.fields).toEqual([expect.objectContaining({ field, rule: 'region.body_not_of_member' })]);
}

describe('a body named with a member belongs to that member', () => {
  it('when a matter is raised (the editor of 320000 cannot raise it "by" 330000\'s body; the Office neither)', async () => {
    const matter = { titleZh: '跨省通办堵点', affectedMemberCodes: ['330000'] };
    expectNotOfMember(await api(jsEditor, 'POST', '/api/v1/matters', { ...matter, raisedByMemberCode: '320000', raisedByBodyCode: 'drc-330000' }), 'raisedByBodyCode');
    expectNotOfMember(await api(office, 'POST', '/api/v1/matters', { ...matter, raisedByMemberCode: '320000', raisedByBodyCode: 'wg-innovation' }), 'raisedByBodyCode');
    const own = await api(jsEditor, 'POST', '/api/v1/matters', { ...matter, raisedByMemberCode: '320000', raisedByBodyCode: 'drc-320000' });
    expect(own.statusCode, own.body).toBe(201);
    // A shared body alone (no member) still raises for the region.
    expect((await api(office, 'POST', '/api/v1/matters', { ...matter, raisedByBodyCode: 'wg-innovation' })).statusCode).toBe(201);
  });

  it('when a share is handed to a body (PATCH by its member\'s editor, or by the Office)', async () => {
    const taskId = await makeTask(ctx.deps, planId, { code: 'BM1', leadMemberCode: '320000', participantMemberCodes: ['330000'] });
    const share = await shareOf(ctx.deps, taskId, '320000');
    expectNotOfMember(await api(jsEditor, 'PATCH', `/api/v1/shares/${share.id}`, { version: share.version, ownerBodyCode: 'drc-330000' }), 'ownerBodyCode');
    expectNotOfMember(await api(office, 'PATCH', `/api/v1/shares/${share.id}`, { version: share.version, ownerBodyCode: 'rco' }), 'ownerBodyCode');
    const own = await api(jsEditor, 'PATCH', `/api/v1/shares/${share.id}`, { version: share.version, ownerBodyCode: 'drc-320000' });
    expect(own.statusCode, own.body).toBe(200);
    expect((await shareOf(ctx.deps, taskId, '320000')).owner_body_code).toBe('drc-320000');
  });

  it('when a share is added and when a task names its lead body', async () => {
    const taskId = await makeTask(ctx.deps, planId, { code: 'BM2', leadMemberCode: '310000', participantMemberCodes: [] });
    expectNotOfMember(await api(office, 'POST', `/api/v1/tasks/${taskId}/shares`, { memberCode: '340000', ownerBodyCode: 'drc-330000' }), 'ownerBodyCode');
    expect((await api(office, 'POST', `/api/v1/tasks/${taskId}/shares`, { memberCode: '340000', ownerBodyCode: 'drc-340000' })).statusCode).toBe(200);
    const task = { planId, titleZh: '牵头机构', leadMemberCode: '310000' };
    expectNotOfMember(await api(office, 'POST', '/api/v1/tasks', { ...task, code: 'BM3', leadOwnerBodyCode: 'drc-320000' }), 'leadOwnerBodyCode');
    expect((await api(office, 'POST', '/api/v1/tasks', { ...task, code: 'BM3', leadOwnerBodyCode: 'drc-310000' })).statusCode).toBe(201);
  });

  it('when a role is granted to a member\'s body', async () => {
    const created = await api(admin, 'POST', '/api/v1/users', { username: 'bm.new', displayName: '新用户', roles: [{ role: 'editor', memberCode: '320000', bodyCode: 'drc-330000' }] });
    expectNotOfMember(created, 'bodyCode');
    const userId = (await api(admin, 'POST', '/api/v1/users', { username: 'bm.new', displayName: '新用户', roles: [] })).json().user.id as string;
    expectNotOfMember(await api(admin, 'POST', `/api/v1/users/${userId}/roles`, { role: 'liaison', memberCode: '340000', bodyCode: 'drc-310000' }), 'bodyCode');
    expect((await api(admin, 'POST', `/api/v1/users/${userId}/roles`, { role: 'liaison', memberCode: '340000', bodyCode: 'drc-340000' })).statusCode).toBe(200);
  });

  it('when a decision creates tasks: they name a lead member only, so no body of another member can come in with them', async () => {
    const meeting = await api(office, 'POST', '/api/v1/meetings', {
      type: 'joint_meeting', tier: 'coordination', hostMemberCode: '320000', startsAt: '2025-03-01T01:00:00Z', endsAt: '2025-03-01T09:00:00Z', titleZh: '联席会议（机构）',
    });
    expect(meeting.statusCode, meeting.body).toBe(201);
    const decide = (task: object) =>
      api(office, 'POST', `/api/v1/meetings/${meeting.json().id}/decisions`, { titleZh: '决定新增任务', effects: [{ kind: 'create_tasks', planId, tasks: [task] }] });
    const task = { code: 'BMD1', titleZh: '决定新增的任务', leadMemberCode: '320000' };
    for (const body of [{ leadOwnerBodyCode: 'drc-330000' }, { ownerBodyCode: 'drc-330000' }]) {
      const refused = await decide({ ...task, ...body });
      expect(refused.statusCode, refused.body).toBe(400);
    }
    expect(await ctx.database.appDb.selectFrom('tasks').select('id').where('code', '=', 'BMD1').execute()).toEqual([]);
    // Created by the decision, the task has no body until the member's own liaison or editor names one (checked as above).
    expect((await decide(task)).statusCode).toBe(201);
    const created = await ctx.database.appDb.selectFrom('tasks').select('id').where('code', '=', 'BMD1').executeTakeFirstOrThrow();
    expect((await shareOf(ctx.deps, created.id, '320000')).owner_body_code).toBeNull();
  });

  it('agreement parties name a member or a body, never both (an empty body code counts as named)', async () => {
    for (const party of [{ memberCode: '320000', bodyCode: 'drc-330000' }, { memberCode: '320000', bodyCode: '' }]) {
      const response = await api(office, 'POST', '/api/v1/agreements', { titleZh: '合作协议', parties: [party, { memberCode: '310000' }] });
      expect(response.statusCode, JSON.stringify(party)).toBe(400);
      expect(response.json().error.fields).toEqual([expect.objectContaining({ field: 'parties', rule: 'agreements.bad_party' })]);
    }
  });
});
