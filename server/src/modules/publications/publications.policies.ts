import { requireRoles } from '../../plugins/policy.ts';

/** The publication step is the Office's alone: it reads the register and takes every step. */
export const publicationsPolicies = {
  read: requireRoles('office'),
  manage: requireRoles('office'),
};
