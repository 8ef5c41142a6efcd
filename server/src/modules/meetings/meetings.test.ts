import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditActions, createTestContext, createUser, login, type Session, type TestContext } from '../../../test/helpers.ts';
import { proposeNextHost } from './meetings.rotation.ts';

const MEMBERS = ['310000', '320000', '330000', '340000'];
let ctx: TestContext;
let office: Session;
const liaisons = new Map<string, Session>();
beforeAll(async () => {
  ctx = await createTestContext();
  await createUser(ctx.database.appDb, 'office.meet', [{ role: 'office' }]);
  office = await login(ctx.app, 'office.meet');
  for (const code of MEMBERS) {
    await createUser(ctx.database.appDb, `liaison.${code}`, [{ role: 'liaison', memberCode: code }]);
    liaisons.set(code, await login(ctx.app, `liaison.${code}`));
  }
});
afterAll(() => ctx.close());

const api = (method: 'GET' | 'POST', url: string, payload?: object, session = office) =>
  ctx.app.inject({ method, url, headers: session.headers, ...(payload ? { payload } : {}) });

async function newMeeting(extra: object = {}) {
  const response = await api('POST', '/api/v1/meetings', {
    type: 'annual_symposium', tier: 'decision', hostMemberCode: '330000', hostCityCode: '330300',
    startsAt: '2024-06-05T01:00:00Z', endsAt: '2024-06-06T09:00:00Z', titleZh: '2024年度长三角地区主要领导座谈会', themeZh: '携手勇当中国式现代化开路先锋',
    participants: MEMBERS.map((m, i) => ({ nameZh: `领导${i + 1}`, memberCode: m, role: 'attendee' })),
    agenda: [{ titleZh: '审议三年行动计划' }],
    ...extra,
  });
  expect(response.statusCode, response.body).toBe(201);
  return response.json().id as string;
}

describe('meetings', () => {
  it('keeps parallel sessions under their main meeting', async () => {
    const main = await newMeeting();
    await newMeeting({ type: 'forum', tier: 'execution', titleZh: '第六届长三角一体化发展高层论坛', parentMeetingId: main, participants: [] });
    const detail = (await api('GET', `/api/v1/meetings/${main}`)).json();
    expect(detail.sessions.map((s: { titleZh: string }) => s.titleZh)).toEqual(['第六届长三角一体化发展高层论坛']);
    expect(detail.agenda).toHaveLength(1);
    expect(detail.approvingMembers).toEqual(MEMBERS);
  });

  it('minutes become final only when all four members approved, keeping every version', async () => {
    const id = await newMeeting();
    expect((await api('POST', `/api/v1/meetings/${id}/minutes`, { bodyZh: '初稿' })).statusCode).toBe(200);
    const change = await api('POST', `/api/v1/meetings/${id}/minutes/verdicts`, { memberCode: '320000', verdict: 'request_change', comment: '请补充江苏发言' }, liaisons.get('320000'));
    expect(change.statusCode, change.body).toBe(200);
    const noComment = await api('POST', `/api/v1/meetings/${id}/minutes/verdicts`, { memberCode: '320000', verdict: 'request_change' }, liaisons.get('320000'));
    expect(noComment.json().error.code).toBe('meetings.comment_required');
    const notOwn = await api('POST', `/api/v1/meetings/${id}/minutes/verdicts`, { memberCode: '330000', verdict: 'approve' }, liaisons.get('320000'));
    expect(notOwn.statusCode).toBe(403);
    expect(notOwn.json().error.code).toBe('meetings.not_own_member');

    expect((await api('POST', `/api/v1/meetings/${id}/minutes`, { bodyZh: '第二稿' })).statusCode).toBe(200);
    for (const code of MEMBERS.slice(0, 3))
      expect((await api('POST', `/api/v1/meetings/${id}/minutes/verdicts`, { memberCode: code, verdict: 'approve' }, liaisons.get(code))).statusCode).toBe(200);
    const early = await api('POST', `/api/v1/meetings/${id}/minutes/finalise`);
    expect(early.statusCode).toBe(409);
    expect(early.json().error.details.missing).toEqual(['340000']);
    expect((await api('POST', `/api/v1/meetings/${id}/minutes/verdicts`, { memberCode: '340000', verdict: 'approve' }, liaisons.get('340000'))).statusCode).toBe(200);
    const final = await api('POST', `/api/v1/meetings/${id}/minutes/finalise`);
    expect(final.statusCode, final.body).toBe(200);
    const minutes = final.json().minutes;
    expect(minutes.map((m: { revision: number; status: string }) => [m.revision, m.status])).toEqual([[2, 'final'], [1, 'superseded']]);
    expect(minutes[1].approvals).toMatchObject([{ memberCode: '320000', verdict: 'request_change', comment: '请补充江苏发言' }]);
    expect((await api('POST', `/api/v1/meetings/${id}/minutes`, { bodyZh: '第三稿' })).json().error.code).toBe('meetings.minutes_final');
    expect(await auditActions(ctx.database.appDb)).toContain('meeting.minutes.finalise');
  });

  it('proposes Jiangsu to host after Zhejiang hosted 2024', async () => {
    const response = await api('GET', '/api/v1/host-rotation/next');
    expect(response.json()).toMatchObject({ year: 2025, memberCode: '320000', lastHost: { year: 2024, memberCode: '330000' } });
  });
});

describe('proposeNextHost', () => {
  const rotation = { meetingType: 'annual_symposium' as const, order: ['340000', '330000', '320000', '310000'], history: [{ year: 2024, memberCode: '330000' }] };
  it('wraps around the order and prefers recorded decisions', () => {
    expect(proposeNextHost(rotation, [{ year: 2025, memberCode: '320000' }, { year: 2026, memberCode: '310000' }], new Date('2026-06-01T00:00:00Z'))).toMatchObject({ year: 2027, memberCode: '340000' });
  });
  it('with no host recorded, proposes the first in the order for the clock\'s year', () => {
    expect(proposeNextHost({ ...rotation, history: [] }, [], new Date('2031-03-01T00:00:00Z'))).toEqual({ year: 2031, memberCode: '340000', lastHost: null });
  });
});
