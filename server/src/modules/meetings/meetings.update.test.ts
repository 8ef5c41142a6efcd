import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditActions, createTestContext, createUser, login, walkPages, type Session, type TestContext } from '../../../test/helpers.ts';

const MEMBERS = ['310000', '320000'];
let ctx: TestContext;
let office: Session;
let office2: Session;
const liaisons = new Map<string, Session>();
beforeAll(async () => {
  ctx = await createTestContext();
  await createUser(ctx.database.appDb, 'office.edit', [{ role: 'office' }]);
  await createUser(ctx.database.appDb, 'office.edit2', [{ role: 'office' }]);
  [office, office2] = [await login(ctx.app, 'office.edit'), await login(ctx.app, 'office.edit2')];
  for (const code of MEMBERS) {
    await createUser(ctx.database.appDb, `liaison.edit.${code}`, [{ role: 'liaison', memberCode: code }]);
    liaisons.set(code, await login(ctx.app, `liaison.edit.${code}`));
  }
});
afterAll(() => ctx.close());

const api = (method: 'GET' | 'POST' | 'PATCH', url: string, payload?: object, session = office) =>
  ctx.app.inject({ method, url, headers: session.headers, ...(payload ? { payload } : {}) });

async function newMeeting(extra: object = {}) {
  const response = await api('POST', '/api/v1/meetings', {
    type: 'joint_meeting', tier: 'coordination', startsAt: '2025-03-10T01:00:00Z', endsAt: '2025-03-10T09:00:00Z', titleZh: '长三角合作与发展联席会议',
    participants: MEMBERS.map((m, i) => ({ nameZh: `代表${i + 1}`, memberCode: m, role: 'attendee' })), agenda: [{ titleZh: '议题一' }],
    ...extra,
  });
  expect(response.statusCode, response.body).toBe(201);
  return response.json().id as string;
}

describe('editing a meeting', () => {
  it('changes facts, participants and agenda, bumps the version and audits what changed', async () => {
    const id = await newMeeting();
    const response = await api('PATCH', `/api/v1/meetings/${id}`, {
      version: 1, venueZh: '南京', startsAt: '2025-03-11T01:00:00Z', endsAt: '2025-03-11T09:00:00Z', status: 'published',
      participants: [{ nameZh: '代表甲', memberCode: '310000', role: 'presider' }, { nameZh: '代表乙', memberCode: '330000', role: 'speaker' }],
      agenda: [{ titleZh: '议题二' }, { titleZh: '议题三', titleEn: 'Item three' }],
    });
    expect(response.statusCode, response.body).toBe(200);
    const detail = response.json();
    expect(detail).toMatchObject({ version: 2, venueZh: '南京', status: 'published', startsAt: '2025-03-11T01:00:00.000Z', approvingMembers: ['310000', '330000'] });
    expect(detail.participants.map((p: { nameZh: string; role: string }) => `${p.nameZh}:${p.role}`)).toEqual(['代表甲:presider', '代表乙:speaker']);
    expect(detail.agenda.map((a: { titleZh: string }) => a.titleZh)).toEqual(['议题二', '议题三']);

    const events = await ctx.database.appDb.selectFrom('audit_events').select(['action', 'summary']).where('object_id', '=', id).where('action', '=', 'meeting.update').execute();
    expect(events).toHaveLength(1);
    expect(events[0]!.summary).toMatchObject({ changes: { venueZh: { from: '', to: '南京' }, status: { from: 'planned', to: 'published' } }, participants: 2, agenda: 2 });
    expect(await auditActions(ctx.database.appDb)).toContain('meeting.update');
  });

  it('two editors on the same version: one wins, the other gets 409 with the current version and changes nothing', async () => {
    const id = await newMeeting();
    const [a, b] = await Promise.all([
      api('PATCH', `/api/v1/meetings/${id}`, { version: 1, venueZh: '合肥' }, office),
      api('PATCH', `/api/v1/meetings/${id}`, { version: 1, venueZh: '杭州' }, office2),
    ]);
    const statuses = [a.statusCode, b.statusCode].sort();
    expect(statuses).toEqual([200, 409]);
    const loser = a.statusCode === 409 ? a : b;
    expect(loser.json().error).toMatchObject({ code: 'common.version_conflict', details: { currentVersion: 2 } });
    const winner = a.statusCode === 200 ? '合肥' : '杭州';
    expect((await api('GET', `/api/v1/meetings/${id}`)).json()).toMatchObject({ version: 2, venueZh: winner });
  });

  it('refuses bad changes with 4xx naming the field', async () => {
    const id = await newMeeting();
    const endsEarly = await api('PATCH', `/api/v1/meetings/${id}`, { version: 1, endsAt: '2025-03-09T01:00:00Z' });
    expect(endsEarly.statusCode).toBe(400);
    expect(endsEarly.json().error.fields[0]).toMatchObject({ field: 'endsAt', rule: 'meetings.ends_before_start' });
    const self = await api('PATCH', `/api/v1/meetings/${id}`, { version: 1, parentMeetingId: id });
    expect(self.json().error.fields[0]).toMatchObject({ field: 'parentMeetingId', rule: 'meetings.parent_cycle' });
    const member = await api('PATCH', `/api/v1/meetings/${id}`, { version: 1, participants: [{ nameZh: '某人', memberCode: '990000', role: 'attendee' }] });
    expect(member.statusCode).toBe(400);
    expect(member.json().error.fields[0]).toMatchObject({ field: 'participants' });
    const unknown = await api('PATCH', `/api/v1/meetings/${id}`, { version: 1, colour: 'red' });
    expect(unknown.statusCode).toBe(400);
    const noVersion = await api('PATCH', `/api/v1/meetings/${id}`, { venueZh: '上海' });
    expect(noVersion.statusCode).toBe(400);
    expect(noVersion.json().error.fields.map((f: { field: string }) => f.field)).toContain('version');
    const missing = await api('PATCH', '/api/v1/meetings/00000000-0000-4000-8000-000000000000', { version: 1, venueZh: '上海' });
    expect(missing.statusCode).toBe(404);
    expect((await api('GET', `/api/v1/meetings/${id}`)).json().version).toBe(1);
  });

  it('keeps who took part fixed once the minutes are final; other facts stay editable', async () => {
    const id = await newMeeting();
    expect((await api('POST', `/api/v1/meetings/${id}/minutes`, { bodyZh: '纪要' })).statusCode).toBe(200);
    for (const code of MEMBERS) {
      const verdict = await api('POST', `/api/v1/meetings/${id}/minutes/verdicts`, { memberCode: code, verdict: 'approve' }, liaisons.get(code));
      expect(verdict.statusCode, verdict.body).toBe(200);
    }
    expect((await api('POST', `/api/v1/meetings/${id}/minutes/finalise`)).statusCode).toBe(200);
    const refused = await api('PATCH', `/api/v1/meetings/${id}`, { version: 1, participants: [] });
    expect(refused.statusCode).toBe(409);
    expect(refused.json().error.code).toBe('meetings.participants_fixed');
    expect((await api('PATCH', `/api/v1/meetings/${id}`, { version: 1, status: 'held' })).json()).toMatchObject({ status: 'held', version: 2 });
  });

  it('refuses unknown cities and bodies, and a host city outside the host member, on create and on change', async () => {
    const base = { type: 'joint_meeting', tier: 'coordination', startsAt: '2025-03-10T01:00:00Z', endsAt: '2025-03-10T09:00:00Z', titleZh: '会议' };
    const unknownCity = await api('POST', '/api/v1/meetings', { ...base, hostMemberCode: '320000', hostCityCode: '329900' });
    expect(unknownCity.statusCode).toBe(400);
    expect(unknownCity.json().error.fields[0]).toMatchObject({ field: 'hostCityCode', rule: 'meetings.unknown_city' });
    const wrongMember = await api('POST', '/api/v1/meetings', { ...base, hostMemberCode: '310000', hostCityCode: '330300' });
    expect(wrongMember.json().error.fields[0]).toMatchObject({ field: 'hostCityCode', rule: 'meetings.city_not_of_host' });
    const unknownBody = await api('POST', '/api/v1/meetings', { ...base, bodyCode: 'no-such-body' });
    expect(unknownBody.statusCode).toBe(400);
    expect(unknownBody.json().error.fields[0]).toMatchObject({ field: 'bodyCode', rule: 'meetings.unknown_body' });

    const id = await newMeeting({ hostMemberCode: '330000', hostCityCode: '330300' });
    const moveHost = await api('PATCH', `/api/v1/meetings/${id}`, { version: 1, hostMemberCode: '320000' });
    expect(moveHost.json().error.fields[0]).toMatchObject({ field: 'hostCityCode', rule: 'meetings.city_not_of_host' });
    const moveBoth = await api('PATCH', `/api/v1/meetings/${id}`, { version: 1, hostMemberCode: '320000', hostCityCode: '320100' });
    expect(moveBoth.json()).toMatchObject({ hostMemberCode: '320000', hostCityCode: '320100', version: 2 });
    const badBody = await api('PATCH', `/api/v1/meetings/${id}`, { version: 2, bodyCode: 'no-such-body' });
    expect(badBody.statusCode).toBe(400);
  });

  it('pages the meeting list by cursor: every meeting once, in date order, and a broken cursor is a 400', async () => {
    for (let day = 1; day <= 5; day++) await newMeeting({ titleZh: `分页会议 ${day}`, startsAt: `2031-01-0${day}T01:00:00Z`, endsAt: `2031-01-0${day}T02:00:00Z` });
    const range = 'from=2031-01-01T00:00:00Z&to=2031-02-01T00:00:00Z';
    const all = (await api('GET', `/api/v1/meetings?${range}`)).json();
    expect(all.nextCursor).toBeNull();
    const walked = await walkPages(ctx.app, office, `/api/v1/meetings?${range}&limit=2`);
    expect(walked).toEqual({ ids: all.items.map((m: { id: string }) => m.id), pages: 3 });
    expect(all.items.map((m: { titleZh: string }) => m.titleZh)).toEqual([1, 2, 3, 4, 5].map((d) => `分页会议 ${d}`));
    const newestFirst = await walkPages(ctx.app, office, `/api/v1/meetings?${range}&limit=2&order=desc`);
    expect(newestFirst.ids).toEqual([...walked.ids].reverse());
    await newMeeting({ type: 'working_group', tier: 'execution', titleZh: '分页工作组', startsAt: '2031-01-09T01:00:00Z', endsAt: '2031-01-09T02:00:00Z' });
    const execution = (await api('GET', `/api/v1/meetings?${range}&tier=execution`)).json();
    expect(execution.items.map((m: { titleZh: string }) => m.titleZh)).toEqual(['分页工作组']);
    const broken = await api('GET', '/api/v1/meetings?cursor=not-a-cursor');
    expect(broken.statusCode).toBe(400);
    expect(broken.json().error.code).toBe('common.bad_cursor');
  });
});
