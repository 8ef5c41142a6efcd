import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, createUser, login, type Session, type TestContext } from '../../../test/helpers.ts';
import { makeTask } from '../../../test/work-fixtures.ts';

let ctx: TestContext;
let office: Session;
beforeAll(async () => {
  ctx = await createTestContext();
  await createUser(ctx.database.appDb, 'office.plan', [{ role: 'office' }]);
  await createUser(ctx.database.appDb, 'liaison.plan', [{ role: 'liaison', memberCode: '320000' }]);
  office = await login(ctx.app, 'office.plan');
});
afterAll(() => ctx.close());

const api = (method: 'GET' | 'POST' | 'PATCH', url: string, payload?: object, session = office) =>
  ctx.app.inject({ method, url, headers: session.headers, ...(payload ? { payload } : {}) });

async function newPlan(code: string, extra: object = {}) {
  const response = await api('POST', '/api/v1/plans', {
    kind: 'three_year', code, titleZh: '长三角地区一体化发展三年行动计划（2024—2026年）', titleEn: 'Three-Year Action Plan for the Integrated Development of the YRD (2024-2026)',
    periodStart: '2024-01-01', periodEnd: '2026-12-31', reportingCadence: 'quarterly', ...extra,
  });
  expect(response.statusCode, response.body).toBe(201);
  return response.json().id as string;
}

const planOf = async (id: string) => (await api('GET', `/api/v1/plans/${id}`)).json();

describe('plan lifecycle', () => {
  it('walks draft → adopted in principle → adopted → in force → closed, recording who, when and why', async () => {
    const id = await newPlan('TYAP-LIFE');
    for (const [to, note] of [['adopted_in_principle', '2024年主要领导座谈会原则审议通过'], ['adopted', ''], ['in_force', ''], ['closed', '期满']] as const) {
      const plan = await planOf(id);
      const response = await api('POST', `/api/v1/plans/${id}/transitions`, { to, version: plan.version, note });
      expect(response.statusCode, response.body).toBe(200);
    }
    const plan = await planOf(id);
    expect(plan.status).toBe('closed');
    expect(plan.transitions.map((t: { toStatus: string }) => t.toStatus)).toEqual(['adopted_in_principle', 'adopted', 'in_force', 'closed']);
    expect(plan.transitions[0]).toMatchObject({ fromStatus: 'draft', actorUsername: 'office.plan', note: '2024年主要领导座谈会原则审议通过' });
    expect(plan.allowedTransitions).toEqual([]);
  });

  it('refuses an illegal step with 409 naming the allowed ones', async () => {
    const id = await newPlan('TYAP-ILLEGAL');
    const plan = await planOf(id);
    const response = await api('POST', `/api/v1/plans/${id}/transitions`, { to: 'in_force', version: plan.version });
    expect(response.statusCode).toBe(409);
    expect(response.json().error.code).toBe('plans.illegal_transition');
    expect(response.json().error.details.allowed).toEqual(['adopted_in_principle', 'adopted']);
  });

  it('refuses a stale version', async () => {
    const id = await newPlan('TYAP-STALE');
    const plan = await planOf(id);
    expect((await api('PATCH', `/api/v1/plans/${id}`, { version: plan.version, titleEn: 'First' })).statusCode).toBe(200);
    const stale = await api('PATCH', `/api/v1/plans/${id}`, { version: plan.version, titleEn: 'Second' });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().error.details.currentVersion).toBe(plan.version + 1);
  });

  it('rejects an end before the start and a taken code', async () => {
    const backwards = await api('POST', '/api/v1/plans', { kind: 'annual', code: 'X-1', titleZh: 'x', titleEn: 'x', periodStart: '2025-12-31', periodEnd: '2025-01-01' });
    expect(backwards.statusCode).toBe(400);
    expect(backwards.json().error.fields[0].field).toBe('periodEnd');
    await newPlan('TAKEN');
    expect((await api('POST', '/api/v1/plans', { kind: 'annual', code: 'TAKEN', titleZh: 'x', titleEn: 'x', periodStart: '2025-01-01', periodEnd: '2025-12-31' })).statusCode).toBe(409);
  });

  it('is managed by the Office only', async () => {
    const liaison = await login(ctx.app, 'liaison.plan');
    expect((await api('POST', '/api/v1/plans', { kind: 'annual', code: 'L-1', titleZh: 'x', titleEn: 'x', periodStart: '2025-01-01', periodEnd: '2025-12-31' }, liaison)).statusCode).toBe(403);
    expect((await api('GET', '/api/v1/plans', undefined, liaison)).statusCode).toBe(200);
  });
});

describe('baseline and annual work plans', () => {
  it('freezes the three-year baseline at adoption and keeps it comparable', async () => {
    const id = await newPlan('TYAP-BASE');
    const taskId = await makeTask(ctx.deps, id, { code: '1.1.1', dueDate: '2025-06-30' });
    const plan = await planOf(id);
    await api('POST', `/api/v1/plans/${id}/transitions`, { to: 'adopted_in_principle', version: plan.version });
    expect((await planOf(id)).baselineFrozenAt).not.toBeNull();
    const task = (await api('GET', `/api/v1/tasks/${taskId}`)).json();
    await api('PATCH', `/api/v1/tasks/${taskId}`, { version: task.version, dueDate: '2025-12-31' });
    await makeTask(ctx.deps, id, { code: '1.1.2' });
    const baseline = (await api('GET', `/api/v1/plans/${id}/baseline`)).json();
    const moved = baseline.rows.find((r: { code: string }) => r.code === '1.1.1');
    expect(moved).toMatchObject({ baselineDueDate: '2025-06-30', currentDueDate: '2025-12-31', dueDateChanged: true, inBaseline: true });
    expect(baseline.rows.find((r: { code: string }) => r.code === '1.1.2').inBaseline).toBe(false);
  });

  it('derives an annual plan: chosen tasks, unfinished ones carried over, new ones added; tracked once', async () => {
    const threeYear = await newPlan('TYAP-ANNUAL');
    const t1 = await makeTask(ctx.deps, threeYear, { code: '2.1' });
    const t2 = await makeTask(ctx.deps, threeYear, { code: '2.2' });
    const t3 = await makeTask(ctx.deps, threeYear, { code: '2.3' });
    const y2024 = await api('POST', `/api/v1/plans/${threeYear}/annual-plans`, { year: 2024, code: 'AWP-2024', titleZh: '2024年度工作计划', titleEn: 'Annual Work Plan 2024', taskIds: [t1, t2] });
    expect(y2024.statusCode, y2024.body).toBe(201);
    // t2 gets completed in 2024: both shares done.
    for (const member of ['320000', '330000']) {
      const share = await ctx.deps.db.selectFrom('task_shares').select(['id', 'version']).where('task_id', '=', t2).where('member_code', '=', member).executeTakeFirstOrThrow();
      expect((await api('PATCH', `/api/v1/shares/${share.id}`, { version: share.version, status: 'completed', percent: 100 })).statusCode).toBe(200);
    }
    const y2025 = await api('POST', `/api/v1/plans/${threeYear}/annual-plans`, {
      year: 2025, code: 'AWP-2025', titleZh: '2025年度工作计划', titleEn: 'Annual Work Plan 2025', taskIds: [t3], carryOverFromPlanId: y2024.json().id,
    });
    expect(y2025.statusCode).toBe(201);
    const annualId = y2025.json().id;
    await makeTask(ctx.deps, annualId, { code: '2025-1', titleZh: '年度新增任务' });
    const listed = (await api('GET', `/api/v1/tasks?planId=${annualId}`)).json().items.map((t: { code: string }) => t.code).sort();
    expect(listed).toEqual(['2.1', '2.3', '2025-1']);
    // The same task, not a copy: the three-year plan still counts three tasks of its own.
    expect((await planOf(threeYear)).taskCount).toBe(3);
    const detail = (await api('GET', `/api/v1/tasks/${t1}`)).json();
    expect(detail.plans.map((p: { code: string; inclusion: string }) => `${p.code}:${p.inclusion}`).sort()).toEqual(['AWP-2024:selected', 'AWP-2025:carried_over', 'TYAP-ANNUAL:home']);
  });

  it('refuses a year outside the period and foreign tasks', async () => {
    const threeYear = await newPlan('TYAP-YEARS');
    const other = await newPlan('TYAP-OTHER');
    const foreign = await makeTask(ctx.deps, other, { code: '3.1' });
    expect((await api('POST', `/api/v1/plans/${threeYear}/annual-plans`, { year: 2027, code: 'AWP-2027', titleZh: 'x', titleEn: 'x', taskIds: [] })).json().error.code).toBe('plans.year_outside_period');
    const wrong = await api('POST', `/api/v1/plans/${threeYear}/annual-plans`, { year: 2025, code: 'AWP-F', titleZh: 'x', titleEn: 'x', taskIds: [foreign] });
    expect(wrong.statusCode).toBe(400);
    expect(wrong.json().error.fields[0].field).toBe('taskIds');
  });
});

describe('focus areas', () => {
  it('has the seven areas of the 2024 plan and takes sub-areas under their parent', async () => {
    const areas = (await api('GET', '/api/v1/focus-areas')).json().items;
    expect(areas.filter((a: { parentId: string | null }) => a.parentId === null).map((a: { code: string }) => a.code)).toEqual(['1', '2', '3', '4', '5', '6', '7']);
    const created = await api('POST', '/api/v1/focus-areas', { code: '1.1', nameZh: '数字长三角', nameEn: 'Digital YRD' });
    expect(created.statusCode).toBe(201);
    const orphan = await api('POST', '/api/v1/focus-areas', { code: '9.1', nameZh: '孤儿', nameEn: 'Orphan' });
    expect(orphan.json().error.code).toBe('plans.area_parent_missing');
  });
});
