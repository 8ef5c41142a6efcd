/**
 * What the OpenAPI document says about each operation beyond its schemas:
 * a stable operationId, its security, its error answers, a description of
 * every response, upload bodies and download content. Derived from the route
 * (module, method, address, access policy) so route files stay as they are;
 * a route may still name itself with `config.operationId`.
 */
import type { AccessPolicy } from './policy.ts';

declare module 'fastify' {
  interface FastifyContextConfig {
    /** The full operationId (`reports.file`), when the derived one does not read well. */
    operationId?: string;
    /** Set by the OpenAPI plugin: the module that registered the route. */
    openApiModule?: string;
  }
}

const UNSAFE = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/**
 * Names the derivation gets wrong (a POST that adds to a sub-collection, an
 * action named by a noun). Keyed by method and address; the operationId
 * snapshot test fails when an address changes, so none of these goes stale
 * unnoticed. New routes prefer `config.operationId`.
 */
export const OPERATION_NAMES: Readonly<Record<string, string>> = {
  'GET /api/v1/health': 'system.health',
  'GET /api/v1/auth/session': 'auth.session',
  'POST /api/v1/auth/password': 'auth.changePassword',
  'PUT /api/v1/auth/preferences': 'auth.setPreferences',
  'POST /api/v1/users/{id}/roles': 'users.grantRole',
  'DELETE /api/v1/users/{id}/roles/{grantId}': 'users.revokeRole',
  'GET /api/v1/region': 'region.get',
  'GET /api/v1/members': 'region.listMembers',
  'GET /api/v1/cities': 'region.listCities',
  'GET /api/v1/bodies': 'region.listBodies',
  'GET /api/v1/audit-events': 'audit.list',
  'POST /api/v1/plans/{id}/transitions': 'plans.transition',
  'POST /api/v1/plans/{id}/annual-plans': 'plans.createAnnualPlan',
  'GET /api/v1/focus-areas': 'plans.listFocusAreas',
  'POST /api/v1/focus-areas': 'plans.createFocusArea',
  'POST /api/v1/tasks/{id}/shares': 'tasks.addShare',
  'DELETE /api/v1/tasks/{id}/shares/{shareId}': 'tasks.removeShare',
  'POST /api/v1/tasks/{id}/milestones': 'tasks.addMilestone',
  'GET /api/v1/saved-views': 'tasks.listSavedViews',
  'POST /api/v1/saved-views': 'tasks.createSavedView',
  'GET /api/v1/excel/tasks-template': 'excel.taskTemplate',
  'POST /api/v1/excel/tasks-import': 'excel.importTasks',
  'GET /api/v1/excel/imports/{id}': 'excel.importStatus',
  'GET /api/v1/excel/tasks-export': 'excel.exportTasks',
  'POST /api/v1/shares/{id}/reports': 'reports.file',
  'POST /api/v1/reports/review-batch': 'reports.reviewBatch',
  'GET /api/v1/tasks/{id}/reports': 'reports.listForTask',
  'POST /api/v1/reports/{id}/evidence': 'reports.addEvidence',
  'GET /api/v1/evidence/{id}': 'reports.downloadEvidence',
  'DELETE /api/v1/evidence/{id}': 'reports.deleteEvidence',
  'GET /api/v1/my-work': 'reports.myWork',
  'POST /api/v1/supervision/scan': 'supervision.scan',
  'GET /api/v1/supervision/flags': 'supervision.listFlags',
  'GET /api/v1/inbox': 'notifications.inbox',
  'POST /api/v1/inbox/{id}/read': 'notifications.markRead',
  'POST /api/v1/inbox/read-all': 'notifications.markAllRead',
  'GET /api/v1/notifications/preferences': 'notifications.getPreferences',
  'PUT /api/v1/notifications/preferences': 'notifications.setPreferences',
  'GET /api/v1/webhooks': 'notifications.listWebhooks',
  'POST /api/v1/webhooks': 'notifications.createWebhook',
  'GET /api/v1/webhooks/{id}/deliveries': 'notifications.listWebhookDeliveries',
  'POST /api/v1/meetings/{id}/minutes': 'meetings.draftMinutes',
  'POST /api/v1/meetings/{id}/minutes/verdicts': 'meetings.minutesVerdict',
  'POST /api/v1/meetings/{id}/minutes/finalise': 'meetings.finaliseMinutes',
  'GET /api/v1/host-rotation/next': 'meetings.nextHost',
  'POST /api/v1/meetings/{id}/decisions': 'decisions.create',
  'GET /api/v1/matters/board': 'matters.board',
  'POST /api/v1/matters/{id}/tier': 'matters.escalate',
  'POST /api/v1/matters/{id}/coordination': 'matters.recordCoordination',
  'POST /api/v1/agreements/{id}/transitions': 'agreements.transition',
  'GET /api/v1/calendar/published.ics': 'calendar.publishedFeed',
  'GET /api/v1/calendar/feeds/{token}': 'calendar.userFeed',
  'POST /api/v1/calendar/token': 'calendar.rotateToken',
  'GET /api/v1/meetings/{id}/documents': 'documents.listForMeeting',
  'POST /api/v1/meetings/{id}/documents': 'documents.attachToMeeting',
  'GET /api/v1/agreements/{id}/documents': 'documents.listForAgreement',
  'POST /api/v1/agreements/{id}/documents': 'documents.attachToAgreement',
  'GET /api/v1/projects/{id}/documents': 'documents.listForProject',
  'POST /api/v1/projects/{id}/documents': 'documents.attachToProject',
  'GET /api/v1/documents/{id}': 'documents.download',
  'PUT /api/v1/indicators/{code}/targets': 'indicators.setTargets',
  'GET /api/v1/observations': 'indicators.listObservations',
  'POST /api/v1/observations': 'indicators.createObservation',
  'GET /api/v1/todo': 'todo.list',
  'GET /api/v1/todo/done': 'todo.listDone',
  'GET /api/v1/dashboard/summary': 'dashboard.summary',
  'GET /api/v1/index-methods': 'compositeIndex.listIndexMethods',
  'POST /api/v1/index-methods/{code}/versions': 'compositeIndex.createVersion',
  'POST /api/v1/index-methods/{code}/versions/{version}/publish': 'compositeIndex.publishVersion',
};

const camel = (kebab: string) => kebab.replace(/[-_.]([a-z0-9])/g, (_, c: string) => c.toUpperCase());
const upperFirst = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
const singular = (s: string) => (s.endsWith('ies') ? `${s.slice(0, -3)}y` : s.endsWith('s') && !s.endsWith('ss') ? s.slice(0, -1) : s);

/** `/api/v1/tasks/:id` → `/api/v1/tasks/{id}`, the form the document uses. */
export function openApiPath(url: string): string {
  return url.replace(/:([A-Za-z0-9_]+)/g, '{$1}');
}

/**
 * `<module>.<name>`: the module's own collection gives list/get/create/update/delete;
 * anything under it is named by its words (`tasks.history`), with the verb for
 * writes to a record (`tasks.updateShare`).
 */
export function deriveOperationId(module: string, method: string, url: string): string {
  const path = openApiPath(url);
  const explicit = OPERATION_NAMES[`${method} ${path}`];
  if (explicit) return explicit;
  const segments = path.replace(/^\/api\/v1\//, '').split('/');
  const endsWithParam = segments.at(-1)!.startsWith('{');
  const words = segments.filter((s) => !s.startsWith('{')).map((s) => camel(s.replace(/\.[a-z]+$/, '')));
  const moduleKey = camel(module);
  if (words[0] === moduleKey || singular(words[0] ?? '') === singular(moduleKey)) words.shift();
  const prefix = camel(module);
  if (words.length === 0) {
    const verb = { GET: endsWithParam ? 'get' : 'list', POST: 'create', PATCH: 'update', PUT: 'replace', DELETE: 'delete' }[method] ?? method.toLowerCase();
    return `${prefix}.${verb}`;
  }
  const join = (ws: string[]) => ws.map((w, i) => (i === 0 ? w : upperFirst(w))).join('');
  // Another collection's record, then words: `GET /observations/{id}/history` reads `observationHistory`,
  // `POST /observations/{id}/confirm` reads `confirmObservation`.
  if (words.length > 1 && segments[1]?.startsWith('{') && !endsWithParam) {
    const [record, ...rest] = [singular(words[0]!), ...words.slice(1)];
    if (method === 'GET') return `${prefix}.${join([record, ...rest])}`;
    if (method === 'POST') return `${prefix}.${join([...rest, record])}`;
  }
  const name = join(words);
  if (!endsWithParam && (method === 'GET' || method === 'POST')) return `${prefix}.${name}`;
  const verb = { GET: 'get', POST: 'add', PATCH: 'update', PUT: 'set', DELETE: 'delete' }[method] ?? method.toLowerCase();
  return `${prefix}.${verb}${upperFirst(endsWithParam ? singular(name) : name)}`;
}

/** Security requirement objects from the route's policy: what a generated client must send. */
export function securityOf(policy: AccessPolicy | undefined, method: string, csrfExempt: boolean): Record<string, string[]>[] {
  // The push route takes an API token (bearer) instead of a session: no cookie, so no CSRF token either.
  if (policy?.name === 'api-token') return [{ apiToken: [] }];
  if (!policy || policy.allowAnonymous) return [];
  return UNSAFE.has(method) && !csrfExempt ? [{ session: [], csrf: [] }] : [{ session: [] }];
}

/** A human reading of the policy, for the operation's description. */
export function accessText(policy: AccessPolicy | undefined): string {
  if (!policy) return 'Access: undeclared.';
  if (policy.name === 'api-token') return "Access: an API token (Authorization: Bearer), for the token's member and indicators only; no session.";
  if (policy.allowAnonymous) return 'Access: public (no sign-in).';
  if (!policy.roles) return 'Access: any signed-in user.';
  return `Access: signed-in users with the role ${policy.roles.join(', ')}; record-level rules (own member only) may refuse more.`;
}

interface RouteFacts {
  method: string;
  url: string;
  policy: AccessPolicy | undefined;
  hasInput: boolean;
  upload: boolean;
}

/** The error answers, each once under components/responses, all in the shared Error shape. */
export const ERROR_RESPONSES: Readonly<Record<string, { name: string; description: string }>> = {
  '400': { name: 'BadRequest', description: 'Invalid request: `error.fields` names each field and the rule it broke (code common.validation or the module’s own).' },
  '401': { name: 'Unauthenticated', description: 'Not signed in, or the session ended (common.unauthenticated).' },
  '403': {
    name: 'Forbidden',
    description: 'Refused: the role does not allow it, the record belongs to another member, the password must be changed first, or the CSRF token or origin is wrong.',
  },
  '404': { name: 'NotFound', description: 'No such record (or one this user may not see).' },
  '409': { name: 'Conflict', description: 'Conflict: the record changed since it was read (`details.currentVersion`), or its state does not allow this step.' },
  '413': { name: 'PayloadTooLarge', description: 'The file is larger than allowed.' },
  '4XX': { name: 'OtherClientError', description: 'Any other refusal, in the same shape.' },
  '5XX': { name: 'ServerError', description: 'Server error, in the same shape.' },
};

/** Which error answers an operation can give, from what it takes and who may call it. */
export function errorStatuses(route: RouteFacts): string[] {
  const unsafe = UNSAFE.has(route.method);
  const signedIn = Boolean(route.policy && (!route.policy.allowAnonymous || route.policy.name === 'api-token'));
  return [
    ...(route.hasInput || unsafe ? ['400'] : []),
    ...(signedIn ? ['401'] : []),
    // Writes can also be refused for the CSRF token or origin, even when anyone may call them.
    ...(signedIn || unsafe ? ['403'] : []),
    ...(/[:{]/.test(route.url) ? ['404'] : []),
    ...(unsafe && signedIn ? ['409'] : []),
    ...(route.upload ? ['413'] : []),
    '4XX',
    '5XX',
  ];
}

/** A description for a success answer the route did not describe itself. */
export function successDescription(method: string, status: string): string {
  if (status === '201') return 'Created.';
  if (status === '202') return 'Accepted: continues as a background job; poll the address in the answer.';
  if (method === 'DELETE') return 'Removed.';
  if (method === 'GET') return 'The requested data.';
  return 'Done: the result of the change.';
}

/** The binary answer of a download route (no JSON response schema), with its content type. */
export function downloadResponse(produces: readonly string[] | undefined): Record<string, unknown> {
  const types = produces?.length ? produces : ['application/octet-stream'];
  const content = Object.fromEntries(types.map((type) => [type, { schema: { type: 'string', format: type.startsWith('text/') ? undefined : 'binary' } }]));
  const description = types.every((t) => t.startsWith('text/calendar')) ? 'The iCalendar feed (RFC 5545).' : 'The file, sent as an attachment.';
  return { description, content: JSON.parse(JSON.stringify(content)) };
}

/** The multipart body of an upload route: one `file`, as the one-file reader expects. */
export const MULTIPART_FILE_BODY = {
  type: 'object',
  required: ['file'],
  properties: { file: { type: 'string', format: 'binary', description: 'The file (one per request)' } },
  additionalProperties: { type: 'string' },
};
