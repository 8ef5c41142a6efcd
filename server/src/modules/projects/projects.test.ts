import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, createUser, login, walkPages, type Session, type TestContext } from '../../../test/helpers.ts';
import { makePlan, makeTask } from '../../../test/work-fixtures.ts';
import { DAY } from '../../shared/clock.ts';
import { systemActor } from '../../shared/principal.ts';
import { createAgreement } from '../agreements/agreements.usecases.ts';
import { runScan } from '../supervision/supervision.usecases.ts';
import { projectProgress } from './projects.models.ts';
import { loadDemoProjects } from '../demo/demo.projects.ts';

let ctx: TestContext;
let office: Session;
let jsEditor: Session;
let zjEditor: Session;
let observer: Session;
const users: Record<string, string> = {};
beforeAll(async () => {
  ctx = await createTestContext(); // clock: 2026-03-02
  const db = ctx.database.appDb;
  users.office = await createUser(db, 'pj.office', [{ role: 'office' }]);
  users.jsEditor = await createUser(db, 'pj.js.editor', [{ role: 'editor', memberCode: '320000' }]);
  users.jsLiaison = await createUser(db, 'pj.js.liaison', [{ role: 'liaison', memberCode: '320000' }]);
  users.zjEditor = await createUser(db, 'pj.zj.editor', [{ role: 'editor', memberCode: '330000' }]);
  users.observer = await createUser(db, 'pj.observer', [{ role: 'observer' }]);
  office = await login(ctx.app, 'pj.office');
  jsEditor = await login(ctx.app, 'pj.js.editor');
  zjEditor = await login(ctx.app, 'pj.zj.editor');
  observer = await login(ctx.app, 'pj.observer');
});
afterAll(() => ctx.close());

const call = (who: Session, method: 'GET' | 'POST' | 'PUT', url: string, payload?: object) => ctx.app.inject({ method, url, headers: who.headers, ...(payload ? { payload } : {}) });
let n = 0;
const base = (over: object = {}) => ({
  code: `PJ-${++n}`, titleZh: '沪苏湖铁路', titleEn: 'Shanghai–Suzhou–Huzhou railway', type: 'infrastructure', leadMemberCode: '320000', phase: 'under_construction',
  startDate: '2020-06-01', plannedCompletion: '2026-12-31', locationCityCode: '320500', cityCodes: ['310000', '330500'],
  members: [{ memberCode: '310000', investment: 120.5 }, { memberCode: '320000', investment: 200 }, { memberCode: '330000', investment: 80 }],
  currency: 'CNY', unit: 'hundred_million', totalInvestment: 400.5, ...over,
});

describe('progress roll-up rule', () => {
  it('weights tasks and milestones half and half, or takes the one there is, and says so with the numbers', () => {
    const both = projectProgress([40, 60], [{ done: true }, { done: false }, { done: false }, { done: false }]);
    expect(both).toMatchObject({ percent: 37.5, taskMean: 50, milestonesDone: 1, milestonesTotal: 4, taskWeight: 0.5, milestoneWeight: 0.5 });
    expect(both.ruleZh).toBe('进度 = 50% × 关联任务平均进度（2 项，平均 50%） + 50% × 已完成里程碑占比（1/4 = 25%） = 37.5%');
    expect(both.ruleEn).toBe('Progress = 50% × mean progress of linked tasks (2, mean 50%) + 50% × share of milestones done (1/4 = 25%) = 37.5%');
    expect(projectProgress([30], [])).toMatchObject({ percent: 30, taskWeight: 1, milestoneWeight: 0 });
    expect(projectProgress([], [{ done: true }, { done: false }])).toMatchObject({ percent: 50, taskWeight: 0, milestoneWeight: 1 });
    expect(projectProgress([], [])).toMatchObject({ percent: null, ruleEn: 'No linked tasks or milestones: no progress figure yet.' });
  });
});

describe('key projects', () => {
  it('checks members, cities, linked tasks and agreements, and names the field', async () => {
    const badCity = await call(office, 'POST', '/api/v1/projects', base({ cityCodes: ['340100'] }));
    expect(badCity.statusCode).toBe(400);
    expect(badCity.json().error).toMatchObject({ code: 'projects.city_not_of_members', fields: [{ field: 'cityCodes', rule: 'projects.city_not_of_members' }] });
    const badLocation = await call(office, 'POST', '/api/v1/projects', base({ locationCityCode: '340100', cityCodes: [] }));
    expect(badLocation.json().error.fields[0].field).toBe('locationCityCode');
    const badTask = await call(office, 'POST', '/api/v1/projects', base({ taskIds: ['00000000-0000-4000-8000-000000000001'] }));
    expect(badTask.json().error.code).toBe('projects.unknown_task');
    const badAgreement = await call(office, 'POST', '/api/v1/projects', base({ agreementIds: ['00000000-0000-4000-8000-000000000001'] }));
    expect(badAgreement.json().error.code).toBe('projects.unknown_agreement');
    const dates = await call(office, 'POST', '/api/v1/projects', base({ startDate: '2026-01-01', plannedCompletion: '2025-01-01' }));
    expect(dates.json().error.code).toBe('projects.completion_before_start');
    const created = await call(office, 'POST', '/api/v1/projects', base({ code: 'PJ-DUP' }));
    expect(created.statusCode, created.body).toBe(201);
    const dup = await call(office, 'POST', '/api/v1/projects', base({ code: 'PJ-DUP' }));
    expect(dup.statusCode).toBe(409);
    expect(dup.json().error.code).toBe('projects.code_taken');
  });

  it('rolls progress up from linked tasks and milestones, and shows it with the rule', async () => {
    const plan = await makePlan(ctx.deps);
    const [t1, t2] = [await makeTask(ctx.deps, plan), await makeTask(ctx.deps, plan)];
    await ctx.database.appDb.updateTable('tasks').set({ progress: 20 }).where('id', '=', t1).execute();
    await ctx.database.appDb.updateTable('tasks').set({ progress: 60 }).where('id', '=', t2).execute();
    const agreementId = await createAgreement({ ...ctx.deps, actor: systemActor('test') }, { titleZh: '共建协议', parties: [{ memberCode: '310000' }, { memberCode: '320000' }] });
    const created = await call(office, 'POST', '/api/v1/projects', base({
      taskIds: [t1, t2], agreementIds: [agreementId],
      milestones: [{ titleZh: '开工', dueDate: '2020-06-01', doneOn: '2020-06-01' }, { titleZh: '通车', dueDate: '2026-12-31' }],
    }));
    expect(created.statusCode, created.body).toBe(201);
    const detail = (await call(observer, 'GET', `/api/v1/projects/${created.json().id}`)).json();
    expect(detail.progress).toMatchObject({ percent: 45, taskCount: 2, taskMean: 40, milestonesDone: 1, milestonesTotal: 2 });
    expect(detail.progress.ruleZh).toContain('= 45%');
    expect(detail.tasks.map((t: { id: string }) => t.id)).toEqual([t1, t2]);
    expect(detail.agreements).toEqual([{ id: agreementId, titleZh: '共建协议', titleEn: '', status: 'draft' }]);
    expect(detail.members).toEqual(expect.arrayContaining([{ memberCode: '310000', investment: 120.5 }]));
    expect(detail).toMatchObject({ currency: 'CNY', unit: 'hundred_million', totalInvestment: 400.5, canEdit: false, cityCodes: ['310000', '330500', '320500'] });
    const listed = (await call(office, 'GET', '/api/v1/projects?memberCode=330000')).json().items.find((p: { id: string }) => p.id === detail.id);
    expect(listed.progress.percent).toBe(45);
  });

  it('lets the Office and the lead member edit, refuses others, checks the version and audits every write', async () => {
    const byEditor = await call(jsEditor, 'POST', '/api/v1/projects', base({ titleZh: '苏州合作园区', type: 'cooperation_park' }));
    expect(byEditor.statusCode, byEditor.body).toBe(201);
    const notLead = await call(zjEditor, 'POST', '/api/v1/projects', base());
    expect(notLead.statusCode).toBe(403);
    expect(notLead.json().error.code).toBe('projects.not_lead');
    const id = byEditor.json().id;
    const detail = (await call(jsEditor, 'GET', `/api/v1/projects/${id}`)).json();
    expect(detail.canEdit).toBe(true);
    const { code: _code, ...body } = base({ titleZh: '苏州合作园区（二期）', type: 'cooperation_park', phase: 'in_operation', milestones: [{ titleZh: '二期开园', dueDate: '2027-01-01' }] });
    expect((await call(zjEditor, 'PUT', `/api/v1/projects/${id}`, { ...body, version: 1 })).statusCode).toBe(403);
    expect((await call(jsEditor, 'PUT', `/api/v1/projects/${id}`, { ...body, leadMemberCode: '330000', members: [{ memberCode: '330000' }], cityCodes: [], locationCityCode: null, version: 1 })).statusCode).toBe(403);
    const updated = await call(jsEditor, 'PUT', `/api/v1/projects/${id}`, { ...body, version: 1 });
    expect(updated.statusCode, updated.body).toBe(200);
    expect(updated.json()).toMatchObject({ version: 2, phase: 'in_operation', titleZh: '苏州合作园区（二期）' });
    const milestoneId = updated.json().milestones[0].id;
    const stale = await call(office, 'PUT', `/api/v1/projects/${id}`, { ...body, version: 1 });
    expect(stale.statusCode).toBe(409);
    const byOffice = await call(office, 'PUT', `/api/v1/projects/${id}`, { ...body, milestones: [{ id: milestoneId, titleZh: '二期开园', dueDate: '2027-01-01', doneOn: '2026-03-01' }], version: 2 });
    expect(byOffice.json().milestones).toEqual([expect.objectContaining({ id: milestoneId, doneOn: '2026-03-01' })]);
    expect((await call(observer, 'PUT', `/api/v1/projects/${id}`, { ...body, version: 3 })).statusCode).toBe(403);
    const events = await ctx.database.appDb.selectFrom('audit_events').select(['action', 'actor_username']).where('object_id', '=', id).orderBy('seq').execute();
    expect(events).toEqual([
      { action: 'project.create', actor_username: 'pj.js.editor' }, { action: 'project.update', actor_username: 'pj.js.editor' }, { action: 'project.update', actor_username: 'pj.office' },
    ]);
  });

  it('counts projects per city and phase for the map, filters the list and exports it', async () => {
    const map = (await call(observer, 'GET', '/api/v1/projects/map')).json();
    const suzhou = map.cities.find((c: { cityCode: string }) => c.cityCode === '320500');
    const listed = (await call(office, 'GET', '/api/v1/projects?cityCode=320500&limit=500')).json().items;
    expect(suzhou.count).toBe(listed.length);
    expect(suzhou).toMatchObject({ memberCode: '320000', nameZh: '苏州市' });
    expect(map.total).toBe(map.phases.reduce((a: number, p: { count: number }) => a + p.count, 0));
    const parks = (await call(office, 'GET', '/api/v1/projects?type=cooperation_park')).json().items;
    expect(parks.map((p: { type: string }) => p.type)).toEqual(['cooperation_park']);
    const walked = await walkPages(ctx.app, office, '/api/v1/projects?limit=1');
    expect(walked.ids.length).toBe(map.total);
    const xlsx = await call(observer, 'GET', '/api/v1/projects/export.xlsx?type=cooperation_park');
    expect(xlsx.statusCode).toBe(200);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(xlsx.rawPayload as unknown as ArrayBuffer);
    const values = book.worksheets[0]!.getSheetValues().flat().map(String);
    expect(values).toContain('苏州合作园区（二期）');
    expect(values).toContain('共 1 行。Total: 1 row(s).');
  });

  it('raises a supervision flag for an overdue milestone through the ladder, once, and resolves it when done', async () => {
    office = await login(ctx.app, 'pj.office');
    const created = await call(office, 'POST', '/api/v1/projects', base({ code: 'PJ-LATE', milestones: [{ titleZh: '完成环评', titleEn: 'Environmental review', dueDate: '2026-03-10' }] }));
    expect(created.statusCode, created.body).toBe(201);
    const id = created.json().id;
    const scan = () => runScan({ ...ctx.deps, actor: systemActor('supervision') });
    const notices = () => ctx.database.appDb.selectFrom('notifications').select(['user_id', 'title_zh', 'title_en', 'link']).where('kind', '=', 'supervision.overdue_project_milestone').orderBy('created_at').execute();
    await scan();
    expect(await notices()).toEqual([]); // not yet due
    ctx.clock.advance(10 * DAY); // 2026-03-12
    await scan();
    await scan();
    const first = await notices();
    expect(first).toEqual([{ user_id: users.jsEditor, title_zh: '【红色】重点项目 PJ-LATE 里程碑已逾期', title_en: '[RED] Key project PJ-LATE: milestone overdue', link: `/projects/${id}` }]);
    office = await login(ctx.app, 'pj.office');
    const detail = (await call(office, 'GET', `/api/v1/projects/${id}`)).json();
    expect(detail.flags).toEqual([expect.objectContaining({ severity: 'red', level: 0, dueDate: '2026-03-10' })]);
    expect(detail.milestones[0].overdue).toBe(true);
    ctx.clock.advance(4 * DAY); // past the 3-day grace: the liaison hears of it
    await scan();
    expect((await notices()).slice(1).map((x) => x.user_id)).toEqual([users.jsLiaison]);
    office = await login(ctx.app, 'pj.office');
    const { code: _c, ...body } = base({ milestones: [{ id: detail.milestones[0].id, titleZh: '完成环评', dueDate: '2026-03-10', doneOn: '2026-03-15' }] });
    expect((await call(office, 'PUT', `/api/v1/projects/${id}`, { ...body, version: detail.version })).statusCode).toBe(200);
    await scan();
    const flags = await ctx.database.appDb.selectFrom('project_flags').select(['resolved_at', 'escalation_level']).where('project_id', '=', id).execute();
    expect(flags).toEqual([{ resolved_at: expect.any(Date), escalation_level: 1 }]);
    const actions = (await ctx.database.appDb.selectFrom('audit_events').select('action').where('object_id', '=', id).orderBy('seq').execute()).map((e) => e.action);
    expect(actions).toEqual(['project.create', 'supervision.project_flag_raise', 'supervision.project_flag_escalate', 'project.update', 'supervision.project_flag_resolve']);
  });

  it('loads the labelled demo projects once', async () => {
    expect(await loadDemoProjects(ctx.deps)).toBe(5);
    expect(await loadDemoProjects(ctx.deps)).toBe(0);
    const demo = await ctx.database.appDb.selectFrom('projects').select(['title_zh', 'is_demo', 'description_en']).where('code', 'like', 'DEMO-%').execute();
    expect(demo).toHaveLength(5);
    for (const p of demo) expect(p).toMatchObject({ is_demo: true, title_zh: expect.stringContaining('【演示】'), description_en: expect.stringContaining('invented') });
  });
});
