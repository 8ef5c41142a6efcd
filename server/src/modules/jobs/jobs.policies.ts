import { requireRoles } from '../../plugins/policy.ts';

export const jobsPolicies = {
  /** The queue is operations: administrators see it and send failed jobs round again. */
  manage: requireRoles('admin'),
};
