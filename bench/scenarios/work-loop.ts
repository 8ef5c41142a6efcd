/**
 * Work-loop suite: the screens people open all day, on a generated data set
 * (scale 1: 50k tasks, 200k shares, 500k+ reports; see lib/generate-work.ts):
 * the filtered task list (also a deep page by cursor), task detail, "My work"
 * of a liaison whose member holds tens of thousands of shares, and the
 * supervision board. The list scenarios run again at --compare-scale (10×) to
 * check that keyset pagination and indexes keep them flat.
 */
import { sql } from 'kysely';
import { findSessionWithUser } from '../../server/src/modules/auth/auth.repository.ts';
import { hashToken } from '../../server/src/modules/auth/auth.usecases.ts';
import { systemClock } from '../../server/src/shared/clock.ts';
import type { UserPrincipal } from '../../server/src/shared/principal.ts';
import { decodeCursor } from '../../server/src/shared/pagination.ts';
import { calendarDateIn } from '../../server/src/shared/time.ts';
import * as myWorkUsecases from '../../server/src/modules/reports/my-work.usecases.ts';
import * as supervisionUsecases from '../../server/src/modules/supervision/supervision.usecases.ts';
import { TASK_CURSORS } from '../../server/src/modules/tasks/tasks.usecases.ts';
import { MySharePage, MyWorkSummarySchema } from '../../server/src/modules/reports/my-work.schemas.ts';
import { BoardSchema } from '../../server/src/modules/supervision/supervision.schemas.ts';
import { boardCountsFromRecords } from '../../server/src/modules/supervision/supervision.repository.ts';
import * as tasksRepository from '../../server/src/modules/tasks/tasks.repository.ts';
import { TaskDetailSchema, TaskPage } from '../../server/src/modules/tasks/tasks.schemas.ts';
import * as tasksUsecases from '../../server/src/modules/tasks/tasks.usecases.ts';
import type { TSchema } from 'typebox';
import { ensureWorkData } from '../lib/generate-work.ts';
import { progressFor } from '../lib/progress.ts';
import { timeQuery } from '../lib/sql-timing.ts';
import { growthTable, verdictLines, type Targets } from '../lib/verdict.ts';
import type { Scenario, Suite, SuiteContext, SuiteRun } from '../lib/types.ts';

export const TARGETS: Targets = { p99Ms: 50, growth: 1.5 };
const LIAISON_MEMBER = '320000';
/** The deep page of the unfiltered list: rows 4,951–5,000 by the default sort. */
const DEEP_PAGE = 100;
const PAGE = 50;
/** Task ids the detail scenario cycles through. */
const DETAIL_IDS = 200;
/** Committed writes a second beside the flat-out runs of the write scenarios: busy reporting days, region-wide. */
const LIST_WRITES_PER_SECOND = 10;
const BOARD_WRITES_PER_SECOND = 1;

const LIST_IDS = ['list-member-status', 'list-area-due', 'list-text', 'list-deep-page'];

type ListQuery = Parameters<typeof tasksUsecases.listTasks>[1];

/** The filter the route's use case builds (tasks.usecases listTasks), so the raw query is the route's query. */
function listFilter(query: ListQuery): tasksRepository.TaskFilter {
  const sort = query.sort ?? 'code';
  return {
    ...query,
    q: query.q?.trim() || undefined,
    sort,
    limit: query.limit ?? PAGE,
    after: decodeCursor(query.cursor, TASK_CURSORS[sort]),
    today: calendarDateIn(systemClock.now(), 'Asia/Shanghai'),
  };
}

function listScenario(id: string, title: string, query: ListQuery): Scenario {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) for (const v of [value].flat()) if (v !== undefined) params.append(key, String(v));
  return {
    id,
    title: `GET /api/v1/tasks — ${title}`,
    path: `/api/v1/tasks?${params.toString()}`,
    authenticated: true,
    bareResponseSchema: TaskPage as TSchema,
    rawSql: { label: 'tasks.repository listTasks', run: ({ db }) => tasksRepository.listTasks(db, listFilter(query)) },
  };
}

/** Walks the unfiltered list page by page, as a user paging would, and returns the cursor of page `page`. */
async function cursorOfPage(context: SuiteContext, headers: Record<string, string>, page: number, route = '/api/v1/tasks'): Promise<string> {
  let cursor: string | null = null;
  for (let i = 1; i < page; i++) {
    const url: string = `${context.baseUrl}${route}?limit=${PAGE}${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`;
    const response = await fetch(url, { headers, signal: AbortSignal.timeout(30_000) });
    if (response.status !== 200) throw new Error(`paging to page ${page}: GET ${url} answered ${response.status}`);
    cursor = ((await response.json()) as { nextCursor: string | null }).nextCursor;
    if (!cursor) throw new Error(`${route} has fewer than ${page} pages`);
  }
  return cursor!;
}

/** The liaison as the session would rebuild it, for the raw timing of "My work". */
async function liaisonPrincipal(context: SuiteContext, username: string): Promise<UserPrincipal> {
  const user = await context.db.selectFrom('users').select(['id', 'username', 'display_name']).where('username', '=', username).executeTakeFirstOrThrow();
  const grants = await context.db.selectFrom('user_roles').select(['id', 'role', 'member_code', 'body_code']).where('user_id', '=', user.id).execute();
  return {
    kind: 'user', userId: user.id, username: user.username, displayName: user.display_name, locale: 'zh-CN', mustChangePassword: false, isDemo: false,
    sessionTokenHash: Buffer.alloc(32), csrfToken: '',
    roles: grants.map((g) => ({ id: g.id, role: g.role, memberCode: g.member_code, bodyCode: g.body_code })),
  };
}

async function prepare(context: SuiteContext) {
  const { marker, generated } = await ensureWorkData(context.ownerDb, { scale: context.scale, now: new Date(), progress: progressFor(), log: context.log });
  if (!generated) context.log(`· work-loop data at scale ${context.scale} found (generated ${marker.generatedAt} in ${marker.seconds} s): reusing it`);
  const office = await context.signIn('bench.office', [{ role: 'office' }]);
  const liaisonName = `bench.liaison.${LIAISON_MEMBER}`;
  const liaison = await context.signIn(liaisonName, [{ role: 'liaison', memberCode: LIAISON_MEMBER }]);
  const principal = await liaisonPrincipal(context, liaisonName);
  const deps = { db: context.db, clock: systemClock };

  const ecology = await context.db.selectFrom('focus_areas').select('id').where('code', '=', '4').executeTakeFirstOrThrow();
  const plan = await context.db.selectFrom('plans').select('id').where('code', '=', 'BENCH-TY-0001').executeTakeFirstOrThrow();
  const ids = (await sql<{ id: string }>`SELECT id FROM tasks ORDER BY random() LIMIT ${DETAIL_IDS}`.execute(context.db)).rows.map((r) => r.id);
  let nextId = 0;
  const cursor = await cursorOfPage(context, office, DEEP_PAGE);
  const sharesCursor = await cursorOfPage(context, liaison, DEEP_PAGE, '/api/v1/my-work/shares');
  const openShares = await context.db.selectFrom('task_shares').select(sql<string>`count(*)`.as('n')).where('member_code', '=', LIAISON_MEMBER).where('status', '!=', 'completed').executeTakeFirstOrThrow();
  const liaisonRole = { role: `liaison of ${LIAISON_MEMBER}`, headers: liaison };

  const scenarios: Scenario[] = [
    listScenario('list-member-status', `one member's delayed tasks (\`memberCode=${LIAISON_MEMBER}&status=delayed\`)`, { memberCode: LIAISON_MEMBER, status: ['delayed'], limit: PAGE }),
    listScenario('list-area-due', 'one focus area by due date (`areaId=<area 4>&sort=due`)', { areaId: ecology.id, sort: 'due', limit: PAGE }),
    listScenario('list-text', 'Chinese substring search (`q=太湖`)', { q: '太湖', limit: PAGE }),
    {
      ...listScenario('list-writes', `one member's delayed tasks while ${LIST_WRITES_PER_SECOND} writes a second are committed`, { memberCode: LIAISON_MEMBER, status: ['delayed'], limit: PAGE }),
      writesPerSecond: LIST_WRITES_PER_SECOND,
    },
    listScenario('list-deep-page', `page ${DEEP_PAGE} of the whole list by cursor (rows ${(DEEP_PAGE - 1) * PAGE + 1}–${DEEP_PAGE * PAGE})`, { limit: PAGE, cursor }),
    {
      id: 'task-detail',
      title: `GET /api/v1/tasks/:id — ${DETAIL_IDS} random tasks in turn`,
      path: `/api/v1/tasks/${ids[0]}`,
      paths: ids.map((id) => `/api/v1/tasks/${id}`),
      authenticated: true,
      bareResponseSchema: TaskDetailSchema as TSchema,
      rawSql: { label: 'tasks.usecases getTask (task, then shares, milestones, bodies, plans, flags)', run: () => tasksUsecases.getTask(deps, ids[nextId++ % ids.length]!) },
    },
    {
      id: 'my-work',
      title: `GET /api/v1/my-work — the summary (totals) for the liaison of ${LIAISON_MEMBER} (${Number(openShares.n).toLocaleString('en-US')} open shares)`,
      path: '/api/v1/my-work',
      authenticated: true,
      signedInAs: liaisonRole,
      bareResponseSchema: MyWorkSummarySchema as TSchema,
      rawSql: { label: 'my-work.usecases myWorkSummary (4 counting queries in parallel)', run: () => myWorkUsecases.myWorkSummary(deps, principal), runs: 50 },
      // Counting ~44k shares (with each one's report for the current period) per request: under 50 connections an
      // answer takes seconds, longer than the 2 s warm-up.
      slow: { durationSeconds: 20, timeoutSeconds: 60 },
    },
    {
      id: 'my-work-shares',
      title: `GET /api/v1/my-work/shares — page ${DEEP_PAGE} of the liaison's open shares by cursor (rows ${(DEEP_PAGE - 1) * PAGE + 1}–${DEEP_PAGE * PAGE})`,
      path: `/api/v1/my-work/shares?limit=${PAGE}&cursor=${encodeURIComponent(sharesCursor)}`,
      authenticated: true,
      signedInAs: liaisonRole,
      bareResponseSchema: MySharePage as TSchema,
      rawSql: { label: 'my-work.usecases mySharesPage', run: () => myWorkUsecases.mySharesPage(deps, principal, { limit: PAGE, cursor: sharesCursor }) },
    },
    {
      id: 'board',
      title: 'GET /api/v1/supervision/board — whole region (counts per cell)',
      path: '/api/v1/supervision/board',
      authenticated: true,
      bareResponseSchema: BoardSchema as TSchema,
      // Reads the kept counts (migration 0011); the preamble times the same counts taken from the records.
      rawSql: { label: 'supervision.usecases board', run: () => supervisionUsecases.board(deps, undefined) },
    },
    {
      id: 'board-writes',
      title: `GET /api/v1/supervision/board — whole region, while ${BOARD_WRITES_PER_SECOND} write a second is committed`,
      path: '/api/v1/supervision/board',
      authenticated: true,
      writesPerSecond: BOARD_WRITES_PER_SECOND,
    },
    {
      id: 'board-plan',
      title: 'GET /api/v1/supervision/board?planId= — one plan (1,000 tasks)',
      path: `/api/v1/supervision/board?planId=${plan.id}`,
      authenticated: true,
      bareResponseSchema: BoardSchema as TSchema,
      rawSql: { label: 'supervision.usecases board (one plan)', run: () => supervisionUsecases.board(deps, plan.id) },
    },
  ];
  const counts = await context.db
    .selectFrom('tasks')
    .select([
      sql<string>`(SELECT count(*) FROM tasks)`.as('tasks'), sql<string>`(SELECT count(*) FROM task_shares)`.as('shares'),
      sql<string>`(SELECT count(*) FROM progress_reports)`.as('reports'), sql<string>`(SELECT count(*) FROM supervision_flags WHERE resolved_at IS NULL)`.as('flags'),
      sql<string>`(SELECT count(*) FROM plans)`.as('plans'),
    ])
    .limit(1)
    .executeTakeFirstOrThrow();
  // An authenticated request whose session this instance has not kept since the last change reads it first (decision 0012): its raw cost.
  const token = decodeURIComponent(office.cookie!.slice(office.cookie!.indexOf('=') + 1));
  const session = await timeQuery('session', () => findSessionWithUser(context.db, hashToken(token)), 200);
  const boardFromRecords = await timeQuery('board from records', () => boardCountsFromRecords(context.db), 50);
  const n = (v: string) => Number(v).toLocaleString('en-US');
  const preamble = [
    `- Data at ${context.scale}×: ${n(counts.tasks)} tasks in ${n(counts.plans)} plans, ${n(counts.shares)} shares, ${n(counts.reports)} progress reports, ` +
      `${n(counts.flags)} open flags (generated in ${marker.seconds} s; \`bench/lib/generate-work.ts\`)`,
    `- Session lookup, made by an authenticated request whose session is not kept from an earlier one (auth.repository findSessionWithUser, raw, sequential; decision 0012): ` +
      `median ${session.medianMs.toFixed(2)} ms (p99 ${session.p99Ms.toFixed(2)} ms) over ${session.runs} runs`,
    `- The region-wide board's counts taken from the records (supervision.repository boardCountsFromRecords, raw, sequential) instead of the kept counts it reads: ` +
      `median ${boardFromRecords.medianMs.toFixed(2)} ms (p99 ${boardFromRecords.p99Ms.toFixed(2)} ms) over ${boardFromRecords.runs} runs`,
  ];
  return { scenarios: scenarios.map((s) => ({ ...s, signedInAs: s.signedInAs ?? { role: 'office', headers: office } })), preamble };
}

export const workLoopSuite: Suite = {
  id: 'work-loop',
  title: 'Work loop: task list, task detail, My work, supervision board',
  scenarioIds: [...LIST_IDS, 'list-writes', 'task-detail', 'my-work', 'my-work-shares', 'board', 'board-writes', 'board-plan'],
  prepare,
  scaling: {
    scenarioIds: LIST_IDS,
    conclude(base: SuiteRun, compared: SuiteRun | undefined) {
      const table = compared ? growthTable(base, compared, TARGETS) : undefined;
      return [
        ...(compared ? [`#### Growth: the list at ${compared.scale}× the data`, '', ...compared.preamble, '', ...table!.lines, ''] : []),
        '#### Targets',
        '',
        ...verdictLines(base, TARGETS, table?.growths),
      ];
    },
  },
};
