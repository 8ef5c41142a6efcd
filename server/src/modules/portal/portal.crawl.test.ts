/**
 * Crawls every public route reachable from /public (links followed, plus the Atom feed, the sitemap
 * and the iCal feed) after publishing, withdrawing and holding back records, and fails on any record
 * that is not published publicly, on anything shaped like personal data, and on missing security headers.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, createUser, login, type Session, type TestContext } from '../../../test/helpers.ts';
import { makePlan, makeTask } from '../../../test/work-fixtures.ts';
import { systemActor } from '../../shared/principal.ts';
import { upsertObservations } from '../indicators/observations.usecases.ts';

let ctx: TestContext;
let office: Session;
const userIds: string[] = [];
const usernames = ['portal.office', 'portal.liaison'];
/** Titles the portal must never show, and titles it must. */
const hidden: Record<string, string> = {};
const shown: Record<string, string> = {};

const api = (method: 'GET' | 'POST', url: string, payload?: object) => ctx.app.inject({ method, url, headers: office.headers, ...(payload ? { payload } : {}) });
async function created(method: 'POST', url: string, payload: object): Promise<string> {
  const res = await api(method, url, payload);
  expect(res.statusCode, res.body).toBe(201);
  return res.json().id;
}
async function publication(kind: string, recordId: string, steps: string[], disclosure = 'public'): Promise<string> {
  const id = await created('POST', '/api/v1/publications', { kind, recordId, disclosure });
  for (const to of steps) {
    const { version } = (await api('GET', `/api/v1/publications/${id}`)).json();
    const res = await api('POST', `/api/v1/publications/${id}/transitions`, { to, version });
    expect(res.statusCode, res.body).toBe(200);
  }
  return id;
}

beforeAll(async () => {
  ctx = await createTestContext();
  userIds.push(await createUser(ctx.database.appDb, 'portal.office', [{ role: 'office' }]));
  userIds.push(await createUser(ctx.database.appDb, 'portal.liaison', [{ role: 'liaison', memberCode: '320000' }]));
  office = await login(ctx.app, 'portal.office');

  const planId = await makePlan(ctx.deps, { titleZh: '公开的三年行动计划', titleEn: 'Published action plan', descriptionZh: '联系 someone@example.gov.cn 或 0571-87654321。' });
  shown.plan = '公开的三年行动计划';
  const taskId = await makeTask(ctx.deps, planId, { titleZh: '公开的重点任务<script>alert(1)</script>', titleEn: 'Published task' });
  shown.task = '公开的重点任务&lt;script&gt;';
  const meetingId = await created('POST', '/api/v1/meetings', {
    type: 'annual_symposium', tier: 'decision', hostMemberCode: '330000', hostCityCode: '330300', startsAt: '2024-06-05T01:00:00Z', endsAt: '2024-06-06T09:00:00Z',
    titleZh: '公开的主要领导座谈会', titleEn: 'Published symposium', status: 'published',
    participants: [
      { nameZh: '任职领导甲', titleZh: '省长', titleEn: 'Governor', memberCode: '330000', role: 'presider' },
      { nameZh: '工作人员乙', memberCode: '320000', role: 'attendee' },
    ],
    agenda: [{ titleZh: '审议三年行动计划' }],
  });
  shown.meeting = '公开的主要领导座谈会';
  shown.officeHolder = '任职领导甲';
  hidden.staff = '工作人员乙';
  const decisionId = await created('POST', `/api/v1/meetings/${meetingId}/decisions`, { titleZh: '撤回的决定', effects: [] });
  hidden.withdrawn = '撤回的决定';
  const agreementId = await created('POST', '/api/v1/agreements', { titleZh: '已审定未发布的协议', parties: [{ memberCode: '310000' }, { memberCode: '320000' }] });
  hidden.approvedOnly = '已审定未发布的协议';
  const internalPlan = await makePlan(ctx.deps, { titleZh: '内部规划不公开' });
  hidden.internal = '内部规划不公开';
  const govPlan = await makePlan(ctx.deps, { titleZh: '政府间共享的规划' });
  hidden.interGovernment = '政府间共享的规划';

  await created('POST', '/api/v1/indicators', {
    code: 'PORTAL_GDP', nameZh: '公开的城市指标', nameEn: 'Published city indicator', valueKind: 'decimal', direction: 'higher', level: 'city', frequency: 'yearly', unitZh: '亿元', unitEn: 'CNY 100m',
  });
  shown.indicator = '公开的城市指标';
  await upsertObservations({ ...ctx.deps, actor: systemActor('test') }, {
    items: [['320100', 1], ['320500', 2], ['330100', 3], ['341300', 4]].flatMap(([city, v]) => ['2023', '2024'].map((period, i) => ({ indicatorCode: 'PORTAL_GDP', scopeCode: String(city), period, value: Number(v) * 100 + i }))),
    memberScope: 'all', origin: 'api',
  });
  const indicatorId = (await api('GET', '/api/v1/indicators/PORTAL_GDP')).json().id;

  await publication('plan', planId, ['approved', 'published']);
  await publication('task', taskId, ['approved', 'published']);
  await publication('meeting', meetingId, ['approved', 'published']);
  await publication('indicator', indicatorId, ['approved', 'published']);
  await publication('decision', decisionId, ['approved', 'published', 'withdrawn']);
  await publication('agreement', agreementId, ['approved']);
  await publication('plan', internalPlan, [], 'internal');
  await publication('plan', govPlan, ['approved', 'published'], 'inter_government');

  // The registers: a service, a project and a risk published; a second risk proposed only.
  const serviceId = await created('POST', '/api/v1/services', {
    code: 'PORTAL-SVC', nameZh: '公开的跨省通办服务', nameEn: 'Published shared service', category: 'medical_insurance', legalBasisZh: '咨询 svc@example.gov.cn', bodies: [{ memberCode: '320000', bodyCode: 'drc-320000' }],
  });
  const availability = await ctx.app.inject({ method: 'PUT', url: `/api/v1/services/${serviceId}/availability/320000`, headers: office.headers, payload: { status: 'available', since: '2023-01-01', channels: ['online'], allCities: true } });
  expect(availability.statusCode, availability.body).toBe(200);
  shown.service = '公开的跨省通办服务';
  const projectId = await created('POST', '/api/v1/projects', {
    code: 'PORTAL-PJ', titleZh: '公开的重大项目', titleEn: 'Published project', type: 'infrastructure', leadMemberCode: '320000', phase: 'under_construction',
    startDate: '2020-06-01', plannedCompletion: '2026-12-31', locationCityCode: '320500', cityCodes: [], members: [{ memberCode: '320000', investment: 10 }], currency: 'CNY', unit: 'hundred_million', totalInvestment: 10,
  });
  shown.project = '公开的重大项目';
  const riskId = await created('POST', '/api/v1/risks', { code: 'PORTAL-R1', titleZh: '公开的联合风险', descriptionZh: '联系人 13912345678', area: 'energy', likelihood: 3, impact: 4, ownerMemberCodes: ['320000'] });
  shown.risk = '公开的联合风险';
  const draftRisk = await created('POST', '/api/v1/risks', { code: 'PORTAL-R2', titleZh: '未公开的风险', area: 'finance', likelihood: 2, impact: 2, ownerMemberCodes: ['330000'] });
  hidden.draftRisk = '未公开的风险';
  await publication('service', serviceId, ['approved', 'published']);
  await publication('project', projectId, ['approved', 'published']);
  await publication('risk', riskId, ['approved', 'published']);
  await publication('risk', draftRisk, []);

  // The annual results report of the year the withdrawn decision was taken: its public copy counts
  // the year's records but names none of them.
  const year = ctx.clock.now().getUTCFullYear();
  const edition = await ctx.app.inject({ method: 'PUT', url: '/api/v1/results-reports/edition', headers: office.headers, payload: { kind: 'annual', year, forewordZh: '公开的年度成果前言', forewordEn: 'Published foreword', outlookZh: '', outlookEn: '', version: 0 } });
  expect(edition.statusCode, edition.body).toBe(200);
  const published = await ctx.app.inject({ method: 'POST', url: '/api/v1/results-reports/edition/publish', headers: office.headers, payload: { kind: 'annual', year, version: 1 } });
  expect(published.statusCode, published.body).toBe(200);
  shown.results = '公开的年度成果前言';
  shown.resultsEn = 'Published foreword';
});
afterAll(() => ctx.close());

const EMAIL = /[\w.+-]+@[\w-]+\.[\w.-]+/;
const PHONE = /(?<![\d.-])(?:1[3-9]\d{9}|0\d{2,3}-?\d{7,8})(?![\d-])/;

describe('the public portal', () => {
  it('shows only what is published publicly, and nothing shaped like personal data, on every reachable page', async () => {
    const queue = ['/public', '/public/en', '/public/feed.atom', '/public/sitemap.xml', '/api/v1/calendar/published.ics'];
    const seen = new Set<string>();
    const bodies: string[] = [];
    while (queue.length) {
      const url = queue.shift()!;
      if (seen.has(url)) continue;
      seen.add(url);
      const res = await ctx.app.inject({ url });
      expect(res.statusCode, url).toBe(200);
      bodies.push(res.body);
      for (const word of Object.values(hidden)) expect(res.body, `${url} shows "${word}"`).not.toContain(word);
      for (const id of userIds) expect(res.body, url).not.toContain(id);
      for (const name of usernames) expect(res.body, url).not.toContain(name);
      expect(res.body, url).not.toMatch(EMAIL);
      expect(res.body, url).not.toMatch(PHONE);
      if (url.startsWith('/public') && !url.includes('.')) {
        expect(res.headers['content-type'], url).toMatch(/^text\/html/);
        const csp = String(res.headers['content-security-policy']);
        expect(csp, url).toContain("default-src 'none'");
        expect(csp, url).not.toMatch(/unsafe-inline|unsafe-eval|script-src/);
        expect(res.headers['x-content-type-options']).toBe('nosniff');
        expect(res.headers['cache-control']).toMatch(/^public, max-age=\d+/);
        expect(res.body).not.toMatch(/<script|\sstyle=|\son[a-z]+=/i);
      }
      const links = [...res.body.matchAll(/(?:href|<loc>)="?([^"<\s]+)/g)].map((m) => m[1]!.replaceAll('&amp;', '&').replace(/^https?:\/\/[^/]+/, ''));
      for (const link of links) if (link.startsWith('/public') && !seen.has(link)) queue.push(link);
    }
    const all = bodies.join('\n');
    for (const word of Object.values(shown)) expect(all, word).toContain(word);
    expect(all).toContain('<svg'); // the indicator's chart and city map
    expect([...seen].filter((u) => /^\/public(\/en)?\/records\//.test(u)).length).toBeGreaterThanOrEqual(14); // 7 records × 2 languages
    expect(seen).toContain('/public/en/registers');
    expect(seen).toContain('/public/en/results');
    expect([...seen].some((u) => u.includes('lang='))).toBe(false);
  });

  it('keeps English under /public/en: the older ?lang=en moves there for good, and each page names both versions', async () => {
    for (const [from, to] of [['/public?lang=en', '/public/en'], ['/public/meetings?lang=en', '/public/en/meetings'], ['/public/results?lang=en', '/public/en/results']]) {
      const res = await ctx.app.inject({ url: from! });
      expect(res.statusCode, from).toBe(301);
      expect(res.headers.location, from).toBe(to);
    }
    const en = await ctx.app.inject({ url: '/public/en/plans' });
    expect(en.body).toContain('<html lang="en">');
    expect(en.body).toContain('<link rel="alternate" hreflang="zh-CN" href="/public/plans">');
    expect(en.body).toContain('<link rel="alternate" hreflang="en" href="/public/en/plans">');
    expect(en.body).toContain('<link rel="alternate" hreflang="x-default" href="/public/plans">');
    expect(en.body).toContain('href="/public/en/meetings"');
    const map = (await ctx.app.inject({ url: '/public/sitemap.xml' })).body;
    expect(map).toContain('xmlns:xhtml="http://www.w3.org/1999/xhtml"');
    expect(map).toMatch(/<url><loc>http:\/\/[^<]+\/public\/en\/plans<\/loc><xhtml:link rel="alternate" hreflang="zh-CN" href="[^"]+\/public\/plans"\/><xhtml:link rel="alternate" hreflang="en" href="[^"]+\/public\/en\/plans"\/><\/url>/);
  });

  it('answers 304 to a matching If-None-Match and serves one stylesheet', async () => {
    const first = await ctx.app.inject({ url: '/public/en/meetings' });
    expect(first.headers.etag).toBeTruthy();
    const again = await ctx.app.inject({ url: '/public/en/meetings', headers: { 'if-none-match': String(first.headers.etag) } });
    expect(again.statusCode).toBe(304);
    expect(again.body).toBe('');
    const css = await ctx.app.inject({ url: '/public/portal.css' });
    expect(css.headers['content-type']).toMatch(/^text\/css/);
    expect(css.headers['cache-control']).toMatch(/^public/);
  });

  it('answers an unknown or unpublished record with a 404 page, not the web UI', async () => {
    const res = await ctx.app.inject({ url: '/public/en/records/00000000-0000-4000-8000-000000000000' });
    expect(res.statusCode).toBe(404);
    expect(res.body).toContain('not published');
    expect((await ctx.app.inject({ url: '/public/nowhere' })).statusCode).toBe(400);
  });
});
