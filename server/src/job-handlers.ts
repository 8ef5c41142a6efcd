import { HOUR, MINUTE } from './shared/clock.ts';
import type { JobHandler, RecurringSchedule } from './modules/jobs/jobs.models.ts';
import { housekeepingHandler } from './modules/jobs/jobs.usecases.ts';
import { excelImportHandler } from './modules/excel/excel.jobs.ts';
import { observationImportHandler } from './modules/indicators/observations.import.jobs.ts';
import { emailHandler } from './modules/notifications/notifications.email.ts';
import { digestHandler, digestScheduleHandler } from './modules/notifications/notifications.digest.ts';
import { webhookHandler } from './modules/notifications/webhooks.usecases.ts';
import { boardCompactHandler, SCAN_JOB, scanHandler } from './modules/supervision/supervision.usecases.ts';
import { myWorkCompactHandler } from './modules/reports/my-work.counts.ts';
import { escalationHandler as mattersEscalationHandler } from './modules/matters/matters.usecases.ts';
import { expiryAlertHandler } from './modules/agreements/agreements.usecases.ts';
import { recomputeHandler as indexRecomputeHandler } from './modules/composite-index/composite-index.usecases.ts';
import { ANCHOR_EVERY_MS, auditAnchorHandler } from './modules/audit/audit.anchors.ts';
import { accountMailHandler } from './modules/users/users.account-mail.ts';
import { printHandler } from './modules/printing/printing.jobs.ts';

/**
 * Every kind of background job, listed explicitly (no autoloading). Adding a kind means adding it here.
 * Each kind runs one job at a time per worker unless it says otherwise (decision 0007): deliveries
 * wait on other servers, so several go out at once; imports stay one at a time.
 */
export const jobHandlers: JobHandler[] = [housekeepingHandler, scanHandler, boardCompactHandler, myWorkCompactHandler, { ...emailHandler, concurrency: 4 }, { ...webhookHandler, concurrency: 4 }, excelImportHandler, observationImportHandler, mattersEscalationHandler, expiryAlertHandler, digestScheduleHandler, digestHandler, indexRecomputeHandler, auditAnchorHandler, { ...accountMailHandler, concurrency: 4 }, printHandler];

/** Recurring work: each slot is enqueued once, however many instances run. */
export const schedules: RecurringSchedule[] = [
  { name: 'supervision-scan', kind: SCAN_JOB, everyMs: 15 * MINUTE },
  { name: 'board-compact', kind: boardCompactHandler.kind, everyMs: 5 * MINUTE },
  { name: 'my-work-compact', kind: myWorkCompactHandler.kind, everyMs: 5 * MINUTE },
  { name: 'housekeeping', kind: housekeepingHandler.kind, everyMs: HOUR },
  { name: 'matters-escalation', kind: mattersEscalationHandler.kind, everyMs: 15 * MINUTE },
  { name: 'agreements-expiry', kind: expiryAlertHandler.kind, everyMs: HOUR },
  { name: 'notification-digest', kind: digestScheduleHandler.kind, everyMs: HOUR },
  { name: 'audit-anchor', kind: auditAnchorHandler.kind, everyMs: ANCHOR_EVERY_MS },
];
