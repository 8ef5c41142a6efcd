import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, createUser, login, type Session, type TestContext } from '../../../test/helpers.ts';
import { makePlan } from '../../../test/work-fixtures.ts';

let ctx: TestContext;
let office: Session;
let zhejiang: Session;
let meetingId: string;
beforeAll(async () => {
  ctx = await createTestContext();
  await createUser(ctx.database.appDb, 'office.dec', [{ role: 'office' }]);
  await createUser(ctx.database.appDb, 'liaison.zj', [{ role: 'liaison', memberCode: '330000' }]);
  office = await login(ctx.app, 'office.dec');
  zhejiang = await login(ctx.app, 'liaison.zj');
  const response = await api('POST', '/api/v1/meetings', {
    type: 'annual_symposium', tier: 'decision', hostMemberCode: '330000', startsAt: '2024-06-05T01:00:00Z', endsAt: '2024-06-06T09:00:00Z', titleZh: '2024年度长三角地区主要领导座谈会',
  });
  meetingId = response.json().id;
});
afterAll(() => ctx.close());

const api = (method: 'GET' | 'POST', url: string, payload?: object, session = office) =>
  ctx.app.inject({ method, url, headers: session.headers, ...(payload ? { payload } : {}) });

async function decide(effects: object[], titleZh = '会议决定') {
  return api('POST', `/api/v1/meetings/${meetingId}/decisions`, { titleZh, effects });
}

describe('decisions', () => {
  it('adopts a plan so its history names the decision', async () => {
    const planId = await makePlan(ctx.deps);
    const response = await decide([{ kind: 'adopt_plan', planId, to: 'adopted_in_principle' }], '原则审议通过三年行动计划');
    expect(response.statusCode, response.body).toBe(201);
    const decisionId = response.json().id;
    const plan = (await api('GET', `/api/v1/plans/${planId}`)).json();
    expect(plan.status).toBe('adopted_in_principle');
    expect(plan.transitions[0]).toMatchObject({ toStatus: 'adopted_in_principle', decisionRef: decisionId, note: '原则审议通过三年行动计划' });
  });

  it('creates tasks whose shares reach each member and rolls up their implementation', async () => {
    const planId = await makePlan(ctx.deps);
    const response = await decide([{
      kind: 'create_tasks', planId,
      tasks: [
        { code: 'D1', titleZh: '共建长三角科技创新共同体', leadMemberCode: '320000', participantMemberCodes: ['310000', '330000', '340000'], dueDate: '2026-12-31' },
        { code: 'D2', titleZh: '太湖流域生态共保', leadMemberCode: '330000', participantMemberCodes: ['320000'] },
      ],
    }]);
    expect(response.statusCode, response.body).toBe(201);
    const decisionId = response.json().id;
    const detail = (await api('GET', `/api/v1/decisions/${decisionId}`)).json();
    expect(detail.tasks.map((t: { code: string }) => t.code)).toEqual(['D1', 'D2']);
    expect(detail.effects[0].taskIds).toHaveLength(2);
    expect(detail.implementation).toMatchObject({ taskCount: 2, completed: 0, progress: 0 });
    const task = (await api('GET', `/api/v1/tasks/${detail.tasks[0].id}`)).json();
    expect(task.sourceRef).toBe(decisionId);
    const myShares = (await api('GET', '/api/v1/my-work/shares?limit=200', undefined, zhejiang)).json().items as { taskId: string; role: string }[];
    expect(myShares.filter((s) => detail.tasks.some((t: { id: string }) => t.id === s.taskId)).map((s: { role: string }) => s.role).sort()).toEqual(['lead', 'participant']);
  });

  it('fixes the next host, so the rotation proposes the one after', async () => {
    expect((await api('GET', '/api/v1/host-rotation/next')).json()).toMatchObject({ year: 2025, memberCode: '320000' });
    const response = await decide([{ kind: 'fix_next_host', year: 2025, memberCode: '320000' }], '2025年度长三角地区主要领导座谈会在江苏举办');
    expect(response.statusCode, response.body).toBe(201);
    expect((await api('GET', '/api/v1/host-rotation/next')).json()).toMatchObject({ year: 2026, memberCode: '310000', lastHost: { year: 2025, memberCode: '320000' } });
    const meeting = (await api('GET', `/api/v1/meetings/${meetingId}`)).json();
    expect(meeting.decisions.map((d: { titleZh: string }) => d.titleZh)).toContain('2025年度长三角地区主要领导座谈会在江苏举办');
    expect(meeting.decisions.every((d: { isDemo: boolean }) => d.isDemo === false)).toBe(true);
  });

  it('refuses a host city that does not exist or lies in another member, and stores nothing of that decision', async () => {
    for (const cityCode of ['329900', '330300']) {
      const response = await decide([{ kind: 'fix_next_host', year: 2027, memberCode: '320000', cityCode }], '不应保存的决定');
      expect(response.statusCode).toBe(400);
      expect(response.json().error.fields[0]).toMatchObject({ field: 'effects', rule: 'decisions.host_city_invalid' });
    }
    const meeting = (await api('GET', `/api/v1/meetings/${meetingId}`)).json();
    expect(meeting.decisions.map((d: { titleZh: string }) => d.titleZh)).not.toContain('不应保存的决定');
  });

  it('resolves a major matter and approves a draft agreement', async () => {
    const db = ctx.database.appDb;
    const matter = await db.insertInto('major_matters').values({ title_zh: '跨省断头路', raised_by_member_code: '320000', raised_at: ctx.clock.now(), tier: 'decision' }).returning('id').executeTakeFirstOrThrow();
    const agreement = await db.insertInto('agreements').values({ title_zh: '合作协议' }).returning('id').executeTakeFirstOrThrow();
    const response = await decide([{ kind: 'resolve_matter', matterId: matter.id }, { kind: 'approve_agreement', agreementId: agreement.id }]);
    expect(response.statusCode, response.body).toBe(201);
    const row = await db.selectFrom('major_matters').select(['status', 'resolved_by_decision_id']).where('id', '=', matter.id).executeTakeFirstOrThrow();
    expect(row).toEqual({ status: 'resolved', resolved_by_decision_id: response.json().id });
    expect((await db.selectFrom('matter_events').select('kind').where('matter_id', '=', matter.id).execute()).map((e) => e.kind)).toEqual(['resolved']);
    expect((await db.selectFrom('agreements').select('status').where('id', '=', agreement.id).executeTakeFirstOrThrow()).status).toBe('signed');
    const again = await decide([{ kind: 'resolve_matter', matterId: matter.id }]);
    expect(again.json().error.code).toBe('decisions.matter_not_open');
  });

  it('applies all effects or none', async () => {
    const planId = await makePlan(ctx.deps);
    const before = await ctx.database.appDb.selectFrom('decisions').select((eb) => eb.fn.countAll<string>().as('n')).executeTakeFirstOrThrow();
    const response = await decide([
      { kind: 'create_tasks', planId, tasks: [{ code: 'X1', titleZh: '不应留下', leadMemberCode: '320000' }] },
      { kind: 'adopt_plan', planId, to: 'in_force' },
    ]);
    expect(response.statusCode).toBe(409);
    expect(response.json().error.code).toBe('plans.illegal_transition');
    const after = await ctx.database.appDb.selectFrom('decisions').select((eb) => eb.fn.countAll<string>().as('n')).executeTakeFirstOrThrow();
    expect(after.n).toBe(before.n);
    expect(await ctx.database.appDb.selectFrom('tasks').select('id').where('plan_id', '=', planId).execute()).toEqual([]);
  });
});
