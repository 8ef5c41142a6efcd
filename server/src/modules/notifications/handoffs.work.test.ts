import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createTestContext, createUser, login, type Session, type TestContext } from '../../../test/helpers.ts';
import { makePlan, makeTask, shareOf } from '../../../test/work-fixtures.ts';
import { MINUTE } from '../../shared/clock.ts';
import { systemActor } from '../../shared/principal.ts';
import { announce } from './handoffs.ts';
import { catalogueErrors } from './webhooks.catalogue.ts';
import { createEndpoint, deliveryBody, HANDOFF_WEBHOOK_EVENTS } from './webhooks.usecases.ts';

/**
 * Hand-offs of the work loop: each produces exactly the expected notices for
 * exactly the expected people — never the actor, never a disabled account,
 * never anyone who may not read the record — once.
 */
let ctx: TestContext;
const ids: Record<string, string> = {};
const sessions: Record<string, Session> = {};
let planId: string;

beforeAll(async () => {
  ctx = await createTestContext();
  const db = ctx.database.appDb;
  const users: [string, Parameters<typeof createUser>[2]][] = [
    ['office.a', [{ role: 'office' }]],
    ['office.b', [{ role: 'office' }]],
    ['js.liaison', [{ role: 'liaison', memberCode: '320000' }]],
    ['js.editor', [{ role: 'editor', memberCode: '320000' }]],
    ['js.body.editor', [{ role: 'editor', memberCode: '320000', bodyCode: 'drc-320000' }]],
    ['js.gone', [{ role: 'liaison', memberCode: '320000' }]],
    ['zj.liaison', [{ role: 'liaison', memberCode: '330000' }]],
    ['zj.editor', [{ role: 'editor', memberCode: '330000' }]],
    ['ah.liaison', [{ role: 'liaison', memberCode: '340000' }]],
    ['observer', [{ role: 'observer' }]],
    ['admin', [{ role: 'admin' }]],
    ['admin.only', [{ role: 'admin' }]],
    ['newcomer', []],
  ];
  for (const [name, roles] of users) ids[name] = await createUser(db, name, roles);
  await db.updateTable('users').set({ status: 'disabled' }).where('id', '=', ids['js.gone']!).execute();
  for (const name of ['office.a', 'js.editor', 'js.liaison', 'admin']) sessions[name] = await login(ctx.app, name);
  planId = await makePlan(ctx.deps, { code: 'HANDOFF-Q', reportingCadence: 'quarterly', periodStart: '2024-01-01', periodEnd: '2026-12-31' });
  // A receiver of every hand-off event: the last test holds what was queued for it against the published catalogue.
  await createEndpoint({ ...ctx.deps, actor: systemActor('test') }, { name: 'All hand-offs', url: 'https://hooks.example/yrd', events: [...HANDOFF_WEBHOOK_EVENTS] });
});
afterAll(() => ctx.close());
beforeEach(async () => {
  await ctx.database.appDb.deleteFrom('notifications').execute();
});

const api = (who: string, method: 'GET' | 'POST' | 'PUT' | 'DELETE', url: string, payload?: object) =>
  ctx.app.inject({ method, url, headers: sessions[who]!.headers, ...(payload ? { payload } : {}) });

/** Every notice written since the last reset, as "kind → username", sorted. */
async function received(): Promise<string[]> {
  const rows = await ctx.database.appDb
    .selectFrom('notifications')
    .innerJoin('users', 'users.id', 'notifications.user_id')
    .select(['notifications.kind', 'users.username'])
    .execute();
  return rows.map((r) => `${r.kind} → ${r.username}`).sort();
}
const notice = (kind: string) => ctx.database.appDb.selectFrom('notifications').selectAll().where('kind', '=', kind).orderBy('created_at').executeTakeFirstOrThrow();
const to = (kind: string, ...users: string[]) => users.map((u) => `${kind} → ${u}`);

describe('the report loop', () => {
  it('filed → the Office reviewers; returned (with the comment) and accepted → the people of the share', async () => {
    const taskId = await makeTask(ctx.deps, planId, { code: '1.1', titleZh: '太湖联防联控', titleEn: 'Taihu joint control', leadMemberCode: '320000', participantMemberCodes: ['330000'] });
    const share = await shareOf(ctx.deps, taskId, '320000');
    const filed = await api('js.editor', 'POST', `/api/v1/shares/${share.id}/reports`, { period: '2026-Q1', body: '进展', percent: 30, status: 'on_track' });
    expect(filed.statusCode, filed.body).toBe(201);
    const reportId = filed.json().id as string;
    expect(await received()).toEqual(to('reports.submitted', 'office.a', 'office.b'));
    const submitted = await notice('reports.submitted');
    expect(submitted).toMatchObject({
      link: `/tasks/${taskId}?report=${reportId}`,
      title_zh: '待审核：1.1「太湖联防联控」江苏省 2026-Q1 进展报告',
      title_en: 'To review: 1.1 "Taihu joint control", Jiangsu Province, 2026-Q1',
    });
    expect(submitted.body_zh).toContain('js.editor报送了江苏省在 2026-Q1 的进展报告');

    await ctx.database.appDb.deleteFrom('notifications').execute();
    ctx.clock.advance(MINUTE);
    expect((await api('office.a', 'POST', `/api/v1/reports/${reportId}/review`, { decision: 'return', comment: '请补充资金到位情况', version: 1 })).statusCode).toBe(200);
    // The share has no owning body: the member's liaisons and its editors not tied to a body; not the disabled liaison, not the other member.
    expect(await received()).toEqual(to('reports.returned', 'js.editor', 'js.liaison'));
    const returned = await notice('reports.returned');
    expect(returned.body_zh).toContain('退回意见：请补充资金到位情况');
    expect(returned.body_en).toContain('Comment: 请补充资金到位情况');
    expect(returned.link).toBe(`/tasks/${taskId}?report=${reportId}`);

    await ctx.database.appDb.deleteFrom('notifications').execute();
    const revised = await api('js.liaison', 'POST', `/api/v1/reports/${reportId}/revise`, { body: '已补充', percent: 45, status: 'on_track', version: 2 });
    expect(await received()).toEqual(to('reports.submitted', 'office.a', 'office.b'));
    await ctx.database.appDb.deleteFrom('notifications').execute();
    expect((await api('office.a', 'POST', `/api/v1/reports/${revised.json().id}/review`, { decision: 'accept', version: 1 })).statusCode).toBe(200);
    expect(await received()).toEqual(to('reports.accepted', 'js.editor', 'js.liaison'));
  });

  it('a share owned by a body also reaches that body’s editors; the Office filing for a member tells the other reviewers only', async () => {
    const taskId = await makeTask(ctx.deps, planId, { code: '1.2', leadMemberCode: '320000', leadOwnerBodyCode: 'drc-320000', participantMemberCodes: [] });
    const share = await shareOf(ctx.deps, taskId, '320000');
    const filed = await api('office.a', 'POST', `/api/v1/shares/${share.id}/reports`, { period: '2026-Q1', body: '代为报送', percent: 20, status: 'on_track' });
    expect(await received()).toEqual(to('reports.submitted', 'office.b'));
    await ctx.database.appDb.deleteFrom('notifications').execute();
    await api('office.a', 'POST', `/api/v1/reports/${filed.json().id}/review`, { decision: 'return', comment: '补充', version: 1 });
    expect(await received()).toEqual(to('reports.returned', 'js.body.editor', 'js.editor', 'js.liaison'));
  });

  it('a batch review announces each report once, and nothing when the batch is refused', async () => {
    const taskId = await makeTask(ctx.deps, planId, { code: '1.3', leadMemberCode: '330000', participantMemberCodes: ['340000'] });
    const reports = [];
    for (const member of ['330000', '340000']) {
      const share = await shareOf(ctx.deps, taskId, member);
      reports.push((await api('office.a', 'POST', `/api/v1/shares/${share.id}/reports`, { period: '2026-Q1', body: '进展', percent: 10, status: 'on_track' })).json().id as string);
    }
    await ctx.database.appDb.deleteFrom('notifications').execute();
    const refused = await api('office.a', 'POST', '/api/v1/reports/review-batch', { items: [{ id: reports[0], decision: 'accept', version: 1 }, { id: reports[1], decision: 'accept', version: 9 }] });
    expect(refused.statusCode).toBe(409);
    expect(await received()).toEqual([]);
    const ok = await api('office.a', 'POST', '/api/v1/reports/review-batch', { items: [{ id: reports[0], decision: 'accept', version: 1 }, { id: reports[1], decision: 'return', comment: '请补充', version: 1 }] });
    expect(ok.statusCode, ok.body).toBe(200);
    expect(await received()).toEqual([...to('reports.accepted', 'zj.editor', 'zj.liaison'), ...to('reports.returned', 'ah.liaison')].sort());
  });
});

describe('tasks handed out by a decision or an agreement', () => {
  it('a decision creating tasks tells each member with a share, once, listing its tasks', async () => {
    const meeting = await api('office.a', 'POST', '/api/v1/meetings', { type: 'joint_meeting', tier: 'coordination', startsAt: '2026-02-01T01:00:00Z', endsAt: '2026-02-01T09:00:00Z', titleZh: '联席会议' });
    await ctx.database.appDb.deleteFrom('notifications').execute();
    const decided = await api('office.a', 'POST', `/api/v1/meetings/${meeting.json().id}/decisions`, {
      titleZh: '共建长三角算力网络', titleEn: 'A shared YRD computing network',
      effects: [{ kind: 'create_tasks', planId, tasks: [
        { code: '5.1', titleZh: '算力调度平台', leadMemberCode: '320000', participantMemberCodes: ['330000'] },
        { code: '5.2', titleZh: '数据中心布局', leadMemberCode: '330000' },
      ] }],
    });
    expect(decided.statusCode, decided.body).toBe(201);
    expect(await received()).toEqual(to('decisions.tasks', 'js.editor', 'js.liaison', 'zj.editor', 'zj.liaison'));
    const zj = await ctx.database.appDb.selectFrom('notifications').selectAll().where('user_id', '=', ids['zj.liaison']!).executeTakeFirstOrThrow();
    expect(zj).toMatchObject({ title_en: 'New tasks from a decision: A shared YRD computing network', link: `/decisions/${decided.json().id}` });
    expect(zj.body_zh).toContain('浙江省在以下新任务中承担分工：5.1, 5.2');
    const js = await ctx.database.appDb.selectFrom('notifications').selectAll().where('user_id', '=', ids['js.liaison']!).executeTakeFirstOrThrow();
    expect(js.body_en).toContain('Jiangsu Province has a share in these new tasks: 5.1.');
    expect(js.link).toMatch(/^\/tasks\/[0-9a-f-]+$/); // one task: straight to it
  });

  it("an agreement's clause tasks reach the members with a share in them", async () => {
    const taskId = await makeTask(ctx.deps, planId, { code: '6.1', leadMemberCode: '340000', participantMemberCodes: ['320000'] });
    await ctx.database.appDb.deleteFrom('notifications').execute();
    const created = await api('office.a', 'POST', '/api/v1/agreements', {
      titleZh: '皖苏合作协议', parties: [{ memberCode: '320000' }, { memberCode: '340000' }], clauses: [{ textZh: '共建', taskIds: [taskId] }],
    });
    expect(created.statusCode, created.body).toBe(201);
    expect(await received()).toEqual([...to('agreements.tasks', 'ah.liaison', 'js.editor', 'js.liaison')].sort());
    expect((await notice('agreements.tasks')).link).toBe(`/tasks/${taskId}`);
    await ctx.database.appDb.deleteFrom('notifications').execute();
    await api('office.a', 'POST', '/api/v1/agreements', { titleZh: '无条款协议', parties: [{ memberCode: '320000' }, { memberCode: '340000' }] });
    expect(await received()).toEqual([]);
  });
});

describe('roles', () => {
  it('granted and revoked: the account holder hears of it, nobody else', async () => {
    const granted = await api('admin', 'POST', `/api/v1/users/${ids.newcomer}/roles`, { role: 'liaison', memberCode: '340000' });
    expect(granted.statusCode, granted.body).toBe(200);
    expect(await received()).toEqual(to('users.role_granted', 'newcomer'));
    expect(await notice('users.role_granted')).toMatchObject({ title_zh: '获授角色：成员方联络员（安徽省）', title_en: 'Role granted: member liaison (Anhui Province)', link: '/account' });
    await ctx.database.appDb.deleteFrom('notifications').execute();
    const grantId = granted.json().roles[0].id as string;
    expect((await api('admin', 'DELETE', `/api/v1/users/${ids.newcomer}/roles/${grantId}`)).statusCode).toBe(200);
    expect(await received()).toEqual(to('users.role_revoked', 'newcomer'));
    // Granting oneself a role tells nobody.
    await ctx.database.appDb.deleteFrom('notifications').execute();
    await api('admin', 'POST', `/api/v1/users/${ids.admin}/roles`, { role: 'observer' });
    expect(await received()).toEqual([]);
  });
});

describe('who may receive a notice', () => {
  it('never someone who may not read the record, never a disabled account, never the actor — and each hand-off once', async () => {
    const taskId = await makeTask(ctx.deps, planId, { code: '7.1' });
    const deps = { clock: ctx.clock, actor: { userId: ids['office.a']!, username: 'office.a', memberCode: null, ip: null }, config: ctx.deps.config };
    const handoff = {
      kind: 'reports.submitted' as const,
      record: { type: 'task' as const, id: taskId, titleZh: '任务', titleEn: 'Task' },
      // Named outright: the administrator without a work role cannot read tasks; the new account has no role at all.
      audience: { users: [ids['admin.only']!, ids.newcomer!, ids['js.gone']!, ids['office.a']!, ids.observer!] },
      event: 'reader-rule',
      link: `/tasks/${taskId}`,
      params: { 'zh-CN': { code: '7.1' }, en: { code: '7.1' } },
    };
    const first = await ctx.database.appDb.transaction().execute((trx) => announce(trx, deps, handoff));
    const again = await ctx.database.appDb.transaction().execute((trx) => announce(trx, deps, handoff));
    expect(first).toEqual([ids.observer]);
    expect(again).toEqual([ids.observer]);
    expect(await received()).toEqual(to('reports.submitted', 'observer'));
    // A system actor (a job) is nobody: it excludes no one.
    const bySystem = await ctx.database.appDb.transaction().execute((trx) => announce(trx, { ...deps, actor: systemActor('test') }, { ...handoff, event: 'system', audience: { office: true } }));
    expect(bySystem.length).toBe(2);
  });

  it('is written in the same transaction as the change: a refused change leaves no notice', async () => {
    const taskId = await makeTask(ctx.deps, planId, { code: '7.2', leadMemberCode: '320000', participantMemberCodes: [] });
    const share = await shareOf(ctx.deps, taskId, '320000');
    const deliveriesBefore = (await deliveries()).length;
    const bad = await api('js.editor', 'POST', `/api/v1/shares/${share.id}/reports`, { period: '2026-Q1', body: '进展', percent: 100, status: 'on_track' });
    expect(bad.statusCode).toBe(400);
    expect(await received()).toEqual([]);
    // A decision whose second effect fails stores neither the tasks of the first nor their notices.
    const meeting = await api('office.a', 'POST', '/api/v1/meetings', { type: 'forum', tier: 'execution', startsAt: '2026-02-01T01:00:00Z', endsAt: '2026-02-01T09:00:00Z', titleZh: '论坛' });
    await ctx.database.appDb.deleteFrom('notifications').execute();
    const failed = await api('office.a', 'POST', `/api/v1/meetings/${meeting.json().id}/decisions`, {
      titleZh: '失败的决定',
      effects: [
        { kind: 'create_tasks', planId, tasks: [{ code: '8.1', titleZh: '任务', leadMemberCode: '320000' }] },
        { kind: 'resolve_matter', matterId: '00000000-0000-4000-8000-000000000000' },
      ],
    });
    expect(failed.statusCode).toBe(400);
    expect(await received()).toEqual([]);
    expect(await deliveries()).toHaveLength(deliveriesBefore); // nor a webhook event
  });
});

const deliveries = () => ctx.database.appDb.selectFrom('webhook_deliveries').select(['id', 'event', 'payload', 'created_at']).orderBy('created_at').orderBy('id').execute();

describe('webhook events for the hand-offs', () => {
  it('each hand-off above was queued once, as the event of its kind, conforming to docs/webhooks/events.schema.json', async () => {
    const rows = await deliveries();
    expect(new Set(rows.map((d) => d.event))).toEqual(new Set(['reports.submitted', 'reports.returned', 'reports.accepted', 'decisions.tasks', 'agreements.tasks']));
    for (const row of rows) expect(catalogueErrors(JSON.parse(deliveryBody(row))), JSON.stringify(row.payload)).toEqual([]);
    // Once per occurrence: announcing the same hand-off again queued nothing more.
    const occurrences = rows.map((d) => `${d.event}:${(d.payload as { ref: string }).ref}`);
    expect(new Set(occurrences).size).toBe(occurrences.length);
    expect(occurrences).toContain('reports.submitted:reader-rule');
    // Role changes are personal: never sent out.
    expect(rows.some((d) => d.event.startsWith('users.'))).toBe(false);
  });

  it('carries the record, the actor, the link and the notice text in both languages', async () => {
    const row = (await deliveries()).find((d) => d.event === 'reports.returned' && (d.payload as { record: { titleZh: string } }).record.titleZh === '太湖联防联控')!;
    const report = await ctx.database.appDb.selectFrom('progress_reports').select(['id', 'task_id']).where('id', '=', (row.payload as { ref: string }).ref).executeTakeFirstOrThrow();
    expect(row.payload).toMatchObject({
      record: { type: 'task', id: report.task_id, titleZh: '太湖联防联控', titleEn: 'Taihu joint control' },
      ref: report.id,
      actor: { userId: ids['office.a'], name: 'office.a' },
      link: `/tasks/${report.task_id}?report=${report.id}`,
      text: { 'zh-CN': { title: expect.stringContaining('报告被退回') }, en: { title: expect.stringContaining('returned') } },
    });
  });
});
