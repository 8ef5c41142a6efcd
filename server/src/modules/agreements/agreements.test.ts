import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, createUser, login, walkPages, type Session, type TestContext } from '../../../test/helpers.ts';
import { makePlan, makeTask } from '../../../test/work-fixtures.ts';
import { DAY } from '../../shared/clock.ts';
import { expiryAlertHandler } from './agreements.usecases.ts';

let ctx: TestContext;
let office: Session;
const users: Record<string, string> = {};
beforeAll(async () => {
  ctx = await createTestContext(); // clock: 2026-03-02
  users.office = await createUser(ctx.database.appDb, 'ag.office', [{ role: 'office' }]);
  users.js = await createUser(ctx.database.appDb, 'ag.js', [{ role: 'liaison', memberCode: '320000' }]);
  users.ah = await createUser(ctx.database.appDb, 'ag.ah', [{ role: 'liaison', memberCode: '340000' }]);
  office = await login(ctx.app, 'ag.office');
});
afterAll(() => ctx.close());

const api = (method: 'GET' | 'POST', url: string, payload?: object) => ctx.app.inject({ method, url, headers: office.headers, ...(payload ? { payload } : {}) });
const runJob = () => expiryAlertHandler.run(ctx.deps, { id: 'test', kind: expiryAlertHandler.kind, payload: {}, attempt: 1, maxAttempts: 1 });
const alerts = () => ctx.database.appDb.selectFrom('notifications').select('user_id').where('kind', '=', 'agreements.expiry').execute();

describe('agreements', () => {
  it('needs two parties and links clauses to tasks', async () => {
    const one = await api('POST', '/api/v1/agreements', { titleZh: '协议', parties: [{ memberCode: '320000' }, { memberCode: '320000' }] });
    expect(one.statusCode).toBe(400);
    expect(one.json().error.code).toBe('agreements.too_few_parties');
    const taskId = await makeTask(ctx.deps, await makePlan(ctx.deps), { leadMemberCode: '320000' });
    const created = await api('POST', '/api/v1/agreements', {
      titleZh: '长三角生态绿色一体化合作协议', parties: [{ memberCode: '310000' }, { memberCode: '320000' }], clauses: [{ textZh: '共建示范区', taskIds: [taskId] }],
    });
    expect(created.statusCode, created.body).toBe(201);
    const detail = (await api('GET', `/api/v1/agreements/${created.json().id}`)).json();
    expect(detail.clauses[0].tasks.map((t: { id: string }) => t.id)).toEqual([taskId]);
    const signed = await api('POST', `/api/v1/agreements/${detail.id}/transitions`, { to: 'signed', version: detail.version });
    expect(signed.json().status).toBe('signed');
    expect((await api('POST', `/api/v1/agreements/${detail.id}/transitions`, { to: 'draft', version: detail.version + 1 })).json().error.code).toBe('agreements.illegal_transition');
  });

  it('alerts the Office and the member parties once before expiry', async () => {
    const created = await api('POST', '/api/v1/agreements', {
      titleZh: '到期协议', status: 'in_force', termStart: '2025-01-01', termEnd: '2026-05-15', parties: [{ memberCode: '320000' }, { memberCode: '330000' }],
    });
    expect(created.statusCode, created.body).toBe(201);
    await runJob();
    expect(await alerts()).toEqual([]);
    ctx.clock.advance(20 * DAY); // 2026-03-22: 54 days before the end, not yet
    await runJob();
    expect(await alerts()).toEqual([]);
    ctx.clock.advance(30 * DAY); // 2026-04-21: 24 days before the end
    await runJob();
    await runJob();
    ctx.clock.advance(DAY);
    await runJob();
    expect((await alerts()).map((a) => a.user_id).sort()).toEqual([users.office, users.js].sort());
    const row = await ctx.database.appDb.selectFrom('agreements').select('expiry_alert_sent_at').where('id', '=', created.json().id).executeTakeFirstOrThrow();
    expect(row.expiry_alert_sent_at).not.toBeNull();
  });

  it('lists agreements with their parties and clause tasks in both languages', async () => {
    office = await login(ctx.app, 'ag.office'); // the clock moved on: a new session
    const taskId = await makeTask(ctx.deps, await makePlan(ctx.deps, { code: 'AG-LIST' }), { titleEn: 'Joint pass' });
    const created = await api('POST', '/api/v1/agreements', {
      titleZh: '文旅合作协议', parties: [{ memberCode: '330000' }, { bodyCode: 'rco' }], clauses: [{ textZh: '互认', taskIds: [taskId] }],
    });
    expect(created.statusCode, created.body).toBe(201);
    const listed = (await api('GET', '/api/v1/agreements')).json().items.find((a: { id: string }) => a.id === created.json().id);
    expect(listed.parties).toEqual(expect.arrayContaining([{ memberCode: '330000', bodyCode: null }, { memberCode: null, bodyCode: 'rco' }]));
    const detail = (await api('GET', `/api/v1/agreements/${created.json().id}`)).json();
    expect(detail.clauses[0].tasks[0]).toMatchObject({ id: taskId, titleEn: 'Joint pass' });
  });

  it('moves an agreement in force to expired once its term has ended, on the system’s account, once', async () => {
    office = await login(ctx.app, 'ag.office');
    const today = ctx.clock.now().toISOString().slice(0, 10);
    const created = await api('POST', '/api/v1/agreements', {
      titleZh: '期满协议', status: 'in_force', termStart: '2025-01-01', termEnd: today, parties: [{ memberCode: '310000' }, { memberCode: '340000' }],
    });
    expect(created.statusCode, created.body).toBe(201);
    const id = created.json().id;
    await runJob();
    expect((await api('GET', `/api/v1/agreements/${id}`)).json().status).toBe('in_force'); // the last day of the term still counts
    ctx.clock.advance(DAY);
    await runJob();
    await runJob();
    office = await login(ctx.app, 'ag.office');
    expect((await api('GET', `/api/v1/agreements/${id}`)).json()).toMatchObject({ status: 'expired', version: 2 });
    const events = await ctx.database.appDb.selectFrom('audit_events').select(['action', 'actor_username']).where('object_id', '=', id).where('action', '=', 'agreement.expire').execute();
    expect(events).toEqual([{ action: 'agreement.expire', actor_username: 'system:agreements' }]);
  });

  it('pages the agreement list by cursor, every agreement once', async () => {
    office = await login(ctx.app, 'ag.office');
    for (let i = 0; i < 4; i++) {
      const r = await api('POST', '/api/v1/agreements', { titleZh: `分页协议 ${i}`, status: 'signed', parties: [{ memberCode: '310000' }, { memberCode: '320000' }] });
      expect(r.statusCode, r.body).toBe(201);
    }
    const all = (await api('GET', '/api/v1/agreements?status=signed&limit=500')).json();
    const walked = await walkPages(ctx.app, office, '/api/v1/agreements?status=signed&limit=1');
    expect(walked.ids).toEqual(all.items.map((a: { id: string }) => a.id));
    expect(walked.pages).toBe(all.items.length);
  });
});
