import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, createUser, login, walkPages, type Session, type TestContext } from '../../../test/helpers.ts';
import { makePlan } from '../../../test/work-fixtures.ts';
import { DAY } from '../../shared/clock.ts';
import { escalationHandler } from './matters.usecases.ts';

let ctx: TestContext;
const sessions: Record<'office' | 'js' | 'zj' | 'ah', Session> = {} as never;
const users: Record<string, string> = {};
beforeAll(async () => {
  ctx = await createTestContext();
  const db = ctx.database.appDb;
  users.office = await createUser(db, 'mm.office', [{ role: 'office' }]);
  users.js = await createUser(db, 'mm.js', [{ role: 'liaison', memberCode: '320000' }]);
  users.zj = await createUser(db, 'mm.zj', [{ role: 'liaison', memberCode: '330000' }]);
  users.ah = await createUser(db, 'mm.ah', [{ role: 'liaison', memberCode: '340000' }]);
  await signIn();
});

/** Sessions expire while the clock jumps weeks ahead: sign in again. */
async function signIn() {
  for (const who of ['office', 'js', 'zj', 'ah'] as const) sessions[who] = await login(ctx.app, `mm.${who}`);
}
async function advance(ms: number) {
  ctx.clock.advance(ms);
  await signIn();
}
afterAll(() => ctx.close());

const api = (method: 'GET' | 'POST', url: string, payload?: object, session = sessions.office) =>
  ctx.app.inject({ method, url, headers: session.headers, ...(payload ? { payload } : {}) });
const runJob = () => escalationHandler.run(ctx.deps, { id: 'test', kind: escalationHandler.kind, payload: {}, attempt: 1, maxAttempts: 1 });
const matterOf = async (id: string) => (await api('GET', `/api/v1/matters/${id}`)).json();

async function raise(session: Session, extra: object = {}) {
  const response = await api('POST', '/api/v1/matters', { titleZh: '跨省断头路打通', raisedByMemberCode: '320000', affectedMemberCodes: ['330000'], ...extra }, session);
  expect(response.statusCode, response.body).toBe(201);
  return response.json().id as string;
}

describe('major matters', () => {
  it('a matter raised by Jiangsu escalates on its deadlines, a symposium decision resolves it and its tasks reach My work', async () => {
    const id = await raise(sessions.js);
    expect((await matterOf(id)).tier).toBe('execution');
    await advance(29 * DAY);
    await runJob();
    expect((await matterOf(id)).tier).toBe('execution');
    await advance(2 * DAY);
    await runJob();
    await runJob(); // idempotent: a second run moves nothing
    let matter = await matterOf(id);
    expect(matter.tier).toBe('coordination');
    expect(matter.deadlines.coordination).not.toBeNull();
    const notices = await ctx.database.appDb.selectFrom('notifications').select(['user_id', 'kind']).where('kind', '=', 'matters.escalated').execute();
    expect(notices.map((n) => n.user_id).sort()).toEqual([users.office, users.js, users.zj].sort());
    await advance(61 * DAY);
    await runJob();
    matter = await matterOf(id);
    expect(matter.tier).toBe('decision');
    expect(matter.timeline.map((e: { kind: string; toTier: string | null }) => [e.kind, e.toTier])).toEqual([
      ['raised', 'execution'], ['auto_escalated', 'coordination'], ['auto_escalated', 'decision'],
    ]);
    const board = (await api('GET', '/api/v1/matters/board')).json();
    expect(board.tiers.find((t: { tier: string }) => t.tier === 'decision').matters[0]).toMatchObject({ id, ageDays: 92 });

    const meetingId = (await api('POST', '/api/v1/meetings', { type: 'annual_symposium', tier: 'decision', startsAt: '2026-06-05T01:00:00Z', endsAt: '2026-06-05T09:00:00Z', titleZh: '主要领导座谈会' })).json().id;
    const planId = await makePlan(ctx.deps);
    const decision = await api('POST', `/api/v1/meetings/${meetingId}/decisions`, {
      titleZh: '明确打通跨省断头路',
      effects: [{ kind: 'resolve_matter', matterId: id }, { kind: 'create_tasks', planId, tasks: [{ code: 'R1', titleZh: '打通跨省断头路', leadMemberCode: '320000', participantMemberCodes: ['330000'] }] }],
    });
    expect(decision.statusCode, decision.body).toBe(201);
    matter = await matterOf(id);
    expect(matter).toMatchObject({ status: 'resolved', resolvedByDecisionId: decision.json().id });
    expect(matter.timeline.at(-1)).toMatchObject({ kind: 'resolved', decisionId: decision.json().id });
    for (const [session, role] of [[sessions.js, 'lead'], [sessions.zj, 'participant']] as const) {
      const shares = (await api('GET', '/api/v1/my-work/shares?limit=200', undefined, session)).json().items;
      expect(shares.find((s: { taskCode: string }) => s.taskCode === 'R1')).toMatchObject({ role });
    }
    expect((await api('GET', '/api/v1/matters/board')).json().tiers.flatMap((t: { matters: { id: string }[] }) => t.matters.map((m) => m.id))).not.toContain(id);
  });

  it('manual escalation needs a reason; a member escalates only matters it is party to; only the Office de-escalates', async () => {
    const id = await raise(sessions.js);
    expect((await api('POST', `/api/v1/matters/${id}/tier`, { direction: 'up', reason: '' }, sessions.js)).statusCode).toBe(400);
    const notParty = await api('POST', `/api/v1/matters/${id}/tier`, { direction: 'up', reason: '需协调' }, sessions.ah);
    expect(notParty.statusCode).toBe(403);
    expect(notParty.json().error.code).toBe('matters.not_party');
    expect((await api('POST', `/api/v1/matters/${id}/tier`, { direction: 'up', reason: '需协调' }, sessions.zj)).statusCode).toBe(200);
    expect((await api('POST', `/api/v1/matters/${id}/tier`, { direction: 'down', reason: '执行层可解决' }, sessions.zj)).statusCode).toBe(403);
    const down = await api('POST', `/api/v1/matters/${id}/tier`, { direction: 'down', reason: '执行层可解决' });
    expect(down.statusCode).toBe(200);
    expect(down.json().timeline.map((e: { kind: string; reason: string }) => [e.kind, e.reason])).toEqual([['raised', ''], ['escalated', '需协调'], ['de_escalated', '执行层可解决']]);
    expect((await api('POST', `/api/v1/matters/${id}/tier`, { direction: 'down', reason: 'x' })).json().error.code).toBe('matters.at_bottom_tier');
  });

  it('a liaison raises matters only for its own member', async () => {
    const response = await api('POST', '/api/v1/matters', { titleZh: '事项', raisedByMemberCode: '330000', affectedMemberCodes: [] }, sessions.js);
    expect(response.statusCode).toBe(403);
    expect(response.json().error.code).toBe('matters.not_own_member');
  });

  it('an unknown focus area is a 400 naming the field, not a 500 from the foreign key (found by the fuzz test)', async () => {
    const response = await api('POST', '/api/v1/matters', { titleZh: '事项', raisedByMemberCode: '320000', affectedMemberCodes: [], focusAreaId: 'cfcd44ff-7149-40dd-8605-5bd98d9b459c' });
    expect(response.statusCode, response.body).toBe(400);
    expect(response.json().error.fields).toEqual([expect.objectContaining({ field: 'focusAreaId', rule: 'matters.unknown_focus_area' })]);
  });

  it('an editor raises matters for its own member only, and the lists name every member party to a matter', async () => {
    await createUser(ctx.database.appDb, 'mm.js.editor', [{ role: 'editor', memberCode: '320000' }]);
    const editor = await login(ctx.app, 'mm.js.editor');
    const id = await raise(editor, { affectedMemberCodes: ['340000', '330000'] });
    const other = await api('POST', '/api/v1/matters', { titleZh: '事项', raisedByMemberCode: '330000', affectedMemberCodes: [] }, editor);
    expect(other.json().error.code).toBe('matters.not_own_member');
    const listed = (await api('GET', '/api/v1/matters?memberCode=340000')).json().items.find((m: { id: string }) => m.id === id);
    expect(listed.memberCodes).toEqual(['320000', '330000', '340000']);
    const onBoard = (await api('GET', '/api/v1/matters/board')).json().tiers[0].matters.find((m: { id: string }) => m.id === id);
    expect(onBoard.memberCodes).toEqual(['320000', '330000', '340000']);
    const board = (await api('GET', '/api/v1/matters/board')).json();
    const open = (await api('GET', '/api/v1/matters?status=open&limit=500')).json().items;
    for (const column of board.tiers) expect(column.total).toBe(open.filter((m: { tier: string }) => m.tier === column.tier).length);
    expect((await api('POST', `/api/v1/matters/${id}/tier`, { direction: 'up', reason: '需协调' }, editor)).statusCode).toBe(403);
  });

  it('the raising member’s liaison or the Office withdraws an open matter with a reason; the timeline keeps it', async () => {
    const id = await raise(sessions.js);
    expect((await api('POST', `/api/v1/matters/${id}/withdraw`, { reason: '' }, sessions.js)).statusCode).toBe(400);
    const party = await api('POST', `/api/v1/matters/${id}/withdraw`, { reason: '不再需要' }, sessions.zj);
    expect(party.statusCode).toBe(403);
    expect(party.json().error.code).toBe('matters.not_raiser');
    const withdrawn = await api('POST', `/api/v1/matters/${id}/withdraw`, { reason: '两地已自行协商解决' }, sessions.js);
    expect(withdrawn.statusCode, withdrawn.body).toBe(200);
    expect(withdrawn.json()).toMatchObject({ status: 'withdrawn', version: 2 });
    expect(withdrawn.json().timeline.at(-1)).toMatchObject({ kind: 'withdrawn', reason: '两地已自行协商解决', actorUsername: 'mm.js' });
    const again = await api('POST', `/api/v1/matters/${id}/withdraw`, { reason: '再次' });
    expect(again.statusCode).toBe(409);
    expect((await api('POST', `/api/v1/matters/${id}/tier`, { direction: 'up', reason: 'x' }, sessions.js)).json().error.code).toBe('matters.not_open');
    expect((await api('GET', '/api/v1/matters/board')).json().tiers.flatMap((t: { matters: { id: string }[] }) => t.matters.map((m) => m.id))).not.toContain(id);
    const byOffice = await raise(sessions.js);
    expect((await api('POST', `/api/v1/matters/${byOffice}/withdraw`, { reason: '并入其他事项' })).json().status).toBe('withdrawn');
    const audit = await ctx.database.appDb.selectFrom('audit_events').select('action').where('object_id', '=', id).execute();
    expect(audit.map((a) => a.action)).toContain('matter.withdraw');
  });

  it('pages the matter list by cursor, newest first, every matter once', async () => {
    for (let i = 0; i < 5; i++) {
      await raise(sessions.ah, { raisedByMemberCode: '340000', titleZh: `分页事项 ${i}`, affectedMemberCodes: [] });
      ctx.clock.advance(1000);
    }
    const all = (await api('GET', '/api/v1/matters?memberCode=340000&limit=500')).json();
    expect(all.nextCursor).toBeNull();
    const walked = await walkPages(ctx.app, sessions.office, '/api/v1/matters?memberCode=340000&limit=2');
    expect(walked.ids).toEqual(all.items.map((m: { id: string }) => m.id));
    expect(new Set(walked.ids).size).toBe(walked.ids.length);
    const times = all.items.map((m: { raisedAt: string }) => m.raisedAt);
    expect([...times].sort().reverse()).toEqual(times);
  });
});
