import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createTestContext, createUser, login, type Session, type TestContext } from '../../../test/helpers.ts';
import { systemActor } from '../../shared/principal.ts';
import { catalogueErrors } from './webhooks.catalogue.ts';
import { createEndpoint, deliveryBody, HANDOFF_WEBHOOK_EVENTS } from './webhooks.usecases.ts';

/**
 * Hand-offs of the governance loop — minutes and major matters: exactly the
 * expected notices for exactly the expected people, never the actor.
 */
let ctx: TestContext;
const ids: Record<string, string> = {};
const sessions: Record<string, Session> = {};

beforeAll(async () => {
  ctx = await createTestContext();
  const db = ctx.database.appDb;
  const users: [string, Parameters<typeof createUser>[2]][] = [
    ['office.a', [{ role: 'office' }]],
    ['office.b', [{ role: 'office' }]],
    ['js.liaison', [{ role: 'liaison', memberCode: '320000' }]],
    ['js.editor', [{ role: 'editor', memberCode: '320000' }]],
    ['zj.liaison', [{ role: 'liaison', memberCode: '330000' }]],
    ['zj.gone', [{ role: 'liaison', memberCode: '330000' }]],
    ['ah.liaison', [{ role: 'liaison', memberCode: '340000' }]],
    ['sh.liaison', [{ role: 'liaison', memberCode: '310000' }]],
    ['observer', [{ role: 'observer' }]],
  ];
  for (const [name, roles] of users) ids[name] = await createUser(db, name, roles);
  await db.updateTable('users').set({ status: 'disabled' }).where('id', '=', ids['zj.gone']!).execute();
  for (const name of ['office.a', 'js.liaison', 'js.editor', 'zj.liaison']) sessions[name] = await login(ctx.app, name);
  // A receiver of every hand-off event: the last test holds what was queued for it against the published catalogue.
  await createEndpoint({ ...ctx.deps, actor: systemActor('test') }, { name: 'All hand-offs', url: 'https://hooks.example/yrd', events: [...HANDOFF_WEBHOOK_EVENTS] });
});
afterAll(() => ctx.close());
beforeEach(async () => {
  await ctx.database.appDb.deleteFrom('notifications').execute();
});

const api = async (who: string, method: 'GET' | 'POST', url: string, payload?: object) => {
  const response = await ctx.app.inject({ method, url, headers: sessions[who]!.headers, ...(payload ? { payload } : {}) });
  expect(response.statusCode, `${method} ${url}: ${response.body}`).toBeLessThan(300);
  return response.json();
};
const reset = () => ctx.database.appDb.deleteFrom('notifications').execute();
async function received(): Promise<string[]> {
  const rows = await ctx.database.appDb.selectFrom('notifications').innerJoin('users', 'users.id', 'notifications.user_id').select(['notifications.kind', 'users.username']).execute();
  return rows.map((r) => `${r.kind} → ${r.username}`).sort();
}
const to = (kind: string, ...users: string[]) => users.map((u) => `${kind} → ${u}`);
const one = (kind: string) => ctx.database.appDb.selectFrom('notifications').selectAll().where('kind', '=', kind).executeTakeFirstOrThrow();

describe('minutes', () => {
  it('drafted, revised, a change requested, all approved, finalised: each to its people', async () => {
    const meeting = await api('office.a', 'POST', '/api/v1/meetings', {
      type: 'joint_meeting', tier: 'coordination', startsAt: '2026-02-20T01:00:00Z', endsAt: '2026-02-20T09:00:00Z', titleZh: '长三角联席会议', titleEn: 'YRD Joint Meeting',
      participants: [{ nameZh: '甲', memberCode: '320000', role: 'attendee' }, { nameZh: '乙', memberCode: '330000', role: 'attendee' }, { nameZh: '嘉宾', role: 'invited_guest' }],
    });
    const id = meeting.id as string;
    await reset();
    await api('office.a', 'POST', `/api/v1/meetings/${id}/minutes`, { bodyZh: '纪要初稿' });
    // The participating members' liaisons (not the disabled one, not members that did not take part, not editors).
    expect(await received()).toEqual(to('minutes.drafted', 'js.liaison', 'zj.liaison'));
    expect(await one('minutes.drafted')).toMatchObject({ link: `/meetings/${id}?minutes=1`, title_zh: '纪要待确认：长三角联席会议（第 1 稿）', title_en: 'Minutes to approve: YRD Joint Meeting (draft 1)' });

    await reset();
    await api('zj.liaison', 'POST', `/api/v1/meetings/${id}/minutes/verdicts`, { memberCode: '330000', verdict: 'request_change', comment: '第三条表述需调整' });
    expect(await received()).toEqual(to('minutes.change_requested', 'office.a', 'office.b'));
    expect((await one('minutes.change_requested')).body_zh).toBe('zj.liaison（浙江省）对会议纪要第 1 稿提出修改意见：第三条表述需调整');

    await reset();
    await api('office.a', 'POST', `/api/v1/meetings/${id}/minutes`, { bodyZh: '纪要修订稿' });
    expect(await received()).toEqual(to('minutes.drafted', 'js.liaison', 'zj.liaison'));
    expect((await one('minutes.drafted')).body_en).toContain('office.a revised draft 2 of the minutes');

    await reset();
    await api('js.liaison', 'POST', `/api/v1/meetings/${id}/minutes/verdicts`, { memberCode: '320000', verdict: 'approve' });
    expect(await received()).toEqual([]); // Zhejiang has not approved draft 2 yet
    await api('zj.liaison', 'POST', `/api/v1/meetings/${id}/minutes/verdicts`, { memberCode: '330000', verdict: 'approve' });
    expect(await received()).toEqual(to('minutes.ready', 'office.a', 'office.b'));
    expect(await one('minutes.ready')).toMatchObject({ link: `/meetings/${id}?minutes=2` });
    // Approving again (a repeated click) prompts nobody twice.
    await api('zj.liaison', 'POST', `/api/v1/meetings/${id}/minutes/verdicts`, { memberCode: '330000', verdict: 'approve' });
    expect(await received()).toEqual(to('minutes.ready', 'office.a', 'office.b'));

    await reset();
    await api('office.a', 'POST', `/api/v1/meetings/${id}/minutes/finalise`);
    expect(await received()).toEqual(to('minutes.finalised', 'js.liaison', 'zj.liaison'));
  });
});

describe('major matters', () => {
  it('raised, escalated, sent down, withdrawn: the Office and the parties’ liaisons, never the actor', async () => {
    const matter = await api('js.editor', 'POST', '/api/v1/matters', { titleZh: '跨省公交票价互认', titleEn: 'Cross-border bus fares', raisedByMemberCode: '320000', affectedMemberCodes: ['330000', '340000'] });
    const id = matter.id as string;
    expect(await received()).toEqual([...to('matters.raised', 'ah.liaison', 'js.liaison', 'office.a', 'office.b', 'zj.liaison')].sort());
    expect(await one('matters.raised')).toMatchObject({ link: `/matters/${id}`, title_en: 'Major matter raised: Cross-border bus fares' });
    expect((await one('matters.raised')).body_zh).toContain('涉及：江苏省、浙江省、安徽省');

    await reset();
    await api('js.liaison', 'POST', `/api/v1/matters/${id}/tier`, { direction: 'up', reason: '执行层无法协调' });
    expect(await received()).toEqual([...to('matters.escalated', 'ah.liaison', 'office.a', 'office.b', 'zj.liaison')].sort());
    expect((await one('matters.escalated')).title_zh).toBe('重大事项提交协调层：跨省公交票价互认');

    await reset();
    await api('office.a', 'POST', `/api/v1/matters/${id}/tier`, { direction: 'down', reason: '退回执行层细化方案' });
    expect(await received()).toEqual([...to('matters.de_escalated', 'ah.liaison', 'js.liaison', 'office.b', 'zj.liaison')].sort());
    // The same climb a second time is a new hand-off, announced again.
    await reset();
    await api('js.liaison', 'POST', `/api/v1/matters/${id}/tier`, { direction: 'up', reason: '再次提级' });
    expect((await received()).length).toBe(4);

    await reset();
    await api('office.a', 'POST', `/api/v1/matters/${id}/withdraw`, { reason: '已另行解决' });
    expect(await received()).toEqual([...to('matters.withdrawn', 'ah.liaison', 'js.liaison', 'office.b', 'zj.liaison')].sort());
  });

  it('resolved by a decision: its parties hear which decision resolved it', async () => {
    const matter = await api('zj.liaison', 'POST', '/api/v1/matters', { titleZh: '太湖蓝藻应急联动', raisedByMemberCode: '330000', affectedMemberCodes: [] });
    const meeting = await api('office.a', 'POST', '/api/v1/meetings', { type: 'joint_meeting', tier: 'coordination', startsAt: '2026-02-21T01:00:00Z', endsAt: '2026-02-21T09:00:00Z', titleZh: '联席会议' });
    await reset();
    await api('office.a', 'POST', `/api/v1/meetings/${meeting.id}/decisions`, { titleZh: '建立太湖应急联动机制', effects: [{ kind: 'resolve_matter', matterId: matter.id }] });
    expect(await received()).toEqual([...to('matters.resolved', 'office.b', 'zj.liaison')].sort());
    expect((await one('matters.resolved')).body_zh).toBe('office.a记录的会议决定「建立太湖应急联动机制」解决了重大事项「太湖蓝藻应急联动」。');
  });
});

describe('webhook events for the hand-offs', () => {
  it('each minutes and matters hand-off above was queued once, as the event of its kind, conforming to docs/webhooks/events.schema.json', async () => {
    const rows = await ctx.database.appDb.selectFrom('webhook_deliveries').select(['id', 'event', 'payload', 'created_at']).orderBy('created_at').orderBy('id').execute();
    expect(new Set(rows.map((d) => d.event))).toEqual(new Set([
      'minutes.drafted', 'minutes.change_requested', 'minutes.ready', 'minutes.finalised',
      'matters.raised', 'matters.escalated', 'matters.de_escalated', 'matters.withdrawn', 'matters.resolved',
    ]));
    for (const row of rows) expect(catalogueErrors(JSON.parse(deliveryBody(row))), JSON.stringify(row.payload)).toEqual([]);
    const occurrences = rows.map((d) => `${d.event}:${(d.payload as { ref: string }).ref}`);
    expect(new Set(occurrences).size).toBe(occurrences.length);
    const drafted = rows.filter((d) => d.event === 'minutes.drafted').map((d) => d.payload as { record: { type: string }; link: string });
    expect(drafted.length).toBeGreaterThanOrEqual(2); // the draft and its revision
    expect(drafted.every((p) => p.record.type === 'meeting' && p.link.startsWith('/meetings/'))).toBe(true);
  });
});
