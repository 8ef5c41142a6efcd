/**
 * The list exports of issue 17 item 3 (part A): meetings, decisions,
 * agreements, matters and the registers (projects, services, risks). Each
 * export holds exactly the rows its list shows for the same filters, in the
 * same order, for whoever asks; text that a spreadsheet would evaluate comes
 * out neutralised; every export leaves an audit event naming its filters.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, createUser, login, type Session, type TestContext } from '../../../test/helpers.ts';
import { loadWorkbook, textOf } from '../../../test/excel-fixtures.ts';
import { XLSX_CONTENT_TYPE } from './excel.models.ts';

let ctx: TestContext;
let office: Session;
let liaison: Session;
let observer: Session;

const api = (method: 'GET' | 'POST' | 'PUT', url: string, payload?: object, session = office) =>
  ctx.app.inject({ method, url, headers: session.headers, ...(payload ? { payload } : {}) });

async function created(url: string, payload: object, session = office): Promise<string> {
  const response = await api('POST', url, payload, session);
  expect(response.statusCode, response.body).toBe(201);
  return response.json().id as string;
}

beforeAll(async () => {
  ctx = await createTestContext();
  const db = ctx.database.appDb;
  await createUser(db, 'lx.office', [{ role: 'office' }]);
  await createUser(db, 'lx.zj', [{ role: 'liaison', memberCode: '330000' }]);
  await createUser(db, 'lx.observer', [{ role: 'observer' }]);
  office = await login(ctx.app, 'lx.office');
  liaison = await login(ctx.app, 'lx.zj');
  observer = await login(ctx.app, 'lx.observer');

  const meeting = (titleZh: string, startsAt: string, extra: object = {}) =>
    created('/api/v1/meetings', { type: 'joint_meeting', tier: 'coordination', hostMemberCode: '330000', startsAt, endsAt: startsAt, titleZh, ...extra });
  const m1 = await meeting('=HYPERLINK("http://evil")', '2025-03-01T01:00:00Z');
  await meeting('秘书长座谈会', '2025-06-01T01:00:00Z', { type: 'sg_symposium' });
  await meeting('工作组会议', '2025-07-01T01:00:00Z', { type: 'working_group', tier: 'execution' });
  await meeting('联席会议', '2026-01-10T01:00:00Z');
  await created(`/api/v1/meetings/${m1}/decisions`, { titleZh: '+SUM(1,2)', effects: [] });
  await created(`/api/v1/meetings/${m1}/decisions`, { titleZh: '普通决定', effects: [] });

  await created('/api/v1/agreements', { titleZh: '@协议', parties: [{ memberCode: '330000' }, { memberCode: '320000' }] });
  await created('/api/v1/agreements', { titleZh: '生态合作协议', parties: [{ memberCode: '310000' }, { memberCode: '340000' }] });

  await created('/api/v1/matters', { titleZh: '-1+1 断头路', raisedByMemberCode: '330000', affectedMemberCodes: ['320000'] }, liaison);
  await created('/api/v1/matters', { titleZh: '浙江第二事项', raisedByMemberCode: '330000', affectedMemberCodes: [] }, liaison);
  await created('/api/v1/matters', { titleZh: '安徽事项', raisedByMemberCode: '340000', affectedMemberCodes: ['310000'] });

  const project = (code: string, titleZh: string, type = 'infrastructure', lead = '320000') => created('/api/v1/projects', {
    code, titleZh, type, leadMemberCode: lead, phase: 'under_construction', startDate: '2020-06-01', plannedCompletion: '2026-12-31',
    members: [{ memberCode: lead, investment: 200 }], currency: 'CNY', unit: 'hundred_million', totalInvestment: 200,
  });
  await project('PJ-1', '=1+1 铁路');
  await project('PJ-2', '合作园区', 'cooperation_park');
  await project('PJ-3', '浙江项目', 'infrastructure', '330000');

  await created('/api/v1/services', { code: 'SVC-1', nameZh: '=cmd|/c calc', category: 'medical_insurance' });
  await created('/api/v1/services', { code: 'SVC-2', nameZh: '就业服务', category: 'employment' });

  const risk = { area: 'energy', likelihood: 3, impact: 4, ownerMemberCodes: ['320000'] };
  await created('/api/v1/risks', { ...risk, code: 'RISK-1', titleZh: '=2*3' });
  await created('/api/v1/risks', { ...risk, code: 'RISK-2', titleZh: '金融风险', area: 'finance' });
  await created('/api/v1/risks', { ...risk, code: 'RISK-3', titleZh: '电力供应紧张' });
});
afterAll(() => ctx.close());

/** Every page of a list (one item per page, so the paging is exercised), as JSON items. */
async function listAll(url: string, session: Session, paged = true) {
  const items: Record<string, unknown>[] = [];
  let cursor: string | null = null;
  const sep = url.includes('?') ? '&' : '?';
  do {
    const response = await api('GET', paged ? `${url}${sep}limit=1${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}` : url, undefined, session);
    expect(response.statusCode, response.body).toBe(200);
    const page = response.json() as { items: Record<string, unknown>[]; nextCursor?: string | null };
    items.push(...page.items);
    cursor = paged ? (page.nextCursor ?? null) : null;
  } while (cursor);
  return items;
}

async function exportOf(url: string, session: Session) {
  const response = await api('GET', url, undefined, session);
  expect(response.statusCode, response.body).toBe(200);
  expect(response.headers['content-type']).toBe(XLSX_CONTENT_TYPE);
  expect(response.headers['content-disposition']).toMatch(/^attachment; filename="[a-z-]+-\d{4}-\d{2}-\d{2}\.xlsx"; filename\*=UTF-8''/);
  const workbook = await loadWorkbook(response.rawPayload);
  const values = (i: number) => (workbook.worksheets[i]!.getSheetValues() as unknown[][]).slice(1).map((r) => (r ?? []).slice(1).map((v) => textOf(v as never)));
  const sheet = values(0);
  // Header, the rows, then the closing count row.
  const rows = sheet.slice(1, -1);
  expect(sheet.at(-1)![0]).toBe(`共 ${rows.length} 行。Total: ${rows.length} row(s).`);
  const about = new Map(values(1).map((r) => [r[0]!, r[1]!]));
  return { response, header: sheet[0]!, rows, about };
}

interface Case {
  name: string;
  list: string;
  exp: string;
  paged: boolean;
  /** What identifies a row in the list item and in the export row. */
  key: (item: Record<string, unknown>) => unknown;
  column: number;
  /** The record whose title starts with a formula character: its column and the cell as written. */
  dangerous: string;
  dangerColumn?: number;
  action: string;
  /** A record the filters leave out (it exists, the export must not hold it). */
  excluded?: string;
}

const cases: Case[] = [
  { name: 'meetings', list: '/api/v1/meetings?order=desc&tier=coordination', exp: '/api/v1/meetings/export.xlsx?order=desc&tier=coordination', paged: true, key: (i) => i.titleZh, column: 3, dangerous: '\'=HYPERLINK("http://evil")', action: 'meeting.export', excluded: '工作组会议' },
  { name: 'decisions', list: '/api/v1/decisions', exp: '/api/v1/decisions/export.xlsx', paged: true, key: (i) => i.titleZh, column: 2, dangerous: "'+SUM(1,2)", action: 'decision.export' },
  { name: 'agreements', list: '/api/v1/agreements?status=draft', exp: '/api/v1/agreements/export.xlsx?status=draft', paged: true, key: (i) => i.titleZh, column: 0, dangerous: "'@协议", action: 'agreement.export' },
  { name: 'matters', list: '/api/v1/matters?status=open&memberCode=330000', exp: '/api/v1/matters/export.xlsx?status=open&memberCode=330000', paged: true, key: (i) => i.titleZh, column: 1, dangerous: "'-1+1 断头路", action: 'matter.export', excluded: '安徽事项' },
  { name: 'projects', list: '/api/v1/projects?memberCode=320000', exp: '/api/v1/projects/export.xlsx?memberCode=320000', paged: true, key: (i) => i.code, column: 0, dangerous: "'=1+1 铁路", dangerColumn: 1, action: 'project.export', excluded: 'PJ-3' },
  { name: 'services', list: '/api/v1/services', exp: '/api/v1/services/export.xlsx', paged: false, key: (i) => i.code, column: 0, dangerous: "'=cmd|/c calc", dangerColumn: 1, action: 'service.export' },
  { name: 'risks', list: '/api/v1/risks?area=energy', exp: '/api/v1/risks/export.xlsx?area=energy', paged: true, key: (i) => i.code, column: 0, dangerous: "'=2*3", dangerColumn: 1, action: 'risk.export', excluded: 'RISK-2' },
];

describe.each(cases)('export of $name', (c) => {
  it('holds exactly the rows of the list for the same filters, in its order, with text neutralised and an About sheet', async () => {
    const listed = await listAll(c.list, office, c.paged);
    expect(listed.length).toBeGreaterThan(0);
    const { rows, header, about, response } = await exportOf(c.exp, office);
    expect(response.headers['x-export-rows']).toBe(String(listed.length));
    expect(response.headers['x-export-truncated']).toBe('false');
    expect(header.every((h) => /\n/.test(h))).toBe(true);
    // The danger is stored neutralised, everything else as the list shows it.
    const expected = listed.map((i) => String(c.key(i))).map((k) => (`'${k}` === c.dangerous ? c.dangerous : k));
    expect(rows.map((r) => r[c.column])).toEqual(expected);
    expect(rows.map((r) => r[c.dangerColumn ?? c.column])).toContain(c.dangerous);
    expect(rows.length).toBeGreaterThan(1);
    if (c.excluded) {
      expect(rows.map((r) => r[c.column])).not.toContain(c.excluded);
      const unfiltered = await listAll(c.list.split('?')[0]!, office, c.paged);
      expect(unfiltered.map((i) => c.key(i))).toContain(c.excluded);
    }
    expect(about.get('来源 Source')).toBe(c.exp.split('?')[0]);
    expect(about.get('导出人 Exported by')).toMatch(/\(lx\.office\)$/);
    expect(about.get('行数 Rows')).toBe(String(listed.length));
    for (const [key, value] of new URLSearchParams(c.exp.split('?')[1] ?? '')) expect([...about.entries()].some(([k, v]) => k.startsWith('筛选 Filter') && k.includes(key === 'memberCode' ? 'Member' : '') && v === value)).toBe(true);

    const event = await ctx.database.appDb.selectFrom('audit_events').selectAll().where('action', '=', c.action).orderBy('seq', 'desc').executeTakeFirstOrThrow();
    expect(event.actor_username).toBe('lx.office');
    expect(event.summary).toMatchObject({ filters: Object.fromEntries(new URLSearchParams(c.exp.split('?')[1] ?? '')), rows: listed.length, truncated: false });
  });

  it('gives a member liaison and an observer what their list shows them', async () => {
    for (const session of [liaison, observer]) {
      const listed = await listAll(c.list, session, c.paged);
      const { rows } = await exportOf(c.exp, session);
      expect(rows.map((r) => r[c.column]?.replace(/^'/, ''))).toEqual(listed.map((i) => String(c.key(i))));
    }
  });
});

describe('list export filters', () => {
  it('a filter that matches nothing gives the header, a zero count and the filter in the About sheet', async () => {
    const { rows, about } = await exportOf('/api/v1/matters/export.xlsx?memberCode=310000&status=withdrawn', office);
    expect(rows).toEqual([]);
    expect(about.get('筛选 Filter: 成员 Member')).toBe('310000');
    expect(about.get('筛选 Filter: 状态 Status')).toBe('withdrawn');
  });

  it('refuses an unknown filter value as the list does', async () => {
    expect((await api('GET', '/api/v1/meetings/export.xlsx?tier=nope')).statusCode).toBe(400);
    expect((await api('GET', '/api/v1/meetings?tier=nope')).statusCode).toBe(400);
  });
});
