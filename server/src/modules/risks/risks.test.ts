import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, createUser, login, walkPages, type Session, type TestContext } from '../../../test/helpers.ts';
import { makePlan, makeTask } from '../../../test/work-fixtures.ts';
import { systemActor } from '../../shared/principal.ts';
import { createAgreement } from '../agreements/agreements.usecases.ts';

let ctx: TestContext;
const s: Record<'office' | 'js' | 'jsEditor' | 'zj' | 'observer', Session> = {} as never;
let taskId: string;
let clauseId: string;

beforeAll(async () => {
  ctx = await createTestContext(); // clock: 2026-03-02
  const db = ctx.database.appDb;
  await createUser(db, 'rk.office', [{ role: 'office' }]);
  await createUser(db, 'rk.js', [{ role: 'liaison', memberCode: '320000' }]);
  await createUser(db, 'rk.jsed', [{ role: 'editor', memberCode: '320000', bodyCode: undefined }]);
  await createUser(db, 'rk.zj', [{ role: 'liaison', memberCode: '330000' }]);
  await createUser(db, 'rk.observer', [{ role: 'observer' }]);
  s.office = await login(ctx.app, 'rk.office');
  s.js = await login(ctx.app, 'rk.js');
  s.jsEditor = await login(ctx.app, 'rk.jsed');
  s.zj = await login(ctx.app, 'rk.zj');
  s.observer = await login(ctx.app, 'rk.observer');
  taskId = await makeTask(ctx.deps, await makePlan(ctx.deps), { leadMemberCode: '320000' });
  const agreementId = await createAgreement({ ...ctx.deps, actor: systemActor('test') }, {
    titleZh: '能源保供合作协议', parties: [{ memberCode: '320000' }, { memberCode: '330000' }], clauses: [{ textZh: '互济电力' }],
  });
  clauseId = (await ctx.database.appDb.selectFrom('agreement_clauses').select('id').where('agreement_id', '=', agreementId).executeTakeFirstOrThrow()).id;
});
afterAll(() => ctx.close());

type Method = 'GET' | 'POST' | 'PATCH';
const api = (who: Session, method: Method, url: string, payload?: object) => ctx.app.inject({ method, url, headers: who.headers, ...(payload ? { payload } : {}) });
const base = { titleZh: '电力供应紧张', area: 'energy', likelihood: 3, impact: 4, ownerMemberCodes: ['320000'] };

describe('the risk register', () => {
  it('registers a risk with joint measures that must exist, and keeps its first assessment', async () => {
    const badTask = await api(s.office, 'POST', '/api/v1/risks', { ...base, code: 'RISK-E-00', measures: [{ taskId: '00000000-0000-4000-8000-000000000000' }] });
    expect(badTask.statusCode).toBe(400);
    expect(badTask.json().error.fields[0]).toMatchObject({ field: 'measures[0].taskId', rule: 'risks.unknown_task' });
    const badClause = await ctx.app.inject({
      method: 'POST', url: '/api/v1/risks', headers: { ...s.js.headers, 'accept-language': 'en' },
      payload: { ...base, code: 'RISK-E-00', measures: [{ taskId }, { clauseId: '00000000-0000-4000-8000-000000000000' }] },
    });
    expect(badClause.statusCode).toBe(400);
    expect(badClause.json().error).toMatchObject({ code: 'risks.unknown_clause', fields: [{ field: 'measures[1].clauseId', rule: 'risks.unknown_clause' }] });
    expect(badClause.json().error.message).toContain('measures[1].clauseId');
    const both = await api(s.office, 'POST', '/api/v1/risks', { ...base, code: 'RISK-E-00', measures: [{ taskId, clauseId }] });
    expect(both.json().error.code).toBe('risks.bad_measure');
    const created = await api(s.office, 'POST', '/api/v1/risks', { ...base, code: 'RISK-E-01', titleEn: 'Tight power supply', reviewDate: '2026-06-30', measures: [{ taskId }, { clauseId, textZh: '迎峰度夏互济' }] });
    expect(created.statusCode, created.body).toBe(201);
    const detail = (await api(s.observer, 'GET', `/api/v1/risks/${created.json().id}`)).json();
    expect(detail).toMatchObject({ code: 'RISK-E-01', score: 12, status: 'open', version: 1, canEdit: false, reviewDate: '2026-06-30' });
    expect(detail.measures[0].task.id).toBe(taskId);
    expect(detail.measures[1].clause).toMatchObject({ id: clauseId, textZh: '互济电力', agreementTitleZh: '能源保供合作协议' });
    expect(detail.assessments).toMatchObject([{ revision: 1, likelihood: 3, impact: 4, status: 'open', assessedBy: 'rk.office' }]);
    expect((await api(s.office, 'POST', '/api/v1/risks', { ...base, code: 'RISK-E-01' })).statusCode).toBe(409);
  });

  it('appends an assessment (who, when, why) on every change of likelihood, impact or status; checks the version', async () => {
    const id = (await api(s.office, 'POST', '/api/v1/risks', { ...base, code: 'RISK-E-02' })).json().id;
    const noReason = await api(s.office, 'PATCH', `/api/v1/risks/${id}`, { likelihood: 5, version: 1 });
    expect(noReason.json().error.fields[0]).toMatchObject({ field: 'reason', rule: 'risks.reason_required' });
    const raised = await api(s.office, 'PATCH', `/api/v1/risks/${id}`, { likelihood: 5, reason: '迎峰度夏负荷创新高', version: 1 });
    expect(raised.statusCode, raised.body).toBe(200);
    expect(raised.json()).toMatchObject({ likelihood: 5, score: 20, version: 2 });
    const stale = await api(s.office, 'PATCH', `/api/v1/risks/${id}`, { status: 'mitigated', reason: '新机组投运', version: 1 });
    expect(stale.statusCode).toBe(409);
    const retitled = await api(s.office, 'PATCH', `/api/v1/risks/${id}`, { titleEn: 'Power', version: 2 }); // no reassessment
    expect(retitled.json().assessments).toHaveLength(2);
    const mitigated = (await api(s.office, 'PATCH', `/api/v1/risks/${id}`, { status: 'mitigated', reason: '新机组投运', version: 3 })).json();
    expect(mitigated.assessments.map((a: { revision: number; status: string; reason: string }) => [a.revision, a.status, a.reason]))
      .toEqual([[3, 'mitigated', '新机组投运'], [2, 'open', '迎峰度夏负荷创新高'], [1, 'open', '']]);
    const actions = await ctx.database.ownerDb.selectFrom('audit_events').select('action').where('object_id', '=', id).orderBy('seq').execute();
    expect(actions.map((a) => a.action)).toEqual(['risk.create', 'risk.update', 'risk.update', 'risk.update']);
  });

  it("owner members' liaisons and editors keep their risks; other members' users do not", async () => {
    const other = await api(s.zj, 'POST', '/api/v1/risks', { ...base, code: 'RISK-E-03' }); // Jiangsu's risk, by Zhejiang
    expect(other.statusCode).toBe(403);
    const own = await api(s.js, 'POST', '/api/v1/risks', { ...base, code: 'RISK-E-03' });
    expect(own.statusCode, own.body).toBe(201);
    const id = own.json().id;
    expect((await api(s.jsEditor, 'GET', `/api/v1/risks/${id}`)).json().canEdit).toBe(true);
    expect((await api(s.zj, 'GET', `/api/v1/risks/${id}`)).json().canEdit).toBe(false);
    expect((await api(s.jsEditor, 'PATCH', `/api/v1/risks/${id}`, { impact: 5, reason: '影响面扩大', version: 1 })).statusCode).toBe(200);
    expect((await api(s.zj, 'PATCH', `/api/v1/risks/${id}`, { impact: 2, reason: 'x', version: 2 })).statusCode).toBe(403);
    expect((await api(s.zj, 'POST', `/api/v1/risks/${id}/triggers`, { indicatorCode: 'X_Y', comparison: '<', threshold: 1, periods: 1 })).statusCode).toBe(403);
    // A member's user cannot hand the risk away from their own member.
    expect((await api(s.js, 'PATCH', `/api/v1/risks/${id}`, { ownerMemberCodes: ['330000'], version: 2 })).statusCode).toBe(403);
    expect((await api(s.js, 'PATCH', `/api/v1/risks/${id}`, { ownerMemberCodes: ['320000', '330000'], version: 2 })).statusCode).toBe(200);
    expect((await api(s.zj, 'PATCH', `/api/v1/risks/${id}`, { impact: 2, reason: '浙江复核', version: 3 })).statusCode).toBe(200);
    expect((await api(s.observer, 'PATCH', `/api/v1/risks/${id}`, { impact: 2, version: 4 })).statusCode).toBe(403);
  });

  it('lists, filters and pages the register; the heat map counts every cell; the export has every row', async () => {
    await api(s.office, 'POST', '/api/v1/risks', { ...base, code: 'RISK-F-01', area: 'finance', likelihood: 1, impact: 1, ownerMemberCodes: ['310000'] });
    const all = (await api(s.office, 'GET', '/api/v1/risks?limit=500')).json().items;
    const walked = await walkPages(ctx.app, s.office, '/api/v1/risks?limit=1');
    expect(walked.ids).toEqual(all.map((r: { id: string }) => r.id));
    expect(all.map((r: { code: string }) => r.code)).toEqual([...all.map((r: { code: string }) => r.code)].sort());
    expect((await api(s.office, 'GET', '/api/v1/risks?area=finance')).json().items.map((r: { code: string }) => r.code)).toEqual(['RISK-F-01']);
    expect((await api(s.office, 'GET', '/api/v1/risks?member=310000')).json().items).toHaveLength(1);
    expect((await api(s.office, 'GET', '/api/v1/risks?q=F-01')).json().items).toHaveLength(1);
    const heat = (await api(s.office, 'GET', '/api/v1/risks/heatmap')).json();
    expect(heat.cells).toHaveLength(25);
    expect(heat.total).toBe(all.length);
    expect(heat.cells.find((c: { likelihood: number; impact: number }) => c.likelihood === 1 && c.impact === 1).count).toBe(1);
    const file = await api(s.observer, 'GET', '/api/v1/risks/export.xlsx');
    expect(file.statusCode).toBe(200);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(file.rawPayload as unknown as ArrayBuffer);
    const text = JSON.stringify(book.worksheets[0]!.getSheetValues());
    for (const r of all) expect(text).toContain(r.code);
  });

  it('checks a trigger’s indicator and scope', async () => {
    const id = (await api(s.office, 'GET', '/api/v1/risks?limit=1')).json().items[0].id;
    const unknown = await api(s.office, 'POST', `/api/v1/risks/${id}/triggers`, { indicatorCode: 'NO_SUCH', comparison: '<', threshold: 1, periods: 2 });
    expect(unknown.json().error.fields[0]).toMatchObject({ field: 'indicatorCode', rule: 'risks.unknown_indicator' });
  });
});
