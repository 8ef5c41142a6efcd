import { describe, expect, it } from 'vitest';
import { calendarDateIn } from '../../shared/time.ts';
import {
  addDays,
  daysBetween,
  desiredFlags,
  expectedPercent,
  missingReportFlags,
  overdueMilestoneFlag,
  overdueShareFlag,
  periodOf,
  periodsBetween,
  stalledFlag,
  type ShareFacts,
} from './supervision.rules.ts';
import { nextEscalationAt, noticeText, notificationKey, recipientsFor, type Grant } from './supervision.ladder.ts';

const share = (overrides: Partial<ShareFacts> = {}): ShareFacts => ({
  shareId: 's1',
  taskId: 't1',
  memberCode: '320000',
  status: 'on_track',
  percent: 50,
  dueDate: '2026-12-31',
  startDate: '2026-01-01',
  createdOn: '2026-01-01',
  lastActivityOn: '2026-03-01',
  cadence: 'quarterly',
  stalledAfterDays: 45,
  planStart: '2024-01-01',
  planEnd: '2026-12-31',
  reportedPeriods: new Set(['2026-Q1', '2026-Q2', '2026-Q3']),
  ...overrides,
});
const on = (today: string) => ({ today, reportGraceDays: 7 });

describe('calendar helpers', () => {
  it('count days and periods on the calendar', () => {
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
    expect(addDays('2026-01-01', -1)).toBe('2025-12-31');
    expect(daysBetween('2026-03-01', '2026-03-15')).toBe(14);
    expect(periodOf('2026-05-17', 'quarterly')).toEqual({ code: '2026-Q2', start: '2026-04-01', end: '2026-06-30' });
    expect(periodOf('2024-02-10', 'monthly')).toEqual({ code: '2024-02', start: '2024-02-01', end: '2024-02-29' });
    expect(periodsBetween('2025-11-15', '2026-02-01', 'quarterly').map((p) => p.code)).toEqual(['2025-Q4', '2026-Q1']);
    expect(periodsBetween('2025-11-15', '2026-02-01', 'monthly').map((p) => p.code)).toEqual(['2025-11', '2025-12', '2026-01', '2026-02']);
  });

  it('take "today" in the region time zone, not UTC', () => {
    // 17:30 UTC on 31 Dec is already 1 January in Shanghai.
    expect(calendarDateIn(new Date('2025-12-31T17:30:00Z'), 'Asia/Shanghai')).toBe('2026-01-01');
    expect(calendarDateIn(new Date('2025-12-31T15:30:00Z'), 'Asia/Shanghai')).toBe('2025-12-31');
  });
});

describe('overdue shares', () => {
  it('are red the day after the due date, unless completed', () => {
    expect(overdueShareFlag(share({ dueDate: '2026-03-01', percent: 95 }), on('2026-03-01'))).toBeUndefined();
    expect(overdueShareFlag(share({ dueDate: '2026-03-01', percent: 95 }), on('2026-03-02'))).toMatchObject({ severity: 'red', kind: 'overdue_share', subjectKey: 'overdue_share:s1' });
    expect(overdueShareFlag(share({ dueDate: '2026-03-01', status: 'completed', percent: 100 }), on('2026-06-01'))).toBeUndefined();
    expect(overdueShareFlag(share({ dueDate: null }), on('2030-01-01'))).toBeUndefined();
  });

  it('are yellow within 14 days of the due date when progress is behind the straight line by more than 10 points', () => {
    // Started 1 Jan, due 31 Jan: on 20 Jan about 63% is expected.
    const s = { startDate: '2026-01-01', dueDate: '2026-01-31' };
    expect(expectedPercent('2026-01-01', '2026-01-31', '2026-01-20')).toBeCloseTo(63.3, 1);
    expect(overdueShareFlag(share({ ...s, percent: 50 }), on('2026-01-20'))).toMatchObject({ severity: 'yellow', detail: { reason: 'due_soon_behind' } });
    expect(overdueShareFlag(share({ ...s, percent: 55 }), on('2026-01-20'))).toBeUndefined();
    // More than 14 days ahead: never yellow, however far behind.
    expect(overdueShareFlag(share({ ...s, dueDate: '2026-02-04', percent: 0 }), on('2026-01-20'))).toBeUndefined();
    // The share itself says it is at risk.
    expect(overdueShareFlag(share({ ...s, percent: 90, status: 'at_risk' }), on('2026-01-20'))?.severity).toBe('yellow');
    // Without a task start, the line starts when the share was created.
    expect(overdueShareFlag(share({ ...s, startDate: null, createdOn: '2026-01-15', percent: 25 }), on('2026-01-20'))).toBeUndefined();
  });
});

describe('overdue milestones', () => {
  it('are red once the due date has passed, against the lead member', () => {
    const m = { milestoneId: 'm1', taskId: 't1', leadMemberCode: '310000', leadShareId: 's0', dueDate: '2026-03-01', completed: false };
    expect(overdueMilestoneFlag(m, on('2026-03-01'))).toBeUndefined();
    expect(overdueMilestoneFlag(m, on('2026-03-02'))).toMatchObject({ severity: 'red', memberCode: '310000', shareId: 's0', milestoneId: 'm1' });
    expect(overdueMilestoneFlag({ ...m, completed: true }, on('2026-05-01'))).toBeUndefined();
  });
});

describe('missing reports', () => {
  const fresh = share({ createdOn: '2026-01-10', reportedPeriods: new Set() });
  it('wait for the grace days after the period ends, then yellow, then red two weeks later', () => {
    // Q1 ends 31 March; grace 7 days → due by 7 April.
    expect(missingReportFlags(fresh, on('2026-04-07'))).toEqual([]);
    expect(missingReportFlags(fresh, on('2026-04-08'))).toMatchObject([{ severity: 'yellow', period: '2026-Q1', subjectKey: 'missing_report:s1:2026-Q1', detail: { dueBy: '2026-04-07' } }]);
    expect(missingReportFlags(fresh, on('2026-04-21'))[0]?.severity).toBe('yellow');
    expect(missingReportFlags(fresh, on('2026-04-22'))[0]?.severity).toBe('red');
  });

  it('are satisfied by a submitted or accepted report for the period', () => {
    expect(missingReportFlags(share({ ...fresh, reportedPeriods: new Set(['2026-Q1']) }), on('2026-05-01'))).toEqual([]);
  });

  it('count only periods of the share’s life and of the plan, and none once the share is completed', () => {
    // Created in February: Q1 is owed, Q4 of the year before is not.
    expect(missingReportFlags(share({ createdOn: '2026-02-20', reportedPeriods: new Set() }), on('2026-07-20')).map((f) => f.period)).toEqual(['2026-Q1', '2026-Q2']);
    expect(missingReportFlags(share({ createdOn: '2026-02-20', planEnd: '2026-03-31', reportedPeriods: new Set() }), on('2026-07-20')).map((f) => f.period)).toEqual(['2026-Q1']);
    expect(missingReportFlags(share({ ...fresh, status: 'completed' }), on('2026-07-20'))).toEqual([]);
    expect(missingReportFlags(share({ ...fresh, cadence: 'monthly' }), on('2026-03-09')).map((f) => f.period)).toEqual(['2026-01', '2026-02']);
  });
});

describe('stalled work', () => {
  it('is yellow after the plan’s stalled_after_days without progress, once the task has started', () => {
    const s = share({ lastActivityOn: '2026-01-01', stalledAfterDays: 45 });
    expect(stalledFlag(s, on('2026-02-14'))).toBeUndefined();
    expect(stalledFlag(s, on('2026-02-15'))).toMatchObject({ severity: 'yellow', kind: 'stalled', detail: { lastActivityOn: '2026-01-01' } });
    expect(stalledFlag({ ...s, status: 'completed' }, on('2026-06-01'))).toBeUndefined();
    expect(stalledFlag({ ...s, startDate: '2026-09-01' }, on('2026-06-01'))).toBeUndefined();
  });

  it('and all rules together give one flag per subject', () => {
    const flags = desiredFlags([share({ dueDate: '2026-03-01', lastActivityOn: '2025-12-01', reportedPeriods: new Set() })], [], on('2026-04-10'));
    expect(flags.map((f) => `${f.kind}:${f.severity}`).sort()).toEqual(['missing_report:yellow', 'overdue_share:red', 'stalled:yellow']);
    expect(new Set(flags.map((f) => f.subjectKey)).size).toBe(flags.length);
  });
});

describe('the ladder', () => {
  const grants: Grant[] = [
    { userId: 'u-editor-drc', role: 'editor', memberCode: '320000', bodyCode: 'drc-320000' },
    { userId: 'u-editor-any', role: 'editor', memberCode: '320000', bodyCode: null },
    { userId: 'u-liaison', role: 'liaison', memberCode: '320000', bodyCode: null },
    { userId: 'u-zj-liaison', role: 'liaison', memberCode: '330000', bodyCode: null },
    { userId: 'u-office', role: 'office', memberCode: null, bodyCode: null },
  ];
  it('reaches the owning body’s editors first, else all the member’s editors, else its liaisons', () => {
    expect(recipientsFor(0, { memberCode: '320000', ownerBodyCode: 'drc-320000' }, grants)).toEqual(['u-editor-drc']);
    expect(recipientsFor(0, { memberCode: '320000', ownerBodyCode: null }, grants)).toEqual(['u-editor-any', 'u-editor-drc']);
    expect(recipientsFor(0, { memberCode: '320000', ownerBodyCode: 'rco' }, grants)).toEqual(['u-editor-any', 'u-editor-drc']);
    expect(recipientsFor(0, { memberCode: '330000', ownerBodyCode: null }, grants)).toEqual(['u-zj-liaison']);
  });

  it('then the member’s liaisons, then the Office, and stops there', () => {
    expect(recipientsFor(1, { memberCode: '320000', ownerBodyCode: null }, grants)).toEqual(['u-liaison']);
    expect(recipientsFor(2, { memberCode: '320000', ownerBodyCode: null }, grants)).toEqual(['u-office']);
    const at = new Date('2026-03-02T01:00:00Z');
    expect(nextEscalationAt(0, at, 3)?.toISOString()).toBe('2026-03-05T01:00:00.000Z');
    expect(nextEscalationAt(2, at, 3)).toBeNull();
    expect(notificationKey('f1', 1, 'red', 'u1')).toBe('flag:f1:L1:red:u1');
  });

  it('words every notice in both languages', () => {
    const text = noticeText({ kind: 'missing_report', severity: 'yellow', level: 1, taskCode: '4.1', taskTitleZh: '太湖治理', taskTitleEn: 'Taihu', memberNameZh: '江苏省', memberNameEn: 'Jiangsu', period: '2026-Q1', detail: { dueBy: '2026-04-07' } });
    expect(text.titleZh).toBe('【黄色】4.1 进展报告未按期提交（已升级至成员方联络员）');
    expect(text.titleEn).toBe('[YELLOW] 4.1 progress report missing (escalated to the member liaison)');
    expect(text.bodyEn).toContain('due by 2026-04-07');
  });
});
