import ExcelJS from 'exceljs';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, createUser, login, type Session, type TestContext } from '../../../test/helpers.ts';
import { XLSX_CONTENT_TYPE } from '../excel/excel.models.ts';

let ctx: TestContext;
let office: Session;
let js: Session;
let zjEditor: Session;
let observer: Session;
let serviceId: string;

beforeAll(async () => {
  ctx = await createTestContext(); // clock: 2026-03-02
  await createUser(ctx.database.appDb, 'sv.office', [{ role: 'office' }]);
  await createUser(ctx.database.appDb, 'sv.js', [{ role: 'liaison', memberCode: '320000' }]);
  await createUser(ctx.database.appDb, 'sv.zj', [{ role: 'editor', memberCode: '330000' }]);
  await createUser(ctx.database.appDb, 'sv.obs', [{ role: 'observer' }]);
  office = await login(ctx.app, 'sv.office');
  js = await login(ctx.app, 'sv.js');
  zjEditor = await login(ctx.app, 'sv.zj');
  observer = await login(ctx.app, 'sv.obs');
});
afterAll(() => ctx.close());

type Method = 'GET' | 'POST' | 'PUT' | 'PATCH';
const call = (who: Session, method: Method, url: string, payload?: object) => ctx.app.inject({ method, url, headers: who.headers, ...(payload ? { payload } : {}) });
const available = { status: 'available', since: '2023-01-01', channels: ['online', 'counter'], allCities: true };
const audits = (action: string) => ctx.database.appDb.selectFrom('audit_events').select(['action', 'actor_username']).where('action', '=', action).execute();

describe('catalogue', () => {
  it('creates a service whose responsible bodies belong to their members; code unique; updates need the version read', async () => {
    const wrongBody = await call(office, 'POST', '/api/v1/services', { code: 'MED-SETTLE', nameZh: '跨省异地就医直接结算', category: 'medical_insurance', bodies: [{ memberCode: '320000', bodyCode: 'drc-330000' }] });
    expect(wrongBody.statusCode).toBe(400);
    expect(wrongBody.json().error.fields[0]).toMatchObject({ field: 'bodies[0].bodyCode', rule: 'services.body_not_of_member' });
    const created = await call(office, 'POST', '/api/v1/services', {
      code: 'MED-SETTLE', nameZh: '跨省异地就医直接结算', nameEn: 'Cross-provincial direct settlement of medical expenses', category: 'medical_insurance',
      legalBasisZh: '国家医保局有关通知', bodies: [{ memberCode: '320000', bodyCode: 'drc-320000' }, { memberCode: '310000', bodyCode: 'drc-310000' }],
    });
    expect(created.statusCode, created.body).toBe(201);
    serviceId = created.json().id;
    expect((await call(office, 'POST', '/api/v1/services', { code: 'MED-SETTLE', nameZh: '重复', category: 'other' })).json().error.code).toBe('services.code_taken');
    expect((await call(js, 'POST', '/api/v1/services', { code: 'X-1', nameZh: '成员不能建', category: 'other' })).statusCode).toBe(403);
    const patched = await call(office, 'PATCH', `/api/v1/services/${serviceId}`, { nameEn: 'Direct settlement of medical insurance', version: 1 });
    expect(patched.json()).toMatchObject({ version: 2, nameEn: 'Direct settlement of medical insurance', bodies: [{ memberCode: '310000', bodyCode: 'drc-310000' }, { memberCode: '320000', bodyCode: 'drc-320000' }] });
    const stale = await call(office, 'PATCH', `/api/v1/services/${serviceId}`, { nameEn: 'Late', version: 1 });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().error.code).toBe('common.version_conflict');
    expect(await audits('service.update')).toHaveLength(1);
    const listed = (await call(observer, 'GET', '/api/v1/services?category=medical_insurance&q=settle')).json();
    expect(listed.items.map((s: { code: string }) => s.code)).toEqual(['MED-SETTLE']);
    expect((await call(observer, 'GET', '/api/v1/services?category=pension')).json().items).toEqual([]);
  });
});

describe('availability', () => {
  it('validates coverage: cities of that member only, a list only when not all cities, channels and date once live', async () => {
    const url = `/api/v1/services/${serviceId}/availability/320000`;
    const stray = await call(office, 'PUT', url, { ...available, allCities: false, cityCodes: ['320500', '330100'] });
    expect(stray.json().error.fields[0]).toMatchObject({ field: 'cityCodes', rule: 'services.city_not_of_member' });
    expect(stray.json().error.message).toContain('330100');
    expect((await call(office, 'PUT', url, { ...available, allCities: false, cityCodes: [] })).json().error.code).toBe('services.cities_needed');
    expect((await call(office, 'PUT', url, { ...available, cityCodes: ['320500'] })).json().error.code).toBe('services.cities_with_all');
    expect((await call(office, 'PUT', url, { ...available, channels: [] })).json().error.code).toBe('services.channels_needed');
    expect((await call(office, 'PUT', url, { ...available, since: null })).json().error.code).toBe('services.since_needed');
    expect((await call(office, 'PUT', url, { ...available, channels: ['fax'] })).statusCode).toBe(400);
  });

  it('a member sets only its own availability; every change is kept in the history, a stale version gets 409', async () => {
    const own = `/api/v1/services/${serviceId}/availability/320000`;
    const first = await call(js, 'PUT', own, { status: 'pilot', since: '2022-07-01', channels: ['counter'], allCities: false, cityCodes: ['320500', '320100'] });
    expect(first.statusCode, first.body).toBe(200);
    expect(first.json()).toMatchObject({ status: 'pilot', version: 1, cityCodes: ['320100', '320500'] });
    const other = await call(js, 'PUT', `/api/v1/services/${serviceId}/availability/330000`, available);
    expect(other.statusCode).toBe(403);
    expect(other.json().error.code).toBe('services.not_own_member');
    expect((await call(js, 'PUT', own, available)).json().error.code).toBe('services.version_required');
    const second = await call(js, 'PUT', own, { ...available, version: 1 });
    expect(second.json()).toMatchObject({ status: 'available', version: 2, allCities: true, cityCodes: [] });
    expect((await call(js, 'PUT', own, { ...available, status: 'suspended', version: 1 })).statusCode).toBe(409);
    // The same values again: nothing changes, no new revision.
    expect((await call(js, 'PUT', own, { ...available, version: 2 })).json().version).toBe(2);
    expect((await call(zjEditor, 'PUT', `/api/v1/services/${serviceId}/availability/330000`, { status: 'planned', channels: [], allCities: true })).statusCode).toBe(200);
    const history = (await call(observer, 'GET', `/api/v1/services/${serviceId}/availability/history?memberCode=320000`)).json().items;
    expect(history.map((h: { revision: number; status: string }) => [h.revision, h.status])).toEqual([[2, 'available'], [1, 'pilot']]);
    expect(history[1]).toMatchObject({ cityCodes: ['320100', '320500'], changedByName: 'sv.js' });
    expect((await call(observer, 'GET', `/api/v1/services/${serviceId}/availability/history`)).json().items).toHaveLength(3);
    expect(await audits('service.availability.set')).toHaveLength(3);
    // The history cannot be rewritten, not even by the owner role.
    await expect(sql`UPDATE public_service_availability_history SET status = 'planned'`.execute(ctx.database.ownerDb)).rejects.toThrow(/append-only/);
    await expect(sql`DELETE FROM public_service_availability_history`.execute(ctx.database.ownerDb)).rejects.toThrow(/append-only/);
  });

  it('shows service × member at a glance', async () => {
    const matrix = (await call(observer, 'GET', '/api/v1/services/matrix')).json();
    expect(matrix.members.map((m: { code: string }) => m.code)).toEqual(['310000', '320000', '330000', '340000']);
    expect(matrix.recentMonths).toEqual({ from: '2025-04', to: '2026-03' });
    const row = matrix.rows.find((r: { id: string }) => r.id === serviceId);
    expect(row.cells.map((c: { memberCode: string; status: string | null }) => [c.memberCode, c.status])).toEqual([['310000', null], ['320000', 'available'], ['330000', 'planned'], ['340000', null]]);
  });
});

describe('usage', () => {
  const cell = (o: string, d: string, m: string) => `/api/v1/services/${serviceId}/usage/${o}/${d}/${m}`;

  it('the origin member enters its own rows; another member’s origin is refused; counts are whole and not negative; months not in the future', async () => {
    expect((await call(js, 'PUT', cell('320000', '310000', '2025-12'), { count: 1200 })).statusCode).toBe(200);
    const notOwn = await call(js, 'PUT', cell('340000', '320000', '2025-12'), { count: 5 });
    expect(notOwn.statusCode).toBe(403);
    expect(notOwn.json().error.fields[0]).toMatchObject({ field: 'origin', rule: 'services.not_own_member' });
    expect((await call(js, 'PUT', cell('320000', '310000', '2025-11'), { count: -1 })).statusCode).toBe(400);
    expect((await call(js, 'PUT', cell('320000', '310000', '2025-11'), { count: 1.5 })).statusCode).toBe(400);
    expect((await call(js, 'PUT', cell('320000', '310000', '2026-04'), { count: 1 })).json().error.code).toBe('services.future_month');
    expect((await call(observer, 'PUT', cell('320000', '310000', '2025-11'), { count: 1 })).statusCode).toBe(403);
    // A change names the version read.
    expect((await call(js, 'PUT', cell('320000', '310000', '2025-12'), { count: 1300 })).json().error.code).toBe('services.version_required');
    expect((await call(js, 'PUT', cell('320000', '310000', '2025-12'), { count: 1300, version: 1 })).json()).toMatchObject({ count: 1300, version: 2 });
    expect((await call(js, 'PUT', cell('320000', '310000', '2025-12'), { count: 1400, version: 1 })).statusCode).toBe(409);
    // The Office edits any row.
    expect((await call(office, 'PUT', cell('340000', '310000', '2025-12'), { count: 800 })).statusCode).toBe(200);
  });

  it('the origin → destination matrix: its totals equal the rows', async () => {
    const counts: [string, string, string, number][] = [
      ['320000', '330000', '2025-12', 310], ['320000', '310000', '2026-01', 1250], ['340000', '310000', '2026-01', 760], ['340000', '320000', '2026-01', 95],
      ['330000', '310000', '2026-02', 640], ['310000', '320000', '2026-02', 120], ['310000', '310000', '2026-02', 7],
    ];
    for (const [o, d, m, n] of counts) expect((await call(office, 'PUT', cell(o, d, m), { count: n })).statusCode).toBe(200);
    const rows = (await call(observer, 'GET', `/api/v1/services/${serviceId}/usage`)).json().items as { originMemberCode: string; destinationMemberCode: string; month: string; count: number }[];
    expect(rows).toHaveLength(9);
    const matrix = (await call(observer, 'GET', `/api/v1/services/${serviceId}/usage/matrix`)).json();
    const sum = (pick: (r: (typeof rows)[number]) => boolean) => rows.filter(pick).reduce((a, r) => a + r.count, 0);
    expect(matrix.total).toBe(sum(() => true));
    expect(matrix.total).toBe(1300 + 800 + 310 + 1250 + 760 + 95 + 640 + 120 + 7);
    for (const t of matrix.originTotals) expect(t.count).toBe(sum((r) => r.originMemberCode === t.memberCode));
    for (const t of matrix.destinationTotals) expect(t.count).toBe(sum((r) => r.destinationMemberCode === t.memberCode));
    for (const c of matrix.cells) expect(c.count).toBe(sum((r) => r.originMemberCode === c.originMemberCode && r.destinationMemberCode === c.destinationMemberCode));
    expect(matrix.cells.find((c: { originMemberCode: string; destinationMemberCode: string }) => c.originMemberCode === '320000' && c.destinationMemberCode === '310000').count).toBe(1300 + 1250);
    // A range counts only its months, and still adds up.
    const jan = (await call(observer, 'GET', `/api/v1/services/${serviceId}/usage/matrix?from=2026-01&to=2026-01`)).json();
    expect(jan.total).toBe(1250 + 760 + 95);
    expect(jan.originTotals.reduce((a: number, t: { count: number }) => a + t.count, 0)).toBe(jan.total);
    expect((await call(observer, 'GET', `/api/v1/services/${serviceId}/usage/matrix?from=2026-02&to=2026-01`)).json().error.code).toBe('services.bad_range');
    const trend = (await call(observer, 'GET', `/api/v1/services/${serviceId}/usage/trend`)).json();
    expect(trend.items).toEqual([{ month: '2025-12', count: 1300 + 800 + 310 }, { month: '2026-01', count: 1250 + 760 + 95 }, { month: '2026-02', count: 640 + 120 + 7 }]);
    expect(trend.byOrigin.find((o: { memberCode: string }) => o.memberCode === '340000').items).toEqual([{ month: '2025-12', count: 800 }, { month: '2026-01', count: 855 }]);
    const service = (await call(observer, 'GET', '/api/v1/services/matrix')).json().rows.find((r: { id: string }) => r.id === serviceId);
    expect(service.usageRecent).toBe(matrix.total);
  });
});

async function usageBook(rows: (string | number | null)[][]): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet('用量 Usage');
  sheet.addRow(['服务代码 serviceCode', '来源成员 originMemberCode', '目的地成员 destinationMemberCode', '月份 month', '次数 count']);
  for (const row of rows) sheet.addRow(row);
  return Buffer.from(await book.xlsx.writeBuffer());
}
const upload = (who: Session, file: Buffer) => ctx.app.inject({ method: 'POST', url: '/api/v1/services/usage/import', headers: { ...who.headers, 'content-type': XLSX_CONTENT_TYPE }, payload: file });

describe('usage import', () => {
  it('names every bad row and column in both languages and writes nothing', async () => {
    const bad = await upload(office, await usageBook([
      ['MED-SETTLE', '320000', '310000', '2025-10', 10], ['NOPE', '320000', '310000', '2025-10', 1], ['MED-SETTLE', '999999', '310000', '2025-10', 1],
      ['MED-SETTLE', '320000', '310000', '2025/10', 1], ['MED-SETTLE', '320000', '330000', '2025-10', -3], ['MED-SETTLE', '320000', '310000', '2025-10', 11],
    ]));
    expect(bad.statusCode).toBe(400);
    const errors = bad.json().error.details.errors as { row: number; column: string; rule: string; messageZh: string; messageEn: string }[];
    expect(errors.map((e) => [e.row, e.column, e.rule])).toEqual([
      [3, 'A', 'services.import.unknown_service'], [4, 'B', 'services.import.unknown_member'], [5, 'D', 'services.import.bad_month'],
      [6, 'E', 'services.import.bad_count'], [7, 'A', 'services.import.duplicate'],
    ]);
    expect(errors[0]!.messageZh).toContain('服务代码“NOPE”不存在');
    expect(errors[0]!.messageEn).toContain('there is no service "NOPE"');
    expect((await call(observer, 'GET', `/api/v1/services/${serviceId}/usage?from=2025-10&to=2025-10`)).json().items).toEqual([]);
  });

  it('a member imports only rows of its own origin; the same file twice changes nothing', async () => {
    const mixed = await upload(js, await usageBook([['MED-SETTLE', '320000', '310000', '2025-10', 10], ['MED-SETTLE', '340000', '310000', '2025-10', 20]]));
    expect(mixed.statusCode).toBe(403);
    expect(mixed.json().error.details.errors).toEqual([expect.objectContaining({ row: 3, column: 'B', rule: 'services.import.not_own_member' })]);
    const file = await usageBook([['MED-SETTLE', '320000', '310000', '2025-10', 10], ['MED-SETTLE', '320000', '340000', '2025-10', 4], ['MED-SETTLE', '320000', '310000', '2025-12', 1300]]);
    expect((await upload(js, file)).json()).toEqual({ totalRows: 3, created: 2, updated: 0, unchanged: 1 });
    expect((await upload(js, file)).json()).toEqual({ totalRows: 3, created: 0, updated: 0, unchanged: 3 });
    const changed = await usageBook([['MED-SETTLE', '320000', '310000', '2025-10', 12]]);
    expect((await upload(js, changed)).json()).toEqual({ totalRows: 1, created: 0, updated: 1, unchanged: 0 });
    expect((await call(observer, 'GET', `/api/v1/services/${serviceId}/usage?from=2025-10&to=2025-10`)).json().items.map((r: { count: number; version: number }) => [r.count, r.version])).toEqual([[12, 2], [4, 1]]);
    expect(await audits('service.usage.import')).toHaveLength(3);
  });

  it('hands out a template with the five columns', async () => {
    const response = await call(observer, 'GET', '/api/v1/services/usage/template.xlsx');
    expect(response.statusCode).toBe(200);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(response.rawPayload as unknown as ArrayBuffer);
    expect((book.worksheets[0]!.getRow(1).values as string[]).slice(1).map((h) => h.split(' ')[1])).toEqual(['serviceCode', 'originMemberCode', 'destinationMemberCode', 'month', 'count']);
  });
});

describe('usage as an indicator', () => {
  it('declares a series through the indicators module and keeps its observations in step with the usage', async () => {
    expect((await call(js, 'POST', `/api/v1/services/${serviceId}/indicators`, { basis: 'origin', code: 'MED_SETTLE_OUT' })).statusCode).toBe(403);
    const declared = await call(office, 'POST', `/api/v1/services/${serviceId}/indicators`, { basis: 'origin', code: 'MED_SETTLE_OUT' });
    expect(declared.statusCode, declared.body).toBe(200);
    expect(declared.json()).toMatchObject({ created: true, basis: 'origin' });
    const indicator = (await call(observer, 'GET', '/api/v1/indicators/MED_SETTLE_OUT')).json();
    expect(indicator).toMatchObject({ level: 'member', frequency: 'monthly', valueKind: 'integer' });
    const series = async () => (await call(observer, 'GET', '/api/v1/indicators/MED_SETTLE_OUT/series?scope=320000')).json();
    const values = (s: { series: { periods: string[]; values: number[] }[] }) => s.series[0]!.periods.map((p, i) => [p, s.series[0]!.values[i]]);
    expect(values(await series())).toEqual([['2025-10', 16], ['2025-12', 1300 + 310], ['2026-01', 1250]]);
    // A usage change reaches the indicator.
    const row = (await call(observer, 'GET', `/api/v1/services/${serviceId}/usage?from=2026-01&to=2026-01`)).json().items.find((r: { originMemberCode: string }) => r.originMemberCode === '320000');
    expect((await call(js, 'PUT', `/api/v1/services/${serviceId}/usage/320000/310000/2026-01`, { count: 1500, version: row.version })).statusCode).toBe(200);
    expect(values(await series())).toContainEqual(['2026-01', 1500]);
    // Declared again: the same indicator, nothing new; another code for the same series is refused.
    expect((await call(office, 'POST', `/api/v1/services/${serviceId}/indicators`, { basis: 'origin', code: 'MED_SETTLE_OUT' })).json()).toMatchObject({ created: false, observations: { created: 0, revised: 0 } });
    expect((await call(office, 'POST', `/api/v1/services/${serviceId}/indicators`, { basis: 'origin', code: 'OTHER_CODE' })).statusCode).toBe(409);
    const total = await call(office, 'POST', `/api/v1/services/${serviceId}/indicators`, { basis: 'total', code: 'MED_SETTLE_ALL' });
    expect(total.json().observations.created).toBe(4);
    expect((await call(observer, 'GET', `/api/v1/services/${serviceId}`)).json().indicators.map((i: { code: string }) => i.code)).toEqual(['MED_SETTLE_OUT', 'MED_SETTLE_ALL']);
    expect(await audits('service.indicator.declare')).toHaveLength(2);
  });
});

describe('catalogue export', () => {
  it('exports the list with a column per member', async () => {
    const response = await call(observer, 'GET', '/api/v1/services/export.xlsx?category=medical_insurance');
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toBe(XLSX_CONTENT_TYPE);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(response.rawPayload as unknown as ArrayBuffer);
    const text = JSON.stringify(book.worksheets[0]!.getSheetValues());
    expect(text).toContain('MED-SETTLE');
    expect(text).toContain('已开通 Available');
    expect(text).toContain('drc-320000');
    // The filters as applied are on the About sheet.
    expect(JSON.stringify(book.getWorksheet('导出说明 About')!.getSheetValues())).toContain('"筛选 Filter: 类别 Category","medical_insurance"');
  });
});
