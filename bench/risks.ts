/**
 * `node --import tsx bench/risks.ts [--seconds 20] [--port 3196] [--pg-port 54357]`:
 * the joint risk register (issue 16) — GET /api/v1/risks (the register, first
 * page of 100 in code order) and GET /api/v1/risks/heatmap (the 5×5 counts over
 * every risk) — on a generated data set, every answer computed (the platform
 * as deployed), on ONE connection: p99 judged against 50 ms.
 *
 * Its own embedded PostgreSQL in var/bench-risks (generated once, kept for later
 * runs). Generated data, not real assessments: 500 risks (codes BRISK-*, is_demo)
 * spread over the seven areas, likelihood and impact 1–5, one to four owner
 * members, one assessment each. Not part of `npm run bench`.
 */
import { performance } from 'node:perf_hooks';
import { sql } from 'kysely';
import { stopLoad } from './lib/load.ts';
import { timeOnOneConnection } from './lib/one-connection.ts';
import { startBenchPlatform } from './lib/platform.ts';
import { numberArg } from './lib/args.ts';

const SECONDS = numberArg('seconds', 20);
const PORT = numberArg('port', 3196);
const PG_PORT = numberArg('pg-port', 54357);
const DATA_DIR = 'var/bench-risks';
const RISKS = 500;
/** p99 on one connection (issue 16). */
const P99_MS = 50;
const log = (message: string) => console.log(message);

async function main(): Promise<void> {
  const platform = await startBenchPlatform({ port: PORT, pgPort: PG_PORT, dataDir: DATA_DIR, log });
  try {
    const owner = platform.ownerDb;
    const have = Number((await sql<{ n: string }>`SELECT count(*) AS n FROM risks WHERE code LIKE 'BRISK-%'`.execute(owner)).rows[0]!.n);
    if (have < RISKS) {
      log(`Generating ${RISKS} risks (once; kept in ${DATA_DIR})…`);
      const t0 = performance.now();
      // Set-based, as bench/services.ts: one INSERT … SELECT per table.
      await sql`
        INSERT INTO risks (code, title_zh, title_en, description_zh, area, likelihood, impact, owner_member_codes, review_date, status, is_demo)
        SELECT 'BRISK-' || lpad(n::text, 4, '0'), '基准风险 ' || n, 'Bench risk ' || n, '生成的基准数据，非真实评估',
               (ARRAY['industry_supply_chain','finance','energy','food','urban_governance','ecology','public_health'])[1 + n % 7],
               1 + abs(hashtext('l' || n)) % 5, 1 + abs(hashtext('i' || n)) % 5,
               (ARRAY['310000','320000','330000','340000'])[1:1 + n % 4], DATE '2026-12-31',
               (ARRAY['open','open','mitigated','closed'])[1 + n % 4], true
          FROM generate_series(1, ${RISKS}) n
        ON CONFLICT (code) DO NOTHING`.execute(owner);
      await sql`
        INSERT INTO risk_assessments (risk_id, revision, likelihood, impact, status, reason, assessed_by_name)
        SELECT r.id, 1, r.likelihood, r.impact, r.status, '基准数据 / bench data', 'bench'
          FROM risks r WHERE r.code LIKE 'BRISK-%'
        ON CONFLICT DO NOTHING`.execute(owner);
      await sql`ANALYZE risks`.execute(owner);
      log(`  generated in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
    }
    const routes = [['risk register (first 100, code order)', '/api/v1/risks?limit=100'], ['risk heat map (5×5 over 500 risks)', '/api/v1/risks/heatmap']] as const;
    const verdicts = await timeOnOneConnection(platform, routes, { seconds: SECONDS, p99TargetMs: P99_MS, log });
    log(`\n${verdicts.join('\n')}`);
  } finally {
    stopLoad();
    await platform.close();
  }
}

await main();
