/**
 * The to-do queue and the done list of the signed-in user. The queue's counts
 * come from capped count queries (the menu badge), its items from each kind's
 * first page, merged most urgent first: a due date first (the earliest), else
 * the day the item started waiting (the oldest). One kind's full list pages
 * with ?kind=…&cursor=…. Deliberately not My work's summary: nothing here
 * counts a member's whole workload.
 */
import type { AppDeps } from '../../app-deps.ts';
import { decodeCursor, pageOf } from '../../shared/pagination.ts';
import type { Principal } from '../../shared/principal.ts';
import { calendarDateIn } from '../../shared/time.ts';
import { addDays, periodOf } from '../supervision/supervision.rules.ts';
import { COUNT_CAP, kindsFor, scopeOf, TODO_KINDS, type DoneAction, type TodoKind, type TodoScope } from './todo.models.ts';
import * as repo from './todo.repository.ts';
import { regionTimeZone } from '../region/region.time-zone.ts';

type Deps = Pick<AppDeps, 'db' | 'clock' | 'config'>;

async function contextOf(deps: Deps, scope: TodoScope): Promise<repo.QueueContext & { today: string }> {
  const now = deps.clock.now();
  const timeZone = await regionTimeZone(deps.db);
  const today = calendarDateIn(now, timeZone);
  const graceDays = deps.config.reportGraceDays;
  // The current period of each cadence, and the one before while its report is still within the grace days.
  const periods = (['monthly', 'quarterly'] as const).flatMap((cadence) => {
    const current = periodOf(today, cadence);
    const previous = periodOf(addDays(current.start, -1), cadence);
    return [previous, current]
      .map((p) => ({ cadence, code: p.code, start: p.start, end: p.end, due: addDays(p.end, graceDays) }))
      .filter((p) => p.due >= today);
  });
  return { scope, now, timeZone, today, graceDays, periods };
}

function linkOf(row: repo.TodoRow): string {
  switch (row.kind) {
    case 'report_due':
      return `/tasks/${row.task_id}?share=${row.share_id}&period=${row.period}`;
    case 'report_returned':
    case 'report_review':
      return `/tasks/${row.task_id}?report=${row.report_id}`;
    case 'minutes_approve':
    case 'minutes_finalise':
      return `/meetings/${row.record_id}?minutes=${row.revision}`;
    case 'matter_overdue':
      return `/matters/${row.record_id}`;
    case 'flag':
      return `/tasks/${row.task_id}?flag=${row.key}`;
  }
}

function present(row: repo.TodoRow, today: string) {
  return {
    kind: row.kind,
    key: `${row.kind}:${row.key}`,
    recordId: row.record_id,
    taskId: row.task_id,
    shareId: row.share_id,
    reportId: row.report_id,
    titleZh: row.title_zh,
    titleEn: row.title_en,
    code: row.code,
    memberCode: row.member_code,
    period: row.period,
    revision: row.revision,
    severity: row.severity,
    subkind: row.subkind,
    dueDate: row.due_date,
    since: row.since.toISOString(),
    // A matter in the queue is past its deadline by definition (possibly earlier today).
    overdue: row.kind === 'matter_overdue' || (row.due_date !== null && row.due_date < today),
    link: linkOf(row),
  };
}

export type TodoItem = ReturnType<typeof present>;

const cursorOf = (row: repo.TodoRow) => [row.s1, row.s2.toISOString(), row.s3];

/** Most urgent first: the earliest due date, else the oldest wait (by its day), then the longest wait. */
function urgency(timeZone: string) {
  const rank = (i: TodoItem) => i.dueDate ?? calendarDateIn(new Date(i.since), timeZone);
  return (a: TodoItem, b: TodoItem) => rank(a).localeCompare(rank(b)) || a.since.localeCompare(b.since) || a.key.localeCompare(b.key);
}

export interface QueueQuery {
  kind?: TodoKind;
  cursor?: string;
  limit?: number;
}

export async function todoQueue(deps: Deps, principal: Principal, query: QueueQuery) {
  const scope = scopeOf(principal.kind === 'user' ? principal.roles : []);
  const kinds = kindsFor(scope);
  const limit = query.limit ?? 50;
  const ctx = await contextOf(deps, scope);
  // One kind after another on one connection at a time: a handful of small indexed reads, and none for a kind with nothing in it.
  const counts = Object.fromEntries(TODO_KINDS.map((k) => [k, 0])) as Record<TodoKind, number>;
  let capped = false;
  const firsts: repo.TodoRow[] = [];
  for (const kind of kinds) {
    const n = await repo.kindCount(deps.db, kind, ctx);
    counts[kind] = Math.min(n, COUNT_CAP);
    capped ||= n > COUNT_CAP;
    if (n > 0 && !query.kind) firsts.push(...(await repo.kindPage(deps.db, kind, ctx, undefined, limit)).slice(0, limit));
  }
  const total = Object.values(counts).reduce((a, b) => a + b, 0);
  if (query.kind) {
    const after = decodeCursor(query.cursor, ['date', 'timestamp', 'text']) as [string, string, string] | undefined;
    const rows = kinds.includes(query.kind) ? await repo.kindPage(deps.db, query.kind, ctx, after, limit) : [];
    const page = pageOf(rows, limit, cursorOf);
    return { items: page.items.map((r) => present(r, ctx.today)), nextCursor: page.nextCursor, counts, total, capped };
  }
  const items = firsts.map((r) => present(r, ctx.today)).sort(urgency(ctx.timeZone)).slice(0, limit);
  return { items, nextCursor: null, counts, total, capped };
}

// --- done (已办) ------------------------------------------------------------------

type Summary = Record<string, unknown>;

function doneLink(e: { action: string; object_type: string | null; object_id: string | null; summary: Summary }): string | null {
  if (!e.object_id) return null;
  switch (e.object_type) {
    case 'task':
      return typeof e.summary.reportId === 'string' ? `/tasks/${e.object_id}?report=${e.summary.reportId}` : `/tasks/${e.object_id}`;
    case 'meeting':
      return typeof e.summary.revision === 'number' ? `/meetings/${e.object_id}?minutes=${e.summary.revision}` : `/meetings/${e.object_id}`;
    case 'major_matter':
      return `/matters/${e.object_id}`;
    case 'decision':
      return `/decisions/${e.object_id}`;
    case 'agreement':
      return `/agreements/${e.object_id}`;
    default:
      return null;
  }
}

/** What the user acted on, newest first, from the audit trail (every write leaves an event there). */
export async function doneList(deps: Pick<AppDeps, 'db'>, userId: string, query: { cursor?: string; limit?: number }) {
  const limit = query.limit ?? 50;
  const after = decodeCursor(query.cursor, ['bigint']) as [string] | undefined;
  const page = pageOf(await repo.doneEvents(deps.db, userId, after?.[0], limit), limit, (e) => [e.seq]);
  const idsOf = (type: string) => page.items.filter((e) => e.object_type === type && e.object_id).map((e) => e.object_id!);
  const titles = await repo.titles(deps.db, { task: idsOf('task'), meeting: idsOf('meeting'), major_matter: idsOf('major_matter'), decision: idsOf('decision'), agreement: idsOf('agreement') });
  return {
    nextCursor: page.nextCursor,
    items: page.items.map((e) => {
      const record = e.object_id ? titles.get(e.object_id) : undefined;
      const summary = e.summary as Summary;
      return {
        id: e.id,
        action: e.action as DoneAction,
        at: e.occurred_at.toISOString(),
        objectType: e.object_type,
        objectId: e.object_id,
        titleZh: record?.title_zh ?? null,
        titleEn: record?.title_en ?? null,
        code: record?.code ?? null,
        period: typeof summary.period === 'string' ? summary.period : null,
        link: doneLink({ ...e, summary }),
      };
    }),
  };
}
