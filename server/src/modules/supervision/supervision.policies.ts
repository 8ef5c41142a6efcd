import { requireRoles } from '../../plugins/policy.ts';

export const supervisionPolicies = {
  /** Every work role reads the board and the flags: members see where they stand next to the others. */
  read: requireRoles('office', 'observer', 'liaison', 'editor'),
  /** Running the scan on demand is the Office's (it also runs every 15 minutes by itself). */
  scan: requireRoles('office'),
};
