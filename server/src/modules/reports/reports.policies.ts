import { requireRoles } from '../../plugins/policy.ts';

/**
 * Progress reports. Every work role reads every report (the members cooperate
 * openly). A member files, revises and attaches evidence only on its own
 * shares — checked per record with canEditShare (tasks.policies.ts), which
 * also lets the Office act for a member. Only the Office reviews.
 */
export const reportsPolicies = {
  read: requireRoles('office', 'liaison', 'editor', 'observer'),
  /** Filing, revising, evidence: the Office, or the share's own liaison/editor (checked per record). */
  file: requireRoles('office', 'liaison', 'editor'),
  review: requireRoles('office'),
  /** "My work" belongs to the signed-in user. */
  personal: requireRoles('office', 'liaison', 'editor', 'observer'),
};
