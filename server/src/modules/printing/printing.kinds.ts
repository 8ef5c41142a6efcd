/**
 * What can be printed. Each kind names its parameters (each checked by a rule,
 * field-named 400s) and the owning module's read policy, and loads its record
 * through that module's read use case as the requesting user: a user who may
 * not read the record gets the module's 403, a missing record its 404.
 *
 * Adding a kind is one line in PRINTABLES plus its loader (see printable()).
 */
import type { AppDeps } from '../../app-deps.ts';
import { decide, type AccessPolicy } from '../../plugins/policy.ts';
import { commonErrors } from '../../shared/errors.ts';
import type { Principal } from '../../shared/principal.ts';
import { decisionsPolicies } from '../decisions/decisions.policies.ts';
import { mattersPolicies } from '../matters/matters.policies.ts';
import { meetingsPolicies } from '../meetings/meetings.policies.ts';
import { supervisionPolicies } from '../supervision/supervision.policies.ts';
import { tasksPolicies } from '../tasks/tasks.policies.ts';
import type { Lang } from './printing.html.ts';
import { loadDecision, loadMatterTimeline, loadMeetingMinutes } from './printing.render-governance.ts';
import { loadSupervisionSheet, loadTaskRecord } from './printing.render-work.ts';
import { checkResultsParams, loadResultsReport, MEMBER_PARAM, QUARTER_PARAM, REPORT_YEAR_PARAM } from './printing.render-results.ts';
import { resultsPolicies } from '../results/results.policies.ts';

export type PrintDeps = Pick<AppDeps, 'db' | 'clock' | 'config'>;

/** A parameter's rule: the pattern a value must match, and its name in the 400's message. */
export interface ParamRule {
  pattern: RegExp;
  rule: string;
}
export const UUID_PARAM: ParamRule = { pattern: /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i, rule: 'uuid' };
export const YEAR_PARAM: ParamRule = { pattern: /^(19|20|21)\d\d$/, rule: 'year (YYYY)' };

export interface PrintedDocument {
  /** The document's title: the PDF's title, its footer, and the downloaded file's name. */
  title: string;
  /** A whole HTML document, escaped, no script, inline CSS (printing.html.ts: documentOf). */
  html: string;
  /** The same document as Word, for kinds that have a Word rendering (formats includes 'docx'). */
  docx?: () => Promise<Buffer>;
}

export type PrintFormat = 'pdf' | 'docx';
export const PRINT_FORMATS: readonly PrintFormat[] = ['pdf', 'docx'];

export interface Printable {
  /** The parameters it takes, all required. */
  params: Record<string, ParamRule>;
  /** What it can be made as (pdf for every kind). */
  formats: readonly PrintFormat[];
  /**
   * What the request checks before queuing: by default the whole document is loaded (a 403/404 at
   * once); a report that takes long to build checks only the reader's right and its parameters.
   */
  check(deps: PrintDeps, actor: Principal, params: Record<string, string>, lang: Lang): Promise<{ title: string | null }>;
  load(deps: PrintDeps, actor: Principal, params: Record<string, string>, lang: Lang): Promise<PrintedDocument>;
}

/** The caller passes the owning module's read policy, or gets the same 401/403 its routes give. */
export function requireReadable(actor: Principal, policy: AccessPolicy): void {
  const decision = decide(policy, actor);
  if (decision === 'unauthenticated') throw commonErrors.unauthenticated();
  if (decision !== 'allow') throw commonErrors.forbidden();
}

/** A kind: its parameters, the owning module's read policy (checked first), and its loader. */
export function printable(
  params: Record<string, ParamRule>,
  policy: AccessPolicy,
  render: (deps: PrintDeps, params: Record<string, string>, lang: Lang, actor: Principal) => Promise<PrintedDocument>,
  options: { formats?: readonly PrintFormat[]; check?: (deps: PrintDeps, params: Record<string, string>) => Promise<void> } = {},
): Printable {
  const load: Printable['load'] = async (deps, actor, values, lang) => {
    requireReadable(actor, policy);
    return render(deps, values, lang, actor);
  };
  const precheck = options.check;
  return {
    params,
    formats: options.formats ?? ['pdf'],
    load,
    check: precheck
      ? async (deps, actor, values) => {
        requireReadable(actor, policy);
        await precheck(deps, values);
        return { title: null };
      }
      : async (deps, actor, values, lang) => ({ title: (await load(deps, actor, values, lang)).title }),
  };
}

const RESULTS_OPTIONS = (kind: 'annual' | 'quarterly' | 'member') => ({ formats: PRINT_FORMATS, check: (deps: PrintDeps, p: Record<string, string>) => checkResultsParams(deps, kind, p) });

export const PRINTABLES = {
  'meeting-minutes': printable({ meetingId: UUID_PARAM }, meetingsPolicies.read, (deps, p, lang) => loadMeetingMinutes(deps, p.meetingId!, lang)),
  decision: printable({ decisionId: UUID_PARAM }, decisionsPolicies.read, (deps, p, lang) => loadDecision(deps, p.decisionId!, lang)),
  'task-record': printable({ taskId: UUID_PARAM }, tasksPolicies.read, (deps, p, lang) => loadTaskRecord(deps, p.taskId!, lang)),
  'supervision-sheet': printable({ flagId: UUID_PARAM }, supervisionPolicies.read, (deps, p, lang) => loadSupervisionSheet(deps, p.flagId!, lang)),
  'matter-timeline': printable({ matterId: UUID_PARAM }, mattersPolicies.read, (deps, p, lang) => loadMatterTimeline(deps, p.matterId!, lang)),
  // The results reports: built in the job (a year of records takes a while), in PDF and Word.
  'results-annual': printable({ year: REPORT_YEAR_PARAM }, resultsPolicies.read, (deps, p, lang) => loadResultsReport(deps, 'annual', p, lang), RESULTS_OPTIONS('annual')),
  'results-quarterly': printable({ year: REPORT_YEAR_PARAM, quarter: QUARTER_PARAM }, resultsPolicies.read, (deps, p, lang) => loadResultsReport(deps, 'quarterly', p, lang), RESULTS_OPTIONS('quarterly')),
  'results-member': printable({ year: REPORT_YEAR_PARAM, memberCode: MEMBER_PARAM }, resultsPolicies.read, (deps, p, lang) => loadResultsReport(deps, 'member', p, lang), RESULTS_OPTIONS('member')),
} satisfies Record<string, Printable>;

export type PrintKind = keyof typeof PRINTABLES;
export const PRINT_KINDS = Object.keys(PRINTABLES) as PrintKind[];

export function printableOf(kind: string): Printable | undefined {
  return Object.hasOwn(PRINTABLES, kind) ? (PRINTABLES as Record<string, Printable>)[kind] : undefined;
}
