import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, createUser, login, type Session, type TestContext } from '../../../test/helpers.ts';
import { areaId, makePlan, makeTask } from '../../../test/work-fixtures.ts';
import { loadWorkbook, textOf, xlsxHeaders } from '../../../test/excel-fixtures.ts';
import { systemActor } from '../../shared/principal.ts';
import { exportTasks } from './excel.usecases.ts';
import { XLSX_CONTENT_TYPE } from './excel.models.ts';

let ctx: TestContext;
let office: Session;
let observer: Session;
let planId: string;
let otherPlanId: string;

beforeAll(async () => {
  ctx = await createTestContext();
  await createUser(ctx.database.appDb, 'office.exp', [{ role: 'office' }]);
  await createUser(ctx.database.appDb, 'observer.exp', [{ role: 'observer' }]);
  office = await login(ctx.app, 'office.exp');
  observer = await login(ctx.app, 'observer.exp');
  planId = await makePlan(ctx.deps, { code: 'EXP-PLAN' });
  otherPlanId = await makePlan(ctx.deps, { code: 'EXP-OTHER' });
  const area = await areaId(ctx.deps, '4');
  await makeTask(ctx.deps, planId, { code: '4.1', titleZh: '太湖治理', titleEn: 'Taihu Lake', focusAreaId: area, leadMemberCode: '320000', participantMemberCodes: ['330000', '310000'], bodyCodes: ['wg-ecology', 'rco'], startDate: '2024-07-01', dueDate: '2026-06-30', priority: 'high', tags: ['生态'] });
  await makeTask(ctx.deps, planId, { code: '4.2', titleZh: '长江禁渔', leadMemberCode: '340000', participantMemberCodes: ['330000'] });
  await makeTask(ctx.deps, planId, { code: '5.1', titleZh: '金融风险防控', leadMemberCode: '310000', participantMemberCodes: [] });
  await makeTask(ctx.deps, otherPlanId, { code: '4.9', titleZh: '另一规划的任务', leadMemberCode: '330000', participantMemberCodes: [] });
});
afterAll(() => ctx.close());

async function exportRows(query: string, session = office) {
  const response = await ctx.app.inject({ method: 'GET', url: `/api/v1/excel/tasks-export?${query}`, headers: session.headers });
  expect(response.statusCode, response.body).toBe(200);
  const workbook = await loadWorkbook(response.rawPayload);
  const sheet = workbook.worksheets[0]!;
  const rows = (sheet.getSheetValues() as unknown[][]).slice(1).map((r) => (r ?? []).slice(1).map((v) => textOf(v as never)));
  return { response, rows, buffer: response.rawPayload };
}

describe('export of a filtered task list', () => {
  it('holds exactly the filtered tasks, with a note saying when, by whom, which filters and from where', async () => {
    const { response, rows } = await exportRows(`planId=${planId}&memberCode=330000`);
    expect(response.headers['content-type']).toBe(XLSX_CONTENT_TYPE);
    expect(response.headers['content-disposition']).toBe(`attachment; filename="tasks-2026-03-02.xlsx"; filename*=UTF-8''${encodeURIComponent('任务清单-2026-03-02.xlsx')}`);
    expect(response.headers['x-export-rows']).toBe('2');
    expect(response.headers['cache-control']).toBe('no-store');

    expect(rows[0]![0]).toContain('任务清单导出');
    expect(rows[1]![0]).toBe('生成时间 Generated at：2026-03-02T09:00:00.000+08:00；导出人 By：office.exp');
    expect(rows[2]![0]).toContain('规划 plan = EXP-PLAN');
    expect(rows[2]![0]).toContain('成员方 member = 330000 浙江省 (any)');
    expect(rows[3]![0]).toContain(`来源 Source：GET /api/v1/tasks?planId=${planId}&memberCode=330000`);
    expect(rows[4]![0]).toBe('规划编号\nPlan');
    expect(rows[4]![1]).toBe('任务编号\nCode');

    const data = rows.slice(5, -1);
    expect(data.map((r) => r[1])).toEqual(['4.1', '4.2']);
    expect(data[0]!.slice(0, 13)).toEqual([
      'EXP-PLAN', '4.1', '太湖治理', 'Taihu Lake', '4 生态环境共保联治', '320000 江苏省', '310000 上海市、330000 浙江省', 'rco、wg-ecology',
      '2024-07-01', '2026-06-30', 'high 高', '生态', '未启动 Not started',
    ]);
    expect(rows.at(-1)![0]).toBe('共 2 项任务。Total: 2 task(s).');
  });

  it('takes the same filters as the task list (statuses, text), and every page of it', async () => {
    const { rows } = await exportRows(`planId=${planId}&status=not_started&status=completed&q=${encodeURIComponent('禁渔')}`);
    expect(rows.slice(5, -1).map((r) => r[1])).toEqual(['4.2']);
    const all = await exportRows('sort=due');
    expect(all.rows.slice(5, -1)).toHaveLength(4);
    expect(all.rows[2]![0]).toBe('筛选条件 Filters：排序 sort = due');
  });

  it('is open to every work reader and audited', async () => {
    await exportRows(`planId=${planId}`, observer);
    const event = await ctx.deps.db.selectFrom('audit_events').selectAll().where('action', '=', 'excel.export').orderBy('seq', 'desc').executeTakeFirstOrThrow();
    expect(event).toMatchObject({ actor_username: 'observer.exp', object_type: 'task' });
    expect(event.summary).toMatchObject({ rows: 3, truncated: false, filters: { planId } });
    const anonymous = await ctx.app.inject({ method: 'GET', url: '/api/v1/excel/tasks-export' });
    expect(anonymous.statusCode).toBe(401);
  });

  it('neutralises text a spreadsheet would run, and has the About sheet of every list export', async () => {
    const evilPlan = await makePlan(ctx.deps, { code: 'EXP-EVIL' });
    await makeTask(ctx.deps, evilPlan, { code: '7.1', titleZh: '=HYPERLINK("http://evil.example")', titleEn: '@SUM(1)', leadMemberCode: '310000', participantMemberCodes: [], tags: ['+1', '-x'] });
    const { rows, buffer } = await exportRows(`planId=${evilPlan}&q=${encodeURIComponent('+x')}`);
    expect(rows[2]![0]).toContain('+x');
    const all = await exportRows(`planId=${evilPlan}`);
    const data = all.rows.slice(5, -1);
    expect(data[0]!.slice(2, 4)).toEqual(['\'=HYPERLINK("http://evil.example")', "'@SUM(1)"]);
    expect(data[0]![11]).toBe("'+1、-x");
    const about = (await loadWorkbook(buffer)).worksheets[1]!;
    expect(about.name).toBe('导出说明 About');
    const lines = new Map((about.getSheetValues() as unknown[][]).slice(1).map((r) => [textOf((r ?? [])[1] as never), textOf((r ?? [])[2] as never)]));
    expect(lines.get('导出人 Exported by')).toBe('office.exp (office.exp)');
    expect(lines.get('来源 Source')).toBe('/api/v1/excel/tasks-export');
    expect(lines.get('行数 Rows')).toBe('0');
    expect(lines.get('筛选 Filter: q')).toBe("'+x");
  });

  it('says so, in the file, when the cap cuts the list', async () => {
    const result = await exportTasks({ ...ctx.deps, actor: systemActor('test') }, { planId }, 2);
    expect(result).toMatchObject({ count: 2, truncated: true });
    const sheet = (await loadWorkbook(result.buffer)).worksheets[0]!;
    const last = textOf(sheet.getRow(sheet.rowCount).getCell(1).value);
    expect(last).toContain('已达导出上限 2 行');
  });

  it('an export can be imported again (into another plan) as it is', async () => {
    const { buffer } = await exportRows(`planId=${planId}`);
    const target = await makePlan(ctx.deps, { code: 'EXP-COPY' });
    const response = await ctx.app.inject({ method: 'POST', url: `/api/v1/excel/tasks-import?planId=${target}&dryRun=true`, headers: xlsxHeaders(office.headers), payload: buffer });
    expect(response.statusCode, response.body).toBe(200);
    expect(response.json()).toMatchObject({ totalRows: 3, validRows: 3, errors: [] });
    // The export's read-only columns are left out, and the answer says so column by column.
    expect(response.json().warnings.map((w: { column: { letter: string }; rule: string }) => `${w.column.letter}:${w.rule}`)).toEqual(
      ['A', 'M', 'N', 'O', 'P', 'Q'].map((letter) => `${letter}:excel.export_only_column`),
    );
  });
});
