#!/usr/bin/env node
/**
 * Mutation check for record-level rules (README.md, "Record-level rules and the mutation check").
 *
 * Each entry below disables one record rule (a member may act only on its own
 * member's records, a user only on their own) by replacing a unique piece of
 * source text. For each, the repository is copied to a temporary directory,
 * the mutation is applied THERE (the working tree is never touched), and the
 * related test files run. The mutation is "killed" when a test that passed on
 * the unmutated copy fails; "survived" otherwise. Exit code 1 if any survived
 * or a search string is missing or no longer unique.
 *
 *   npm run mutation:check              all mutations (slow: minutes each)
 *   npm run mutation:check -- --list    check the search strings only
 *   npm run mutation:check -- tasks.milestone-lead matters.withdraw-raiser
 *   npm run mutation:check -- --source=<dir>   copy another tree (e.g. an export of a commit) instead of this one,
 *                                               when work in progress here breaks the tests for everyone
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { stripVTControlCharacters } from 'node:util';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const MATRIX = 'server/src/access-matrix.test.ts';
/**
 * One row of the matrix is enough to see a record rule fall (a member user's), and a row is a sixth of the
 * file's run time: the liaison's row (member records, and its own inbox, views and done list), or the editor's.
 */
const MEMBER_ROWS = 'liaison: every route';
const SIGNED_IN_ROWS = MEMBER_ROWS;
const EDITOR_ROW = 'editor: every route';

/** { id, file, search, replace, tests: [test files], grep?: vitest -t pattern } */
const MUTATIONS = [
  // Rules whose cases are new in server/test/access/records.ts first, then one per remaining rule; ids name module and rule.
  { id: 'tasks.milestone-lead', file: 'server/src/modules/tasks/tasks.usecases.ts', search: 'if (!leadShare || !canEditShare(deps.principal, leadShare)) throw tasksErrors.notYourShare();', replace: 'if (!leadShare) throw tasksErrors.notYourShare();', tests: [MATRIX], grep: MEMBER_ROWS },
  { id: 'matters.de-escalate-office-only', file: 'server/src/modules/matters/matters.usecases.ts', search: "if (input.direction === 'down' || !liaisonMembers(", replace: 'if (!liaisonMembers(', tests: [MATRIX], grep: MEMBER_ROWS },
  { id: 'saved-views.list-own', file: 'server/src/modules/tasks/tasks.repository.ts', search: "selectFrom('saved_views').selectAll().where('user_id', '=', userId)", replace: "selectFrom('saved_views').selectAll()", tests: [MATRIX], grep: MEMBER_ROWS },
  { id: 'saved-views.delete-own', file: 'server/src/modules/tasks/tasks.repository.ts', search: "deleteFrom('saved_views').where('id', '=', id).where('user_id', '=', userId)", replace: "deleteFrom('saved_views').where('id', '=', id)", tests: [MATRIX], grep: MEMBER_ROWS },
  { id: 'inbox.list-own', file: 'server/src/modules/notifications/notifications.repository.ts', search: ".where('user_id', '=', userId)\n    .orderBy(sql`(read_at IS NULL)::int`, 'desc')", replace: ".orderBy(sql`(read_at IS NULL)::int`, 'desc')", tests: [MATRIX], grep: SIGNED_IN_ROWS },
  { id: 'inbox.read-all-own', file: 'server/src/modules/notifications/notifications.repository.ts', search: "set({ read_at: now }).where('user_id', '=', userId).where('read_at', 'is', null).executeTakeFirst()", replace: "set({ read_at: now }).where('read_at', 'is', null).executeTakeFirst()", tests: [MATRIX], grep: SIGNED_IN_ROWS },
  { id: 'my-work.returned-scope', file: 'server/src/modules/reports/my-work.repository.ts', search: '.where(sql<boolean>`NOT ${hasSuccessor}`).where(inScope(scope));', replace: '.where(sql<boolean>`NOT ${hasSuccessor}`);', tests: [MATRIX], grep: MEMBER_ROWS },
  { id: 'my-work.flags-member', file: 'server/src/modules/reports/my-work.repository.ts', search: "if (filter.memberCodes) query = query.where('f.member_code'", replace: "if (false) query = query.where('f.member_code'", tests: [MATRIX], grep: MEMBER_ROWS },
  { id: 'my-work.review-office-only', file: 'server/src/modules/reports/my-work.usecases.ts', search: 'const rows = ctx.office ? await repo.awaitingReviewPage(', replace: 'const rows = true ? await repo.awaitingReviewPage(', tests: [MATRIX], grep: MEMBER_ROWS },
  { id: 'reports.file-own-share', file: 'server/src/modules/reports/reports.usecases.ts', search: 'if (!canEditShare(principal, share)) throw reportsErrors.notYourShare();', replace: '', tests: [MATRIX], grep: MEMBER_ROWS },
  { id: 'meetings.verdict-own-member', file: 'server/src/modules/meetings/meetings.usecases.ts', search: 'if (!isLiaisonOf(deps.principal, input.memberCode)) throw meetingsErrors.notOwnMember(input.memberCode);', replace: '', tests: [MATRIX], grep: MEMBER_ROWS },
  { id: 'observations.correct-own-member', file: 'server/src/modules/indicators/observations.usecases.ts', search: 'if (!inMemberScope(memberScopeOf(deps.principal), row.member_code)) throw indicatorsErrors.notOwnMember();', replace: '', tests: [MATRIX], grep: MEMBER_ROWS },
  { id: 'matters.withdraw-raiser', file: 'server/src/modules/matters/matters.usecases.ts', search: '&& !(matter.raised_by_member_code && liaisonMembers(deps.principal).includes(matter.raised_by_member_code))) throw mattersErrors.notRaiser();', replace: '&& false) throw mattersErrors.notRaiser();', tests: [MATRIX], grep: MEMBER_ROWS },
  { id: 'tasks.can-edit-share.liaison-member', file: 'server/src/modules/tasks/tasks.policies.ts', search: "(grant.role === 'liaison' && grant.memberCode === share.member_code)", replace: "(grant.role === 'liaison')", tests: [MATRIX], grep: MEMBER_ROWS },
  { id: 'todo.share-scope', file: 'server/src/modules/todo/todo.repository.ts', search: 'return sql`(${sql.join(parts, sql` OR `)})`;', replace: 'return sql`TRUE`;', tests: [MATRIX], grep: MEMBER_ROWS },
  { id: 'observations.import-status-owner', file: 'server/src/modules/indicators/observations.import.jobs.ts', search: "(!mine && !hasRole(principal, 'office'))", replace: 'false', tests: [MATRIX], grep: MEMBER_ROWS },
  { id: 'tokens.push-own-member', file: 'server/src/modules/tokens/tokens.usecases.ts', search: 'memberScope: [token.member_code]', replace: "memberScope: 'all'", tests: ['server/src/modules/tokens/tokens.test.ts'] },
  { id: 'tasks.can-edit-share.editor-body', file: 'server/src/modules/tasks/tasks.policies.ts', search: '(!grant.bodyCode || grant.bodyCode === share.owner_body_code)', replace: 'true', tests: ['server/src/modules/tasks/tasks.test.ts'] },
  { id: 'tasks.can-edit-share.editor-member', file: 'server/src/modules/tasks/tasks.policies.ts', search: "(grant.role === 'editor' && grant.memberCode === share.member_code && ", replace: "(grant.role === 'editor' && ", tests: [MATRIX], grep: EDITOR_ROW },
  { id: 'tasks.share-update-own', file: 'server/src/modules/tasks/tasks.usecases.ts', search: 'if (!canEditShare(deps.principal, share)) throw tasksErrors.notYourShare();', replace: '', tests: [MATRIX], grep: MEMBER_ROWS },
  { id: 'reports.evidence-own-report', file: 'server/src/modules/reports/reports.usecases.ts', search: 'if (!share || !canEditShare(principal, share)) throw reportsErrors.notYourShare();', replace: 'if (!share) throw reportsErrors.notYourShare();', tests: [MATRIX], grep: MEMBER_ROWS },
  { id: 'my-work.shares-scope', file: 'server/src/modules/reports/my-work.repository.ts', search: ".where('s.status', '!=', 'completed')\n    .where(inScope(scope));", replace: ".where('s.status', '!=', 'completed');", tests: [MATRIX], grep: MEMBER_ROWS },
  { id: 'todo.flag-scope', file: 'server/src/modules/todo/todo.repository.ts', search: 'parts.push(sql`(${sql.join(byShare, sql` OR `)})`);', replace: 'parts.push(sql`TRUE`);', tests: [MATRIX], grep: MEMBER_ROWS },
  { id: 'todo.minutes-liaison', file: 'server/src/modules/todo/todo.repository.ts', search: 'AND p.member_code IN (${sql.join(c.scope.liaisonOf)})) mp ON TRUE', replace: ') mp ON TRUE', tests: [MATRIX], grep: MEMBER_ROWS },
  { id: 'todo.done-own', file: 'server/src/modules/todo/todo.repository.ts', search: ".where('actor_user_id', '=', userId)\n", replace: '\n', tests: [MATRIX], grep: SIGNED_IN_ROWS },
  { id: 'matters.raise-own-member', file: 'server/src/modules/matters/matters.usecases.ts', search: 'if (!input.raisedByMemberCode || !own.includes(input.raisedByMemberCode)) throw', replace: 'if (!input.raisedByMemberCode) throw', tests: [MATRIX], grep: MEMBER_ROWS },
  { id: 'matters.escalate-party', file: 'server/src/modules/matters/matters.usecases.ts', search: "|| !liaisonMembers(deps.principal).some((m) => members.includes(m))) throw mattersErrors.notParty();", replace: ') throw mattersErrors.notParty();', tests: [MATRIX], grep: MEMBER_ROWS },
  { id: 'observations.write-own-member', file: 'server/src/modules/indicators/observations.check.ts', search: 'else if (!inMemberScope(memberScope, resolved.scope.memberCode)) fail(', replace: 'else if (false) fail(', tests: [MATRIX], grep: MEMBER_ROWS },
  { id: 'inbox.read-own', file: 'server/src/modules/notifications/notifications.repository.ts', search: "selectAll().where('id', '=', id).where('user_id', '=', userId).executeTakeFirst()", replace: "selectAll().where('id', '=', id).executeTakeFirst()", tests: [MATRIX], grep: SIGNED_IN_ROWS },
  { id: 'reports.editable-own-share', file: 'server/src/modules/reports/reports.routes.ts', search: 'editable: open && canEditShare(principal, r),', replace: 'editable: open,', tests: [MATRIX], grep: MEMBER_ROWS },
  { id: 'preferences.read-own', file: 'server/src/modules/notifications/preferences.repository.ts', search: "selectFrom('notification_preferences').selectAll().where('user_id', '=', userId).executeTakeFirst()", replace: "selectFrom('notification_preferences').selectAll().executeTakeFirst()", tests: [MATRIX], grep: '(admin|liaison): every route' },
];

/** What the copy needs to run the server tests; node_modules is linked, var/test-pg shared (its slots are locked per run). */
// web/scripts: the portal draws its map from the same GeoJSON builder as the web build.
const COPIED = ['server', 'data', 'bin', 'web/scripts', 'package.json', 'tsconfig.json', 'vitest.config.ts'];

/** A failing case, one per line of the matrix's message: `PATCH /api/v1/milestones/:id #other member: expected 403, got 200 …`. */
const CASE_LINE = /^((?:GET|POST|PUT|PATCH|DELETE) \/\S*(?: #[^:\n]*)?): /gm;

const occurrences = (text, search) => text.split(search).length - 1;

function checkSearchStrings(mutations, source) {
  const problems = [];
  for (const m of mutations) {
    const text = fs.readFileSync(path.join(source, m.file), 'utf8');
    const count = occurrences(text, m.search);
    if (count !== 1) problems.push(`${m.id}: search string found ${count} times in ${m.file}`);
    for (const test of m.tests) if (!fs.existsSync(path.join(source, test))) problems.push(`${m.id}: test file ${test} is missing`);
  }
  return problems;
}

function makeCopy(source) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'yrd-mutation-'));
  // The embedded PostgreSQL runs as another OS user when we are root: it must be able to pass through.
  fs.chmodSync(dir, 0o711);
  for (const entry of COPIED) {
    const from = path.join(source, entry);
    if (fs.existsSync(from)) fs.cpSync(from, path.join(dir, entry), { recursive: true });
  }
  fs.symlinkSync(path.join(ROOT, 'node_modules'), path.join(dir, 'node_modules'), 'dir');
  fs.mkdirSync(path.join(ROOT, 'var', 'test-pg'), { recursive: true });
  fs.mkdirSync(path.join(dir, 'var'), { recursive: true });
  fs.symlinkSync(path.join(ROOT, 'var', 'test-pg'), path.join(dir, 'var', 'test-pg'), 'dir');
  return dir;
}

/** Runs test files in the copy; answers the names of the tests that failed (files that failed to run count as one test). */
function runTests(dir, tests, grep) {
  const report = path.join(dir, `vitest-${Date.now()}.json`);
  // No timeout: on a loaded machine a matrix row can outlast the suite's 30 s, and a timeout would hide which cases failed.
  const args = ['vitest', 'run', ...tests, '--reporter=json', `--outputFile=${report}`, '--testTimeout=3600000', '--hookTimeout=3600000', ...(grep ? ['-t', grep] : [])];
  const result = spawnSync('npx', args, { cwd: dir, encoding: 'utf8', env: { ...process.env, CI: '1' }, maxBuffer: 64 * 1024 * 1024 });
  if (!fs.existsSync(report) || (result.status !== 0 && !/"numTotalTests":\s*[1-9]/.test(fs.readFileSync(report, 'utf8')))) {
    return { failed: new Set([`(no tests ran: exit ${result.status}) ${stripVTControlCharacters((result.stdout || '') + (result.stderr || '')).slice(-800)}`]), total: 0 };
  }
  const json = JSON.parse(fs.readFileSync(report, 'utf8'));
  fs.rmSync(report);
  const failed = new Set();
  let total = 0;
  for (const file of json.testResults ?? []) {
    const name = path.relative(dir, file.name);
    if (file.status === 'failed' && (file.assertionResults ?? []).every((a) => a.status !== 'failed')) failed.add(`${name} (file: ${(file.message || '').slice(0, 200)})`);
    for (const a of file.assertionResults ?? []) {
      total += 1;
      if (a.status !== 'failed') continue;
      // The matrix fails one test per role listing every wrong case: compare the cases, so one already failing
      // (someone's work in progress) does not hide a new one.
      const cases = new Set((a.failureMessages ?? []).flatMap((msg) => [...stripVTControlCharacters(msg).matchAll(CASE_LINE)].map((m) => m[1])));
      if (cases.size === 0) failed.add(`${name} > ${a.fullName}`);
      for (const key of cases) failed.add(`${name} > ${a.fullName} > ${key}`);
    }
  }
  return { failed, total };
}

function main() {
  const args = process.argv.slice(2);
  const listOnly = args.includes('--list');
  const wanted = args.filter((a) => !a.startsWith('--'));
  const sourceArg = args.find((a) => a.startsWith('--source='));
  const source = sourceArg ? path.resolve(sourceArg.slice('--source='.length)) : ROOT;
  const unknown = wanted.filter((id) => !MUTATIONS.some((m) => m.id === id));
  if (unknown.length) {
    console.error(`Unknown mutation(s): ${unknown.join(', ')}`);
    process.exit(2);
  }
  const mutations = wanted.length ? MUTATIONS.filter((m) => wanted.includes(m.id)) : MUTATIONS;
  const problems = checkSearchStrings(mutations, source);
  for (const p of problems) console.error(`MISSING  ${p}`);
  if (listOnly) {
    for (const m of mutations) console.log(`${m.id.padEnd(40)} ${m.file}`);
    process.exit(problems.length ? 1 : 0);
  }
  const runnable = mutations.filter((m) => !problems.some((p) => p.startsWith(`${m.id}:`)));

  const dir = makeCopy(source);
  console.log(`Copy of the repository: ${dir}`);
  const results = [];
  try {
    // The unmutated copy first (once per set of test files, just before its first mutation): tests already failing
    // there (others' work in progress, flakes) do not count as kills.
    const baselines = new Map();
    const keyOf = (m) => `${m.tests.join(' ')}|${m.grep ?? ''}`;
    const baselineOf = (m) => {
      const key = keyOf(m);
      if (baselines.has(key)) return baselines.get(key);
      process.stdout.write(`baseline ${key} … `);
      const base = runTests(dir, m.tests, m.grep);
      baselines.set(key, base);
      console.log(`${base.total} tests, ${base.failed.size} failing before any mutation`);
      for (const f of base.failed) console.log(`    (already failing) ${f}`);
      if (base.total === 0) throw new Error(`no test ran for ${key}: ${[...base.failed].join('; ')}`);
      return base;
    };
    for (const m of runnable) {
      const base = baselineOf(m);
      const target = path.join(dir, m.file);
      const original = fs.readFileSync(target, 'utf8');
      fs.writeFileSync(target, original.replace(m.search, () => m.replace));
      const started = Date.now();
      let run;
      try {
        run = runTests(dir, m.tests, m.grep);
      } finally {
        fs.writeFileSync(target, original);
      }
      const newly = [...run.failed].filter((f) => !base.failed.has(f));
      // A run where no test ran proves nothing either way.
      const verdict = run.total === 0 ? 'ERROR' : newly.length > 0 ? 'killed' : 'SURVIVED';
      results.push({ id: m.id, verdict });
      console.log(`${verdict.padEnd(8)} ${m.id} (${Math.round((Date.now() - started) / 1000)} s)${newly.length ? `: ${newly[0].slice(0, 240)}` : ''}`);
    }
  } finally {
    // Unlink the shared directories first, so removing the copy can never reach into them.
    fs.unlinkSync(path.join(dir, 'node_modules'));
    fs.unlinkSync(path.join(dir, 'var', 'test-pg'));
    fs.rmSync(dir, { recursive: true, force: true });
  }
  const survived = results.filter((r) => r.verdict !== 'killed');
  console.log(`\n${results.length - survived.length} killed, ${survived.length} survived, ${problems.length} missing search strings.`);
  process.exit(survived.length || problems.length ? 1 : 0);
}

main();
