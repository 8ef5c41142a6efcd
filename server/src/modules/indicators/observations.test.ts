import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, createUser, login, walkPages, type Session, type TestContext } from '../../../test/helpers.ts';
import { systemActor } from '../../shared/principal.ts';
import { createIndicator } from './indicators.usecases.ts';
import { upsertObservations, type ObservationInput } from './observations.usecases.ts';

let ctx: TestContext;
const s: Record<'office' | 'js' | 'jsEditor' | 'observer', Session> = {} as never;
const system = () => ({ ...ctx.deps, actor: systemActor('test') });
const db = () => ctx.database.ownerDb;

beforeAll(async () => {
  ctx = await createTestContext(); // clock: 2026-03-02
  await createUser(ctx.database.appDb, 'obs.office', [{ role: 'office' }]);
  await createUser(ctx.database.appDb, 'obs.js', [{ role: 'liaison', memberCode: '320000' }]);
  await createUser(ctx.database.appDb, 'obs.jsed', [{ role: 'editor', memberCode: '320000' }]);
  await createUser(ctx.database.appDb, 'obs.observer', [{ role: 'observer' }]);
  s.office = await login(ctx.app, 'obs.office');
  s.js = await login(ctx.app, 'obs.js');
  s.jsEditor = await login(ctx.app, 'obs.jsed');
  s.observer = await login(ctx.app, 'obs.observer');
  const common = { nameZh: '测试', direction: 'higher' } as const;
  await createIndicator(system(), { ...common, code: 'RATE', valueKind: 'percent', level: 'member', frequency: 'yearly' });
  await createIndicator(system(), { ...common, code: 'COUNT_Q', valueKind: 'integer', minValue: 0, level: 'city', frequency: 'quarterly' });
  await createIndicator(system(), { ...common, code: 'TRADE_M', valueKind: 'decimal', level: 'region', frequency: 'monthly' });
});
afterAll(() => ctx.close());

type Method = 'GET' | 'POST' | 'PATCH';
const api = (who: Session, method: Method, url: string, payload?: object) => ctx.app.inject({ method, url, headers: who.headers, ...(payload ? { payload } : {}) });
const post = (who: Session, body: object) => api(who, 'POST', '/api/v1/observations', body);
const firstField = (r: { json: () => { error: { fields?: { field: string; rule: string }[] } } }) => r.json().error.fields?.[0];
const upsert = (items: ObservationInput[], memberScope: string[] | 'all' = 'all', tokenId?: string) =>
  upsertObservations(system(), { items, memberScope, origin: 'api', ...(tokenId ? { tokenId } : {}) });

describe('entering observations', () => {
  it('checks period, scope, unit and code, naming the field', async () => {
    const cases: [object, string, string][] = [
      [{ indicatorCode: 'RATE', scopeCode: '320000', period: '2024-03', value: 5 }, 'period', 'indicators.bad_period'],
      [{ indicatorCode: 'COUNT_Q', scopeCode: '320500', period: '2024', value: 5 }, 'period', 'indicators.bad_period'],
      [{ indicatorCode: 'TRADE_M', scopeCode: 'region', period: '2024-Q1', value: 5 }, 'period', 'indicators.bad_period'],
      [{ indicatorCode: 'TRADE_M', scopeCode: 'region', period: '2026-04', value: 5 }, 'period', 'indicators.future_period'],
      [{ indicatorCode: 'RATE', scopeCode: '320500', period: '2024', value: 5 }, 'scopeCode', 'indicators.bad_scope'],
      [{ indicatorCode: 'TRADE_M', scopeCode: '320000', period: '2024-01', value: 5 }, 'scopeCode', 'indicators.bad_scope'],
      [{ indicatorCode: 'COUNT_Q', scopeCode: '341300', memberCode: '320000', period: '2024-Q1', value: 5 }, 'memberCode', 'indicators.scope_outside_member'],
      [{ indicatorCode: 'NO_SUCH', scopeCode: '320000', period: '2024', value: 5 }, 'indicatorCode', 'indicators.unknown_indicator'],
      [{ indicatorCode: 'RATE', scopeCode: '320000', period: '2024', value: 100.5 }, 'value', 'indicators.above_max'],
      [{ indicatorCode: 'RATE', scopeCode: '320000', period: '2024', value: -1 }, 'value', 'indicators.below_min'],
      [{ indicatorCode: 'COUNT_Q', scopeCode: '320500', period: '2024-Q1', value: 2.5 }, 'value', 'indicators.not_integer'],
    ];
    for (const [body, field, rule] of cases) {
      const response = await post(s.office, body);
      expect(response.statusCode, JSON.stringify(body)).toBe(400);
      expect(firstField(response), JSON.stringify(body)).toMatchObject({ field, rule });
    }
    const zh = await post(s.office, cases[0]![0]);
    expect(zh.json().error.message).toBe('字段“period”：期间“2024-03”不符合该指标的频率，应写作如“2024”。');
    expect(await db().selectFrom('observations').select('id').execute()).toEqual([]);
  });

  it('lets a liaison or editor write their own member and its cities only; only the Office writes the region or final values', async () => {
    const ok = await post(s.js, { indicatorCode: 'RATE', scopeCode: '320000', period: '2024', value: 61.5, source: '测试来源' });
    expect(ok.statusCode, ok.body).toBe(201);
    expect(ok.json()).toMatchObject({ indicatorCode: 'RATE', scopeCode: '320000', memberCode: '320000', cityCode: null, year: 2024, value: 61.5, firstValue: 61.5, status: 'provisional', revision: 1, version: 1 });
    expect(ok.json().revisions).toMatchObject([{ revision: 1, value: 61.5, changedByName: 'obs.js', reason: '' }]);
    expect((await post(s.jsEditor, { indicatorCode: 'COUNT_Q', scopeCode: '320500', period: '2024-Q1', value: 7 })).statusCode).toBe(201);

    const refusals: [Session, object, string][] = [
      [s.js, { indicatorCode: 'RATE', scopeCode: '330000', period: '2024', value: 5 }, 'observations.not_own_member'],
      [s.jsEditor, { indicatorCode: 'COUNT_Q', scopeCode: '341300', period: '2024-Q1', value: 5 }, 'observations.not_own_member'], // Suzhou of Anhui
      [s.js, { indicatorCode: 'TRADE_M', scopeCode: 'region', period: '2024-01', value: 5 }, 'observations.not_own_member'],
      [s.js, { indicatorCode: 'RATE', scopeCode: '320000', period: '2023', value: 5, status: 'final' }, 'observations.final_office_only'],
    ];
    for (const [who, body, code] of refusals) {
      const response = await post(who, body);
      expect(response.statusCode, JSON.stringify(body)).toBe(403);
      expect(response.json().error.code).toBe(code);
    }
    expect((await post(s.observer, { indicatorCode: 'RATE', scopeCode: '320000', period: '2023', value: 5 })).statusCode).toBe(403);
    const office = await post(s.office, { indicatorCode: 'TRADE_M', scopeCode: 'region', period: '2024-01', value: 1234.5, status: 'final' });
    expect(office.json()).toMatchObject({ scopeCode: 'region', memberCode: null, status: 'final' });

    const again = await post(s.office, { indicatorCode: 'RATE', scopeCode: '320000', period: '2024', value: 62 });
    expect(again.statusCode).toBe(409);
    expect(again.json().error.code).toBe('observations.exists');
    const audited = await db().selectFrom('audit_events').select('action').where('action', '=', 'observation.create').execute();
    expect(audited).toHaveLength(3);
  });
});

describe('corrections and confirmation', () => {
  const rateId = async () => (await db().selectFrom('observations').select(['id', 'version']).where('scope_key', '=', '320000').where('period', '=', '2024').executeTakeFirstOrThrow());

  it('add a revision with who, when and why; the first published value stays; a final value becomes provisional again', async () => {
    const { id } = await rateId();
    const confirmed = await api(s.office, 'POST', `/api/v1/observations/${id}/confirm`, { version: 1 });
    expect(confirmed.statusCode, confirmed.body).toBe(200);
    expect(confirmed.json()).toMatchObject({ status: 'final', version: 2, revision: 1 });
    expect((await api(s.office, 'POST', `/api/v1/observations/${id}/confirm`, { version: 2 })).json().error.code).toBe('observations.already_final');
    expect((await api(s.js, 'POST', `/api/v1/observations/${id}/confirm`, { version: 2 })).statusCode).toBe(403);

    const noReason = await api(s.js, 'PATCH', `/api/v1/observations/${id}`, { value: 63, reason: '  ', version: 2 });
    expect(firstField(noReason)).toMatchObject({ field: 'reason', rule: 'observations.reason_required' });
    const missing = await api(s.js, 'PATCH', `/api/v1/observations/${id}`, { value: 63, version: 2 });
    expect(firstField(missing)).toMatchObject({ field: 'reason', rule: 'required' });
    const stale = await api(s.js, 'PATCH', `/api/v1/observations/${id}`, { value: 63, reason: '统计年鉴修订', version: 1 });
    expect(stale.statusCode).toBe(409);
    const same = await api(s.js, 'PATCH', `/api/v1/observations/${id}`, { value: 61.5, reason: '重复提交', version: 2 });
    expect(same.json().error.code).toBe('observations.no_change');
    const outOfRange = await api(s.js, 'PATCH', `/api/v1/observations/${id}`, { value: 163, reason: '笔误', version: 2 });
    expect(firstField(outOfRange)).toMatchObject({ field: 'value', rule: 'indicators.above_max' });

    ctx.clock.advance(60_000);
    const corrected = await api(s.js, 'PATCH', `/api/v1/observations/${id}`, { value: 63, reason: '统计年鉴修订', version: 2 });
    expect(corrected.statusCode, corrected.body).toBe(200);
    expect(corrected.json()).toMatchObject({ value: 63, firstValue: 61.5, revision: 2, status: 'provisional', version: 3, source: '测试来源' });
    expect(corrected.json().revisions.map((r: { revision: number; value: number; status: string; reason: string; changedByName: string }) => [r.revision, r.value, r.status, r.reason, r.changedByName]))
      .toEqual([[1, 61.5, 'provisional', '', 'obs.js'], [2, 63, 'provisional', '统计年鉴修订', 'obs.js']]);
    expect(corrected.json().revisions[1].changedAt).toBe(ctx.clock.now().toISOString());

    const series = (await api(s.observer, 'GET', '/api/v1/indicators/RATE/series?scope=320000')).json().series[0];
    expect(series).toMatchObject({ values: [63], firstValues: [61.5] });
    expect((await api(s.observer, 'GET', '/api/v1/indicators/RATE/series?scope=320000&view=first')).json().series[0].values).toEqual([61.5]);
  });

  it('refuse another member’s correction; the Office corrects anyone’s; history cannot be rewritten', async () => {
    const other = (await upsert([{ indicatorCode: 'RATE', scopeCode: '330000', period: '2024', value: 40 }]));
    expect(other.created).toBe(1);
    const row = await db().selectFrom('observations').select(['id', 'version']).where('scope_key', '=', '330000').executeTakeFirstOrThrow();
    const refused = await api(s.jsEditor, 'PATCH', `/api/v1/observations/${row.id}`, { value: 41, reason: '更正', version: row.version });
    expect(refused.statusCode).toBe(403);
    expect(refused.json().error.code).toBe('observations.not_own_member');
    expect((await api(s.office, 'PATCH', `/api/v1/observations/${row.id}`, { value: 41, reason: '更正', version: row.version })).statusCode).toBe(200);
    await expect(db().updateTable('observation_revisions').set({ value: 1 }).where('observation_id', '=', row.id).execute()).rejects.toThrow(/append-only/);
  });

  it('lists observations newest period first with filters, every reader sees all members, pages by cursor', async () => {
    await upsert([1, 2, 3, 4].map((q) => ({ indicatorCode: 'COUNT_Q', scopeCode: '330100', period: `2025-Q${q}`, value: q })));
    const all = (await api(s.js, 'GET', '/api/v1/observations?limit=500')).json();
    expect(new Set(all.items.map((o: { memberCode: string | null }) => o.memberCode))).toEqual(new Set(['320000', '330000', null]));
    const periods = all.items.map((o: { period: string; indicatorCode: string }) => o.period);
    expect(periods[0]).toBe('2025-Q4');
    const hz = (await api(s.observer, 'GET', '/api/v1/observations?indicator=COUNT_Q&member=330000&year=2025&status=provisional')).json();
    expect(hz.items.map((o: { period: string }) => o.period)).toEqual(['2025-Q4', '2025-Q3', '2025-Q2', '2025-Q1']);
    expect((await api(s.observer, 'GET', '/api/v1/observations?scope=region')).json().items.map((o: { indicatorCode: string }) => o.indicatorCode)).toEqual(['TRADE_M']);
    const walked = await walkPages(ctx.app, s.observer, '/api/v1/observations?limit=2');
    expect(walked.ids).toEqual(all.items.map((o: { id: string }) => o.id));
    const unknown = await api(s.observer, 'GET', '/api/v1/observations?indicator=NOPE_X');
    expect(firstField(unknown)).toMatchObject({ field: 'indicator', rule: 'indicators.unknown_indicator' });
    expect((await api(s.observer, 'GET', `/api/v1/observations/${all.items[0].id}`)).json().revisions).toHaveLength(1);
    expect((await api(s.observer, 'GET', '/api/v1/observations/00000000-0000-4000-8000-000000000000')).statusCode).toBe(404);
  });
});

describe('upsertObservations', () => {
  const item = (period: string, value: number, extra: Partial<ObservationInput> = {}): ObservationInput => ({ indicatorCode: 'TRADE_M', scopeCode: 'region', period, value, ...extra });

  it('is idempotent: the same value again changes nothing, a new value adds a revision', async () => {
    const batch = [item('2025-01', 10, { source: '来源A' }), item('2025-02', 11), item('2025-03', 12)];
    expect(await upsert(batch)).toEqual({ created: 3, revised: 0, unchanged: 0 });
    expect(await upsert(batch)).toEqual({ created: 0, revised: 0, unchanged: 3 });
    // Source and note left out: kept as stored, still the same.
    expect(await upsert([item('2025-01', 10)])).toEqual({ created: 0, revised: 0, unchanged: 1 });
    expect(await upsert([item('2025-01', 10, { source: '来源B' }), item('2025-02', 11.5, { reason: '修订' }), item('2025-03', 12), item('2025-04', 13)]))
      .toEqual({ created: 1, revised: 2, unchanged: 1 });
    const feb = await db().selectFrom('observations').selectAll().where('period', '=', '2025-02').executeTakeFirstOrThrow();
    expect([Number(feb.value), Number(feb.first_value), feb.revision, feb.version]).toEqual([11.5, 11, 2, 2]);
    const history = await db().selectFrom('observation_revisions').select(['revision', 'value', 'reason']).where('observation_id', '=', feb.id).orderBy('revision').execute();
    expect(history.map((h) => [h.revision, Number(h.value), h.reason])).toEqual([[1, 11, ''], [2, 11.5, '修订']]);
    const jan = await db().selectFrom('observations').select(['source', 'revision']).where('period', '=', '2025-01').executeTakeFirstOrThrow();
    expect(jan).toEqual({ source: '来源B', revision: 2 });
    // One audit event per call, with the counts.
    const events = await db().selectFrom('audit_events').select('summary').where('action', '=', 'observations.upsert').orderBy('seq').execute();
    expect(events.at(-1)!.summary).toMatchObject({ origin: 'api', items: 4, created: 1, revised: 2, unchanged: 1, indicators: ['TRADE_M'] });
  });

  it('confirms with the Office’s final, and never lets a member’s provisional downgrade a final value by itself', async () => {
    expect(await upsert([item('2025-03', 12, { status: 'final' })])).toMatchObject({ revised: 1 });
    expect((await db().selectFrom('observations').select('status').where('period', '=', '2025-03').executeTakeFirstOrThrow()).status).toBe('final');
    expect(await upsert([item('2025-03', 12, { status: 'provisional' })])).toMatchObject({ unchanged: 1 });
    expect(await upsert([item('2025-03', 12.25)])).toMatchObject({ revised: 1 });
    expect((await db().selectFrom('observations').select('status').where('period', '=', '2025-03').executeTakeFirstOrThrow()).status).toBe('provisional');
  });

  it('stays exact when two writers send the same new values at once: each observation is created once', async () => {
    const batch = Array.from({ length: 60 }, (_, i) => item(`${2010 + Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, '0')}`, i));
    const [a, b] = await Promise.all([upsert(batch), upsert(batch)]);
    expect(a.created + b.created).toBe(60);
    expect(a.unchanged + b.unchanged).toBe(60);
    expect(a.revised + b.revised).toBe(0);
    const revisions = await db().selectFrom('observation_revisions').innerJoin('observations', 'observations.id', 'observation_revisions.observation_id')
      .select((eb) => eb.fn.countAll().as('n')).where('observations.year', '>=', 2010).where('observations.year', '<=', 2014).executeTakeFirstOrThrow();
    expect(Number(revisions.n)).toBe(60);
  });

  it('is all or nothing, naming every bad item by its index', async () => {
    const before = await db().selectFrom('observations').select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow();
    const batch = [item('2025-05', 1), item('2025-06', 2), item('2025-13', 3), item('2025-07', Number.POSITIVE_INFINITY), item('2025-05', 4),
      { indicatorCode: 'COUNT_Q', scopeCode: '320500', memberCode: '330000', period: '2025-Q1', value: 1 }];
    await expect(upsert(batch)).rejects.toMatchObject({
      statusCode: 400, code: 'observations.invalid_items',
      fields: [
        { field: 'items[2].period', rule: 'indicators.bad_period' }, { field: 'items[3].value', rule: 'indicators.not_a_number' },
        { field: 'items[4].period', rule: 'observations.duplicate_item', params: { index: 0 } }, { field: 'items[5].memberCode', rule: 'indicators.scope_outside_member' },
      ],
      details: { total: 6, errorCount: 4 },
    });
    const after = await db().selectFrom('observations').select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow();
    expect(after.n).toBe(before.n);
  });

  it('keeps a member-scoped writer (a token, an import) to its own member, and notes the token on each revision', async () => {
    const city = (scopeCode: string, value: number) => ({ indicatorCode: 'COUNT_Q', scopeCode, period: '2025-Q4', value });
    await expect(upsert([city('320500', 1), city('330100', 2)], ['320000'])).rejects.toMatchObject({
      statusCode: 403, code: 'observations.not_own_member', fields: [{ field: 'items[1].scopeCode', rule: 'observations.forbidden_scope' }],
    });
    await expect(upsert([{ ...city('320500', 1), status: 'final' }], ['320000'])).rejects.toMatchObject({ statusCode: 403, code: 'observations.final_office_only' });
    const tokenId = '11111111-2222-4333-8444-555555555555';
    expect(await upsert([city('320500', 1), city('320100', 2)], ['320000'], tokenId)).toEqual({ created: 2, revised: 0, unchanged: 0 });
    const tokens = await db().selectFrom('observation_revisions').innerJoin('observations', 'observations.id', 'observation_revisions.observation_id')
      .select(['observation_revisions.token_id', 'observation_revisions.changed_by_name']).where('observations.period', '=', '2025-Q4').where('observations.scope_key', 'in', ['320500', '320100']).execute();
    expect(tokens).toEqual([{ token_id: tokenId, changed_by_name: 'system:test' }, { token_id: tokenId, changed_by_name: 'system:test' }]);
  });

  it('writes a large batch (past one statement’s chunk) set-based, in one transaction with one audit event', async () => {
    await createIndicator(system(), { code: 'BULK', nameZh: '批量', valueKind: 'decimal', direction: 'higher', level: 'city', frequency: 'monthly' });
    const cities = (await db().selectFrom('cities').select('code').execute()).map((c) => c.code);
    const items: ObservationInput[] = [];
    for (let year = 2001; items.length < 12_000; year++) {
      for (const code of cities) for (let m = 1; m <= 12; m++) items.push({ indicatorCode: 'BULK', scopeCode: code, period: `${year}-${String(m).padStart(2, '0')}`, value: year + m / 100 });
    }
    const eventsBefore = (await db().selectFrom('audit_events').select('seq').execute()).length;
    const started = Date.now();
    expect(await upsert(items)).toEqual({ created: items.length, revised: 0, unchanged: 0 });
    const changed = items.map((i, n) => (n % 1000 === 0 ? { ...i, value: i.value + 1 } : i));
    expect(await upsert(changed)).toEqual({ created: 0, revised: Math.ceil(items.length / 1000), unchanged: items.length - Math.ceil(items.length / 1000) });
    expect(Date.now() - started).toBeLessThan(20_000);
    expect((await db().selectFrom('audit_events').select('seq').execute()).length).toBe(eventsBefore + 2);
    const revisions = await db().selectFrom('observation_revisions').innerJoin('observations', 'observations.id', 'observation_revisions.observation_id')
      .innerJoin('indicators', 'indicators.id', 'observations.indicator_id').select((eb) => eb.fn.countAll().as('n')).where('indicators.code', '=', 'BULK').executeTakeFirstOrThrow();
    expect(Number(revisions.n)).toBe(items.length + Math.ceil(items.length / 1000));
  });
});
