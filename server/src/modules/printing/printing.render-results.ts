/** The results reports on paper and in Word: the results module builds the report, renders its HTML and its .docx. */
import type { ResultsKind } from '../../db/schema.ts';
import { reportDocx } from '../results/results.docx.ts';
import { reportDocumentHtml } from '../results/results.html.ts';
import { buildReport } from '../results/results.build.ts';
import { checkKey } from '../results/results.usecases.ts';
import type { Lang } from './printing.html.ts';
import type { ParamRule, PrintDeps, PrintedDocument } from './printing.kinds.ts';

export const REPORT_YEAR_PARAM: ParamRule = { pattern: /^(20\d\d|2100)$/, rule: 'year (2000–2100)' };
export const QUARTER_PARAM: ParamRule = { pattern: /^[1-4]$/, rule: 'quarter (1–4)' };
export const MEMBER_PARAM: ParamRule = { pattern: /^\d{6}$/, rule: 'member code (6 digits)' };

const keyInput = (kind: ResultsKind, p: Record<string, string>) => ({
  kind, year: Number(p.year), ...(p.quarter ? { quarter: Number(p.quarter) } : {}), ...(p.memberCode ? { memberCode: p.memberCode } : {}),
});

/** The request's check: the key is one the report takes (a member that exists). */
export async function checkResultsParams(deps: PrintDeps, kind: ResultsKind, p: Record<string, string>): Promise<void> {
  await checkKey(deps, keyInput(kind, p));
}

export async function loadResultsReport(deps: PrintDeps, kind: ResultsKind, p: Record<string, string>, lang: Lang): Promise<PrintedDocument> {
  const report = await buildReport(deps, await checkKey(deps, keyInput(kind, p)), lang);
  return { title: report.title, html: reportDocumentHtml(report, deps.clock.now()), docx: () => reportDocx(report) };
}
