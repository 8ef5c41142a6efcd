/**
 * Who sees and does what in the work loop. The server enforces the same rules
 * (plans/tasks/reports policies); this only hides what it would refuse.
 */
import type { RoleName } from '../../api/types.ts';

export const WORK_ACCESS = {
  /** Plans, tasks, reports, the board: every work role reads them all. Administrators do not. */
  read: ['office', 'liaison', 'editor', 'observer'],
  /** Plans, focus areas, task definitions, review of reports, the scan. */
  manage: ['office'],
  /** Updating own shares, filing reports, evidence (the Office may act for a member). */
  file: ['office', 'liaison', 'editor'],
  /** Outbound webhooks carry data out of the platform. */
  webhooks: ['admin', 'office'],
} as const satisfies Record<string, readonly RoleName[]>;
