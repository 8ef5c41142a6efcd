/**
 * What each dashboard figure counts, in words shown beside it, and the list
 * address that shows exactly the counted records. The drill-down of a figure
 * uses the same filters as the list screens (task list, reports, matters,
 * decisions), so the list's length is the figure.
 */
import type { WorkStatus } from '../../db/schema.ts';
import { IMPLEMENTED_RULE } from '../decisions/decisions.models.ts';

export const STATUSES: readonly WorkStatus[] = ['completed', 'on_track', 'at_risk', 'delayed', 'not_started'];
/** "Behind" on the dashboard: the two statuses of the roll-up rule that say a task is late or at risk. */
export const BEHIND: readonly WorkStatus[] = ['at_risk', 'delayed'];

export interface Rule {
  zh: string;
  en: string;
}

export function rulesFor(year: number, reportGraceDays: number): Record<'tasks' | 'reports' | 'matters' | 'decisions' | 'byArea' | 'byMember', Rule> {
  return {
    tasks: {
      zh: `任务按到期日计入 ${year} 年（无到期日的任务不计），按汇总状态统计：已完成；正常推进；滞后＝有风险或延误（任一成员方分工有风险或延误，即任务汇总规则）；未启动。逾期＝到期日已过（按区域时区的今天）而未完成，同时计入其所属状态。`,
      en: `Tasks count in ${year} by their due date (tasks without one are not counted), by rolled-up status: completed; on track; behind = at risk or delayed (any member share at risk or delayed, the task roll-up rule); not started. Overdue = due date passed (today in the region's time zone) and not completed; these also count under their status.`,
    },
    reports: {
      zh: `进展报告按报告期计入 ${year} 年，统计经办公室审核采纳的报告。按期：该成员方对该报告期的首次报送不晚于报告期结束后 ${reportGraceDays} 天（区域时区的日历日，与督办“未按期报告”规则相同）；退回后修改再报的，以首次报送时间为准。`,
      en: `Progress reports count in ${year} by their reporting period; counted are those the Office accepted. On time: the member first filed for the period no later than ${reportGraceDays} days after the period ended (calendar days in the region's time zone, as the supervision rule for missing reports); a revision after a return keeps the date of the first filing.`,
    },
    matters: {
      zh: `重大事项按解决它的决定作出的日期计入 ${year} 年（区域时区）。`,
      en: `Major matters count in ${year} by the date of the decision that resolved them (in the region's time zone).`,
    },
    decisions: {
      zh: `会议决定按作出日期计入 ${year} 年（区域时区）。${IMPLEMENTED_RULE.zh}`,
      en: `Meeting decisions count in ${year} by the date they were taken (in the region's time zone). ${IMPLEMENTED_RULE.en}`,
    },
    byArea: {
      zh: '按一级重点领域（含其子领域）统计当年到期任务的汇总状态；平均进度为这些任务进度的算术平均。',
      en: "Tasks due in the year by top-level focus area (sub-areas included) and rolled-up status; mean progress is the plain mean of those tasks' progress.",
    },
    byMember: {
      zh: '按成员方统计其在当年到期任务中所承担分工的状态（成员方自己的分工，而非任务汇总状态）；平均进度为这些分工进度的算术平均。',
      en: "Each member's own shares of the tasks due in the year, by the share's status (the member's part, not the task's rolled-up status); mean progress is the plain mean of those shares' percentages.",
    },
  };
}

/** A list address: the web path with its query, and the same query on the API (so the count can be checked). */
export interface Drill {
  drill: string;
  api: string;
}

type Params = [string, string | number | boolean][];

function query(params: Params): string {
  const search = new URLSearchParams();
  for (const [key, value] of params) search.append(key, String(value));
  return search.toString();
}

export function tasksDrill(params: Params): Drill {
  const q = query(params);
  return { drill: `/tasks?${q}`, api: `/api/v1/tasks?${q}` };
}

export function reportsDrill(params: Params): Drill {
  const q = query(params);
  return { drill: `/reports?${q}`, api: `/api/v1/reports?${q}` };
}

/** The matters screen opens on its board; view=list is the table with filters. */
export function mattersDrill(params: Params): Drill {
  const q = query(params);
  return { drill: `/matters?${query([['view', 'list'], ...params])}`, api: `/api/v1/matters?${q}` };
}

export function decisionsDrill(params: Params): Drill {
  const q = query(params);
  return { drill: `/decisions?${q}`, api: `/api/v1/decisions?${q}` };
}
