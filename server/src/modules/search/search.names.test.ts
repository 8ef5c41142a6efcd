/** Issue 12 item 4: screens get display names alongside ids (plan lifecycle, audit objects and actors, a task's history). */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, createUser, login, type Session, type TestContext } from '../../../test/helpers.ts';
import { makePlan } from '../../../test/work-fixtures.ts';
import { systemActor } from '../../shared/principal.ts';
import { createMeeting } from '../meetings/meetings.usecases.ts';

let ctx: TestContext;
let office: Session;
let admin: Session;
let officeId: string;

beforeAll(async () => {
  ctx = await createTestContext();
  officeId = await createUser(ctx.database.appDb, 'office.names', [{ role: 'office' }]);
  await ctx.database.appDb.updateTable('users').set({ display_name: '区域办 王五' }).where('id', '=', officeId).execute();
  await createUser(ctx.database.appDb, 'admin.names', [{ role: 'admin' }]);
  [office, admin] = [await login(ctx.app, 'office.names'), await login(ctx.app, 'admin.names')];
});
afterAll(() => ctx.close());

const get = (session: Session, url: string) => ctx.app.inject({ method: 'GET', url, headers: session.headers });

describe('names instead of ids', () => {
  it("a plan's lifecycle names who moved it and the decision that adopted it", async () => {
    const planId = await makePlan(ctx.deps);
    const meetingId = await createMeeting({ ...ctx.deps, actor: systemActor('test') }, { type: 'joint_meeting', tier: 'coordination', startsAt: '2025-03-10T01:00:00Z', endsAt: '2025-03-10T09:00:00Z', titleZh: '联席会议' });
    const decided = await ctx.app.inject({
      method: 'POST', url: `/api/v1/meetings/${meetingId}/decisions`, headers: office.headers,
      payload: { titleZh: '原则审议通过三年行动计划', titleEn: 'Three-year plan adopted in principle', effects: [{ kind: 'adopt_plan', planId, to: 'adopted_in_principle' }] },
    });
    expect(decided.statusCode, decided.body).toBe(201);
    const plan = (await get(office, `/api/v1/plans/${planId}`)).json();
    expect(plan.transitions[0]).toMatchObject({
      actorUsername: 'office.names', actorDisplayName: '区域办 王五', decisionRef: decided.json().id,
      decisionTitleZh: '原则审议通过三年行动计划', decisionTitleEn: 'Three-year plan adopted in principle',
    });
  });

  it('audit events carry the actor display name and the object title; the system and untitled objects get null', async () => {
    const planId = await makePlan(ctx.deps, { titleZh: '名称测试计划', titleEn: 'Names test plan' });
    const page = (await get(admin, `/api/v1/audit-events?objectType=plan&objectId=${planId}`)).json();
    expect(page.items[0]).toMatchObject({ objectId: planId, objectTitleZh: '名称测试计划', objectTitleEn: 'Names test plan', actorUserId: null, actorDisplayName: null });
    const byOffice = (await get(admin, `/api/v1/audit-events?actorUserId=${officeId}&action=decision.`)).json();
    expect(byOffice.items.length).toBeGreaterThan(0);
    expect(byOffice.items[0]).toMatchObject({ actorDisplayName: '区域办 王五', objectTitleZh: '原则审议通过三年行动计划' });
    const logins = (await get(admin, '/api/v1/audit-events?action=auth.login')).json();
    expect(logins.items.find((e: { actorUserId: string }) => e.actorUserId === officeId)).toMatchObject({ actorDisplayName: '区域办 王五' });
  });

  it("a matter's timeline names who raised it", async () => {
    const raised = await ctx.app.inject({
      method: 'POST', url: '/api/v1/matters', headers: office.headers,
      payload: { titleZh: '跨界河道保洁分歧', raisedByMemberCode: '320000', affectedMemberCodes: ['330000'] },
    });
    expect(raised.statusCode, raised.body).toBe(201);
    const matter = (await get(office, `/api/v1/matters/${raised.json().id}`)).json();
    expect(matter.timeline[0]).toMatchObject({ kind: 'raised', actorUsername: 'office.names', actorDisplayName: '区域办 王五', decisionTitleZh: null });
  });
});
