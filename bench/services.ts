/**
 * `node --import tsx bench/services.ts [--seconds 20] [--port 3194] [--pg-port 54355]`:
 * the services matrix (issue 16) — GET /api/v1/services/matrix, service ×
 * member availability with each service's usage over the last 12 months — on a
 * generated data set, every answer computed (the platform as deployed), on ONE
 * connection: p99 judged against 50 ms. The usage matrix of one service
 * (origin → destination, all 120 months) is timed the same way beside it.
 *
 * Its own embedded PostgreSQL in var/bench-services (generated once, kept for
 * later runs). Generated data, not real figures: 50 services (codes BSVC-*,
 * is_demo) × 4 members' availability, and usage 50 services × 4 origin × 4
 * destination members × 120 months (up to the current month) = 96,000 rows,
 * all is_demo. Not part of `npm run bench`.
 */
import { performance } from 'node:perf_hooks';
import { sql } from 'kysely';
import { stopLoad } from './lib/load.ts';
import { timeOnOneConnection } from './lib/one-connection.ts';
import { startBenchPlatform } from './lib/platform.ts';
import { numberArg } from './lib/args.ts';

const SECONDS = numberArg('seconds', 20);
const PORT = numberArg('port', 3194);
const PG_PORT = numberArg('pg-port', 54355);
const DATA_DIR = 'var/bench-services';
const SERVICES = 50;
const MONTHS = 120;
const MEMBERS = ['310000', '320000', '330000', '340000'];
/** p99 on one connection (issue 16). */
const P99_MS = 50;
const log = (message: string) => console.log(message);

async function main(): Promise<void> {
  const platform = await startBenchPlatform({ port: PORT, pgPort: PG_PORT, dataDir: DATA_DIR, log });
  try {
    const owner = platform.ownerDb;
    const expected = SERVICES * MEMBERS.length * MEMBERS.length * MONTHS;
    const have = Number((await sql<{ n: string }>`SELECT count(*) AS n FROM public_service_usage WHERE service_id IN (SELECT id FROM public_services WHERE code LIKE 'BSVC-%')`.execute(owner)).rows[0]!.n);
    if (have < expected) {
      log(`Generating ${SERVICES} services and ${expected.toLocaleString('en-US')} usage rows (once; kept in ${DATA_DIR})…`);
      const t0 = performance.now();
      // Set-based, as bench/composite-index.ts: one INSERT … SELECT per table.
      await sql`
        INSERT INTO public_services (code, name_zh, name_en, category, is_demo)
        SELECT 'BSVC-' || lpad(n::text, 3, '0'), '基准服务 ' || n, 'Bench service ' || n,
               (ARRAY['employment','medical_insurance','social_security','pension','government_services'])[1 + n % 5], true
          FROM generate_series(1, ${SERVICES}) n
        ON CONFLICT (code) DO NOTHING`.execute(owner);
      await sql`
        INSERT INTO public_service_availability (service_id, member_code, status, since, channels, all_cities, is_demo)
        SELECT s.id, m.code, (ARRAY['planned','pilot','available','suspended'])[1 + abs(hashtext(s.code || m.code)) % 4],
               '2020-01-01', ARRAY['online','counter'], true, true
          FROM public_services s CROSS JOIN unnest(${MEMBERS}::text[]) AS m(code)
         WHERE s.code LIKE 'BSVC-%'
        ON CONFLICT (service_id, member_code) DO NOTHING`.execute(owner);
      await sql`
        INSERT INTO public_service_usage (service_id, origin_member_code, destination_member_code, month, month_start, count, is_demo)
        SELECT s.id, o.code, d.code, to_char(mo.d, 'YYYY-MM'), mo.d::date, (abs(hashtext(s.code || o.code || d.code || mo.d::text)) % 10000), true
          FROM public_services s
         CROSS JOIN unnest(${MEMBERS}::text[]) AS o(code)
         CROSS JOIN unnest(${MEMBERS}::text[]) AS d(code)
         CROSS JOIN generate_series(date_trunc('month', now()) - make_interval(months => ${MONTHS - 1}), date_trunc('month', now()), interval '1 month') AS mo(d)
         WHERE s.code LIKE 'BSVC-%'
        ON CONFLICT DO NOTHING`.execute(owner);
      await sql`ANALYZE public_service_usage`.execute(owner);
      await sql`ANALYZE public_service_availability`.execute(owner);
      log(`  generated in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
    }
    const one = (await sql<{ id: string }>`SELECT id FROM public_services WHERE code = 'BSVC-001'`.execute(owner)).rows[0]!.id;
    const routes = [['services matrix', '/api/v1/services/matrix'], ['usage matrix of one service (120 months)', `/api/v1/services/${one}/usage/matrix`]] as const;
    const verdicts = await timeOnOneConnection(platform, routes, { seconds: SECONDS, p99TargetMs: P99_MS, log });
    log(`\n${verdicts.join('\n')}`);
  } finally {
    stopLoad();
    await platform.close();
  }
}

await main();
