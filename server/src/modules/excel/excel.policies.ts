import { requireRoles } from '../../plugins/policy.ts';

/**
 * The Office keeps the plans, so it imports tasks (and downloads the template
 * to do so); every work role may export what it can read in the task list.
 */
export const excelPolicies = {
  template: requireRoles('office'),
  import: requireRoles('office'),
  importStatus: requireRoles('office'),
  export: requireRoles('office', 'liaison', 'editor', 'observer'),
};
