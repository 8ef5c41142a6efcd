import type { AppDeps } from '../../app-deps.ts';
import type { WorkStatus } from '../../db/schema.ts';
import { calendarDateIn } from '../../shared/time.ts';
import { BEHIND, decisionsDrill, mattersDrill, reportsDrill, rulesFor, STATUSES, tasksDrill, type Drill } from './dashboard.models.ts';
import * as repo from './dashboard.repository.ts';
import { regionTimeZone } from '../region/region.time-zone.ts';

type Deps = Pick<AppDeps, 'db' | 'clock' | 'config'>;

export interface Figure extends Drill {
  value: number;
  /** How many of the counted records are demo data (the screen labels the figure). */
  demo: number;
}

const figure = (value: number, demo: number, drill: Drill): Figure => ({ value, demo, ...drill });
const mean = (sum: number, n: number) => (n === 0 ? null : Math.round((sum / n) * 10) / 10);

/** Per status of a breakdown row: the count and the list of exactly those records. */
function breakdown(rows: { status: WorkStatus; n: string; demo: string; sum: string }[], drillOf: (status: WorkStatus | null) => Drill) {
  const by = new Map(rows.map((r) => [r.status, r]));
  const total = rows.reduce((n, r) => n + Number(r.n), 0);
  const demo = rows.reduce((n, r) => n + Number(r.demo), 0);
  const sum = rows.reduce((n, r) => n + Number(r.sum), 0);
  return {
    total: figure(total, demo, drillOf(null)),
    meanProgress: mean(sum, total),
    statuses: STATUSES.map((status) => ({ status, value: Number(by.get(status)?.n ?? 0), demo: Number(by.get(status)?.demo ?? 0), ...drillOf(status) })),
  };
}

/**
 * The year's headline figures, progress by focus area and by member. Seven
 * aggregate statements run side by side; every figure names the list that
 * shows its records.
 */
export async function summary(deps: Deps, requestedYear?: number) {
  const timeZone = await regionTimeZone(deps.db);
  const today = calendarDateIn(deps.clock.now(), timeZone);
  const year = requestedYear ?? Number(today.slice(0, 4));
  const grace = deps.config.reportGraceDays;
  const [tasks, byArea, byMember, reports, matters, decisions, areas, members] = await Promise.all([
    repo.taskCounts(deps.db, year, today),
    repo.tasksByArea(deps.db, year),
    repo.sharesByMember(deps.db, year),
    repo.reportCounts(deps.db, year, grace),
    repo.resolvedMatterCounts(deps.db, year),
    repo.decisionCounts(deps.db, year),
    repo.rootAreas(deps.db),
    repo.members(deps.db),
  ]);

  const due: [string, number][] = [['dueYear', year]];
  const count = (match: (r: (typeof tasks)[number]) => boolean, demoOnly = false) =>
    tasks.filter((r) => match(r) && (!demoOnly || r.is_demo)).reduce((n, r) => n + Number(r.n), 0);
  const taskFigure = (match: (r: (typeof tasks)[number]) => boolean, params: [string, string | number | boolean][]) =>
    figure(count(match), count(match, true), tasksDrill([...due, ...params]));

  const areaRows = (id: string | null) => byArea.filter((r) => r.area_id === id).map((r) => ({ status: r.status, n: r.n, demo: r.demo, sum: r.progress_sum }));
  const areaEntry = (id: string | null, label: { code: string | null; nameZh: string; nameEn: string }) => ({
    areaId: id,
    ...label,
    ...breakdown(areaRows(id), (status) => tasksDrill([...due, ['areaId', id ?? 'none'], ...(status ? [['status', status] as [string, string]] : [])])),
  });
  const noArea = areaRows(null);

  return {
    year,
    today,
    tasks: {
      total: taskFigure(() => true, []),
      completed: taskFigure((r) => r.status === 'completed', [['status', 'completed']]),
      onTrack: taskFigure((r) => r.status === 'on_track', [['status', 'on_track']]),
      behind: taskFigure((r) => BEHIND.includes(r.status), BEHIND.map((s) => ['status', s])),
      notStarted: taskFigure((r) => r.status === 'not_started', [['status', 'not_started']]),
      overdue: taskFigure((r) => r.overdue, [['overdue', true]]),
    },
    reports: {
      accepted: figure(Number(reports.accepted), Number(reports.accepted_demo), reportsDrill([['year', year], ['state', 'accepted']])),
      acceptedOnTime: figure(Number(reports.on_time), Number(reports.on_time_demo), reportsDrill([['year', year], ['state', 'accepted'], ['timeliness', 'on_time']])),
    },
    matters: {
      resolved: figure(Number(matters.n), Number(matters.demo), mattersDrill([['status', 'resolved'], ['resolvedYear', year]])),
    },
    decisions: {
      total: figure(Number(decisions.n), Number(decisions.demo), decisionsDrill([['year', year]])),
      implemented: figure(Number(decisions.implemented), Number(decisions.implemented_demo), decisionsDrill([['year', year], ['implemented', true]])),
    },
    byArea: [
      ...areas.map((a) => areaEntry(a.id, { code: a.code, nameZh: a.name_zh, nameEn: a.name_en })),
      // Tasks without a focus area get their own row only when there are some.
      ...(noArea.length ? [areaEntry(null, { code: null, nameZh: '未归入领域', nameEn: 'No focus area' })] : []),
    ],
    byMember: members.map((m) => ({
      memberCode: m.code,
      nameZh: m.name_zh,
      nameEn: m.name_en,
      shortZh: m.short_zh,
      shortEn: m.short_en,
      ...breakdown(
        byMember.filter((r) => r.member_code === m.code).map((r) => ({ status: r.status, n: r.n, demo: r.demo, sum: r.percent_sum })),
        (status) => tasksDrill([...due, ['memberCode', m.code], ['memberRole', 'any'], ...(status ? [['shareStatus', status] as [string, string]] : [])]),
      ),
    })),
    rules: rulesFor(year, grace),
  };
}
