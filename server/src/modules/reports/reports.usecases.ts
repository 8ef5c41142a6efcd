import type { AppDeps } from '../../app-deps.ts';
import type { ReviewState, WorkStatus } from '../../db/schema.ts';
import { commonErrors } from '../../shared/errors.ts';
import { decodeCursor, pageOf } from '../../shared/pagination.ts';
import type { Actor, Principal } from '../../shared/principal.ts';
import { auditedTransaction, type RecordAudit, type Trx } from '../audit/audit.usecases.ts';
import { periodOf } from '../plans/plans.models.ts';
import { canEditShare } from '../tasks/tasks.policies.ts';
import { findShareForUpdate, findTask } from '../tasks/tasks.repository.ts';
import { tasksErrors } from '../tasks/tasks.errors.ts';
import { checkPercentStatus } from '../tasks/tasks.progress.ts';
import { announceReport } from './reports.notices.ts';
import { reportsErrors } from './reports.errors.ts';
import { acceptFile } from '../../shared/files.ts';
import { isAcceptableText } from '../../shared/text.ts';
import { cadenceOfPeriod, EVIDENCE_LIMITS, monthsOf, PERIOD_EXAMPLE } from './reports.models.ts';
import * as repo from './reports.repository.ts';
import { regionTimeZone } from '../region/region.time-zone.ts';

type Deps = Pick<AppDeps, 'db' | 'clock'>;
type WriteDeps = Deps & { actor: Actor; principal: Principal };

/**
 * Report events are filed under the task (object_type 'task') so the task's
 * history shows them beside share changes. File contents never go into audit.
 */
function reportEvent(audit: RecordAudit, taskId: string, action: string, summary: Record<string, unknown>) {
  audit({ action, objectType: 'task', objectId: taskId, summary });
}

function checkText(body: string): string {
  if (!isAcceptableText(body)) throw reportsErrors.invalidChars('body');
  if (body.trim().length === 0) throw reportsErrors.bodyBlank();
  return body.replace(/\r\n?/g, '\n');
}

/** Locks the share, checks the caller may report on it and that its plan still takes reports. */
async function lockOwnShare(trx: Trx, principal: Principal, shareId: string) {
  const share = await findShareForUpdate(trx, shareId);
  if (!share) throw reportsErrors.shareNotFound();
  if (!canEditShare(principal, share)) throw reportsErrors.notYourShare();
  const context = await repo.shareContext(trx, shareId);
  if (!context) throw reportsErrors.shareNotFound();
  if (context.plan_status === 'closed') throw reportsErrors.planClosed();
  return { share, context };
}

/** A report is open while it waits for review, or is returned and not yet revised. */
async function isOpen(db: Deps['db'] | Trx, report: { id: string; review_state: ReviewState }): Promise<boolean> {
  if (report.review_state === 'submitted') return true;
  return report.review_state === 'returned' && (await repo.successorOf(db, report.id)) === undefined;
}

export interface ReportInput {
  period: string;
  body: string;
  percent: number;
  status: WorkStatus;
}

/** A member files a report on its own share for a period of its home plan's cadence. */
export async function fileReport(deps: WriteDeps, shareId: string, input: ReportInput): Promise<string> {
  const body = checkText(input.body);
  checkPercentStatus(input.percent, input.status);
  const timeZone = await regionTimeZone(deps.db);
  return auditedTransaction(deps, async (trx, audit) => {
    const { share, context } = await lockOwnShare(trx, deps.principal, shareId);
    const cadence = context.reporting_cadence;
    if (cadenceOfPeriod(input.period) !== cadence) throw reportsErrors.periodCadence(cadence, PERIOD_EXAMPLE[cadence]);
    const now = deps.clock.now();
    const current = periodOf(now, cadence, timeZone);
    const months = monthsOf(input.period);
    if (months.first > monthsOf(current).first) throw reportsErrors.periodInFuture(current);
    if (months.last < context.period_start.slice(0, 7) || months.first > context.period_end.slice(0, 7)) throw reportsErrors.periodOutsidePlan(context.period_start, context.period_end);
    const open = await repo.openReportsForPeriod(trx, shareId, input.period);
    const pending = open.find((r) => r.review_state === 'submitted');
    if (pending) throw reportsErrors.pendingExists(pending.id);
    if (open[0]) throw reportsErrors.reviseInstead(open[0].id);
    const id = await repo.insertReport(trx, {
      share_id: shareId, task_id: share.task_id, member_code: share.member_code, period: input.period, body, percent: input.percent, status: input.status,
      revision: 1, previous_report_id: null, submitted_by: deps.actor.userId, submitted_at: now, is_demo: context.is_demo,
    });
    reportEvent(audit, share.task_id, 'report.submit', {
      reportId: id, shareId, memberCode: share.member_code, period: input.period, revision: 1, percent: input.percent, status: input.status, bodyChars: body.length,
    });
    await announceReport(trx, deps, 'reports.submitted', { id, taskId: share.task_id, shareId, memberCode: share.member_code, period: input.period, revision: 1, percent: input.percent });
    return id;
  });
}

// Reviewing (one report or a batch) lives in reports.review.ts.

/** A returned report is revised: a new row (revision + 1) that starts with the returned one's evidence; the returned one stays as it was. */
export async function reviseReport(deps: WriteDeps, reportId: string, input: Omit<ReportInput, 'period'> & { version: number }): Promise<string> {
  const body = checkText(input.body);
  checkPercentStatus(input.percent, input.status);
  return auditedTransaction(deps, async (trx, audit) => {
    const previous = await repo.findReportForUpdate(trx, reportId);
    if (!previous) throw reportsErrors.notFound();
    const { context } = await lockOwnShare(trx, deps.principal, previous.share_id);
    if (previous.review_state !== 'returned') throw reportsErrors.notReturned(previous.review_state);
    const successor = await repo.successorOf(trx, reportId);
    if (successor) throw reportsErrors.alreadyRevised(successor);
    if (previous.version !== input.version) throw commonErrors.versionConflict(previous.version);
    const now = deps.clock.now();
    const revision = previous.revision + 1;
    const id = await repo.insertReport(trx, {
      share_id: previous.share_id, task_id: previous.task_id, member_code: previous.member_code, period: previous.period, body, percent: input.percent,
      status: input.status, revision, previous_report_id: reportId, submitted_by: deps.actor.userId, submitted_at: now, is_demo: context.is_demo,
    });
    const carriedEvidence = await repo.copyEvidence(trx, reportId, id);
    reportEvent(audit, previous.task_id, 'report.revise', {
      reportId: id, previousReportId: reportId, shareId: previous.share_id, memberCode: previous.member_code, period: previous.period, revision,
      percent: input.percent, status: input.status, bodyChars: body.length, carriedEvidence,
    });
    const facts = { id, taskId: previous.task_id, shareId: previous.share_id, memberCode: previous.member_code, period: previous.period, revision, percent: input.percent };
    await announceReport(trx, deps, 'reports.submitted', facts);
    return id;
  });
}

export interface ReportListQuery {
  state?: ReviewState;
  memberCode?: string;
  taskId?: string;
  planId?: string;
  period?: string;
  year?: number;
  timeliness?: 'on_time' | 'late';
  cursor?: string;
  limit?: number;
}

export async function listReports(deps: Deps & Pick<AppDeps, 'config'>, query: ReportListQuery) {
  const limit = query.limit ?? 50;
  const after = decodeCursor(query.cursor, ['timestamp', 'uuid']) as [string, string] | undefined;
  const timeliness = query.timeliness ? { value: query.timeliness, graceDays: deps.config.reportGraceDays } : undefined;
  const rows = await repo.listReports(deps.db, { ...query, timeliness, after, limit });
  return pageOf(rows, limit, (r) => [r.submitted_at.toISOString(), r.id]);
}

export async function getReport(deps: Deps, id: string) {
  const report = await repo.findReport(deps.db, id);
  if (!report) throw reportsErrors.notFound();
  return { report, evidence: await repo.evidenceOfReports(deps.db, [id]) };
}

/** A task's report timeline (every revision, newest first) with evidence metadata. */
export async function taskReports(deps: Deps, taskId: string) {
  if (!(await findTask(deps.db, taskId))) throw tasksErrors.notFound();
  const reports = await repo.reportsOfTask(deps.db, taskId);
  const evidence = await repo.evidenceOfReports(deps.db, reports.map((r) => r.id));
  return { reports, evidence };
}

// --- evidence ------------------------------------------------------------------

/** Checks the caller may attach to the report, before the upload is read. */
export async function checkCanAttach(deps: Deps & { principal: Principal }, reportId: string): Promise<void> {
  const report = await repo.findReport(deps.db, reportId);
  if (!report) throw reportsErrors.notFound();
  if (!canEditShare(deps.principal, report)) throw reportsErrors.notYourShare();
  if (!(await isOpen(deps.db, report))) throw reportsErrors.reportClosed(report.review_state);
}

/** Locks an open report of the caller's own share. */
async function lockOpenOwnReport(trx: Trx, principal: Principal, reportId: string) {
  const report = await repo.findReportForUpdate(trx, reportId);
  if (!report) throw reportsErrors.notFound();
  const share = await findShareForUpdate(trx, report.share_id);
  if (!share || !canEditShare(principal, share)) throw reportsErrors.notYourShare();
  if (!(await isOpen(trx, report))) throw reportsErrors.reportClosed(report.review_state);
  return report;
}

export async function addEvidence(deps: WriteDeps, reportId: string, upload: { fileName: string; bytes: Buffer }): Promise<string> {
  const file = acceptFile(upload, reportsErrors, EVIDENCE_LIMITS.maxBytes);
  return auditedTransaction(deps, async (trx, audit) => {
    const report = await lockOpenOwnReport(trx, deps.principal, reportId);
    if ((await repo.countEvidence(trx, reportId)) >= EVIDENCE_LIMITS.maxFilesPerReport) throw reportsErrors.fileCount(EVIDENCE_LIMITS.maxFilesPerReport);
    const id = await repo.insertEvidence(trx, {
      report_id: reportId, file_name: file.fileName, content_type: file.contentType, size_bytes: file.sizeBytes, sha256: file.sha256, content: file.bytes,
      uploaded_by: deps.actor.userId, uploaded_at: deps.clock.now(),
    });
    await repo.bumpVersion(trx, reportId);
    reportEvent(audit, report.task_id, 'report.evidence_add', {
      reportId, shareId: report.share_id, period: report.period, evidenceId: id, fileName: file.fileName, contentType: file.contentType, sizeBytes: file.sizeBytes, sha256: file.sha256,
    });
    return id;
  });
}

export async function findEvidence(deps: Deps, id: string) {
  const evidence = await repo.findEvidence(deps.db, id);
  if (!evidence) throw reportsErrors.evidenceNotFound();
  return evidence;
}

export async function evidenceFile(deps: Deps, id: string) {
  const file = await repo.evidenceContent(deps.db, id);
  if (!file) throw reportsErrors.evidenceNotFound();
  return file;
}

export async function deleteEvidence(deps: WriteDeps, id: string): Promise<void> {
  await auditedTransaction(deps, async (trx, audit) => {
    const evidence = await repo.findEvidence(trx, id);
    if (!evidence) throw reportsErrors.evidenceNotFound();
    const report = await lockOpenOwnReport(trx, deps.principal, evidence.report_id);
    await repo.deleteEvidence(trx, id);
    await repo.bumpVersion(trx, report.id);
    reportEvent(audit, report.task_id, 'report.evidence_delete', {
      reportId: report.id, shareId: report.share_id, period: report.period, evidenceId: id, fileName: evidence.file_name, sha256: evidence.sha256,
    });
  });
}
