import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, createUser, login, type Session, type TestContext } from '../../../test/helpers.ts';
import { makePlan, makeTask } from '../../../test/work-fixtures.ts';
import { systemActor } from '../../shared/principal.ts';
import { createAgreement } from '../agreements/agreements.usecases.ts';
import { recordDecision } from '../decisions/decisions.usecases.ts';
import { createMeeting } from '../meetings/meetings.usecases.ts';
import { createService } from '../services/services.usecases.ts';
import { createProject } from '../projects/projects.usecases.ts';
import { createRisk } from '../risks/risks.usecases.ts';

let ctx: TestContext;
let office: Session;
let liaison: Session;
let observer: Session;
let admin: Session;
const ids: Record<string, string> = {};

const PDF = Buffer.from('%PDF-1.4\n1 0 obj\n<< /Type /Catalog >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n');

beforeAll(async () => {
  ctx = await createTestContext();
  const db = ctx.database.appDb;
  await createUser(db, 'office.search', [{ role: 'office' }]);
  await createUser(db, 'js.liaison.search', [{ role: 'liaison', memberCode: '320000' }]);
  await createUser(db, 'observer.search', [{ role: 'observer' }]);
  await createUser(db, 'admin.search', [{ role: 'admin' }]);
  [office, liaison, observer, admin] = (await Promise.all(['office.search', 'js.liaison.search', 'observer.search', 'admin.search'].map((u) => login(ctx.app, u)))) as [Session, Session, Session, Session];
  const deps = { ...ctx.deps, actor: systemActor('test') };
  ids.plan = await makePlan(ctx.deps, { code: 'SEARCH-1', titleZh: '太湖流域生态治理三年计划', titleEn: 'Taihu basin ecology plan' });
  ids.task = await makeTask(ctx.deps, ids.plan, { code: '7.1', titleZh: '推进太湖蓝藻联合监测', titleEn: 'Joint monitoring of algae in Taihu Lake' });
  ids.otherTask = await makeTask(ctx.deps, ids.plan, { code: '7.2', titleZh: '长江口航道整治', titleEn: 'Yangtze estuary channel works', leadMemberCode: '330000', participantMemberCodes: ['310000'] });
  ids.meeting = await createMeeting(deps, { type: 'joint_meeting', tier: 'coordination', startsAt: '2025-03-10T01:00:00Z', endsAt: '2025-03-10T09:00:00Z', titleZh: '太湖治理联席会议', titleEn: 'Joint meeting on Taihu' });
  ids.decision = await recordDecision(deps, ids.meeting, { titleZh: '同意太湖联合执法方案', titleEn: 'Taihu joint enforcement approved', effects: [] });
  ids.agreement = await createAgreement(deps, { titleZh: '太湖水环境合作协议', titleEn: 'Taihu water agreement', parties: [{ memberCode: '320000' }, { memberCode: '330000' }] });
  const matter = await ctx.app.inject({
    method: 'POST', url: '/api/v1/matters', headers: office.headers,
    payload: { titleZh: '太湖跨界水质考核分歧', titleEn: 'Taihu cross-border water quality dispute', raisedByMemberCode: '330000', affectedMemberCodes: ['320000'] },
  });
  expect(matter.statusCode, matter.body).toBe(201);
  ids.matter = matter.json().id;
  const form = new FormData();
  form.append('titleZh', '');
  form.append('file', new Blob([PDF]), '太湖监测报告.pdf');
  const doc = await ctx.app.inject({ method: 'POST', url: `/api/v1/agreements/${ids.agreement}/documents`, headers: office.headers, payload: form });
  expect(doc.statusCode, doc.body).toBe(201);
  ids.document = doc.json().id;
  ids.service = await createService(deps, { code: 'TAIHU-PASS', nameZh: '太湖旅游年卡互认', nameEn: 'Taihu tourism pass', category: 'other' });
  ids.project = await createProject(deps, 'all', { code: 'TAIHU-PJ', titleZh: '太湖生态清淤工程', titleEn: 'Taihu dredging works', type: 'ecological', leadMemberCode: '320000', phase: 'planning', members: [{ memberCode: '320000' }] });
  ids.risk = await createRisk({ ...deps, principal: 'system' }, { code: 'RISK-TAIHU', titleZh: '太湖蓝藻水华风险', titleEn: 'Taihu algal bloom risk', area: 'ecology', likelihood: 3, impact: 4, ownerMemberCodes: ['320000'] });
});
afterAll(() => ctx.close());

type Hit = { kind: string; id: string; titleZh: string; titleEn: string; link: string; code: string | null };
const search = (session: Session, query: string) => ctx.app.inject({ method: 'GET', url: `/api/v1/search?${query}`, headers: session.headers });

describe('global search', () => {
  it('finds every kind by a Chinese substring, grouped by kind, each with the link to its page', async () => {
    const response = await search(observer, `q=${encodeURIComponent('太湖')}`);
    expect(response.statusCode, response.body).toBe(200);
    const body = response.json() as { items: Hit[]; kinds: string[] };
    expect(body.kinds).toEqual(['task', 'plan', 'meeting', 'decision', 'agreement', 'matter', 'document', 'service', 'project', 'risk']);
    expect(body.items.map((h) => [h.kind, h.id])).toEqual([
      ['task', ids.task], ['plan', ids.plan], ['meeting', ids.meeting], ['decision', ids.decision], ['agreement', ids.agreement], ['matter', ids.matter], ['document', ids.document], ['service', ids.service], ['project', ids.project], ['risk', ids.risk],
    ]);
    const byKind = Object.fromEntries(body.items.map((h) => [h.kind, h]));
    expect(byKind.task).toMatchObject({ code: '7.1', link: `/tasks/${ids.task}` });
    expect(byKind.decision!.link).toBe(`/decisions/${ids.decision}`);
    // A document is opened on its owner's page; without a title it is known by its file name.
    expect(byKind.document).toMatchObject({ link: `/agreements/${ids.agreement}`, titleZh: '太湖监测报告.pdf' });
  });

  it('matches English titles case-insensitively and codes; a short substring works too', async () => {
    const english = (await search(office, 'q=taihu%20LAKE')).json() as { items: Hit[] };
    expect(english.items.map((h) => h.id)).toEqual([ids.task]);
    const code = (await search(office, 'q=SEARCH-1')).json() as { items: Hit[] };
    expect(code.items.map((h) => h.id)).toEqual([ids.plan]);
    const oneChar = (await search(office, `q=${encodeURIComponent('航')}`)).json() as { items: Hit[] };
    expect(oneChar.items.map((h) => h.id)).toEqual([ids.otherTask]);
  });

  it('treats % and _ as plain characters', async () => {
    const response = (await search(office, 'q=%25')).json() as { items: Hit[] };
    expect(response.items).toEqual([]);
  });

  it('limits each kind and searches only the kinds asked for', async () => {
    const limited = (await search(office, `q=${encodeURIComponent('长')}&limit=1`)).json() as { items: Hit[] };
    expect(limited.items.filter((h) => h.kind === 'task')).toHaveLength(1);
    const kinds = (await search(office, `q=${encodeURIComponent('太湖')}&kinds=matter&kinds=meeting`)).json() as { items: Hit[]; kinds: string[] };
    expect(kinds.kinds).toEqual(['meeting', 'matter']);
    expect(kinds.items.map((h) => h.id)).toEqual([ids.meeting, ids.matter]);
  });

  it('refuses an empty or blank query and an unknown kind', async () => {
    expect((await search(office, 'q=')).statusCode).toBe(400);
    expect((await search(office, 'q=%20%20')).statusCode).toBe(400);
    expect((await search(office, 'q=a&kinds=user')).statusCode).toBe(400);
  });

  it("a member's liaison finds only what the record's own read route shows it (here: other members' records too, as every work role reads them)", async () => {
    const body = (await search(liaison, `q=${encodeURIComponent('太湖')}`)).json() as { items: Hit[] };
    expect(body.items.map((h) => h.id)).toContain(ids.matter);
    const readUrl: Record<string, (h: Hit) => string> = {
      task: (h) => `/api/v1/tasks/${h.id}`, plan: (h) => `/api/v1/plans/${h.id}`, meeting: (h) => `/api/v1/meetings/${h.id}`, decision: (h) => `/api/v1/decisions/${h.id}`,
      agreement: (h) => `/api/v1/agreements/${h.id}`, matter: (h) => `/api/v1/matters/${h.id}`, document: (h) => `/api/v1/documents/${h.id}`,
      service: (h) => `/api/v1/services/${h.id}`, project: (h) => `/api/v1/projects/${h.id}`, risk: (h) => `/api/v1/risks/${h.id}`,
    };
    for (const hit of body.items) {
      const read = await ctx.app.inject({ method: 'GET', url: readUrl[hit.kind]!(hit), headers: liaison.headers });
      expect(read.statusCode, `${hit.kind} ${read.body.slice(0, 120)}`).toBe(200);
    }
  });

  it('an account without a work role (administrator only) cannot search: it reads none of these records', async () => {
    const response = await search(admin, `q=${encodeURIComponent('太湖')}`);
    expect(response.statusCode).toBe(403);
    expect(JSON.stringify(response.json())).not.toContain(ids.task);
  });
});
