/**
 * The progress roll-up and the overdue-milestone rule: pure functions, so they
 * are tested without a database.
 *
 * Progress (0–100):
 *  - with linked tasks AND milestones: 50% × the mean progress of the linked
 *    tasks + 50% × the share of milestones done;
 *  - with only one of the two: that one alone (100%);
 *  - with neither: no figure (null).
 * The rule comes back as text in both languages with the numbers put in, so the
 * screen shows exactly how the figure was made.
 */
export const TASK_WEIGHT = 0.5;
export const MILESTONE_WEIGHT = 0.5;

export const PROJECT_TYPES = ['infrastructure', 'industrial_chain', 'ecological', 'cooperation_park', 'demonstration_zone'] as const;
export const PROJECT_PHASES = ['planning', 'approved', 'under_construction', 'in_operation'] as const;
export const CURRENCIES = ['CNY', 'USD', 'EUR'] as const;
export const UNITS = ['hundred_million', 'ten_thousand', 'one'] as const;

export const TYPE_LABELS: Record<string, { zh: string; en: string }> = {
  infrastructure: { zh: '基础设施互联互通', en: 'Infrastructure link' },
  industrial_chain: { zh: '产业链/创新联合体', en: 'Industrial-chain / innovation consortium' },
  ecological: { zh: '生态环境工程', en: 'Ecological work' },
  cooperation_park: { zh: '合作园区', en: 'Cooperation park' },
  demonstration_zone: { zh: '示范区项目', en: 'Demonstration-zone project' },
};
export const PHASE_LABELS: Record<string, { zh: string; en: string }> = {
  planning: { zh: '谋划', en: 'Planning' }, approved: { zh: '已批复', en: 'Approved' },
  under_construction: { zh: '在建', en: 'Under construction' }, in_operation: { zh: '已运营', en: 'In operation' },
};
export const UNIT_LABELS: Record<string, { zh: string; en: string }> = {
  hundred_million: { zh: '亿元', en: '100 million' }, ten_thousand: { zh: '万元', en: '10 thousand' }, one: { zh: '元', en: 'units' },
};

export interface Progress {
  percent: number | null;
  taskCount: number;
  taskMean: number | null;
  milestonesDone: number;
  milestonesTotal: number;
  taskWeight: number;
  milestoneWeight: number;
  ruleZh: string;
  ruleEn: string;
}

const round1 = (n: number) => Math.round(n * 10) / 10;

export function projectProgress(taskProgress: number[], milestones: { done: boolean }[]): Progress {
  const taskCount = taskProgress.length;
  const taskMean = taskCount ? round1(taskProgress.reduce((a, b) => a + b, 0) / taskCount) : null;
  const milestonesTotal = milestones.length;
  const milestonesDone = milestones.filter((m) => m.done).length;
  const share = milestonesTotal ? round1((100 * milestonesDone) / milestonesTotal) : null;
  const [tw, mw] = taskMean !== null && share !== null ? [TASK_WEIGHT, MILESTONE_WEIGHT] : taskMean !== null ? [1, 0] : share !== null ? [0, 1] : [0, 0];
  const percent = taskMean === null && share === null ? null : round1(tw * (taskMean ?? 0) + mw * (share ?? 0));
  const pct = (w: number) => `${round1(w * 100)}%`;
  const zh: string[] = [];
  const en: string[] = [];
  if (taskMean !== null) {
    zh.push(`${pct(tw)} × 关联任务平均进度（${taskCount} 项，平均 ${taskMean}%）`);
    en.push(`${pct(tw)} × mean progress of linked tasks (${taskCount}, mean ${taskMean}%)`);
  }
  if (share !== null) {
    zh.push(`${pct(mw)} × 已完成里程碑占比（${milestonesDone}/${milestonesTotal} = ${share}%）`);
    en.push(`${pct(mw)} × share of milestones done (${milestonesDone}/${milestonesTotal} = ${share}%)`);
  }
  return {
    percent, taskCount, taskMean, milestonesDone, milestonesTotal, taskWeight: tw, milestoneWeight: mw,
    ruleZh: percent === null ? '无关联任务和里程碑，暂无进度。' : `进度 = ${zh.join(' + ')} = ${percent}%`,
    ruleEn: percent === null ? 'No linked tasks or milestones: no progress figure yet.' : `Progress = ${en.join(' + ')} = ${percent}%`,
  };
}

export interface ProjectMilestoneFacts {
  milestoneId: string;
  projectId: string;
  leadMemberCode: string;
  dueDate: string;
  doneOn: string | null;
}

export interface DesiredProjectFlag {
  subjectKey: string;
  projectId: string;
  milestoneId: string;
  memberCode: string;
  severity: 'red';
  detail: { dueDate: string };
}

/** Red, against the lead member, once a milestone not done is past its due date (region calendar date). */
export function overdueProjectMilestoneFlag(m: ProjectMilestoneFacts, today: string): DesiredProjectFlag | undefined {
  if (m.doneOn !== null || m.dueDate >= today) return undefined;
  return { subjectKey: `overdue_project_milestone:${m.milestoneId}`, projectId: m.projectId, milestoneId: m.milestoneId, memberCode: m.leadMemberCode, severity: 'red', detail: { dueDate: m.dueDate } };
}
