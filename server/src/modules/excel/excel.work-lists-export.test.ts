/**
 * Excel export of the plan, report, user and audit lists (issue 17, item 3):
 * each export holds exactly the rows its list shows for the same filters and
 * caller, says who/when/which filters on its About sheet, is audited, and
 * neutralises text a spreadsheet would run.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, createUser, login, type Session, type TestContext } from '../../../test/helpers.ts';
import { loadWorkbook, textOf } from '../../../test/excel-fixtures.ts';
import { makePlan, makeTask, shareOf } from '../../../test/work-fixtures.ts';

let ctx: TestContext;
const s: Record<'admin' | 'office' | 'observer' | 'liaison', Session> = {} as never;
let planId: string;
let evilPlanId: string;

beforeAll(async () => {
  ctx = await createTestContext();
  const db = ctx.database.appDb;
  await createUser(db, 'x.admin', [{ role: 'admin' }]);
  await createUser(db, 'x.office', [{ role: 'office' }]);
  await createUser(db, 'x.observer', [{ role: 'observer' }]);
  await createUser(db, 'x.liaison', [{ role: 'liaison', memberCode: '320000' }]);
  for (const who of ['admin', 'office', 'observer', 'liaison'] as const) s[who] = await login(ctx.app, `x.${who}`);
  // A display name that a spreadsheet would run as a formula.
  const evil = await createUser(db, 'x.evil', [{ role: 'observer' }]);
  await ctx.database.ownerDb.updateTable('users').set({ display_name: '=HYPERLINK("http://evil.example","点我")' }).where('id', '=', evil).execute();

  planId = await makePlan(ctx.deps, { code: 'XLS-A', titleZh: '导出测试规划', titleEn: 'Export test plan', periodStart: '2026-01-01', periodEnd: '2026-12-31' });
  evilPlanId = await makePlan(ctx.deps, { code: 'XLS-B', titleZh: '+86 热线', titleEn: '@SUM(A1:A2)', kind: 'implementation', periodStart: '2025-01-01', periodEnd: '2025-12-31' });
  await makePlan(ctx.deps, { code: 'XLS-C', titleZh: '-1 负面清单', titleEn: '-1 negative list', kind: 'annual', periodStart: '2024-01-01', periodEnd: '2024-12-31' });

  // Reports: two members file on their shares (the liaison of 320000 on its own; the Office for 330000).
  const taskId = await makeTask(ctx.deps, planId, { code: '1.1', titleZh: '=1+1 任务', leadMemberCode: '320000', participantMemberCodes: ['330000'] });
  const other = await makeTask(ctx.deps, planId, { code: '1.2', leadMemberCode: '330000', participantMemberCodes: [] });
  const file = async (session: Session, shareId: string, body: string) => {
    const response = await ctx.app.inject({ method: 'POST', url: `/api/v1/shares/${shareId}/reports`, headers: session.headers, payload: { period: '2026-Q1', body, percent: 40, status: 'on_track' } });
    expect(response.statusCode, response.body).toBe(201);
  };
  await file(s.liaison, (await shareOf(ctx.deps, taskId, '320000')).id, '-已完成方案起草');
  await file(s.office, (await shareOf(ctx.deps, taskId, '330000')).id, '浙江进展');
  await file(s.office, (await shareOf(ctx.deps, other, '330000')).id, '另一任务进展');
});
afterAll(() => ctx.close());

interface Sheet { header: string[]; rows: string[][]; total: string; about: Map<string, string> }

async function exportOf(url: string, session: Session): Promise<Sheet & { headers: Record<string, unknown> }> {
  const response = await ctx.app.inject({ method: 'GET', url, headers: session.headers });
  expect(response.statusCode, response.body).toBe(200);
  expect(response.headers['content-type']).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
  const workbook = await loadWorkbook(response.rawPayload);
  const values = (workbook.worksheets[0]!.getSheetValues() as unknown[][]).slice(1).map((r) => (r ?? []).slice(1).map((v) => textOf(v as never)));
  const aboutRows = (workbook.worksheets[1]!.getSheetValues() as unknown[][]).slice(1).map((r) => (r ?? []).slice(1).map((v) => textOf(v as never)));
  const total = values.findIndex((r) => r[0]?.startsWith('共 '));
  return {
    headers: response.headers,
    header: values[0]!,
    rows: values.slice(1, total),
    total: values[total]![0]!,
    about: new Map(aboutRows.map((r) => [r[0]!, r[1]!])),
  };
}

async function listOf<T>(url: string, session: Session): Promise<T[]> {
  const items: T[] = [];
  let cursor: string | null = null;
  do {
    const separator = url.includes('?') ? '&' : '?';
    const response = await ctx.app.inject({ method: 'GET', url: cursor ? `${url}${separator}limit=2&cursor=${encodeURIComponent(cursor)}` : `${url}${separator}limit=2`, headers: session.headers });
    expect(response.statusCode, response.body).toBe(200);
    const page: { items: T[]; nextCursor: string | null } = response.json();
    items.push(...page.items);
    cursor = page.nextCursor;
  } while (cursor);
  return items;
}

const lastEvent = (action: string) =>
  ctx.deps.db.selectFrom('audit_events').selectAll().where('action', '=', action).orderBy('seq', 'desc').executeTakeFirstOrThrow();

describe('plan list export', () => {
  it('holds the rows of the list for the same filters, in its order, with an About sheet, and is audited', async () => {
    for (const query of ['q=XLS-', 'q=XLS-&kind=implementation', 'q=XLS-&year=2026', 'q=%E8%B4%9F%E9%9D%A2']) {
      const list = await listOf<{ code: string; titleZh: string }>(`/api/v1/plans?${query}`, s.liaison);
      const sheet = await exportOf(`/api/v1/plans/export.xlsx?${query}`, s.liaison);
      expect(list.length, query).toBeGreaterThan(0);
      expect(sheet.rows.map((r) => r[0]), query).toEqual(list.map((p) => p.code));
      expect(sheet.headers['x-export-rows']).toBe(String(list.length));
    }
    const sheet = await exportOf('/api/v1/plans/export.xlsx?q=XLS-A', s.observer);
    expect(sheet.header.slice(0, 3)).toEqual(['编号\nCode', '类型\nKind', '名称（中文）\nTitle (Chinese)']);
    expect(sheet.rows).toHaveLength(1);
    expect(sheet.rows[0]!.slice(0, 7)).toEqual(['XLS-A', '三年行动计划 Three-year action plan', '导出测试规划', 'Export test plan', '2026-01-01', '2026-12-31', '草案 Draft']);
    expect(sheet.rows[0]![8]).toBe('2');
    expect(sheet.total).toBe('共 1 行。Total: 1 row(s).');
    expect(sheet.about.get('导出人 Exported by')).toBe('x.observer (x.observer)');
    expect(sheet.about.get('来源 Source')).toBe('/api/v1/plans/export.xlsx');
    expect([...sheet.about.entries()].find(([k]) => k.includes('关键词'))?.[1]).toBe('XLS-A');
    const event = await lastEvent('plan.export');
    expect(event).toMatchObject({ actor_username: 'x.observer', object_type: 'plan' });
    expect(event.summary).toMatchObject({ filters: { q: 'XLS-A' }, rows: 1, truncated: false });
  });

  it('neutralises titles starting with = + - @', async () => {
    const sheet = await exportOf('/api/v1/plans/export.xlsx?q=XLS-', s.office);
    const byCode = new Map(sheet.rows.map((r) => [r[0], r]));
    expect(byCode.get('XLS-B')!.slice(2, 4)).toEqual(["'+86 热线", "'@SUM(A1:A2)"]);
    expect(byCode.get('XLS-C')!.slice(2, 4)).toEqual(["'-1 负面清单", "'-1 negative list"]);
  });

  it('takes the list filters with the same field-named 400s, and the same readers', async () => {
    const bad = await ctx.app.inject({ method: 'GET', url: '/api/v1/plans/export.xlsx?year=1800', headers: s.office.headers });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.fields[0].field).toBe('year');
    const paged = await ctx.app.inject({ method: 'GET', url: '/api/v1/plans/export.xlsx?limit=5', headers: s.office.headers });
    expect(paged.statusCode).toBe(400);
    expect((await ctx.app.inject({ method: 'GET', url: '/api/v1/plans/export.xlsx', headers: s.admin.headers })).statusCode).toBe(403);
    expect((await ctx.app.inject({ method: 'GET', url: '/api/v1/plans/export.xlsx' })).statusCode).toBe(401);
    expect(evilPlanId).toBeTruthy();
  });
});

describe('report list export', () => {
  it('holds the rows of the list for the same filters (review queue, one task, one member)', async () => {
    const taskId = (await ctx.deps.db.selectFrom('tasks').select('id').where('code', '=', '1.1').executeTakeFirstOrThrow()).id;
    for (const query of [`planId=${planId}`, `taskId=${taskId}`, 'state=submitted&memberCode=330000', 'year=2026&memberCode=320000']) {
      const list = await listOf<{ taskCode: string; period: string; excerpt: string }>(`/api/v1/reports?${query}`, s.liaison);
      const sheet = await exportOf(`/api/v1/reports/export.xlsx?${query}`, s.liaison);
      expect(list.length, query).toBeGreaterThan(0);
      expect(sheet.rows.length, query).toBe(list.length);
      expect(sheet.rows.map((r) => r[0]), query).toEqual(list.map((r) => r.taskCode));
      expect(sheet.rows.map((r) => r[15]?.replace(/^'/, '')), query).toEqual(list.map((r) => r.excerpt));
    }
    const sheet = await exportOf(`/api/v1/reports/export.xlsx?taskId=${taskId}&memberCode=320000`, s.office);
    expect(sheet.rows).toHaveLength(1);
    expect(sheet.rows[0]!.slice(0, 2)).toEqual(['1.1', "'=1+1 任务"]);
    expect(sheet.rows[0]!.slice(3, 9)).toEqual(['江苏省 Jiangsu', '2026-Q1', '待审核 Submitted', '1', '40', '正常推进 On track']);
    expect(sheet.rows[0]![15]).toBe("'-已完成方案起草");
    expect(sheet.rows[0]![10]).toBe('x.liaison');
    expect((await lastEvent('report.export')).summary).toMatchObject({ filters: { taskId, memberCode: '320000' }, rows: 1 });
  });

  it('is open to the list readers only', async () => {
    expect((await ctx.app.inject({ method: 'GET', url: '/api/v1/reports/export.xlsx', headers: s.admin.headers })).statusCode).toBe(403);
    expect((await ctx.app.inject({ method: 'GET', url: '/api/v1/reports/export.xlsx?state=done', headers: s.office.headers })).statusCode).toBe(400);
  });
});

describe('user list export', () => {
  it('is for administrators only', async () => {
    for (const who of ['office', 'observer', 'liaison'] as const) {
      expect((await ctx.app.inject({ method: 'GET', url: '/api/v1/users/export.xlsx', headers: s[who].headers })).statusCode, who).toBe(403);
    }
  });

  it('holds the rows of the list for the same filters, with roles, and neutralised names', async () => {
    for (const query of ['', 'q=x.', 'role=observer', 'memberCode=320000', 'status=disabled']) {
      const list = await listOf<{ username: string }>(`/api/v1/users${query ? `?${query}` : ''}`, s.admin);
      const sheet = await exportOf(`/api/v1/users/export.xlsx${query ? `?${query}` : ''}`, s.admin);
      expect(sheet.rows.map((r) => r[0]), query).toEqual(list.map((u) => u.username));
    }
    const sheet = await exportOf('/api/v1/users/export.xlsx?q=x.', s.admin);
    const byName = new Map(sheet.rows.map((r) => [r[0], r]));
    expect(byName.get('x.evil')![1]).toBe(`'=HYPERLINK("http://evil.example","点我")`);
    expect(byName.get('x.liaison')![5]).toBe('liaison:320000');
    expect(byName.get('x.admin')![4]).toBe('启用 Active');
    expect(sheet.header.join('|')).not.toMatch(/password hash|密码哈希/i);
    expect((await lastEvent('user.export')).summary).toMatchObject({ filters: { q: 'x.' }, rows: sheet.rows.length });
  });
});

describe('audit list export', () => {
  it('is for the audit readers only', async () => {
    expect((await ctx.app.inject({ method: 'GET', url: '/api/v1/audit-events/export.xlsx', headers: s.liaison.headers })).statusCode).toBe(403);
  });

  it('holds the rows of the list for the same filters, as the caller sees them', async () => {
    for (const query of ['action=plan.', 'action=report.export', 'outcome=success&objectType=plan']) {
      for (const who of ['admin', 'office'] as const) {
        const list = await listOf<{ seq: string; action: string; summary: unknown }>(`/api/v1/audit-events?${query}`, s[who]);
        const sheet = await exportOf(`/api/v1/audit-events/export.xlsx?${query}`, s[who]);
        expect(list.length, `${who} ${query}`).toBeGreaterThan(0);
        expect(sheet.rows.map((r) => r[0]), `${who} ${query}`).toEqual(list.map((e) => e.seq));
        expect(sheet.rows.map((r) => r[5])).toEqual(list.map((e) => e.action));
        expect(sheet.rows.map((r) => r[11])).toEqual(list.map((e) => JSON.stringify(e.summary)));
      }
    }
    const sheet = await exportOf('/api/v1/audit-events/export.xlsx?action=plan.export', s.observer);
    expect(sheet.about.get('导出人 Exported by')).toBe('x.observer (x.observer)');
    const event = await lastEvent('audit.export');
    expect(event).toMatchObject({ actor_username: 'x.observer', object_type: 'audit_event' });
    expect(event.summary).toMatchObject({ filters: { action: 'plan.export' }, rows: sheet.rows.length });
  });
});
