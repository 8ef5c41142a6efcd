import { requireRoles } from '../../plugins/policy.ts';

/** The integration index: every work role reads it; the Office keeps the methods and starts recomputations. */
export const compositeIndexPolicies = {
  read: requireRoles('office', 'observer', 'liaison', 'editor'),
  manage: requireRoles('office'),
};
