/**
 * `node --import tsx bench/composite-index.ts [--pg-port 54349]`: how long a
 * recomputation of the integration index takes over 2 million observations
 * (decision 0014). Its own embedded PostgreSQL in var/bench-index (generated
 * once, kept for later runs); not part of `npm run bench`.
 *
 * Generated data, not real statistics: 1,667 monthly member-level indicators
 * × 5 scopes (the region and 4 members) × 240 months (2005–2024) = 2,000,400
 * observations. Two methods are timed:
 * - STRESS: every one of the 1,667 indicators (10 dimensions), so the SQL
 *   aggregate folds all 2 million rows into ~167k yearly cells;
 * - TYPICAL: 30 of them (6 dimensions), the size of a real index, over the
 *   same 2-million-row table.
 * Each once with the year's last period and once with its mean (which keeps
 * every observation id in the components).
 */
import { performance } from 'node:perf_hooks';
import { sql } from 'kysely';
import { loadConfig } from '../server/src/config.ts';
import { openDatabase } from '../server/src/db/runtime.ts';
import { loadRegion, readRegionFile } from '../server/src/modules/region/region.usecases.ts';
import { systemClock } from '../server/src/shared/clock.ts';
import { systemActor } from '../server/src/shared/principal.ts';
import type { IndexSpec } from '../server/src/modules/composite-index/composite-index.models.ts';
import { yearlyCells } from '../server/src/modules/composite-index/composite-index.repository.ts';
import { createVersion, publishVersion, recompute } from '../server/src/modules/composite-index/composite-index.usecases.ts';

const INDICATORS = 1667;
const SCOPES = ['region', '310000', '320000', '330000', '340000'];
const FIRST_YEAR = 2005;
const YEARS = 20;
const pgPort = Number(process.argv[process.argv.indexOf('--pg-port') + 1] || 54349);
const log = (message: string) => console.log(message);
const code = (n: number) => `BENCH_${String(n).padStart(4, '0')}`;

const config = loadConfig({ YRD_DATA_DIR: 'var/bench-index', YRD_PG_PORT: String(pgPort), YRD_DEMO_DATA: 'false' });
const database = await openDatabase(config, { log: (m) => log(`· ${m}`), allowAttach: false });
const deps = { db: database.appDb, clock: systemClock };
try {
  await loadRegion({ ...deps, actor: systemActor('bench') }, readRegionFile(config.regionFile));
  const owner = database.ownerDb;
  const have = Number((await sql<{ n: string }>`SELECT count(*) AS n FROM observations`.execute(owner)).rows[0]!.n);
  if (have < INDICATORS * SCOPES.length * YEARS * 12) {
    log('Generating 2,000,400 observations (once; kept in var/bench-index)…');
    const t0 = performance.now();
    await sql`
      INSERT INTO indicators (code, name_zh, name_en, unit_zh, unit_en, value_kind, direction, level, frequency, is_demo)
      SELECT 'BENCH_' || lpad(n::text, 4, '0'), '基准指标 ' || n, 'Bench indicator ' || n, '', '', 'decimal',
             CASE WHEN n % 4 = 0 THEN 'lower' ELSE 'higher' END, 'member', 'monthly', true
        FROM generate_series(1, ${INDICATORS}) n
      ON CONFLICT (code) DO NOTHING`.execute(owner);
    await sql`
      INSERT INTO observations (indicator_id, scope_key, member_code, city_code, period, year, period_start, value, first_value, status, is_demo, created_at, updated_at)
      SELECT i.id, s.scope, NULLIF(s.scope, 'region'), NULL, to_char(m.d, 'YYYY-MM'), extract(year FROM m.d)::smallint, m.d::date,
             v.value, v.value, 'final', true, now(), now()
        FROM indicators i
       CROSS JOIN unnest(${SCOPES}::text[]) AS s(scope)
       CROSS JOIN generate_series(${`${FIRST_YEAR}-01-01`}::date, ${`${FIRST_YEAR + YEARS - 1}-12-01`}::date, interval '1 month') AS m(d)
       CROSS JOIN LATERAL (SELECT round((100 + 50 * sin(hashtext(i.code || s.scope)) + extract(epoch FROM m.d) / 1e7 + random() * 10)::numeric, 2) AS value) v
       WHERE i.code LIKE 'BENCH_%'
      ON CONFLICT DO NOTHING`.execute(owner);
    await sql`ANALYZE observations`.execute(owner);
    log(`  generated in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
  }
  const total = Number((await sql<{ n: string }>`SELECT count(*) AS n FROM observations`.execute(owner)).rows[0]!.n);
  log(`${total.toLocaleString('en')} observations in the table.`);

  const specOf = (count: number, dimensions: number, aggregate: 'mean' | 'last'): IndexSpec => ({
    baseYear: FIRST_YEAR, normalisation: 'minmax_base_year', missing: 'reweight', aggregate,
    dimensions: Array.from({ length: dimensions }, (_, d) => ({
      code: `D${d + 1}`, nameZh: `维度${d + 1}`, nameEn: `Dimension ${d + 1}`, weight: 1,
      indicators: Array.from({ length: count }, (_, n) => n + 1).filter((n) => n % dimensions === d).map((n) => ({ code: code(n), weight: 1 })),
    })),
  });
  const actor = systemActor('bench');
  const results: string[] = [];
  for (const [name, count, dimensions] of [['TYPICAL', 30, 6], ['STRESS', INDICATORS, 10]] as const) {
    for (const aggregate of ['last', 'mean'] as const) {
      const methodCode = `BENCH_${name}_${aggregate.toUpperCase()}`;
      const spec = specOf(count, dimensions, aggregate);
      const existing = await database.appDb.selectFrom('index_methods').select('id').where('code', '=', methodCode).executeTakeFirst();
      if (!existing) {
        await createVersion({ ...deps, actor }, methodCode, { nameZh: `基准 ${name}`, descriptionZh: '生成数据的基准测试', spec });
        await publishVersion({ ...deps, actor }, methodCode, 1);
      }
      const codes = spec.dimensions.flatMap((d) => d.indicators.map((i) => i.code));
      const t1 = performance.now();
      const cells = await yearlyCells(database.appDb, codes, aggregate === 'mean' ? codes : []);
      const sqlMs = performance.now() - t1;
      const t2 = performance.now();
      const [run] = await recompute(deps, { trigger: 'manual', methodCode });
      const wallMs = performance.now() - t2;
      const line = `${methodCode}: ${count} indicators, ${cells.length.toLocaleString('en')} yearly cells from ${(cells.length * 12).toLocaleString('en')} observations; ` +
        `SQL aggregate alone ${(sqlMs / 1000).toFixed(2)} s; whole recompute ${(wallMs / 1000).toFixed(2)} s (run's duration_ms ${run!.durationMs}), ${run!.valuesWritten} values written`;
      log(line);
      results.push(line);
    }
  }
  const size = await sql<{ s: string }>`SELECT pg_size_pretty(pg_total_relation_size('index_values')) AS s`.execute(owner);
  log(`index_values on disk: ${size.rows[0]!.s}`);
} finally {
  await database.close();
}
