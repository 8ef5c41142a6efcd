import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, createUser, login, type Session, type TestContext } from '../../../test/helpers.ts';
import { systemActor } from '../../shared/principal.ts';
import { XLSX_CONTENT_TYPE } from '../excel/excel.models.ts';
import { createIndicator } from '../indicators/indicators.usecases.ts';

let ctx: TestContext;
let office: Session;
let admin: Session;
let riskId: string;
let secret: string;
const users: Record<string, string> = {};
const system = () => ({ ...ctx.deps, actor: systemActor('test') });
const db = () => ctx.database.ownerDb;

beforeAll(async () => {
  ctx = await createTestContext(); // clock: 2026-03-02
  const app = ctx.database.appDb;
  users.office = await createUser(app, 'rt.office', [{ role: 'office' }]);
  users.admin = await createUser(app, 'rt.admin', [{ role: 'admin' }]);
  users.jsLiaison = await createUser(app, 'rt.js', [{ role: 'liaison', memberCode: '320000' }]);
  users.jsEditor = await createUser(app, 'rt.jsed', [{ role: 'editor', memberCode: '320000' }]);
  users.zjLiaison = await createUser(app, 'rt.zj', [{ role: 'liaison', memberCode: '330000' }]);
  users.observer = await createUser(app, 'rt.observer', [{ role: 'observer' }]);
  office = await login(ctx.app, 'rt.office');
  admin = await login(ctx.app, 'rt.admin');
  await createIndicator(system(), { code: 'WATER_III', nameZh: '跨界断面Ⅲ类及以上水质比例', nameEn: 'Cross-border sections at class III or better', direction: 'higher', valueKind: 'percent', level: 'city', frequency: 'monthly' });
  const risk = await ctx.app.inject({ method: 'POST', url: '/api/v1/risks', headers: office.headers, payload: {
    code: 'RISK-ECO-01', titleZh: '太湖流域跨界水质下降', titleEn: 'Cross-border water quality decline in the Taihu basin', area: 'ecology', likelihood: 3, impact: 4, ownerMemberCodes: ['320000'],
  } });
  expect(risk.statusCode, risk.body).toBe(201);
  riskId = risk.json().id;
  // Suzhou (320500): below 80 % for 2 months in a row.
  const trigger = await ctx.app.inject({ method: 'POST', url: `/api/v1/risks/${riskId}/triggers`, headers: office.headers, payload: { indicatorCode: 'WATER_III', scopeCode: '320500', comparison: '<', threshold: 80, periods: 2 } });
  expect(trigger.statusCode, trigger.body).toBe(201);
  const token = await ctx.app.inject({ method: 'POST', url: '/api/v1/tokens', headers: admin.headers, payload: { name: '江苏省生态环境厅', memberCode: '320000', expiresAt: '2027-01-01T00:00:00Z' } });
  expect(token.statusCode, token.body).toBe(201);
  secret = token.json().secret;
});
afterAll(() => ctx.close());

const item = (period: string, value: number, scopeCode = '320500') => ({ indicatorCode: 'WATER_III', scopeCode, period, value });
const push = async (items: object[]) => {
  const r = await ctx.app.inject({ method: 'POST', url: '/api/v1/indicators/observations/push', headers: { authorization: `Bearer ${secret}` }, payload: { items } });
  expect(r.statusCode, r.body).toBe(200);
};
const single = async (period: string, value: number) => {
  const r = await ctx.app.inject({ method: 'POST', url: '/api/v1/observations', headers: office.headers, payload: item(period, value) });
  expect(r.statusCode, r.body).toBe(201);
};
async function importRows(rows: [string, number][]) {
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet('观测值 Observations');
  sheet.addRow(['指标代码 indicatorCode', '范围代码 scopeCode', '期间 period', '数值 value', '来源 source', '备注 note']);
  for (const [period, value] of rows) sheet.addRow(['WATER_III', '320500', period, value, '', '']);
  const file = Buffer.from(await book.xlsx.writeBuffer());
  const r = await ctx.app.inject({ method: 'POST', url: '/api/v1/indicators/import', headers: { ...office.headers, 'content-type': XLSX_CONTENT_TYPE }, payload: file });
  expect(r.statusCode, r.body).toBe(200);
}
const alerts = () => db().selectFrom('risk_alerts').select(['id', 'period', 'value', 'scope_key']).where('risk_id', '=', riskId).orderBy('raised_at').orderBy('period').execute();
const notices = () => db().selectFrom('notifications').select(['user_id', 'link', 'title_zh', 'title_en']).where('kind', '=', 'risks.alert').orderBy('user_id').execute();

describe('risk triggers on indicators', () => {
  it('a crossing of the latest N periods raises exactly one alert and notifies exactly the owners and the Office', async () => {
    await single('2025-06', 85); // entered by hand: fine
    await push([item('2025-07', 75)]); // one period below: not yet
    expect(await alerts()).toEqual([]);
    await push([item('2025-08', 70)]); // two in a row: the alert
    const raised = await alerts();
    expect(raised).toMatchObject([{ period: '2025-08', scope_key: '320500' }]);
    const got = await notices();
    expect(got.map((n) => n.user_id).sort()).toEqual([users.office, users.jsLiaison, users.jsEditor].sort());
    expect(got.every((n) => n.link === `/risks/${riskId}?alert=${raised[0]!.id}`)).toBe(true);
    expect(got[0]!.title_zh).toContain('RISK-ECO-01');
    const events = await db().selectFrom('audit_events').select(['action', 'actor_username']).where('action', '=', 'risk.alert').execute();
    expect(events).toEqual([{ action: 'risk.alert', actor_username: 'token:江苏省生态环境厅' }]);
    const inbox = await ctx.app.inject({ method: 'GET', url: '/api/v1/inbox', headers: (await login(ctx.app, 'rt.js')).headers });
    expect(inbox.body).toContain(`/risks/${riskId}`);
  });

  it('importing or pushing the same values again raises no new alert', async () => {
    await importRows([['2025-07', 75], ['2025-08', 70]]);
    await push([item('2025-07', 75), item('2025-08', 70)]);
    expect(await alerts()).toHaveLength(1);
    expect(await notices()).toHaveLength(3);
  });

  it('a recovery resets the state without an alert', async () => {
    await importRows([['2025-09', 90]]);
    expect(await alerts()).toHaveLength(1);
    const state = await db().selectFrom('risk_trigger_states').select(['crossed', 'last_period']).execute();
    expect(state).toEqual([{ crossed: false, last_period: '2025-09' }]);
    expect(await db().selectFrom('audit_events').select('action').where('action', '=', 'risk.trigger_recovered').execute()).toHaveLength(1);
  });

  it('a new crossing after the recovery raises a new alert', async () => {
    await push([item('2025-10', 60)]);
    expect(await alerts()).toHaveLength(1);
    await importRows([['2025-11', 65]]);
    const raised = await alerts();
    expect(raised.map((a) => a.period)).toEqual(['2025-08', '2025-11']);
    expect(await notices()).toHaveLength(6);
    const detail = (await ctx.app.inject({ method: 'GET', url: `/api/v1/risks/${riskId}`, headers: office.headers })).json();
    expect(detail.alerts).toHaveLength(2);
    expect(detail.alerts[0]).toMatchObject({ period: '2025-11', value: 65, periods: [{ period: '2025-10', value: 60 }, { period: '2025-11', value: 65 }] });
    expect(detail.triggers[0].states).toEqual([{ scopeCode: '320500', crossed: true, lastPeriod: '2025-11' }]);
  });

  it('a correction that recovers resets the state; other scopes and other risks are untouched', async () => {
    const obs = (await ctx.app.inject({ method: 'GET', url: '/api/v1/observations?indicator=WATER_III&scope=320500&limit=100', headers: office.headers })).json().items
      .find((o: { period: string }) => o.period === '2025-11');
    const corrected = await ctx.app.inject({ method: 'PATCH', url: `/api/v1/observations/${obs.id}`, headers: office.headers, payload: { value: 88, reason: '复核更正', version: obs.version } });
    expect(corrected.statusCode, corrected.body).toBe(200);
    expect((await db().selectFrom('risk_trigger_states').select('crossed').executeTakeFirstOrThrow()).crossed).toBe(false);
    await push([item('2025-07', 10, '320200'), item('2025-08', 10, '320200')]); // Wuxi: no trigger there
    expect(await alerts()).toHaveLength(2);
  });
});
