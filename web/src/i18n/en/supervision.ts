import type { Messages } from '../messages.ts';
import type { supervision as zhCN } from '../zh-CN/supervision.ts';

/** Supervision: flags and the board. */
export const supervision: Messages<typeof zhCN> = {
  flags: {
    title: '{{count}} open flags',
    title_one: '{{count}} open flag',
    severity: 'Severity',
    kind: 'Kind',
    raised: 'Raised',
    level: 'Escalation',
    kinds: {
      overdue_share: 'Share overdue',
      overdue_milestone: 'Milestone overdue',
      missing_report: 'Report missing',
      stalled: 'No progress for too long',
    },
    period: 'period {{period}}',
    raisedAt: 'raised {{time}}',
    levels: { 0: 'Owners reminded', 1: 'Escalated to the liaison', 2: 'Escalated to the Office' },
  },
  board: {
    title: 'Supervision board',
    description: 'Focus areas × members: tasks in which the member holds a share, by flag. Click a cell to see its tasks.',
    allPlans: 'All plans',
    area: 'Focus area',
    noArea: 'No focus area',
    counts: 'red {{red}} · yellow {{yellow}} · none {{none}}',
    cellHint: '{{total}} tasks: {{red}} red, {{yellow}} yellow, {{none}} without flags. Click to see them.',
    cellLabel: '{{total}} tasks, {{red}} red, {{yellow}} yellow',
    emptyCell: 'The member has no tasks in this area',
    legend: { red: 'Red flags', yellow: 'Yellow flags only', green: 'No flags', empty: 'No tasks' },
    membersTabs: 'Members',
    memberColumn: '{{name}}: tasks by focus area',
    memberSummary: '{{total}} tasks: {{red}} red, {{yellow}} yellow. Tap an area to see its tasks.',
    scan: 'Scan now',
    scanDone: 'Scan done ({{today}}): {{raised}} raised, {{resolved}} resolved, {{escalated}} escalated; open now: {{openRed}} red, {{openYellow}} yellow',
  },
};
