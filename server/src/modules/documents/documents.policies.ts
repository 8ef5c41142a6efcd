import { requireRoles } from '../../plugins/policy.ts';

/**
 * Documents follow their owners: every work role reads them (as it reads
 * meetings, agreements and projects); the Office (who keeps meetings and
 * agreements) adds and removes theirs. A project's documents are kept like the
 * project: the Office or the lead member's liaisons and editors, checked per
 * record in the use case (403 documents.not_project_lead). Removal is one
 * route for every owner, so it lets the writing roles in and the use case
 * decides by the document's owner.
 */
export const documentsPolicies = {
  read: requireRoles('office', 'liaison', 'editor', 'observer'),
  manage: requireRoles('office'),
  manageProject: requireRoles('office', 'liaison', 'editor'),
  remove: requireRoles('office', 'liaison', 'editor'),
};
