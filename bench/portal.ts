/**
 * `node --import tsx bench/portal.ts [--seconds 20] [--connections 50] [--port 3216] [--pg-port 54377]`
 * (or `npm run bench -- --only portal`): the public portal under a crowd of readers (issue 17).
 *
 * On the 1× bench data (var/bench), 300 generated tasks and every plan are published (once; kept),
 * then `--connections` anonymous readers cycle through distinct pages — the home page, every section
 * and the results page in both languages, each published record in both languages, the Atom feed, the
 * sitemap and the public iCal feed — so no one page is asked for over and over. Every answer is
 * computed (no cache in front; ETag/304 spares a browser's repeat visits, not this load).
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { sql } from 'kysely';
import { loadConfig, projectRoot } from '../server/src/config.ts';
import { proposePublication, transitionPublication } from '../server/src/modules/publications/publications.usecases.ts';
import { systemClock } from '../server/src/shared/clock.ts';
import { systemActor } from '../server/src/shared/principal.ts';
import { numberArg } from './lib/args.ts';
import { ensureWorkData } from './lib/generate-work.ts';
import { generateLoad, stopLoad } from './lib/load.ts';
import { BENCH_DATA_DIR, startBenchPlatform } from './lib/platform.ts';
import { progressFor } from './lib/progress.ts';
import { replaceMarkedSection } from './lib/report.ts';

const SECONDS = numberArg('seconds', 20);
const CONNECTIONS = numberArg('connections', 50);
const PORT = numberArg('port', 3216);
const PG_PORT = numberArg('pg-port', 54377);
const TASKS = 300;
const REPORT_FILE = path.join(projectRoot, 'docs', 'PERFORMANCE.md');
const log = (message: string) => console.log(message);

async function main(): Promise<void> {
  const loadBefore = os.loadavg()[0] ?? 0;
  const platform = await startBenchPlatform({ port: PORT, pgPort: PG_PORT, dataDir: BENCH_DATA_DIR, log });
  try {
    await ensureWorkData(platform.ownerDb, { scale: 1, now: new Date(), progress: progressFor(), log });
    const config = loadConfig({ YRD_DATA_DIR: BENCH_DATA_DIR, YRD_PG_PORT: String(PG_PORT), YRD_DEMO_DATA: 'false' });
    const deps = { db: platform.db, clock: systemClock, config, actor: systemActor('bench-portal') };
    const published = await sql<{ id: string }>`SELECT id FROM publications WHERE state = 'published'`.execute(platform.ownerDb);
    if (published.rows.length < TASKS) {
      log(`Publishing ${TASKS} generated tasks and every plan (once; kept in ${BENCH_DATA_DIR})…`);
      const tasks = await sql<{ id: string }>`SELECT id FROM tasks t WHERE NOT EXISTS (SELECT 1 FROM publications p WHERE p.record_id = t.id) ORDER BY code LIMIT ${TASKS}`.execute(platform.ownerDb);
      const plans = await sql<{ id: string }>`SELECT id FROM plans p WHERE NOT EXISTS (SELECT 1 FROM publications x WHERE x.record_id = p.id)`.execute(platform.ownerDb);
      for (const [kind, rows] of [['task', tasks.rows], ['plan', plans.rows]] as const) {
        for (const row of rows) {
          const id = await proposePublication(deps, { kind, recordId: row.id, isDemo: true });
          await transitionPublication(deps, id, { to: 'approved', version: 1 });
          await transitionPublication(deps, id, { to: 'published', version: 2 });
        }
      }
    }
    const ids = (await sql<{ id: string }>`SELECT id FROM publications WHERE state = 'published' AND disclosure = 'public' ORDER BY published_at DESC`.execute(platform.ownerDb)).rows.map((r) => r.id);
    const pages = ['', '/plans', '/meetings', '/agreements', '/indicators', '/registers', '/results', ...ids.map((id) => `/records/${id}`)];
    const paths = [
      ...pages.flatMap((p) => [`/public${p}`, `/public/en${p}`]),
      '/public/feed.atom', '/public/sitemap.xml', '/api/v1/calendar/published.ics',
    ];
    log(`${CONNECTIONS} anonymous readers over ${paths.length} distinct pages (${ids.length} published records), ${SECONDS} s…`);
    const result = await generateLoad('portal', { url: `${platform.baseUrl}/public`, paths, headers: {}, connections: CONNECTIONS, durationSeconds: SECONDS, warmupSeconds: 5 });
    const { p50, p97_5: p975, p99 } = result.latency;
    const line = `| ${CONNECTIONS} readers, ${paths.length} distinct pages | ${result.reqPerSec.toFixed(0)} req/s | ${p50.toFixed(1)} ms | ${p975.toFixed(1)} ms | ${p99.toFixed(1)} ms | ${result.totalRequests.toLocaleString('en-US')} |`;
    const section = [
      `### Public portal (issue 17) — ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC`,
      '',
      `\`npm run bench -- --only portal\`: on the 1× bench data with ${ids.length} published records (generated, is_demo), anonymous readers cycle through every portal page in both ` +
        `languages, each published record, the Atom feed, the sitemap and the public iCal feed; every answer computed. ${SECONDS} s after a 5 s warm-up; load average before: ${loadBefore.toFixed(2)}.`,
      '',
      '| load | throughput | p50 | p97.5 | p99 | requests |',
      '|---|---|---|---|---|---|',
      line,
    ].join('\n');
    fs.writeFileSync(REPORT_FILE, replaceMarkedSection(fs.readFileSync(REPORT_FILE, 'utf8'), 'portal', section));
    log(`\n${line}\n\nWritten to docs/PERFORMANCE.md.`);
  } finally {
    stopLoad();
    await platform.close();
  }
}

await main();
