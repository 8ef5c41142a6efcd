/**
 * The results reports (issue 17, item 1): what the results conference presents each year, the
 * quarterly bulletin and a member's own annual report. One engine builds each as a list of blocks
 * (results.build.ts); the web page, Word (results.docx.ts) and the printed PDF (results.html.ts)
 * render the same blocks, so the three never disagree.
 */
import type { ResultsKind } from '../../db/schema.ts';
import type { Period } from './results.repository.ts';

export const RESULTS_KINDS = ['annual', 'quarterly', 'member'] as const satisfies readonly ResultsKind[];
export const NARRATIVE_KEYS = ['foreword', 'outlook'] as const;
export const BLOCK_TYPES = ['heading', 'paragraph', 'narrative', 'figures', 'table', 'note'] as const;
export const REF_KINDS = ['plan', 'task', 'meeting', 'decision', 'agreement', 'matter', 'indicator', 'observation', 'index-method', 'service', 'project', 'risk'] as const;
export type RefKind = (typeof REF_KINDS)[number];
// The printed pages' language helpers: one definition for every rendering of a record.
export { pick, t, type Lang } from '../printing/printing.html.ts';
import type { Lang } from '../printing/printing.html.ts';

/** A body table shows at most this many rows; the appendix lists every record. */
export const BODY_ROWS = 50;

export interface ReportKey {
  kind: ResultsKind;
  year: number;
  quarter: number | null;
  memberCode: string | null;
}

/** The web page of a record, as the report links it. */
export const HREF: Record<RefKind, (id: string, code: string | null) => string> = {
  plan: (id) => `/plans/${id}`,
  task: (id) => `/tasks/${id}`,
  meeting: (id) => `/meetings/${id}`,
  decision: (id) => `/decisions/${id}`,
  agreement: (id) => `/agreements/${id}`,
  matter: (id) => `/matters/${id}`,
  indicator: (_id, code) => `/indicators/${encodeURIComponent(code ?? '')}`,
  observation: (_id, code) => `/indicators/${encodeURIComponent(code ?? '')}/observations`,
  'index-method': (_id, code) => `/index-methods/${encodeURIComponent(code ?? '')}`,
  service: (id) => `/services/${id}`,
  project: (id) => `/projects/${id}`,
  risk: (id) => `/risks/${id}`,
};

export function periodOf(key: ReportKey): Period {
  if (key.kind !== 'quarterly' || key.quarter === null) return { start: `${key.year}-01-01`, end: `${key.year}-12-31` };
  const firstMonth = (key.quarter - 1) * 3 + 1;
  const lastMonth = firstMonth + 2;
  const lastDay = new Date(Date.UTC(key.year, lastMonth, 0)).getUTCDate();
  const mm = (m: number) => String(m).padStart(2, '0');
  return { start: `${key.year}-${mm(firstMonth)}-01`, end: `${key.year}-${mm(lastMonth)}-${lastDay}` };
}

/** A figure in the report's language (at most two decimals). */
export const formatNumber = (lang: Lang, value: number) => new Intl.NumberFormat(lang === 'en' ? 'en' : 'zh-CN', { maximumFractionDigits: 2 }).format(value);

export const WORK_STATUS_LABEL: Record<string, [string, string]> = {
  completed: ['已完成', 'Completed'], on_track: ['正常推进', 'On track'], at_risk: ['有风险', 'At risk'], delayed: ['延误', 'Delayed'], not_started: ['未启动', 'Not started'],
};
export const PROJECT_PHASE_LABEL: Record<string, [string, string]> = {
  planning: ['谋划', 'Planning'], approved: ['已批复', 'Approved'], under_construction: ['在建', 'Under construction'], in_operation: ['建成运营', 'In operation'],
};
export const RISK_STATUS_LABEL: Record<string, [string, string]> = { open: ['未消除', 'Open'], mitigated: ['已缓释', 'Mitigated'], closed: ['已关闭', 'Closed'] };
export const label = (table: Record<string, [string, string]>, lang: Lang, value: string) => {
  const pair = table[value];
  return pair ? (lang === 'en' ? pair[1] : pair[0]) : value;
};
