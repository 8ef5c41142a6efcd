/**
 * Percent and status tell the same story (issue 12): 100 % ⇔ completed, and
 * work above 0 % has started. Checked wherever a share's progress is set or
 * reported; the error names the field to change.
 */
import type { WorkStatus } from '../../db/schema.ts';
import { tasksErrors } from './tasks.errors.ts';

export function checkPercentStatus(percent: number, status: WorkStatus): void {
  if (status === 'completed' && percent !== 100) throw tasksErrors.progressMismatch('tasks.progress.completed_not_full', 'percent');
  if (percent === 100 && status !== 'completed') throw tasksErrors.progressMismatch('tasks.progress.full_not_completed', 'status');
  if (percent > 0 && status === 'not_started') throw tasksErrors.progressMismatch('tasks.progress.started_not_started', 'status');
}
