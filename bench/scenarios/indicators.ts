/**
 * Indicators suite (issue 11): the statistics screens on a generated ten-year
 * data set of 2.1 million observations — an indicator's series (a few scopes),
 * its city map for a year, the dashboard summary and the integration index's
 * values — plus the index's recompute time over the data. Judged as deployed
 * (every answer computed, decision 0017): p99 on one connection, and throughput at
 * the bench's connections beside the bare-Fastify ceiling for the same JSON.
 *
 * Generated data, not real statistics (is_demo, codes BIND_*), the set-based
 * generator of bench/composite-index.ts reshaped to the region:
 * - 420 monthly city-level indicators × 41 cities × 120 months (2015–2024) = 2,066,400;
 * - 60 monthly member-level indicators × 5 scopes (region + 4 members) × 120 months = 36,000,
 *   the index's input (the index reads region and member observations only).
 * The dashboard reads the work-loop data (lib/generate-work.ts, scale 1), generated too when missing.
 */
import os from 'node:os';
import { performance } from 'node:perf_hooks';
import { sql } from 'kysely';
import type { TSchema } from 'typebox';
import { createVersion, publishVersion, recompute } from '../../server/src/modules/composite-index/composite-index.usecases.ts';
import type { IndexSpec } from '../../server/src/modules/composite-index/composite-index.models.ts';
import { ValuesResponse } from '../../server/src/modules/composite-index/composite-index.schemas.ts';
import { SummarySchema } from '../../server/src/modules/dashboard/dashboard.schemas.ts';
import { MapResponse, SeriesResponse } from '../../server/src/modules/indicators/indicators.schemas.ts';
import { systemClock } from '../../server/src/shared/clock.ts';
import { systemActor } from '../../server/src/shared/principal.ts';
import { ensureWorkData } from '../lib/generate-work.ts';
import { progressFor } from '../lib/progress.ts';
import type { ScenarioResult, Suite, SuiteContext, SuiteRun } from '../lib/types.ts';

const CITY_INDICATORS = 420;
const MEMBER_INDICATORS = 60;
const MEMBER_SCOPES = ['region', '310000', '320000', '330000', '340000'];
const FIRST_YEAR = 2015;
const YEARS = 10;
const LAST_YEAR = FIRST_YEAR + YEARS - 1;
const METHOD = 'BIND_INDEX';
/** p99 on one connection, every answer computed (issue 11). */
const P99_MS = 50;
/** Indicators the per-indicator scenarios cycle through, so that no single indicator's pages stay hot. */
const SPREAD = 20;

const cityCode = (n: number) => `BIND_C${String(n).padStart(4, '0')}`;
const memberCode = (n: number) => `BIND_M${String(n).padStart(3, '0')}`;

async function countObservations(context: SuiteContext): Promise<number> {
  const { rows } = await sql<{ n: string }>`SELECT count(*) AS n FROM observations WHERE indicator_id IN (SELECT id FROM indicators WHERE code LIKE 'BIND\\_%')`.execute(context.ownerDb);
  return Number(rows[0]!.n);
}

/** Set-based, like bench/composite-index.ts: one INSERT … SELECT per level; skipped when the rows are there. */
async function ensureIndicatorData(context: SuiteContext): Promise<{ seconds: number | undefined }> {
  const cities = Number((await sql<{ n: string }>`SELECT count(*) AS n FROM cities`.execute(context.ownerDb)).rows[0]!.n);
  const expected = CITY_INDICATORS * cities * YEARS * 12 + MEMBER_INDICATORS * MEMBER_SCOPES.length * YEARS * 12;
  if ((await countObservations(context)) >= expected) return { seconds: undefined };
  context.log(`· generating ${expected.toLocaleString('en-US')} observations (kept in the bench data dir for later runs)…`);
  const t0 = performance.now();
  const owner = context.ownerDb;
  await sql`
    INSERT INTO indicators (code, name_zh, name_en, unit_zh, unit_en, value_kind, direction, level, frequency, is_demo)
    SELECT 'BIND_C' || lpad(n::text, 4, '0'), '【压测】城市指标 ' || n, '[Bench] city indicator ' || n, '', '', 'decimal',
           CASE WHEN n % 4 = 0 THEN 'lower' ELSE 'higher' END, 'city', 'monthly', true
      FROM generate_series(1, ${CITY_INDICATORS}) n
    UNION ALL
    SELECT 'BIND_M' || lpad(n::text, 3, '0'), '【压测】省市指标 ' || n, '[Bench] member indicator ' || n, '', '', 'decimal',
           CASE WHEN n % 4 = 0 THEN 'lower' ELSE 'higher' END, 'member', 'monthly', true
      FROM generate_series(1, ${MEMBER_INDICATORS}) n
    ON CONFLICT (code) DO NOTHING`.execute(owner);
  const months = sql`generate_series(${`${FIRST_YEAR}-01-01`}::date, ${`${LAST_YEAR}-12-01`}::date, interval '1 month') AS m(d)`;
  await sql`
    INSERT INTO observations (indicator_id, scope_key, member_code, city_code, period, year, period_start, value, first_value, status, is_demo, created_at, updated_at)
    SELECT i.id, c.code, c.member_code, c.code, to_char(m.d, 'YYYY-MM'), extract(year FROM m.d)::smallint, m.d::date, v.value, v.value, 'final', true, now(), now()
      FROM indicators i CROSS JOIN cities c CROSS JOIN ${months}
     CROSS JOIN LATERAL (SELECT round((100 + 50 * sin(hashtext(i.code || c.code)) + extract(epoch FROM m.d) / 1e7 + random() * 10)::numeric, 2) AS value) v
     WHERE i.code LIKE 'BIND\\_C%'
    ON CONFLICT DO NOTHING`.execute(owner);
  await sql`
    INSERT INTO observations (indicator_id, scope_key, member_code, city_code, period, year, period_start, value, first_value, status, is_demo, created_at, updated_at)
    SELECT i.id, s.scope, NULLIF(s.scope, 'region'), NULL, to_char(m.d, 'YYYY-MM'), extract(year FROM m.d)::smallint, m.d::date, v.value, v.value, 'final', true, now(), now()
      FROM indicators i CROSS JOIN unnest(${MEMBER_SCOPES}::text[]) AS s(scope) CROSS JOIN ${months}
     CROSS JOIN LATERAL (SELECT round((100 + 50 * sin(hashtext(i.code || s.scope)) + extract(epoch FROM m.d) / 1e7 + random() * 10)::numeric, 2) AS value) v
     WHERE i.code LIKE 'BIND\\_M%'
    ON CONFLICT DO NOTHING`.execute(owner);
  await sql`VACUUM ANALYZE observations`.execute(owner);
  await sql`ANALYZE indicators`.execute(owner);
  return { seconds: (performance.now() - t0) / 1000 };
}

/** The index over every member-level indicator (6 dimensions of 10): published once, then timed on a recompute. */
async function timeRecompute(context: SuiteContext): Promise<{ ms: number; values: number; cells: number }> {
  const deps = { db: context.db, clock: systemClock };
  const actor = systemActor('bench');
  if (!(await context.db.selectFrom('index_methods').select('id').where('code', '=', METHOD).executeTakeFirst())) {
    const spec: IndexSpec = {
      baseYear: FIRST_YEAR, normalisation: 'minmax_base_year', missing: 'reweight', aggregate: 'last',
      dimensions: Array.from({ length: 6 }, (_, d) => ({
        code: `D${d + 1}`, nameZh: `维度${d + 1}`, nameEn: `Dimension ${d + 1}`, weight: 1,
        indicators: Array.from({ length: MEMBER_INDICATORS }, (_, n) => n + 1).filter((n) => n % 6 === d).map((n) => ({ code: memberCode(n), weight: 1 })),
      })),
    };
    await createVersion({ ...deps, actor }, METHOD, { nameZh: '【压测】一体化指数', descriptionZh: '生成数据的基准测试', spec });
    await publishVersion({ ...deps, actor }, METHOD, 1);
  }
  const t0 = performance.now();
  const [run] = await recompute(deps, { trigger: 'manual', methodCode: METHOD });
  const ms = performance.now() - t0;
  return { ms, values: run!.valuesWritten, cells: MEMBER_INDICATORS * MEMBER_SCOPES.length * YEARS };
}

async function prepare(context: SuiteContext) {
  const work = await ensureWorkData(context.ownerDb, { scale: 1, now: new Date(), progress: progressFor(), log: context.log });
  const { seconds } = await ensureIndicatorData(context);
  const recomputed = await timeRecompute(context);
  const counts = (await sql<{ total: string; city: string; indicators: string }>`
    SELECT (SELECT count(*) FROM observations) AS total, (SELECT count(*) FROM observations WHERE city_code IS NOT NULL) AS city,
           (SELECT count(*) FROM indicators) AS indicators`.execute(context.db)).rows[0]!;
  const size = (await sql<{ s: string }>`SELECT pg_size_pretty(pg_total_relation_size('observations')) AS s`.execute(context.ownerDb)).rows[0]!.s;
  const cities = (await sql<{ code: string; member_code: string }>`SELECT code, member_code FROM cities ORDER BY member_code, sort_order, code`.execute(context.db)).rows;
  const suzhou = cities.find((c) => c.code === '320500')?.code ?? cities[0]!.code;
  const jiangsu = cities.filter((c) => c.member_code === '320000').map((c) => c.code);
  const spread = (code: (n: number) => string, route: (c: string) => string) => Array.from({ length: SPREAD }, (_, n) => route(code(n + 1)));
  const scopes = (list: string[]) => list.map((s) => `scope=${s}`).join('&');
  const series = (query: string) => (c: string) => `/api/v1/indicators/${c}/series?${query}`;
  const scenarioList = [
    {
      id: 'ind-series-city',
      title: `GET /api/v1/indicators/:code/series — one city (${suzhou}), ten years of months (120 points), ${SPREAD} indicators in turn`,
      make: series(`scope=${suzhou}&from=${FIRST_YEAR}&to=${LAST_YEAR}`), schema: SeriesResponse, code: cityCode,
    },
    {
      id: 'ind-series-member-cities',
      title: `GET /api/v1/indicators/:code/series — the ${jiangsu.length} cities of 320000, ten years (${(jiangsu.length * 120).toLocaleString('en-US')} points), ${SPREAD} indicators in turn`,
      make: series(`${scopes(jiangsu)}&from=${FIRST_YEAR}&to=${LAST_YEAR}`), schema: SeriesResponse, code: cityCode,
    },
    {
      id: 'ind-series-all',
      title: `GET /api/v1/indicators/:code/series — no scope (all ${cities.length} cities), ten years (${(cities.length * 120).toLocaleString('en-US')} points), ${SPREAD} indicators in turn`,
      make: series(''), schema: SeriesResponse, code: cityCode,
    },
    {
      id: 'ind-series-region',
      title: `GET /api/v1/indicators/:code/series — a member-level indicator, region + 4 members, 2022–2024 (180 points), ${SPREAD} indicators in turn`,
      make: series(`${scopes(MEMBER_SCOPES)}&from=2022&to=${LAST_YEAR}`), schema: SeriesResponse, code: memberCode,
    },
    {
      id: 'ind-map',
      title: `GET /api/v1/indicators/:code/map?year=2024 — ${cities.length} cities' last month of the year, ${SPREAD} indicators in turn`,
      make: (c: string) => `/api/v1/indicators/${c}/map?year=2024`, schema: MapResponse, code: cityCode,
    },
  ];
  const scenarios = [
    ...scenarioList.map((s) => {
      const paths = spread(s.code, s.make);
      return { id: s.id, title: s.title, path: paths[0]!, paths, authenticated: true, bareResponseSchema: s.schema as TSchema };
    }),
    { id: 'dashboard', title: 'GET /api/v1/dashboard/summary?year=2024 — the work-loop data (50k tasks, 200k shares, 500k+ reports)', path: '/api/v1/dashboard/summary?year=2024', authenticated: true, bareResponseSchema: SummarySchema as TSchema },
    { id: 'index-values', title: `GET /api/v1/index-methods/${METHOD}/values — every scope and year (${MEMBER_SCOPES.length * YEARS} values; components only with ?include=components)`, path: `/api/v1/index-methods/${METHOD}/values`, authenticated: true, bareResponseSchema: ValuesResponse as TSchema },
  ];
  const n = (v: string | number) => Number(v).toLocaleString('en-US');
  const preamble = [
    `- Data: ${n(counts.total)} observations (${n(counts.city)} city-level: ${CITY_INDICATORS} monthly city indicators × ${cities.length} cities × ${YEARS * 12} months, ${FIRST_YEAR}–${LAST_YEAR}; ` +
      `the rest ${MEMBER_INDICATORS} monthly member-level indicators × region + 4 members × ${YEARS * 12} months), ${n(counts.indicators)} indicators; observations table ${size} with its indexes. ` +
      `Generated demo data (\`bench/scenarios/indicators.ts\`, ${seconds === undefined ? 'found from an earlier run' : `generated in ${seconds.toFixed(1)} s`}); no revisions beyond the first. ` +
      `Work-loop data for the dashboard: scale 1 (${work.generated ? 'generated' : 'found'}; ${work.marker.seconds} s).`,
    `- Index recompute (${METHOD}: ${MEMBER_INDICATORS} member-level indicators in 6 dimensions, ${n(recomputed.cells * 12)} observations in, ${n(recomputed.values)} values written; composite-index.usecases recompute, whole): ` +
      `**${(recomputed.ms / 1000).toFixed(2)} s**. The index reads region and member observations only (city_code IS NULL), so the 2 million city rows are not its input; ` +
      '`bench/composite-index.ts` times the 1,667-indicator stress case over 2 million member-level rows.',
    `- Machine load average (1, 5, 15 min) when the data was ready: ${os.loadavg().map((l) => l.toFixed(2)).join(', ')} (above 2 on this 2-core machine means other work shared it).`,
  ];
  return { scenarios, preamble };
}

const ms = (n: number) => n.toFixed(2);

function conclude(run: SuiteRun): string[] {
  const single = run.results.filter((r) => r.single);
  const line = (r: ScenarioResult) => `${r.scenario.id} (${ms(r.single!.latency.p99)} ms)`;
  const met = single.filter((r) => r.single!.latency.p99 < P99_MS);
  const missed = single.filter((r) => r.single!.latency.p99 >= P99_MS);
  const ratios = run.results.filter((r) => r.bare).map((r) =>
    `${r.scenario.id} ${Math.round(r.real.reqPerSec).toLocaleString('en-US')} of ${Math.round(r.bare!.reqPerSec).toLocaleString('en-US')} req/s (${((100 * r.real.reqPerSec) / r.bare!.reqPerSec).toFixed(0)} %)`);
  return [
    '#### Targets',
    '',
    `- p99 under ${P99_MS} ms on 1 connection (every answer computed): ${met.length > 0 ? `met by ${met.map(line).join(', ')}` : 'met by none'}` +
      `${missed.length > 0 ? `; **missed** by ${missed.map(line).join(', ')}` : ''}.`,
    `- Throughput flat out beside the bare-Fastify ceiling for the same JSON: ${ratios.join('; ')}.`,
    `- Machine load average (1, 5, 15 min) at the end of the run: ${os.loadavg().map((l) => l.toFixed(2)).join(', ')}.`,
  ];
}

export const indicatorsSuite: Suite = {
  id: 'indicators',
  title: 'Indicators: series, city map, dashboard, integration index (2 million observations)',
  scenarioIds: ['ind-series-city', 'ind-series-member-cities', 'ind-series-all', 'ind-series-region', 'ind-map', 'dashboard', 'index-values'],
  prepare,
  conclude,
};
