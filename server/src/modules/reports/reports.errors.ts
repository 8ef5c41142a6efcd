import { AppError, defineErrors } from '../../shared/errors.ts';

const onField = (status: number, code: string, field: string, params: Record<string, unknown> = {}) =>
  new AppError(status, code, params, [{ field, rule: code, params }]);

export const reportsErrors = defineErrors({
  notFound: () => new AppError(404, 'reports.not_found'),
  evidenceNotFound: () => new AppError(404, 'reports.evidence_not_found'),
  shareNotFound: () => new AppError(404, 'reports.share_not_found'),
  notYourShare: () => new AppError(403, 'reports.not_your_share'),
  planClosed: () => new AppError(409, 'reports.plan_closed'),

  periodCadence: (cadence: string, example: string) => onField(400, 'reports.period_cadence', 'period', { cadence, example }),
  periodInFuture: (current: string) => onField(400, 'reports.period_in_future', 'period', { current }),
  periodOutsidePlan: (start: string, end: string) => onField(400, 'reports.period_outside_plan', 'period', { start, end }),
  bodyBlank: () => onField(400, 'reports.body_blank', 'body'),
  invalidChars: (field: 'body' | 'comment') => onField(400, 'reports.invalid_chars', field, { field }),
  commentRequired: () => new AppError(400, 'reports.comment_required', {}, [{ field: 'comment', rule: 'required' }]),

  /** One open report per share and period: a pending one waits for review. */
  pendingExists: (reportId: string) => new AppError(409, 'reports.pending_exists', {}, undefined, { reportId }),
  /** A returned report for the period waits for its revision; revise it rather than start over. */
  reviseInstead: (reportId: string) => new AppError(409, 'reports.revise_instead', {}, undefined, { reportId }),
  notSubmitted: (state: string) => new AppError(409, 'reports.not_submitted', { state }, undefined, { state }),
  notReturned: (state: string) => new AppError(409, 'reports.not_returned', { state }, undefined, { state }),
  alreadyRevised: (reportId: string) => new AppError(409, 'reports.already_revised', {}, undefined, { reportId }),
  duplicateInBatch: (index: number, reportId: string) =>
    new AppError(400, 'reports.batch_duplicate', { index }, [{ field: `items/${index}/id`, rule: 'reports.batch_duplicate' }], { index, reportId }),
  /** Evidence changes only while the report is open (submitted, or returned and not yet revised). */
  reportClosed: (state: string) => new AppError(409, 'reports.report_closed', { state }, undefined, { state }),

  notMultipart: () => new AppError(415, 'reports.evidence_not_multipart'),
  fileMissing: () => new AppError(400, 'reports.evidence_missing', {}, [{ field: 'file', rule: 'required' }]),
  fileTooLarge: (maxMiB: number) => onField(400, 'reports.evidence_too_large', 'file', { maxMiB }),
  fileEmpty: () => onField(400, 'reports.evidence_empty', 'file'),
  fileName: () => onField(400, 'reports.evidence_file_name', 'file'),
  fileType: (allowed: string) => onField(400, 'reports.evidence_type', 'file', { allowed }),
  fileContent: (extension: string) => onField(400, 'reports.evidence_content_mismatch', 'file', { extension }),
  fileCount: (max: number) => onField(400, 'reports.evidence_count', 'file', { max }),
  oneFile: () => onField(400, 'reports.evidence_one_file', 'file'),
  uploadMalformed: () => new AppError(400, 'reports.upload_malformed'),
});
