import type { AppDeps } from '../../app-deps.ts';
import type { FlagKind } from '../../db/schema.ts';
import { decodeCursor, pageOf } from '../../shared/pagination.ts';
import { systemActor, type Actor } from '../../shared/principal.ts';
import { auditedTransaction, type Trx } from '../audit/audit.usecases.ts';
import type { JobHandler } from '../jobs/jobs.models.ts';
import { notifyUser } from '../notifications/notifications.usecases.ts';
import { emitWebhookEvent, type WebhookEvent } from '../notifications/webhooks.usecases.ts';
import { supervisionErrors } from './supervision.errors.ts';
import { nextEscalationAt, notificationKey, noticeText, recipientsFor, TOP_LEVEL, type Grant } from './supervision.ladder.ts';
import * as repo from './supervision.repository.ts';
import { calendarDateIn } from '../../shared/time.ts';
import { desiredFlags, maxDate, type DesiredFlag, type MilestoneFacts, type ShareFacts } from './supervision.rules.ts';
import { scanProjectFlags } from '../projects/projects.flags.ts';
import { regionTimeZone } from '../region/region.time-zone.ts';

type Deps = Pick<AppDeps, 'db' | 'clock'>;
type ScanDeps = Pick<AppDeps, 'db' | 'clock' | 'config'> & { actor: Actor };

export interface ScanResult {
  today: string;
  raised: number;
  resolved: number;
  escalated: number;
  severityChanged: number;
  notifications: number;
  openRed: number;
  openYellow: number;
}

async function loadFacts(trx: Trx, today: string, timeZone: string) {
  const [shares, reported, milestones] = await Promise.all([repo.supervisedShares(trx), repo.reportedPeriods(trx), repo.lateMilestones(trx, today)]);
  const periods = new Map<string, Set<string>>();
  for (const r of reported) (periods.get(r.share_id) ?? periods.set(r.share_id, new Set()).get(r.share_id)!).add(r.period);
  const shareFacts: ShareFacts[] = shares.map((s) => {
    const createdOn = calendarDateIn(s.created_at, timeZone);
    const lastReport = s.last_report_at ? calendarDateIn(new Date(s.last_report_at), timeZone) : null;
    return {
      shareId: s.id,
      taskId: s.task_id,
      memberCode: s.member_code,
      status: s.status,
      percent: Number(s.percent),
      dueDate: s.due_date,
      startDate: s.start_date,
      createdOn,
      lastActivityOn: maxDate(createdOn, s.last_progress_at ? calendarDateIn(s.last_progress_at, timeZone) : null, lastReport),
      cadence: s.reporting_cadence,
      stalledAfterDays: s.stalled_after_days,
      planStart: s.period_start,
      planEnd: s.period_end,
      reportedPeriods: periods.get(s.id) ?? new Set(),
    };
  });
  const milestoneFacts: MilestoneFacts[] = milestones.map((m) => ({
    milestoneId: m.id,
    taskId: m.task_id,
    leadMemberCode: m.lead_member_code,
    leadShareId: m.lead_share_id,
    dueDate: m.due_date,
    completed: m.completed_at !== null,
  }));
  const owners = new Map(shares.map((s) => [s.id, s.owner_body_code]));
  return { shareFacts, milestoneFacts, owners };
}

/** Everything a flag step needs to notify: recipients, texts, the webhook. */
function makeNotifier(trx: Trx, deps: ScanDeps, now: Date, grants: Grant[], owners: Map<string, string | null>) {
  const tasks = new Map<string, { code: string; title_zh: string; title_en: string }>();
  const memberNames = new Map<string, { name_zh: string; name_en: string }>();
  let sent = 0;
  return {
    async prepare(taskIds: string[]) {
      for (const t of await repo.tasksByIds(trx, [...new Set(taskIds)])) tasks.set(t.id, t);
      for (const m of await repo.members(trx)) memberNames.set(m.code, m);
    },
    async notify(flag: repo.FlagRow) {
      const task = tasks.get(flag.task_id);
      const member = memberNames.get(flag.member_code ?? '');
      const text = noticeText({
        kind: flag.kind,
        severity: flag.severity,
        level: flag.escalation_level,
        taskCode: task?.code ?? '',
        taskTitleZh: task?.title_zh ?? '',
        taskTitleEn: task?.title_en ?? '',
        memberNameZh: member?.name_zh ?? flag.member_code ?? '',
        memberNameEn: member?.name_en ?? flag.member_code ?? '',
        period: flag.period,
        detail: flag.detail,
      });
      const share = { memberCode: flag.member_code ?? '', ownerBodyCode: flag.share_id ? (owners.get(flag.share_id) ?? null) : null };
      const users = recipientsFor(flag.escalation_level, share, grants);
      for (const userId of users) {
        const id = await notifyUser(
          trx,
          deps.config,
          { userId, kind: `supervision.${flag.kind}`, dedupKey: notificationKey(flag.id, flag.escalation_level, flag.severity, userId), ...text, link: `/tasks/${flag.task_id}`, flagId: flag.id },
          now,
        );
        if (id) sent += 1;
      }
      return users;
    },
    get sent() {
      return sent;
    },
  };
}

function flagSummary(flag: repo.FlagRow) {
  return { flagId: flag.id, kind: flag.kind, severity: flag.severity, memberCode: flag.member_code, shareId: flag.share_id, milestoneId: flag.milestone_id, period: flag.period, level: flag.escalation_level };
}

async function emit(trx: Trx, event: WebhookEvent, step: string, flag: repo.FlagRow, now: Date) {
  await emitWebhookEvent(trx, event, `${flag.id}:${step}`, { ...flagSummary(flag), taskId: flag.task_id, detail: flag.detail, raisedAt: flag.raised_at.toISOString() }, now);
}

/**
 * Compares what the rules call for with the open flags: raises the new ones
 * (notifying the owners), changes severity, resolves what no longer applies,
 * and moves flags whose grace has run out one rung up the ladder. One
 * transaction under a lock, so concurrent scans never double anything.
 */
export async function runScan(deps: ScanDeps): Promise<ScanResult> {
  return auditedTransaction(deps, async (trx, audit) => {
    await repo.lockScan(trx);
    const now = deps.clock.now();
    const timeZone = await regionTimeZone(trx);
    const today = calendarDateIn(now, timeZone);
    const graceDays = deps.config.escalationGraceDays;
    const { shareFacts, milestoneFacts, owners } = await loadFacts(trx, today, timeZone);
    const desired = desiredFlags(shareFacts, milestoneFacts, { today, reportGraceDays: deps.config.reportGraceDays });
    const open = await repo.openFlags(trx);
    const grants: Grant[] = (await repo.activeGrants(trx)).map((g) => ({ userId: g.user_id, role: g.role, memberCode: g.member_code, bodyCode: g.body_code }));
    const notifier = makeNotifier(trx, deps, now, grants, owners);
    await notifier.prepare([...desired.map((d) => d.taskId), ...open.map((f) => f.task_id)]);
    const taskEvent = (action: string, flag: repo.FlagRow, extra: Record<string, unknown> = {}) =>
      audit({ action, objectType: 'task', objectId: flag.task_id, summary: { ...flagSummary(flag), ...extra } });

    const result = { today, raised: 0, resolved: 0, escalated: 0, severityChanged: 0 };
    const wanted = new Map<string, DesiredFlag>(desired.map((d) => [d.subjectKey, d]));
    const stillOpen: repo.FlagRow[] = [];

    for (const flag of open) {
      const want = wanted.get(flag.subject_key);
      wanted.delete(flag.subject_key);
      if (!want) {
        await repo.resolveFlag(trx, flag.id, now);
        taskEvent('supervision.flag_resolve', flag);
        await emit(trx, 'flag.resolved', 'resolved', flag, now);
        result.resolved += 1;
        continue;
      }
      if (want.severity !== flag.severity) {
        const from = flag.severity;
        await repo.setSeverity(trx, flag.id, want.severity, want.detail);
        Object.assign(flag, { severity: want.severity, detail: want.detail });
        // A flag turning red is news: the current rung hears of it again.
        const recipients = want.severity === 'red' ? await notifier.notify(flag) : [];
        taskEvent('supervision.flag_severity', flag, { from, to: want.severity, recipients: recipients.length });
        result.severityChanged += 1;
      }
      stillOpen.push(flag);
    }

    for (const want of wanted.values()) {
      const flag = await repo.insertFlag(trx, want, now, nextEscalationAt(0, now, graceDays));
      const recipients = await notifier.notify(flag);
      taskEvent('supervision.flag_raise', flag, { detail: want.detail, recipients: recipients.length });
      await emit(trx, 'flag.raised', 'raised', flag, now);
      result.raised += 1;
    }

    for (const flag of stillOpen) {
      if (!flag.next_escalation_at || flag.next_escalation_at > now || flag.escalation_level >= TOP_LEVEL) continue;
      const level = flag.escalation_level + 1;
      const next = nextEscalationAt(level, now, graceDays);
      await repo.escalateFlag(trx, flag.id, level, next);
      Object.assign(flag, { escalation_level: level, next_escalation_at: next });
      const recipients = await notifier.notify(flag);
      taskEvent('supervision.flag_escalate', flag, { recipients: recipients.length });
      await emit(trx, 'flag.escalated', `L${level}`, flag, now);
      result.escalated += 1;
    }

    // Key projects' overdue milestones climb the same ladder (rule and steps in projects.flags.ts).
    const projectFlags = await scanProjectFlags(trx, deps.config, { now, today, graceDays, grants, audit });
    const after = await repo.openFlags(trx);
    const scan: ScanResult = {
      ...result,
      notifications: notifier.sent,
      openRed: after.filter((f) => f.severity === 'red').length,
      openYellow: after.filter((f) => f.severity === 'yellow').length,
    };
    audit({ action: 'supervision.scan', objectType: 'supervision', objectId: null, summary: { ...scan, projectFlags } });
    return scan;
  });
}

export const SCAN_JOB = 'supervision.scan';

export const scanHandler: JobHandler = {
  kind: SCAN_JOB,
  leaseMs: 10 * 60_000,
  async run(deps) {
    await runScan({ ...deps, actor: systemActor('supervision') });
  },
};

export const BOARD_COMPACT_JOB = 'supervision.board_compact';

/** Keeps the board's changes log short: one row per cell after each run (the answers do not change). */
export const boardCompactHandler: JobHandler = {
  kind: BOARD_COMPACT_JOB,
  async run(deps) {
    await repo.compactBoardCounts(deps.db);
  },
};

// --- reading ------------------------------------------------------------------

export type Colour = 'red' | 'yellow' | 'green' | 'empty';

export async function board(deps: Deps, planId: string | undefined) {
  if (planId && !(await repo.planExists(deps.db, planId))) throw supervisionErrors.planNotFound();
  const [areas, members, rows] = await Promise.all([repo.topLevelAreas(deps.db), repo.members(deps.db), repo.boardCounts(deps.db, planId)]);
  type Counts = { total: number; red: number; yellow: number; none: number };
  const cells = new Map<string, Counts>();
  const keyOf = (areaId: string | null, member: string) => `${areaId ?? '-'}|${member}`;
  for (const row of rows) {
    const [total, red, yellow] = [Number(row.total), Number(row.red), Number(row.yellow)];
    // A flag on a pair whose share was since removed still counts (it stays open until the next scan).
    cells.set(keyOf(row.area_id, row.member_code), { total, red, yellow, none: Math.max(0, total - red - yellow) });
  }
  const hasUnassigned = rows.some((r) => r.area_id === null);
  const areaList = [
    ...areas.map((a) => ({ id: a.id as string | null, code: a.code, nameZh: a.name_zh, nameEn: a.name_en })),
    ...(hasUnassigned ? [{ id: null, code: null as string | null, nameZh: '未归入重点领域', nameEn: 'No focus area' }] : []),
  ];
  const colourOf = (c: Counts | undefined): Colour => (!c || c.total === 0 ? 'empty' : c.red ? 'red' : c.yellow ? 'yellow' : 'green');
  // The task list filter that shows exactly the tasks behind a colour's count.
  const FLAG_OF = { red: 'red', yellow: 'yellow_only', green: 'none', empty: null } as const;
  return {
    planId: planId ?? null,
    areas: areaList,
    members: members.map((m) => ({ code: m.code, nameZh: m.name_zh, nameEn: m.name_en, shortZh: m.short_zh, shortEn: m.short_en })),
    cells: areaList.flatMap((area) =>
      members.map((member) => {
        const counts = cells.get(keyOf(area.id, member.code)) ?? { total: 0, red: 0, yellow: 0, none: 0 };
        const colour = colourOf(counts);
        return {
          areaId: area.id,
          memberCode: member.code,
          ...counts,
          colour,
          filters: { planId: planId ?? null, areaId: area.id ?? 'none', memberCode: member.code, flag: FLAG_OF[colour] },
        };
      }),
    ),
  };
}

export interface FlagQuery {
  memberCode?: string;
  taskId?: string;
  severity?: 'red' | 'yellow';
  kind?: FlagKind;
  open?: boolean;
  cursor?: string;
  limit?: number;
}

/** One flag by id, open or resolved (the supervision sheet). */
export async function getFlag(deps: Deps, id: string) {
  const flag = await repo.findFlag(deps.db, id);
  if (!flag) throw supervisionErrors.flagNotFound();
  return flag;
}

export async function listFlags(deps: Deps, query: FlagQuery) {
  const limit = query.limit ?? 50;
  const after = decodeCursor(query.cursor, ['timestamp', 'uuid']) as [string, string] | undefined;
  const rows = await repo.listFlags(deps.db, { ...query, open: query.open ?? true, after, limit });
  return pageOf(rows, limit, (row) => [row.raised_at.toISOString(), row.id]);
}

