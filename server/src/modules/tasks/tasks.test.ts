import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, createUser, login, type Session, type TestContext } from '../../../test/helpers.ts';
import { areaId, makePlan, makeTask, shareOf } from '../../../test/work-fixtures.ts';

let ctx: TestContext;
let office: Session;
let jsLiaison: Session;
let planId: string;

beforeAll(async () => {
  ctx = await createTestContext();
  await createUser(ctx.database.appDb, 'office.t', [{ role: 'office' }]);
  await createUser(ctx.database.appDb, 'js.liaison', [{ role: 'liaison', memberCode: '320000' }]);
  await createUser(ctx.database.appDb, 'js.editor.a', [{ role: 'editor', memberCode: '320000' }]);
  await createUser(ctx.database.appDb, 'js.editor.b', [{ role: 'editor', memberCode: '320000' }]);
  await createUser(ctx.database.appDb, 'js.body.editor', [{ role: 'editor', memberCode: '320000', bodyCode: 'drc-320000' }]);
  office = await login(ctx.app, 'office.t');
  jsLiaison = await login(ctx.app, 'js.liaison');
  planId = await makePlan(ctx.deps, { code: 'TASKS-PLAN' });
});
afterAll(() => ctx.close());

const api = (session: Session, method: 'GET' | 'POST' | 'PATCH' | 'DELETE', url: string, payload?: object) =>
  ctx.app.inject({ method, url, headers: session.headers, ...(payload ? { payload } : {}) });

describe('creating tasks', () => {
  it('gives the lead and each participant a share', async () => {
    const response = await api(office, 'POST', '/api/v1/tasks', {
      planId, code: '1.2.3', titleZh: '共建长三角科技创新共同体', titleEn: 'Build the YRD sci-tech innovation community',
      focusAreaId: await areaId(ctx.deps, '1'), leadMemberCode: '310000', participantMemberCodes: ['320000', '330000', '340000'],
      bodyCodes: ['rco', 'wg-innovation'], startDate: '2024-07-01', dueDate: '2026-06-30', priority: 'high', tags: ['科创'],
      milestones: [{ titleZh: '形成工作方案', dueDate: '2024-12-31' }],
    });
    expect(response.statusCode, response.body).toBe(201);
    const task = (await api(office, 'GET', `/api/v1/tasks/${response.json().id}`)).json();
    expect(task.shares.map((s: { memberCode: string; role: string }) => `${s.memberCode}:${s.role}`)).toEqual(['310000:lead', '320000:participant', '330000:participant', '340000:participant']);
    expect(task.bodyCodes).toEqual(['rco', 'wg-innovation']);
    expect(task.milestones).toHaveLength(1);
    expect(task.rollupRule.zh).toMatch(/加权平均/);
  });

  it('keeps codes unique within a plan and names the field', async () => {
    const again = await api(office, 'POST', '/api/v1/tasks', { planId, code: '1.2.3', titleZh: '重复', leadMemberCode: '320000' });
    expect(again.statusCode).toBe(409);
    expect(again.json().error.fields[0]).toMatchObject({ field: 'code', rule: 'tasks.code_taken' });
  });

  it('rejects unknown members, a lead that also participates, and a due date before the start', async () => {
    const unknown = await api(office, 'POST', '/api/v1/tasks', { planId, code: '1.9', titleZh: 'x', leadMemberCode: '110000' });
    expect(unknown.json().error.fields[0]).toMatchObject({ field: 'leadMemberCode', rule: 'region.unknown_member' });
    const twice = await api(office, 'POST', '/api/v1/tasks', { planId, code: '1.9', titleZh: 'x', leadMemberCode: '320000', participantMemberCodes: ['320000'] });
    expect(twice.json().error.code).toBe('tasks.lead_as_participant');
    const backwards = await api(office, 'POST', '/api/v1/tasks', { planId, code: '1.9', titleZh: 'x', leadMemberCode: '320000', startDate: '2025-05-01', dueDate: '2025-01-01' });
    expect(backwards.json().error.fields[0].field).toBe('dueDate');
  });
});

describe('shares', () => {
  it('roll up into the task by the stated rule', async () => {
    const taskId = await makeTask(ctx.deps, planId, { leadMemberCode: '320000', participantMemberCodes: ['330000'] });
    const lead = await shareOf(ctx.deps, taskId, '320000');
    const other = await shareOf(ctx.deps, taskId, '330000');
    await api(office, 'PATCH', `/api/v1/shares/${lead.id}`, { version: lead.version, percent: 80, status: 'on_track', weight: 3 });
    let task = (await api(office, 'PATCH', `/api/v1/shares/${other.id}`, { version: other.version, percent: 40, status: 'at_risk' })).json();
    expect(task.progress).toBe(70);
    expect(task.status).toBe('at_risk');
    const otherNow = await shareOf(ctx.deps, taskId, '330000');
    task = (await api(office, 'PATCH', `/api/v1/shares/${otherNow.id}`, { version: otherNow.version, status: 'delayed' })).json();
    expect(task.status).toBe('delayed');
  });

  it('a member edits only its own shares, and not the Office’s fields', async () => {
    const taskId = await makeTask(ctx.deps, planId, { leadMemberCode: '320000', participantMemberCodes: ['330000'] });
    const own = await shareOf(ctx.deps, taskId, '320000');
    const other = await shareOf(ctx.deps, taskId, '330000');
    const ok = await api(jsLiaison, 'PATCH', `/api/v1/shares/${own.id}`, { version: own.version, percent: 25, status: 'on_track', notes: '已完成方案起草' });
    expect(ok.statusCode, ok.body).toBe(200);
    expect(ok.json().shares.find((s: { memberCode: string }) => s.memberCode === '320000').editable).toBe(true);
    expect(ok.json().shares.find((s: { memberCode: string }) => s.memberCode === '330000').editable).toBe(false);
    const foreign = await api(jsLiaison, 'PATCH', `/api/v1/shares/${other.id}`, { version: other.version, percent: 99 });
    expect(foreign.statusCode).toBe(403);
    expect(foreign.json().error.code).toBe('tasks.not_your_share');
    const ownNow = await shareOf(ctx.deps, taskId, '320000');
    const due = await api(jsLiaison, 'PATCH', `/api/v1/shares/${ownNow.id}`, { version: ownNow.version, dueDate: '2030-01-01' });
    expect(due.statusCode).toBe(403);
    expect(due.json().error.fields[0].field).toBe('dueDate');
  });

  it('an editor tied to a body edits only the shares that body owns', async () => {
    const taskId = await makeTask(ctx.deps, planId, { leadMemberCode: '320000', participantMemberCodes: [] }); // owned by no body yet
    const share = await shareOf(ctx.deps, taskId, '320000');
    const bodyEditor = await login(ctx.app, 'js.body.editor');
    expect((await api(bodyEditor, 'PATCH', `/api/v1/shares/${share.id}`, { version: share.version, percent: 5 })).statusCode).toBe(403);
    await api(office, 'PATCH', `/api/v1/shares/${share.id}`, { version: share.version, ownerBodyCode: 'drc-320000' });
    const now = await shareOf(ctx.deps, taskId, '320000');
    expect((await api(bodyEditor, 'PATCH', `/api/v1/shares/${now.id}`, { version: now.version, percent: 5, status: 'on_track' })).statusCode).toBe(200);
  });

  it('two editors saving the same share: one succeeds, the other gets 409 with the current version; nothing is lost', async () => {
    const taskId = await makeTask(ctx.deps, planId, { leadMemberCode: '320000', participantMemberCodes: [] });
    const share = await shareOf(ctx.deps, taskId, '320000');
    const [a, b] = [await login(ctx.app, 'js.editor.a'), await login(ctx.app, 'js.editor.b')];
    const [ra, rb] = await Promise.all([
      api(a, 'PATCH', `/api/v1/shares/${share.id}`, { version: share.version, notes: 'A 的说明' }),
      api(b, 'PATCH', `/api/v1/shares/${share.id}`, { version: share.version, notes: 'B 的说明' }),
    ]);
    expect([ra.statusCode, rb.statusCode].sort()).toEqual([200, 409]);
    const loser = ra.statusCode === 409 ? ra : rb;
    expect(loser.json().error.details.currentVersion).toBe(share.version + 1);
    const stored = await shareOf(ctx.deps, taskId, '320000');
    expect(stored.notes).toBe(ra.statusCode === 200 ? 'A 的说明' : 'B 的说明');
  });

  it('leaves every change in the task history', async () => {
    const taskId = await makeTask(ctx.deps, planId, { leadMemberCode: '320000', participantMemberCodes: [] });
    const share = await shareOf(ctx.deps, taskId, '320000');
    await api(jsLiaison, 'PATCH', `/api/v1/shares/${share.id}`, { version: share.version, percent: 60, status: 'on_track' });
    const history = (await api(office, 'GET', `/api/v1/tasks/${taskId}/history`)).json().items;
    expect(history.map((e: { action: string }) => e.action)).toEqual(['task.share_update', 'task.create']);
    expect(history[0]).toMatchObject({ actorUsername: 'js.liaison', actorMemberCode: '320000' });
    expect(history[0].summary.changes.percent).toEqual({ from: 0, to: 60 });
  });
});

describe('the task list', () => {
  let listPlan: string;
  beforeAll(async () => {
    listPlan = await makePlan(ctx.deps, { code: 'LIST-PLAN' });
    const eco = await areaId(ctx.deps, '4');
    await makeTask(ctx.deps, listPlan, { code: '4.1', titleZh: '太湖流域水环境综合治理', titleEn: 'Taihu Lake basin water environment', focusAreaId: eco, leadMemberCode: '320000', participantMemberCodes: ['330000', '310000'], dueDate: '2026-01-01' });
    await makeTask(ctx.deps, listPlan, { code: '4.2', titleZh: '长江口生态保护', titleEn: 'Yangtze estuary ecology', focusAreaId: eco, leadMemberCode: '310000', participantMemberCodes: ['320000'], dueDate: '2026-01-02' });
    await makeTask(ctx.deps, listPlan, { code: '6.1', titleZh: '长三角文旅一卡通', titleEn: 'YRD culture and tourism card', focusAreaId: await areaId(ctx.deps, '6'), leadMemberCode: '340000', participantMemberCodes: [], dueDate: '2025-01-31' });
  });

  const codes = async (query: string) =>
    (await api(office, 'GET', `/api/v1/tasks?planId=${listPlan}&${query}`)).json().items.map((t: { code: string }) => t.code);

  it('filters by area, member role, text in Chinese or English, and overdue', async () => {
    expect(await codes(`areaId=${await areaId(ctx.deps, '4')}`)).toEqual(['4.1', '4.2']);
    expect(await codes('memberCode=320000&memberRole=lead')).toEqual(['4.1']);
    expect(await codes('memberCode=320000&memberRole=participant')).toEqual(['4.2']);
    expect(await codes('memberCode=320000')).toEqual(['4.1', '4.2']);
    expect(await codes(`q=${encodeURIComponent('太湖')}`)).toEqual(['4.1']);
    expect(await codes('q=estuary')).toEqual(['4.2']);
    expect(await codes('q=TAIHU')).toEqual(['4.1']);
    ctx.clock.set('2025-03-01T00:00:00Z');
    expect(await codes('overdue=true')).toEqual(['6.1']);
    expect(await codes('status=not_started&status=delayed')).toEqual(['4.1', '4.2', '6.1']);
  });

  it('pages by cursor in every sort order without repeats', async () => {
    for (const sort of ['code', 'due', 'updated']) {
      const seen: string[] = [];
      let cursor: string | null = null;
      do {
        const page: { items: { code: string }[]; nextCursor: string | null } = (
          await api(office, 'GET', `/api/v1/tasks?planId=${listPlan}&sort=${sort}&limit=2${cursor ? `&cursor=${cursor}` : ''}`)
        ).json();
        seen.push(...page.items.map((t) => t.code));
        cursor = page.nextCursor;
      } while (cursor);
      expect(seen.sort(), sort).toEqual(['4.1', '4.2', '6.1']);
    }
  });

  it('pages a short text search (no trigram) across plans exactly like a longer one', async () => {
    const [a, b] = [await makePlan(ctx.deps, { code: 'WALK-A' }), await makePlan(ctx.deps, { code: 'WALK-B' })];
    await makeTask(ctx.deps, b, { code: 'B2', titleZh: '鄱阳湖航运', leadMemberCode: '320000', participantMemberCodes: [] });
    await makeTask(ctx.deps, a, { code: 'A1', titleZh: '鄱阳湖治理', leadMemberCode: '320000', participantMemberCodes: [] });
    await makeTask(ctx.deps, a, { code: 'A2', titleZh: '其他任务', leadMemberCode: '320000', participantMemberCodes: [] });
    await makeTask(ctx.deps, b, { code: 'B1', titleZh: '鄱阳湖湿地', leadMemberCode: '330000', participantMemberCodes: [] });
    const pages = async (query: string) => {
      const seen: string[] = [];
      let cursor: string | null = null;
      do {
        const page: { items: { planCode: string; code: string }[]; nextCursor: string | null } = (
          await api(office, 'GET', `/api/v1/tasks?${query}&limit=1${cursor ? `&cursor=${cursor}` : ''}`)
        ).json();
        seen.push(...page.items.map((t) => `${t.planCode}:${t.code}`));
        cursor = page.nextCursor;
      } while (cursor);
      return seen;
    };
    const all = ['WALK-A:A1', 'WALK-B:B1', 'WALK-B:B2'];
    expect(await pages(`q=${encodeURIComponent('鄱阳')}`)).toEqual(all);
    expect(await pages(`q=${encodeURIComponent('鄱阳湖')}`)).toEqual(all);
    expect(await pages(`q=${encodeURIComponent('鄱阳')}&memberCode=320000&memberRole=lead`)).toEqual(['WALK-A:A1', 'WALK-B:B2']);
    expect(await pages(`q=${encodeURIComponent('鄱阳')}&sort=due`)).toHaveLength(3);
  });
});

describe('saved views', () => {
  it('are personal', async () => {
    const created = await api(jsLiaison, 'POST', '/api/v1/saved-views', { scope: 'tasks', name: '我方延误', filters: { memberCode: '320000', status: ['delayed'] } });
    expect(created.statusCode).toBe(201);
    expect((await api(jsLiaison, 'POST', '/api/v1/saved-views', { scope: 'tasks', name: '我方延误', filters: {} })).statusCode).toBe(409);
    expect((await api(jsLiaison, 'GET', '/api/v1/saved-views')).json().items).toHaveLength(1);
    expect((await api(office, 'GET', '/api/v1/saved-views')).json().items).toHaveLength(0);
    expect((await api(office, 'DELETE', `/api/v1/saved-views/${created.json().id}`)).statusCode).toBe(404);
    expect((await api(jsLiaison, 'DELETE', `/api/v1/saved-views/${created.json().id}`)).statusCode).toBe(200);
  });
});
