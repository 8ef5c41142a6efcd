import { decide, requireRoles, type AccessPolicy } from '../../plugins/policy.ts';
import type { RoleName } from '../../db/schema.ts';
import type { Principal } from '../../shared/principal.ts';
import { agreementsPolicies } from '../agreements/agreements.policies.ts';
import { decisionsPolicies } from '../decisions/decisions.policies.ts';
import { documentsPolicies } from '../documents/documents.policies.ts';
import { mattersPolicies } from '../matters/matters.policies.ts';
import { meetingsPolicies } from '../meetings/meetings.policies.ts';
import { plansPolicies } from '../plans/plans.policies.ts';
import { servicesPolicies } from '../services/services.policies.ts';
import { projectsPolicies } from '../projects/projects.policies.ts';
import { tasksPolicies } from '../tasks/tasks.policies.ts';
import { risksPolicies } from '../risks/risks.policies.ts';
import { SEARCH_KINDS, type SearchKind } from './search.models.ts';

/**
 * Search shows a kind of record only to whoever may read it through its own
 * module: the same policy object as that module's read routes, so a change there
 * changes search too.
 */
export const KIND_READ: Record<SearchKind, AccessPolicy> = {
  task: tasksPolicies.read,
  plan: plansPolicies.read,
  meeting: meetingsPolicies.read,
  decision: decisionsPolicies.read,
  agreement: agreementsPolicies.read,
  matter: mattersPolicies.read,
  document: documentsPolicies.read,
  service: servicesPolicies.read,
  project: projectsPolicies.read,
  risk: risksPolicies.read,
};

const readerRoles = [...new Set(SEARCH_KINDS.flatMap((kind) => KIND_READ[kind].roles ?? []))] as RoleName[];

export const searchPolicies = {
  /** Anyone who reads at least one searchable kind. */
  search: requireRoles(...readerRoles),
};

export function readableKinds(principal: Principal, wanted: readonly SearchKind[]): SearchKind[] {
  return wanted.filter((kind) => decide(KIND_READ[kind], principal) === 'allow');
}
