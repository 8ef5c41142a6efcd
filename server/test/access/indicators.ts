import { systemActor } from '../../src/shared/principal.ts';
import { createIndicator, type IndicatorInput } from '../../src/modules/indicators/indicators.usecases.ts';
import { upsertObservations } from '../../src/modules/indicators/observations.usecases.ts';
import { only, OTHER_MEMBER, OWN_MEMBER, WORK_READERS, type Cases, type MatrixFixtures, type Who } from './matrix.ts';

/**
 * Indicators and observations: every work role reads all of them; the Office
 * keeps indicators and confirms values; a liaison or editor writes only its own
 * member's values (and its cities'), never another member's.
 */
export async function indicatorsCases({ ctx }: MatrixFixtures): Promise<Cases> {
  const deps = { ...ctx.deps, actor: systemActor('matrix') };
  const define = (code: string, level: IndicatorInput['level'], frequency: IndicatorInput['frequency'] = 'monthly') =>
    createIndicator(deps, { code, nameZh: `矩阵 ${code}`, valueKind: 'decimal', direction: 'higher', level, frequency });
  await define('MX_MEMBER', 'member');
  await define('MX_CITY', 'city');
  let serial = 0;
  /** A fresh period each time, so no fixture or write collides with an earlier one. */
  const nextPeriod = () => {
    serial += 1;
    return `${2000 + Math.floor(serial / 12)}-${String((serial % 12) + 1).padStart(2, '0')}`;
  };
  /** A new observation of a scope (as the Office would file it), answering its id. */
  const observation = async (indicatorCode: string, scopeCode: string) => {
    const period = nextPeriod();
    await upsertObservations(deps, { items: [{ indicatorCode, scopeCode, period, value: 1 }], memberScope: 'all', origin: 'api' });
    const row = await ctx.database.appDb.selectFrom('observations').innerJoin('indicators', 'indicators.id', 'observations.indicator_id')
      .select('observations.id').where('indicators.code', '=', indicatorCode).where('scope_key', '=', scopeCode).where('period', '=', period).executeTakeFirstOrThrow();
    return row.id;
  };
  const ownId = await observation('MX_MEMBER', OWN_MEMBER);
  const otherId = await observation('MX_MEMBER', OTHER_MEMBER);
  await observation('MX_CITY', '320500');
  let fresh = 0;
  const freshIndicator = async () => {
    fresh += 1;
    const code = `MX_FRESH_${fresh}`;
    await define(code, 'member');
    return code;
  };
  const post = (scopeCode: string, indicatorCode = 'MX_MEMBER') => () => ({ indicatorCode, scopeCode, period: nextPeriod(), value: 2 });
  const writers: Who[] = ['office', 'liaison', 'editor'];
  const readsAllMembers = (_: Who, body: unknown) => {
    const members = new Set((body as { items: { memberCode: string }[] }).items.map((o) => o.memberCode));
    if (!members.has(OWN_MEMBER) || !members.has(OTHER_MEMBER)) throw new Error(`a reader should see every member's observations, saw ${[...members].join(',')}`);
  };

  return {
    'GET /api/v1/indicators': {
      path: () => '/api/v1/indicators', expect: only(WORK_READERS),
      check: (_, body) => {
        const codes = (body as { items: { code: string }[] }).items.map((i) => i.code);
        if (!codes.includes('MX_MEMBER') || !codes.includes('MX_CITY')) throw new Error(`indicators missing from the list: ${codes.join(',')}`);
      },
    },
    'POST /api/v1/indicators': {
      path: () => '/api/v1/indicators',
      payload: (who) => ({ code: `MX_NEW_${who.toUpperCase()}`, nameZh: '新指标', valueKind: 'percent', direction: 'higher', level: 'member', frequency: 'yearly' }),
      expect: only(['office'], 201),
    },
    'GET /api/v1/indicators/:code': { path: () => '/api/v1/indicators/MX_MEMBER', expect: only(WORK_READERS) },
    'PATCH /api/v1/indicators/:code': { path: async () => `/api/v1/indicators/${await freshIndicator()}`, payload: () => ({ version: 1, nameEn: 'Renamed' }), expect: only(['office']) },
    'POST /api/v1/indicators/:code/retire': { path: async () => `/api/v1/indicators/${await freshIndicator()}/retire`, payload: () => ({ version: 1 }), expect: only(['office']) },
    'PUT /api/v1/indicators/:code/targets': {
      path: () => '/api/v1/indicators/MX_MEMBER/targets', payload: () => ({ items: [{ scopeCode: OWN_MEMBER, year: 2026, value: 3 }] }), expect: only(['office']),
    },
    'GET /api/v1/indicators/:code/series': { path: () => `/api/v1/indicators/MX_MEMBER/series?scope=${OWN_MEMBER}&scope=${OTHER_MEMBER}`, expect: only(WORK_READERS) },
    'GET /api/v1/indicators/:code/map': { path: () => '/api/v1/indicators/MX_CITY/map', expect: only(WORK_READERS) },

    'GET /api/v1/observations': { path: () => '/api/v1/observations?indicator=MX_MEMBER&limit=500', expect: only(WORK_READERS), check: readsAllMembers },
    'GET /api/v1/observations/:id': { path: () => `/api/v1/observations/${ownId}`, expect: only(WORK_READERS) },
    'GET /api/v1/observations/:id #other': { path: () => `/api/v1/observations/${otherId}`, expect: only(WORK_READERS) },
    'POST /api/v1/observations #own': { path: () => '/api/v1/observations', payload: post(OWN_MEMBER), expect: only(writers, 201) },
    'POST /api/v1/observations #other': { path: () => '/api/v1/observations', payload: post(OTHER_MEMBER), expect: only(['office'], 201) },
    'POST /api/v1/observations #own-city': { path: () => '/api/v1/observations', payload: post('320500', 'MX_CITY'), expect: only(writers, 201) },
    'POST /api/v1/observations #other-city': { path: () => '/api/v1/observations', payload: post('330100', 'MX_CITY'), expect: only(['office'], 201) },
    'PATCH /api/v1/observations/:id #own': {
      path: async () => `/api/v1/observations/${await observation('MX_MEMBER', OWN_MEMBER)}`,
      payload: () => ({ value: 3, reason: '矩阵更正', version: 1 }), expect: only(writers),
    },
    'PATCH /api/v1/observations/:id #other': {
      path: async () => `/api/v1/observations/${await observation('MX_MEMBER', OTHER_MEMBER)}`,
      payload: () => ({ value: 3, reason: '矩阵更正', version: 1 }), expect: only(['office']),
    },
    'PATCH /api/v1/observations/:id #other-city': {
      path: async () => `/api/v1/observations/${await observation('MX_CITY', '330100')}`,
      payload: () => ({ value: 3, reason: '矩阵更正', version: 1 }), expect: only(['office']),
    },
    'POST /api/v1/observations/:id/confirm': {
      path: async () => `/api/v1/observations/${await observation('MX_MEMBER', OWN_MEMBER)}/confirm`, payload: () => ({ version: 1 }), expect: only(['office']),
    },
  };
}
