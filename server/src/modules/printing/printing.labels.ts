/** Names of codes on the printed page, in both languages (the web UI's words). */
import { STATUS_LABELS } from '../excel/excel.models.ts';
import { listMembers } from '../region/region.usecases.ts';
import type { Lang } from './printing.html.ts';
import type { PrintDeps } from './printing.kinds.ts';

type Words = Record<string, { zh: string; en: string }>;

/** A task's or share's status: the words of the task screens and the Excel files. */
export const WORK_STATUS: Words = STATUS_LABELS;
export const REVIEW_STATE: Words = {
  submitted: { zh: '待审核', en: 'Submitted' },
  accepted: { zh: '已采纳', en: 'Accepted' },
  returned: { zh: '已退回', en: 'Returned' },
  superseded: { zh: '已被修订', en: 'Superseded' },
};
export const SHARE_ROLE: Words = { lead: { zh: '牵头', en: 'Lead' }, participant: { zh: '参与', en: 'Participant' } };
export const FLAG_KIND: Words = {
  overdue_share: { zh: '分工逾期', en: 'Share overdue' },
  overdue_milestone: { zh: '里程碑逾期', en: 'Milestone overdue' },
  missing_report: { zh: '未按期报送进展', en: 'Progress report missing' },
  stalled: { zh: '长期无进展', en: 'No progress for a long time' },
};
export const SEVERITY: Words = { red: { zh: '红色', en: 'Red' }, yellow: { zh: '黄色', en: 'Yellow' } };
export const LADDER: Words = {
  '0': { zh: '责任单位（分工承办人）', en: "The share's owners" },
  '1': { zh: '成员方联络员', en: 'The member liaison' },
  '2': { zh: '区域合作办公室', en: 'The Regional Cooperation Office' },
};
export const VERDICT: Words = { approve: { zh: '同意', en: 'Approved' }, request_change: { zh: '要求修改', en: 'Change requested' } };
export const MINUTES_STATUS: Words = { draft: { zh: '草稿', en: 'Draft' }, superseded: { zh: '已被替代', en: 'Superseded' }, final: { zh: '定稿', en: 'Final' } };
export const EFFECT_KIND: Words = {
  adopt_plan: { zh: '通过规划', en: 'Adopts a plan' },
  approve_agreement: { zh: '批准协议', en: 'Approves an agreement' },
  resolve_matter: { zh: '解决重大事项', en: 'Resolves a major matter' },
  fix_next_host: { zh: '确定下届轮值', en: 'Fixes the next host' },
  create_tasks: { zh: '部署任务', en: 'Creates tasks' },
};
export const MATTER_EVENT: Words = {
  raised: { zh: '提出', en: 'Raised' },
  coordinated: { zh: '协调', en: 'Coordinated' },
  escalated: { zh: '提级', en: 'Escalated' },
  de_escalated: { zh: '降级', en: 'De-escalated' },
  auto_escalated: { zh: '逾期自动提级', en: 'Escalated automatically' },
  resolved: { zh: '已解决', en: 'Resolved' },
  withdrawn: { zh: '撤回', en: 'Withdrawn' },
  comment: { zh: '意见', en: 'Comment' },
};
export const MATTER_STATUS: Words = { open: { zh: '办理中', en: 'Open' }, resolved: { zh: '已解决', en: 'Resolved' }, withdrawn: { zh: '已撤回', en: 'Withdrawn' } };
export const TIER: Words = {
  decision: { zh: '决策层', en: 'Decision tier' },
  coordination: { zh: '协调层', en: 'Coordination tier' },
  execution: { zh: '执行层', en: 'Execution tier' },
};

export function word(words: Words, lang: Lang, key: string | null | undefined): string {
  if (!key) return '—';
  const w = words[key];
  return w ? (lang === 'en' ? w.en : w.zh) : key;
}

/** Member code → its name in the page's language (codes identify; names display). */
export async function memberNames(deps: PrintDeps, lang: Lang): Promise<(code: string | null | undefined) => string> {
  const page = await listMembers(deps, { limit: 200 });
  const names = new Map(page.items.map((m) => [m.code, lang === 'en' ? m.name_en || m.name_zh : m.name_zh]));
  return (code) => (code ? `${names.get(code) ?? code}` : '—');
}
