/**
 * `node --import tsx bench/projects.ts [--seconds 20] [--port 3195] [--pg-port 54356]`:
 * key projects (issue 16) — the project list (GET /api/v1/projects, first page of
 * 200 with members, progress and open flags) and the city map (GET
 * /api/v1/projects/map, counts per city and phase) — on a generated data set,
 * every answer computed (the platform as deployed), on ONE connection: p99
 * judged against 50 ms.
 *
 * Its own embedded PostgreSQL in var/bench-projects (generated once, kept for
 * later runs). Generated data, not real figures: 2,000 projects (codes BPJ-*,
 * is_demo) spread over the 41 cities, types and phases, each with 2 members and
 * 3 milestones. Not part of `npm run bench`.
 */
import { performance } from 'node:perf_hooks';
import { sql } from 'kysely';
import { stopLoad } from './lib/load.ts';
import { timeOnOneConnection } from './lib/one-connection.ts';
import { startBenchPlatform } from './lib/platform.ts';
import { numberArg } from './lib/args.ts';

const SECONDS = numberArg('seconds', 20);
const PORT = numberArg('port', 3195);
const PG_PORT = numberArg('pg-port', 54356);
const DATA_DIR = 'var/bench-projects';
const PROJECTS = 2000;
/** p99 on one connection (issue 16). */
const P99_MS = 50;
const log = (message: string) => console.log(message);

async function main(): Promise<void> {
  const platform = await startBenchPlatform({ port: PORT, pgPort: PG_PORT, dataDir: DATA_DIR, log });
  try {
    const owner = platform.ownerDb;
    const have = Number((await sql<{ n: string }>`SELECT count(*) AS n FROM projects WHERE code LIKE 'BPJ-%'`.execute(owner)).rows[0]!.n);
    if (have < PROJECTS) {
      log(`Generating ${PROJECTS} projects (once; kept in ${DATA_DIR})…`);
      const t0 = performance.now();
      // Set-based, as bench/services.ts: one INSERT … SELECT per table. A project's lead is its location city's member.
      await sql`
        WITH c AS (SELECT code, member_code, row_number() OVER (ORDER BY code) - 1 AS i, count(*) OVER () AS n FROM cities)
        INSERT INTO projects (code, title_zh, title_en, type, lead_member_code, phase, start_date, planned_completion, location_city_code, city_codes, total_investment, is_demo)
        SELECT 'BPJ-' || lpad(g::text, 5, '0'), '基准项目 ' || g, 'Bench project ' || g,
               (ARRAY['infrastructure','industrial_chain','ecological','cooperation_park','demonstration_zone'])[1 + g % 5],
               c.member_code, (ARRAY['planning','approved','under_construction','in_operation'])[1 + g % 4],
               DATE '2020-01-01' + (g % 1000), DATE '2028-01-01' + (g % 1000), c.code, ARRAY[c.code], (g % 500) + 0.5, true
          FROM generate_series(1, ${PROJECTS}) g JOIN c ON c.i = g % c.n
        ON CONFLICT (code) DO NOTHING`.execute(owner);
      await sql`
        INSERT INTO project_members (project_id, member_code, investment)
        SELECT p.id, m.code, 10 FROM projects p
          CROSS JOIN LATERAL (SELECT p.lead_member_code AS code UNION SELECT CASE WHEN p.lead_member_code = '310000' THEN '320000' ELSE '310000' END) m
         WHERE p.code LIKE 'BPJ-%'
        ON CONFLICT DO NOTHING`.execute(owner);
      await sql`
        INSERT INTO project_milestones (project_id, title_zh, due_date, done_on, sort_order)
        SELECT p.id, '里程碑 ' || k, DATE '2024-01-01' + k * 365, CASE WHEN k = 1 THEN DATE '2024-01-01' END, k
          FROM projects p CROSS JOIN generate_series(1, 3) k
         WHERE p.code LIKE 'BPJ-%'`.execute(owner);
      for (const table of ['projects', 'project_members', 'project_milestones']) await sql`ANALYZE ${sql.table(table)}`.execute(owner);
      log(`  generated in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
    }
    const routes = [['project list (first 200)', '/api/v1/projects'], ['projects on the city map', '/api/v1/projects/map']] as const;
    const verdicts = await timeOnOneConnection(platform, routes, { seconds: SECONDS, p99TargetMs: P99_MS, log });
    log(`\n${verdicts.join('\n')}`);
  } finally {
    stopLoad();
    await platform.close();
  }
}

await main();
