/**
 * The notification ladder. A flag first reaches the share's owners (level 0);
 * if it is still open after the escalation grace, the member's liaisons
 * (level 1); after another grace, the Regional Cooperation Office (level 2).
 *
 * Owners: the member's editors tied to the body that owns the share; if none,
 * all the member's editors; if none, its liaisons. Only active accounts.
 */
import type { RoleName } from '../../db/schema.ts';
import { DAY } from '../../shared/clock.ts';

export const TOP_LEVEL = 2;

export interface Grant {
  userId: string;
  role: RoleName;
  memberCode: string | null;
  bodyCode: string | null;
}

export function recipientsFor(level: number, share: { memberCode: string; ownerBodyCode: string | null }, grants: readonly Grant[]): string[] {
  const users = (pick: (g: Grant) => boolean) => [...new Set(grants.filter(pick).map((g) => g.userId))].sort();
  const liaisons = () => users((g) => g.role === 'liaison' && g.memberCode === share.memberCode);
  if (level === 0) {
    const editors = (g: Grant) => g.role === 'editor' && g.memberCode === share.memberCode;
    const ofBody = share.ownerBodyCode ? users((g) => editors(g) && g.bodyCode === share.ownerBodyCode) : [];
    if (ofBody.length > 0) return ofBody;
    const allEditors = users(editors);
    return allEditors.length > 0 ? allEditors : liaisons();
  }
  if (level === 1) return liaisons();
  return users((g) => g.role === 'office');
}

/** When the flag moves to the next rung, or null at the top. */
export function nextEscalationAt(level: number, from: Date, graceDays: number): Date | null {
  return level >= TOP_LEVEL ? null : new Date(from.getTime() + graceDays * DAY);
}

/** One reminder per flag, rung, severity and person: the key that makes it impossible to send twice. */
export function notificationKey(flagId: string, level: number, severity: string, userId: string): string {
  return `flag:${flagId}:L${level}:${severity}:${userId}`;
}

export interface NoticeContext {
  kind: string;
  severity: 'red' | 'yellow';
  level: number;
  taskCode: string;
  taskTitleZh: string;
  taskTitleEn: string;
  memberNameZh: string;
  memberNameEn: string;
  period: string | null;
  detail: Record<string, unknown>;
}

const WHAT = {
  overdue_share: { zh: '分工已逾期', en: 'share overdue' },
  due_soon: { zh: '分工临近截止且进度滞后', en: 'share due soon and behind' },
  overdue_milestone: { zh: '里程碑已逾期', en: 'milestone overdue' },
  missing_report: { zh: '进展报告未按期提交', en: 'progress report missing' },
  stalled: { zh: '长时间无进展', en: 'no progress for a long time' },
} as const;

const LEVEL = [
  { zh: '', en: '' },
  { zh: '（已升级至成员方联络员）', en: ' (escalated to the member liaison)' },
  { zh: '（已升级至区域合作办公室）', en: ' (escalated to the Regional Cooperation Office)' },
];

/** The notification's title and body in both working languages. */
export function noticeText(c: NoticeContext) {
  const key = c.kind === 'overdue_share' && c.detail.reason === 'due_soon_behind' ? 'due_soon' : (c.kind as keyof typeof WHAT);
  const what = WHAT[key] ?? { zh: c.kind, en: c.kind };
  const colour = c.severity === 'red' ? { zh: '红色', en: 'RED' } : { zh: '黄色', en: 'YELLOW' };
  const level = LEVEL[c.level] ?? LEVEL[0]!;
  const facts: { zh: string[]; en: string[] } = { zh: [], en: [] };
  if (typeof c.detail.dueDate === 'string') {
    facts.zh.push(`截止日期：${c.detail.dueDate}`);
    facts.en.push(`Due: ${c.detail.dueDate}`);
  }
  if (c.period) {
    facts.zh.push(`报告期：${c.period}，应于 ${String(c.detail.dueBy ?? '')} 前提交`);
    facts.en.push(`Period: ${c.period}, due by ${String(c.detail.dueBy ?? '')}`);
  }
  if (typeof c.detail.lastActivityOn === 'string') {
    facts.zh.push(`最近进展：${c.detail.lastActivityOn}`);
    facts.en.push(`Last progress: ${c.detail.lastActivityOn}`);
  }
  return {
    titleZh: `【${colour.zh}】${c.taskCode} ${what.zh}${level.zh}`,
    titleEn: `[${colour.en}] ${c.taskCode} ${what.en}${level.en}`,
    bodyZh: [`任务 ${c.taskCode}「${c.taskTitleZh}」，${c.memberNameZh}：${what.zh}。`, ...facts.zh].join('\n'),
    bodyEn: [`Task ${c.taskCode} "${c.taskTitleEn || c.taskTitleZh}", ${c.memberNameEn}: ${what.en}.`, ...facts.en].join('\n'),
  };
}
