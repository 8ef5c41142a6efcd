/**
 * `node --import tsx bench/office-day.ts [--scale 1] [--seconds 60] [--warmup 10] [--connections 50] [--writes 2] [--write]`:
 * the "office day" mixed scenario (issue 13, item 1). Not one user hammering
 * one screen: 52 signed-in people of every role and member (per member 5
 * editors and 4 liaisons, 10 of the Office, 6 observers) at 50 desks, each
 * visit opening My work and then 4 screens drawn by weight, with the person's
 * own filters, while the Office and the members write through the API at a
 * steady rate (reports filed, reports reviewed, share edits). Run once against
 * the platform as deployed (every answer computed: the read cache is gone,
 * decision 0017); reported overall and per screen (req/s, p50, p99), with the
 * verdict on issue 13's target (lib/office-report.ts).
 * The readers run in a child process (lib/office-load.ts), apart from the
 * servers; the writes from this process.
 *
 * Data: the work-loop data set of `npm run bench` at --scale (var/bench for 1×).
 * `--write` replaces the "office-day" section of docs/PERFORMANCE.md.
 */
import { fork } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { sql } from 'kysely';
import { projectRoot } from '../server/src/config.ts';
import { periodOf } from '../server/src/modules/plans/plans.models.ts';
import type { Db } from '../server/src/db/database.ts';
import { ensureWorkData } from './lib/generate-work.ts';
import { compactMyWorkCounts } from '../server/src/modules/reports/my-work.counts.ts';
import { regionTimeZone } from '../server/src/modules/region/region.time-zone.ts';
import { calendarDateIn } from '../server/src/shared/time.ts';
import type { OfficeLoadReply, OfficeLoadRequest, OfficeUser } from './lib/office-load.ts';
import { officeDayTable, officeDayVerdict, type OfficeResult } from './lib/office-report.ts';
import { benchDataDir, startBenchPlatform, type BenchPlatform } from './lib/platform.ts';
import { progressFor } from './lib/progress.ts';
import { replaceMarkedSection } from './lib/report.ts';
import type { BenchRole } from './lib/types.ts';
import { numberArg } from './lib/args.ts';

const SCALE = numberArg('scale', 1);
const SECONDS = numberArg('seconds', 60);
const WARMUP = numberArg('warmup', 10);
const CONNECTIONS = numberArg('connections', 50);
const WRITES_PER_SECOND = numberArg('writes', 2);
const PORT = numberArg('port', 3200);
const PG_PORT = numberArg('pg-port', 54352);
const WRITE = process.argv.includes('--write');
const log = (message: string) => console.log(message);

const MEMBERS = ['310000', '320000', '330000', '340000'];
/**
 * How the mix was chosen: My work is where everyone lands (every visit's first
 * request, and drawn again); members mostly work their own list and tasks; the
 * Office and observers look at the board, meetings and matters more. The
 * weights below are per draw after the landing page.
 */
const WEIGHTS: Record<string, number> = {
  'my-work': 15,
  'my-shares': 10,
  'task-list': 25,
  'task-detail': 25,
  board: 10,
  meetings: 8,
  matters: 7,
};
const SCREENS_PER_VISIT = 4;
const STATUSES = ['not_started', 'on_track', 'delayed'];

interface Person {
  username: string;
  roles: BenchRole[];
  memberCode?: string;
}

function people(): Person[] {
  const list: Person[] = [];
  for (const member of MEMBERS) {
    for (let i = 1; i <= 5; i += 1) list.push({ username: `office-day.editor.${member}.${i}`, roles: [{ role: 'editor', memberCode: member }], memberCode: member });
    for (let i = 1; i <= 4; i += 1) list.push({ username: `office-day.liaison.${member}.${i}`, roles: [{ role: 'liaison', memberCode: member }], memberCode: member });
  }
  for (let i = 1; i <= 10; i += 1) list.push({ username: `office-day.office.${i}`, roles: [{ role: 'office' }] });
  for (let i = 1; i <= 6; i += 1) list.push({ username: `office-day.observer.${i}`, roles: [{ role: 'observer' }] });
  return list;
}

/** Each person's own screens: their member's tasks and filters, or the Office's and observers' views. */
async function screensOf(db: Db, person: Person, n: number, areas: string[], taskIds: Map<string, string[]>, allTaskIds: string[]): Promise<Record<string, string[]>> {
  const member = person.memberCode;
  const status = STATUSES[n % STATUSES.length]!;
  const area = areas[n % areas.length]!;
  const lists = member
    ? [`/api/v1/tasks?memberCode=${member}&status=${status}&limit=50`, `/api/v1/tasks?memberCode=${member}&sort=due&limit=50`, `/api/v1/tasks?memberCode=${member}&areaId=${area}&limit=50`]
    : person.roles[0]!.role === 'office'
      ? [`/api/v1/tasks?areaId=${area}&sort=due&limit=50`, `/api/v1/tasks?status=delayed&limit=50`, `/api/v1/tasks?flag=red&limit=50`]
      : [`/api/v1/tasks?q=${encodeURIComponent(['太湖', '长江', '数字', '生态'][n % 4]!)}&limit=50`, `/api/v1/tasks?areaId=${area}&limit=50`];
  const details = (member ? taskIds.get(member) : allTaskIds) ?? allTaskIds;
  void db;
  return {
    'my-work': ['/api/v1/my-work'],
    'my-shares': member ? [`/api/v1/my-work/shares?limit=50`] : [],
    'task-list': lists,
    'task-detail': details.slice((n * 37) % Math.max(1, details.length - 40), ((n * 37) % Math.max(1, details.length - 40)) + 40).map((id) => `/api/v1/tasks/${id}`),
    board: ['/api/v1/supervision/board'],
    meetings: ['/api/v1/meetings?limit=20'],
    matters: ['/api/v1/matters?limit=20'],
  };
}

async function csrfOf(baseUrl: string, headers: Record<string, string>): Promise<Record<string, string>> {
  const response = await fetch(`${baseUrl}/api/v1/auth/session`, { headers });
  const { csrfToken } = (await response.json()) as { csrfToken: string };
  return { ...headers, 'x-csrf-token': csrfToken, 'content-type': 'application/json' };
}

/**
 * Writes through the API at a steady rate, in turn: a liaison files a report on
 * one of their member's open shares, the Office reviews a submitted report, an
 * editor edits a share's notes. Counts what was answered 2xx and what was not.
 */
function startWriter(platform: BenchPlatform, sessions: { liaisons: Map<string, Record<string, string>>; editors: Map<string, Record<string, string>>; office: Record<string, string> }, perSecond: number) {
  const counts = { reportsFiled: 0, reviews: 0, shareEdits: 0, refused: 0, failed: 0 };
  let stopped = false;
  let turn = 0;
  const send = async (method: string, url: string, headers: Record<string, string>, body: unknown, kind: 'reportsFiled' | 'reviews' | 'shareEdits') => {
    try {
      const response = await fetch(`${platform.baseUrl}${url}`, { method, headers, body: JSON.stringify(body), signal: AbortSignal.timeout(30_000) });
      await response.arrayBuffer();
      if (response.status >= 200 && response.status < 300) counts[kind] += 1;
      else counts.refused += 1;
    } catch {
      counts.failed += 1;
    }
  };
  // Candidates are drawn once, before the load: the writer's own picking must not cost the database
  // what the office's requests need (a random pick over a member's 50k shares per write took 40–150 ms).
  const candidates = prepareWriteCandidates(platform.db);
  const one = async () => {
    const member = MEMBERS[turn % MEMBERS.length]!;
    const kind = turn % 3;
    turn += 1;
    const { reportable, editable } = await candidates;
    if (kind === 0) {
      const row = reportable.get(member)?.pop();
      if (row) await send('POST', `/api/v1/shares/${row.id}/reports`, sessions.liaisons.get(member)!, { period: periodOf(new Date(), row.cadence), body: '本期进展（基准写入）', percent: 40, status: 'on_track' }, 'reportsFiled');
    } else if (kind === 1) {
      const report = await platform.db.selectFrom('progress_reports').select(['id', 'version']).where('review_state', '=', 'submitted').orderBy('submitted_at', 'desc').limit(1).executeTakeFirst();
      if (report) await send('POST', `/api/v1/reports/${report.id}/review`, sessions.office, { decision: 'accept', version: report.version }, 'reviews');
    } else {
      const ids = editable.get(member)!;
      const shareId = ids[turn % ids.length];
      const share = shareId ? await platform.db.selectFrom('task_shares').select(['id', 'version']).where('id', '=', shareId).executeTakeFirst() : undefined;
      if (share) await send('PATCH', `/api/v1/shares/${share.id}`, sessions.editors.get(member)!, { version: share.version, notes: `基准编辑 ${new Date().toISOString()}` }, 'shareEdits');
    }
  };
  const timer = setInterval(() => {
    if (!stopped) void one();
  }, 1000 / perSecond);
  return {
    stop: () => {
      stopped = true;
      clearInterval(timer);
      return counts;
    },
  };
}

/**
 * Per member: open shares of in-force plans with no report in the last day (each filed on once, then
 * dropped), and shares to edit (taken in turn).
 */
async function prepareWriteCandidates(db: Db) {
  const reportable = new Map<string, { id: string; cadence: 'monthly' | 'quarterly' }[]>();
  const editable = new Map<string, string[]>();
  for (const member of MEMBERS) {
    const open = await sql<{ id: string; cadence: 'monthly' | 'quarterly' }>`
      SELECT s.id, p.reporting_cadence AS cadence FROM task_shares s JOIN tasks t ON t.id = s.task_id JOIN plans p ON p.id = t.plan_id
       WHERE s.member_code = ${member} AND s.status <> 'completed' AND p.status = 'in_force'
         AND NOT EXISTS (SELECT 1 FROM progress_reports r WHERE r.share_id = s.id AND r.submitted_at > now() - interval '1 day')
       ORDER BY random() LIMIT 1000`.execute(db);
    reportable.set(member, open.rows);
    const any = await sql<{ id: string }>`SELECT id FROM task_shares WHERE member_code = ${member} ORDER BY random() LIMIT 1000`.execute(db);
    editable.set(member, any.rows.map((r) => r.id));
  }
  return { reportable, editable };
}

function runLoad(request: OfficeLoadRequest): Promise<OfficeResult> {
  const child = fork(fileURLToPath(new URL('./lib/office-load.ts', import.meta.url)), [], { execArgv: ['--import', 'tsx'], stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
  return new Promise((resolve, reject) => {
    child.once('message', (reply: OfficeLoadReply) => (reply.ok ? resolve(reply) : reject(new Error(reply.error))));
    child.once('exit', (code) => reject(new Error(`office load child exited with ${code}`)));
    child.send(request);
  });
}

async function main(): Promise<void> {
  const loadBefore = os.loadavg()[0] ?? 0;
  const platform = await startBenchPlatform({ port: PORT, pgPort: PG_PORT, dataDir: benchDataDir(SCALE), log });
  try {
    await ensureWorkData(platform.ownerDb, { scale: SCALE, now: new Date(), progress: progressFor(), log });
    // As the platform's five-minute job leaves them: My work's kept changes folded, past due dates into one row per member and body.
    await compactMyWorkCounts(platform.db, calendarDateIn(new Date(), await regionTimeZone(platform.db)));
    const areas = (await platform.db.selectFrom('focus_areas').select('id').orderBy('code').execute()).map((a) => a.id);
    const taskIds = new Map<string, string[]>();
    for (const member of MEMBERS) {
      const rows = await sql<{ task_id: string }>`SELECT task_id FROM task_shares WHERE member_code = ${member} ORDER BY random() LIMIT 2000`.execute(platform.db);
      taskIds.set(member, rows.rows.map((r) => r.task_id));
    }
    const allTaskIds = (await sql<{ id: string }>`SELECT id FROM tasks ORDER BY random() LIMIT 2000`.execute(platform.db)).rows.map((r) => r.id);
    log('Signing in the office…');
    const users: OfficeUser[] = [];
    const liaisons = new Map<string, Record<string, string>>();
    const editors = new Map<string, Record<string, string>>();
    let office: Record<string, string> | undefined;
    for (const [n, person] of people().entries()) {
      const headers = await platform.signIn(person.username, person.roles);
      users.push({ username: person.username, headers, screens: await screensOf(platform.db, person, n, areas, taskIds, allTaskIds) });
      const role = person.roles[0]!.role;
      if (role === 'liaison' && !liaisons.has(person.memberCode!)) liaisons.set(person.memberCode!, await csrfOf(platform.baseUrl, headers));
      if (role === 'editor' && !editors.has(person.memberCode!)) editors.set(person.memberCode!, await csrfOf(platform.baseUrl, headers));
      if (role === 'office' && !office) office = await csrfOf(platform.baseUrl, headers);
    }
    const lines = [
      '## Office day (issue 13)',
      '',
      `Run ${new Date().toISOString()} at ${SCALE}× on ${os.cpus().length} × ${os.cpus()[0]?.model ?? '?'}, load average before ${loadBefore.toFixed(2)}. ` +
        `Command: \`node --import tsx bench/office-day.ts --scale ${SCALE} --seconds ${SECONDS} --connections ${CONNECTIONS} --writes ${WRITES_PER_SECOND}\`.`,
      `Mix per draw after the landing page (My work, every visit's first request): ${Object.entries(WEIGHTS).map(([s, w]) => `${s} ${w}`).join(', ')}; ${SCREENS_PER_VISIT} draws per visit.`,
      '',
    ];
    log(`▶ office day: ${WARMUP} s warm-up + ${SECONDS} s, ${WRITES_PER_SECOND} writes/s…`);
    const writer = startWriter(platform, { liaisons, editors, office: office! }, WRITES_PER_SECOND);
    let result: OfficeResult;
    try {
      result = await runLoad({ baseUrl: platform.baseUrl, users, weights: WEIGHTS, screensPerVisit: SCREENS_PER_VISIT, connections: CONNECTIONS, seconds: SECONDS, warmupSeconds: WARMUP, seed: 13 });
    } finally {
      const counts = writer.stop();
      lines.push(`Writes beside the load: ${counts.reportsFiled} reports filed, ${counts.reviews} reviewed, ${counts.shareEdits} share edits; ${counts.refused} refused, ${counts.failed} failed.`, '');
    }
    lines.push(...officeDayTable(result, CONNECTIONS), '#### Target', '', officeDayVerdict(result, { connections: CONNECTIONS, scale: SCALE }), '');
    for (const line of lines) log(line);
    if (WRITE) {
      const file = path.join(projectRoot, 'docs', 'PERFORMANCE.md');
      fs.writeFileSync(file, replaceMarkedSection(fs.readFileSync(file, 'utf8'), 'office-day', lines.join('\n')));
      log(`Wrote the "office-day" section of ${path.relative(process.cwd(), file)}`);
    }
  } finally {
    await platform.close();
  }
}

main().catch((error: unknown) => {
  console.error(`\nOffice-day bench failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
  process.exitCode = 1;
});
