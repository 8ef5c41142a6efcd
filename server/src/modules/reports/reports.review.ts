/**
 * The Office's review: one report at a time, or several at once from the
 * to-do queue (all or nothing, each with its version, each audited).
 */
import type { AppDeps } from '../../app-deps.ts';
import type { WorkStatus } from '../../db/schema.ts';
import { AppError, commonErrors } from '../../shared/errors.ts';
import type { Actor, Principal } from '../../shared/principal.ts';
import { isAcceptableText } from '../../shared/text.ts';
import { auditedTransaction, type RecordAudit, type Trx } from '../audit/audit.usecases.ts';
import { findShareForUpdate, updateShareFields } from '../tasks/tasks.repository.ts';
import { recomputeRollup } from '../tasks/tasks.usecases.ts';
import { reportsErrors } from './reports.errors.ts';
import { monthsOf } from './reports.models.ts';
import { announceReport } from './reports.notices.ts';
import * as repo from './reports.repository.ts';

type WriteDeps = Pick<AppDeps, 'db' | 'clock'> & { actor: Actor; principal: Principal };

export interface ReviewInput {
  decision: 'accept' | 'return';
  comment?: string;
  version: number;
}

/** The comment as stored (trimmed, or null); a return needs one. */
function checkComment(input: ReviewInput): string | null {
  const comment = input.comment?.trim() ? input.comment.trim() : null;
  if (comment && !isAcceptableText(comment)) throw reportsErrors.invalidChars('comment');
  if (input.decision === 'return' && !comment) throw reportsErrors.commentRequired();
  return comment;
}

/**
 * Accepts or returns one submitted report inside the caller's transaction.
 * Accepting moves the share to the report's percent and status (unless a later
 * period was already accepted) and recomputes the task's roll-up. Report events
 * are filed under the task, like the rest of the report loop.
 */
async function reviewIn(trx: Trx, audit: RecordAudit, deps: WriteDeps, reportId: string, input: ReviewInput, comment: string | null): Promise<{ state: 'accepted' | 'returned'; version: number }> {
  const report = await repo.findReportForUpdate(trx, reportId);
  if (!report) throw reportsErrors.notFound();
  if (report.review_state !== 'submitted') throw reportsErrors.notSubmitted(report.review_state);
  if (report.version !== input.version) throw commonErrors.versionConflict(report.version);
  const now = deps.clock.now();
  const base = { reportId, shareId: report.share_id, memberCode: report.member_code, period: report.period, revision: report.revision };
  const facts = { id: reportId, taskId: report.task_id, shareId: report.share_id, memberCode: report.member_code, period: report.period, revision: report.revision, percent: Number(report.percent) };
  if (input.decision === 'return') {
    await repo.setReview(trx, reportId, { state: 'returned', by: deps.actor.userId, at: now, comment });
    audit({ action: 'report.return', objectType: 'task', objectId: report.task_id, summary: { ...base, comment } });
    await announceReport(trx, deps, 'reports.returned', facts, comment);
    return { state: 'returned', version: report.version + 1 };
  }
  const share = await findShareForUpdate(trx, report.share_id);
  const later = (await repo.acceptedPeriods(trx, report.share_id)).some((p) => monthsOf(p).last > monthsOf(report.period).last);
  await repo.setReview(trx, reportId, { state: 'accepted', by: deps.actor.userId, at: now, comment });
  const percent = Number(report.percent);
  let rollup: { status: WorkStatus; progress: number } | null = null;
  if (share && !later) {
    await updateShareFields(trx, share.id, { percent, status: report.status, last_progress_at: now }, now);
    rollup = await recomputeRollup(trx, report.task_id, now);
  }
  audit({
    action: 'report.accept',
    objectType: 'task',
    objectId: report.task_id,
    summary: {
      ...base,
      comment,
      appliedToShare: rollup !== null,
      share: share && rollup ? { from: { percent: Number(share.percent), status: share.status }, to: { percent, status: report.status } } : null,
      rollup,
    },
  });
  await announceReport(trx, deps, 'reports.accepted', facts, comment);
  return { state: 'accepted', version: report.version + 1 };
}

/** The Office accepts or returns a submitted report, naming the version it read. */
export async function reviewReport(deps: WriteDeps, reportId: string, input: ReviewInput): Promise<void> {
  const comment = checkComment(input);
  await auditedTransaction(deps, (trx, audit) => reviewIn(trx, audit, deps, reportId, input, comment));
}

/** An error about one item of a batch: its fields are prefixed with the item's place, its details name the report. */
function atItem(error: unknown, index: number, reportId: string): unknown {
  if (!(error instanceof AppError)) return error;
  const fields = (error.fields ?? [{ field: 'id', rule: error.code }]).map((f) => ({ ...f, field: `items/${index}/${f.field}` }));
  return new AppError(error.statusCode, error.code, error.params, fields, { ...error.details, index, reportId });
}

export interface BatchItem extends ReviewInput {
  id: string;
}

/**
 * Several reviews at once — typically accepting a screenful of reports — all or
 * nothing: one refused item (stale version, no longer waiting, a return without
 * a comment) refuses the batch, naming the item. Reports are locked in id
 * order, so two batches over the same reports queue instead of deadlocking.
 */
export async function reviewReports(deps: WriteDeps, items: BatchItem[]): Promise<{ id: string; state: 'accepted' | 'returned'; version: number }[]> {
  const seen = new Set<string>();
  const comments = items.map((item, index) => {
    if (seen.has(item.id)) throw reportsErrors.duplicateInBatch(index, item.id);
    seen.add(item.id);
    try {
      return checkComment(item);
    } catch (error) {
      throw atItem(error, index, item.id);
    }
  });
  const order = items.map((item, index) => ({ item, index })).sort((a, b) => (a.item.id < b.item.id ? -1 : a.item.id > b.item.id ? 1 : 0));
  return auditedTransaction(deps, async (trx, audit) => {
    const results = new Array<{ id: string; state: 'accepted' | 'returned'; version: number }>(items.length);
    for (const { item, index } of order) {
      try {
        results[index] = { id: item.id, ...(await reviewIn(trx, audit, deps, item.id, item, comments[index]!)) };
      } catch (error) {
        throw atItem(error, index, item.id);
      }
    }
    return results;
  });
}
