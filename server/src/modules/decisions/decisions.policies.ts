import { requireRoles } from '../../plugins/policy.ts';

/** Decisions: every work role reads them; the Office records what a meeting decided. */
export const decisionsPolicies = {
  read: requireRoles('office', 'liaison', 'editor', 'observer'),
  record: requireRoles('office'),
};
