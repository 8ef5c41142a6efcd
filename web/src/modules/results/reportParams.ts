/**
 * Which report the page shows, kept in the address (?kind=&year=&quarter=&member=)
 * so a report can be linked. Defaults: the annual report of the last full year;
 * a quarterly bulletin of the last finished quarter; the first member.
 * Anything else in the address is read leniently (a bad value falls back to
 * the default rather than showing an error for a hand-edited link).
 */
import type { ReportBlock, ResultsKind, ResultsReportQuery } from '../../api/types.ts';

/** The report a page, an edition and a print job are about (the report's query without its language). */
export type ReportKeyQuery = Omit<ResultsReportQuery, 'lang'>;

export const RESULTS_KINDS: readonly ResultsKind[] = ['annual', 'quarterly', 'member'];
export const MEMBER_CODES = ['310000', '320000', '330000', '340000'] as const;

export interface ReportChoice {
  kind: ResultsKind;
  year: number;
  /** Quarterly bulletin only. */
  quarter: number | null;
  /** Member report only. */
  memberCode: string | null;
}

const isKind = (value: string | null): value is ResultsKind => RESULTS_KINDS.includes(value as ResultsKind);

function intIn(value: string | null, min: number, max: number): number | null {
  if (value === null || !/^\d+$/.test(value)) return null;
  const n = Number(value);
  return n >= min && n <= max ? n : null;
}

/** The last quarter that has ended before `today` (YYYY-MM-DD): its year and number. */
export function lastFullQuarter(today: string): { year: number; quarter: number } {
  const year = Number(today.slice(0, 4));
  const current = Math.floor((Number(today.slice(5, 7)) - 1) / 3) + 1;
  return current === 1 ? { year: year - 1, quarter: 4 } : { year, quarter: current - 1 };
}

/** The report the address asks for, defaults filled in; `today` is the region's date. */
export function readChoice(params: URLSearchParams, today: string): ReportChoice {
  const thisYear = Number(today.slice(0, 4));
  const kind = isKind(params.get('kind')) ? (params.get('kind') as ResultsKind) : 'annual';
  const askedYear = intIn(params.get('year'), 2000, 2100);
  if (kind === 'quarterly') {
    const last = lastFullQuarter(today);
    const year = askedYear ?? last.year;
    return { kind, year, quarter: intIn(params.get('quarter'), 1, 4) ?? (year === last.year ? last.quarter : 4), memberCode: null };
  }
  const year = askedYear ?? thisYear - 1;
  if (kind === 'member') {
    const member = params.get('member');
    return { kind, year, quarter: null, memberCode: member && /^\d{6}$/.test(member) ? member : MEMBER_CODES[0] };
  }
  return { kind, year, quarter: null, memberCode: null };
}

/** The address of a choice: only what the kind uses, so links stay short and unambiguous. */
export function choiceParams(choice: ReportChoice): Record<string, string> {
  const out: Record<string, string> = { kind: choice.kind, year: String(choice.year) };
  if (choice.kind === 'quarterly' && choice.quarter) out.quarter = String(choice.quarter);
  if (choice.kind === 'member' && choice.memberCode) out.member = choice.memberCode;
  return out;
}

/** The API's query for a choice (the report, the edition, and — as strings — the print job). */
export function reportKey(choice: ReportChoice): ReportKeyQuery {
  return {
    kind: choice.kind,
    year: choice.year,
    ...(choice.kind === 'quarterly' && choice.quarter ? { quarter: choice.quarter } : {}),
    ...(choice.kind === 'member' && choice.memberCode ? { memberCode: choice.memberCode } : {}),
  };
}

/** The print job's kind and string parameters for a choice. */
export function printJobOf(choice: ReportChoice): { kind: `results-${ResultsKind}`; params: Record<string, string> } {
  const key = reportKey(choice);
  const params: Record<string, string> = { year: String(key.year) };
  if (key.quarter) params.quarter = String(key.quarter);
  if (key.memberCode) params.memberCode = key.memberCode;
  return { kind: `results-${choice.kind}`, params };
}

/** The years offered: this year back ten years (the current one for a quarterly bulletin of finished quarters). */
export function yearOptions(today: string): number[] {
  const thisYear = Number(today.slice(0, 4));
  return Array.from({ length: 11 }, (_, i) => thisYear - i);
}

/** The table of contents: the level-1 headings, in order. */
export function tableOfContents(blocks: readonly ReportBlock[]): { text: string; anchor: string }[] {
  const out: { text: string; anchor: string }[] = [];
  for (const block of blocks) if (block.type === 'heading' && block.level === 1) out.push({ text: block.text, anchor: block.anchor });
  return out;
}
