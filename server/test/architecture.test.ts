/**
 * The architecture's rules, checked on the source (issue 14, item 22):
 * SQL only in repositories; a repository writes only its own module's tables
 * (another module's tables change through that module's use cases); "now"
 * comes from the injectable clock. Each rule is a scanner over the files,
 * tested on samples first so a scanner that finds nothing cannot pass silently.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '..', 'src');
const modulesDir = path.join(root, 'modules');

function filesUnder(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const full = path.join(dir, e.name);
    if (e.isDirectory()) return filesUnder(full);
    return e.name.endsWith('.ts') && !e.name.endsWith('.test.ts') ? [full] : [];
  });
}

const rel = (file: string) => path.relative(root, file).split(path.sep).join('/');

/** Comments out of the way (a comment may name selectFrom or new Date()). */
function code(text: string): string {
  return text.replace(/\/\*[\s\S]*?\*\//g, '').replace(/^\s*\/\/.*$/gm, '');
}

// ---- 1. SQL only in repositories --------------------------------------------------------------

const QUERY_CALL = /\.\s*(selectFrom|insertInto|updateTable|deleteFrom|replaceInto|mergeInto|executeQuery)\s*\(/g;
const SQL_IMPORT = /import\s*\{([^}]*)\}\s*from\s*'kysely'/g;

function sqlOutsideRepositories(text: string): string[] {
  const found: string[] = [];
  const source = code(text);
  for (const m of source.matchAll(QUERY_CALL)) found.push(`${m[1]}(`);
  for (const m of source.matchAll(SQL_IMPORT)) {
    const names = m[1]!.split(',').map((n) => n.trim()).filter((n) => n && !n.startsWith('type '));
    if (!/^import\s+type\b/.test(m[0]) && names.some((n) => n === 'sql' || n.startsWith('sql as '))) found.push("import { sql } from 'kysely'");
  }
  return found;
}

/** Files that may still hold queries, each with why (remove an entry once its file is clean: a stale entry fails). */
const SQL_ALLOWED: Record<string, string> = {
};

// ---- 2. A repository writes only its own module's tables ---------------------------------------

/** Table → the module that owns it (writes it). A table missing here fails the test: add it. */
const OWNER: Record<string, string> = {
  access_denial_tallies: 'auth', login_challenges: 'auth', login_throttle: 'auth', password_history: 'auth', sessions: 'auth', user_recovery_codes: 'auth', user_totp: 'auth',
  agreements: 'agreements', agreement_clauses: 'agreements', agreement_parties: 'agreements',
  api_tokens: 'tokens',
  app_settings: 'region', bodies: 'region', cities: 'region', members: 'region', regions: 'region',
  audit_events: 'audit',
  calendar_feed_tokens: 'calendar',
  decisions: 'decisions', decision_effects: 'decisions',
  // Only a decision fixes a year's host (its row names the decision); the meetings module reads it for the rotation.
  host_assignments: 'decisions',
  documents: 'documents',
  excel_imports: 'excel',
  focus_areas: 'plans', plans: 'plans', plan_tasks: 'plans', plan_transitions: 'plans', task_baselines: 'plans',
  index_methods: 'composite-index', index_method_versions: 'composite-index', index_runs: 'composite-index', index_values: 'composite-index',
  indicators: 'indicators', indicator_targets: 'indicators', observations: 'indicators', observation_revisions: 'indicators',
  jobs: 'jobs',
  major_matters: 'matters', matter_events: 'matters', matter_members: 'matters',
  meetings: 'meetings', meeting_participants: 'meetings', agenda_items: 'meetings', minutes_versions: 'meetings', minutes_approvals: 'meetings',
  notifications: 'notifications', notification_preferences: 'notifications', webhook_endpoints: 'notifications', webhook_deliveries: 'notifications',
  progress_reports: 'reports', report_evidence: 'reports', my_work_count_deltas: 'reports', my_work_share_buckets: 'reports',
  projects: 'projects', project_members: 'projects', project_milestones: 'projects', project_flags: 'projects',
  publications: 'publications', publication_steps: 'publications',
  results_editions: 'results',
  public_services: 'services', public_service_bodies: 'services', public_service_availability: 'services', public_service_availability_history: 'services',
  public_service_usage: 'services', public_service_indicators: 'services',
  risks: 'risks', risk_measures: 'risks', risk_assessments: 'risks', risk_triggers: 'risks', risk_trigger_states: 'risks', risk_alerts: 'risks',
  saved_views: 'tasks', tasks: 'tasks', task_bodies: 'tasks', task_milestones: 'tasks', task_shares: 'tasks',
  supervision_flags: 'supervision', board_cell_deltas: 'supervision',
  users: 'users', user_roles: 'users',
};

/** Writes by a module other than the owner that stay, each with why ("module:table"). A stale entry fails. */
const SHARED_WRITES: Record<string, string> = {
  'auth:users': 'auth keeps the sign-in columns of an account (password hash and its change time, must-change flag, locale)',
  'region:focus_areas': 'the region data file carries the focus areas; loading it upserts them (plans owns their later edits)',
  'tasks:plan_tasks': 'a task is created in its home plan in the same insert path (createTaskIn)',
  'demo:progress_reports': 'the demo loader writes a back-dated year of labelled demo reports in bulk (the reports use cases stamp now and notify)',
  'demo:task_milestones': 'the same demo history marks its milestones met',
};

const WRITE_CALL = /\.\s*(?:insertInto|updateTable|deleteFrom|mergeInto)\s*\(\s*'([a-z_]+)(?:\s+as\s+\w+)?'/g;
const WRITE_SQL = /(?<!FOR )\b(?:INSERT INTO|UPDATE|DELETE FROM)\s+([a-z_]+)\b/g;

function tablesWritten(text: string): string[] {
  const source = code(text);
  return [...new Set([...source.matchAll(WRITE_CALL), ...source.matchAll(WRITE_SQL)].map((m) => m[1]!))].sort();
}

// ---- 3. "now" from the clock -------------------------------------------------------------------

const WALL_CLOCK = /new Date\(\s*\)|Date\.now\(\s*\)/g;

function wallClockReads(text: string): number {
  return [...code(text).matchAll(WALL_CLOCK)].length;
}

/** Files that read the machine's clock, each with why: real elapsed time against real timers, not the record's "now". */
const CLOCK_ALLOWED: Record<string, string> = {
  'shared/clock.ts': 'the system clock itself',
  'modules/jobs/jobs.worker.ts': 'poll intervals measured against real setTimeout waits; a ManualClock would stall polling',
  'modules/audit/audit.anchors.ts': "a log line's own timestamp (as pino writes it), not a recorded time",
  'cli/web-build.ts': 'how long the web build took, shown to the operator',
  'cli/progress.ts': "the progress bar's redraw rate",
  'db/postgres-supervisor.ts': "the process supervisor's crash-loop window and restart back-off, in real time",
  'db/embedded-postgres.ts': "a deadline for the database process to start, in real time",
};

// ------------------------------------------------------------------------------------------------

describe('the scanners', () => {
  it('find queries and the sql tag outside repositories, not in comments or type imports', () => {
    expect(sqlOutsideRepositories("import { sql } from 'kysely';\nawait trx\n  .selectFrom('plans').execute();")).toEqual(['selectFrom(', "import { sql } from 'kysely'"]);
    expect(sqlOutsideRepositories("await db.deleteFrom('x').execute(); db.executeQuery(q);")).toEqual(['deleteFrom(', 'executeQuery(']);
    expect(sqlOutsideRepositories("import type { Transaction } from 'kysely';\n// db.selectFrom('x')\n/* trx.updateTable('y') */\nawait deps.db.transaction().execute(f);")).toEqual([]);
  });
  it('find the tables a repository writes, by Kysely or raw SQL', () => {
    expect(tablesWritten("trx.insertInto('tasks'); trx\n .updateTable('task_shares as s'); sql`DELETE FROM jobs WHERE x`; sql`SELECT 1 FROM plans FOR UPDATE OF p`")).toEqual(['jobs', 'task_shares', 'tasks']);
  });
  it('find reads of the machine clock but not parsing', () => {
    expect(wallClockReads("const a = new Date(); const b = Date.now(); const c = new Date(s); const d = new Date(Date.UTC(y, 0, 1));")).toBe(2);
  });
});

describe('the architecture', () => {
  const moduleFiles = filesUnder(modulesDir);

  it('keeps SQL in repositories', () => {
    const offenders = moduleFiles
      .filter((f) => !f.endsWith('.repository.ts') && !(rel(f) in SQL_ALLOWED))
      .flatMap((f) => sqlOutsideRepositories(fs.readFileSync(f, 'utf8')).map((what) => `${rel(f)}: ${what}`));
    expect(offenders).toEqual([]);
  });

  it('lets a repository write only its own tables (others change through their use cases)', () => {
    const offenders: string[] = [];
    const used = new Set<string>();
    for (const f of moduleFiles.filter((file) => file.endsWith('.repository.ts'))) {
      const module = rel(f).split('/')[1]!;
      for (const table of tablesWritten(fs.readFileSync(f, 'utf8'))) {
        const owner = OWNER[table];
        if (!owner) offenders.push(`${rel(f)} writes ${table}, which has no owner in OWNER`);
        else if (owner !== module) {
          if (`${module}:${table}` in SHARED_WRITES) used.add(`${module}:${table}`);
          else offenders.push(`${rel(f)} writes ${table}, owned by ${owner}`);
        }
      }
    }
    expect(offenders).toEqual([]);
    expect(Object.keys(SHARED_WRITES).filter((k) => !used.has(k)), 'stale SHARED_WRITES entries').toEqual([]);
  });

  it('takes "now" from the injectable clock', () => {
    const offenders = filesUnder(root)
      .filter((f) => !(rel(f) in CLOCK_ALLOWED) && wallClockReads(fs.readFileSync(f, 'utf8')) > 0)
      .map(rel);
    expect(offenders).toEqual([]);
  });

  it('has no stale allow-list entries', () => {
    const staleSql = Object.keys(SQL_ALLOWED).filter((f) => !fs.existsSync(path.join(root, f)) || sqlOutsideRepositories(fs.readFileSync(path.join(root, f), 'utf8')).length === 0);
    const staleClock = Object.keys(CLOCK_ALLOWED).filter((f) => !fs.existsSync(path.join(root, f)) || wallClockReads(fs.readFileSync(path.join(root, f), 'utf8')) === 0);
    expect([...staleSql, ...staleClock]).toEqual([]);
  });
});
