import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, createUser, login, type Session, type TestContext } from '../../../test/helpers.ts';
import { projectRoot } from '../../config.ts';
import { systemActor } from '../../shared/principal.ts';
import { loadPlanRecords, readRecordFiles } from '../plans/plans.records.ts';
import { loadMeetingRecords, readMeetingRecordFiles } from './meetings.records.ts';

let ctx: TestContext;
let office: Session;
const dir = path.join(projectRoot, 'data', 'records');
const load = async () => {
  let n = 0;
  for (const { records } of readMeetingRecordFiles(dir)) n += await loadMeetingRecords({ ...ctx.deps, actor: systemActor('test') }, records);
  return n;
};
beforeAll(async () => {
  ctx = await createTestContext();
  await createUser(ctx.database.appDb, 'office.rec', [{ role: 'office' }]);
  office = await login(ctx.app, 'office.rec');
  for (const { records } of readRecordFiles(dir)) await loadPlanRecords({ ...ctx.deps, actor: systemActor('test') }, records);
});
afterAll(() => ctx.close());

const get = async (url: string) => (await ctx.app.inject({ method: 'GET', url, headers: office.headers })).json();

describe('the 2024 symposium records', () => {
  it('loads the symposium in Wenzhou with its leaders, sessions, visits and decisions, once', async () => {
    expect(await load()).toBe(9);
    expect(await load()).toBe(0);
    const list = (await get('/api/v1/meetings?type=annual_symposium')).items;
    expect(list).toHaveLength(1);
    const main = await get(`/api/v1/meetings/${list[0].id}`);
    // The source gives the days, not the times: the record says so rather than presenting a nominal time as fact.
    expect(main).toMatchObject({ hostMemberCode: '330000', hostCityCode: '330300', startsAt: '2024-06-05T01:00:00.000Z', timeOfDayKnown: false, isDemo: false, status: 'held' });
    expect(main.sessions.every((s: { timeOfDayKnown: boolean }) => s.timeOfDayKnown === false)).toBe(true);
    expect(main.themeEn).toContain('forerunner of Chinese-style modernization');
    expect(main.participants.filter((p: { role: string }) => p.role === 'attendee').map((p: { nameEn: string }) => p.nameEn)).toEqual([
      'Chen Jining', 'Gong Zheng', 'Xin Changxing', 'Xu Kunlin', 'Yi Lianhong', 'Wang Hao', 'Han Jun', 'Wang Qingxian',
    ]);
    expect(main.participants.find((p: { role: string }) => p.role === 'invited_guest').organisation).toContain('National Development and Reform Commission');
    const byType = (type: string) => main.sessions.filter((s: { type: string }) => s.type === type);
    expect(byType('site_visit')).toHaveLength(3);
    expect(main.sessions.filter((s: { type: string }) => ['joint_meeting', 'sg_symposium', 'research_symposium', 'forum'].includes(s.type)).map((s: { titleEn: string }) => s.titleEn))
      .toContain('Sixth High-Level Forum on the Integrated Development of the Yangtze River Delta');
    const results = await get(`/api/v1/meetings/${byType('results_conference')[0].id}`);
    expect(results.startsAt.slice(0, 10)).toBe('2024-06-06');
    expect(results.participants.map((p: { nameEn: string; role: string }) => `${p.role}:${p.nameEn}`)).toEqual([
      'presider:Yi Lianhong', 'speaker:Gong Zheng', 'speaker:Xu Kunlin', 'speaker:Wang Hao', 'speaker:Wang Qingxian',
    ]);
    expect(main.decisions).toHaveLength(2);

    // The plans adopted in principle name the decision in their history.
    expect(main.decisions.map((d: { timeOfDayKnown: boolean }) => d.timeOfDayKnown)).toEqual([false, false]);
    const adoption = await get(`/api/v1/decisions/${main.decisions[0].id}`);
    expect(adoption.timeOfDayKnown).toBe(false);
    expect(adoption.effects.map((e: { kind: string }) => e.kind)).toEqual(['adopt_plan', 'adopt_plan']);
    for (const effect of adoption.effects) {
      const plan = await get(`/api/v1/plans/${effect.planId}`);
      expect(plan.status).toBe('adopted_in_principle');
      expect(plan.transitions[0].decisionRef).toBe(adoption.id);
      // Taken at the decision's nominal time: marked as such, not shown as a fact.
      expect(plan.transitions[0].timeOfDayKnown).toBe(false);
    }
    // 2025 is fixed in Jiangsu, so the rotation proposes the member after it for 2026.
    expect(await get('/api/v1/host-rotation/next')).toMatchObject({ year: 2026, memberCode: '310000', lastHost: { year: 2025, memberCode: '320000' } });

    // The working groups are this deployment's configuration, not named by the source; the source's bodies are record.
    const bodies = (await get('/api/v1/bodies?limit=100')).items as { code: string; kind: string; provenance: string }[];
    expect(bodies.filter((b) => b.kind === 'working_group').every((b) => b.provenance === 'configuration')).toBe(true);
    expect(bodies.find((b) => b.code === 'symposium')?.provenance).toBe('source');
  });
});
