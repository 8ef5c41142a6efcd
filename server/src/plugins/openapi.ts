/**
 * OpenAPI 3.1 from the same schemas that validate requests: JSON at /api/docs/json, UI at /api/docs.
 * Beyond the schemas, every operation gets a stable operationId, its security
 * from the access policy, its error answers under the named Error schema, a
 * description of each response, and upload bodies / download content
 * (openapi.operations.ts). `npm run lint:openapi` checks it with Redocly.
 */
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import type { FastifyInstance } from 'fastify';
import { ErrorResponse } from '../shared/schemas.ts';
import {
  accessText,
  deriveOperationId,
  downloadResponse,
  ERROR_RESPONSES,
  errorStatuses,
  MULTIPART_FILE_BODY,
  securityOf,
  successDescription,
} from './openapi.operations.ts';
import type { AccessPolicy } from './policy.ts';

export interface OpenApiRegistry {
  /** Registers a module's routes, so each operationId starts with the module's name. */
  inModule(name: string, register: () => Promise<void>): Promise<void>;
}

type Schema = Record<string, unknown>;

const TAG_DESCRIPTIONS: Record<string, string> = {
  system: 'Health of the service',
  auth: 'Sign-in, sessions, password, own preferences',
  users: 'Accounts and role grants (administrators)',
  region: 'Members, cities, bodies of the region (reference data)',
  audit: 'The chained audit trail',
  plans: 'Plans, annual plans, focus areas',
  tasks: 'Tasks, member shares, milestones, saved views',
  excel: 'Task template, import and export (.xlsx)',
  reports: 'Progress reports, review, evidence, My work',
  supervision: 'Flags and the supervision board',
  notifications: 'Inbox, notification preferences, webhooks',
  jobs: 'Background jobs',
  meetings: 'Meetings, minutes, host rotation',
  decisions: 'Decisions of meetings and their effects',
  matters: 'Major matters and their escalation',
  agreements: 'Agreements, parties and clauses',
  calendar: 'iCalendar feeds',
  documents: 'Documents of meetings and agreements',
};

function withResponseDescriptions(method: string, response: Schema, summary: string | undefined): Schema {
  const described: Schema = {};
  for (const [status, schema] of Object.entries(response)) {
    if (/^[45]xx$/i.test(status)) continue; // replaced by the specific error answers
    const s = schema as Schema;
    const fallback = method === 'GET' && status === '200' && summary ? summary : successDescription(method, status);
    described[status] = s.description || s['x-response-description'] ? s : { ...s, 'x-response-description': fallback };
  }
  return described;
}

/** The document-only view of a route: the route itself (validation, serialisation) is untouched. */
function documentRoute(route: { method: string | string[]; url: string; config?: Record<string, unknown> }, schema: Schema): Schema {
  const method = [route.method].flat()[0]!.toUpperCase();
  const config = (route.config ?? {}) as { policy?: AccessPolicy; csrfExempt?: boolean; operationId?: string; openApiModule?: string };
  const consumes = (schema.consumes as string[] | undefined) ?? [];
  const upload = consumes.includes('multipart/form-data') || (Boolean(schema.consumes) && !schema.body);
  const out: Schema = { ...schema };
  if (config.policy) out['x-access-policy'] = config.policy.name;
  out.operationId = (schema.operationId as string | undefined) ?? config.operationId ?? deriveOperationId(config.openApiModule ?? 'app', method, route.url);
  out.security = securityOf(config.policy, method, Boolean(config.csrfExempt));
  out.description = [schema.description, accessText(config.policy)].filter(Boolean).join('\n\n');
  if (upload) {
    // Multipart uploads read one `file`; raw uploads (the .xlsx import) are the body itself.
    out.body = consumes.includes('multipart/form-data') ? MULTIPART_FILE_BODY : { type: 'string', format: 'binary', description: 'The file itself' };
  }
  const response = withResponseDescriptions(method, (schema.response ?? {}) as Schema, schema.summary as string | undefined);
  // A download: any GET without a JSON answer, or a write that answers a file (the user import's password sheet).
  if ((method === 'GET' || schema.produces) && !Object.keys(response).some((s) => s.startsWith('2'))) {
    response['200'] = downloadResponse(schema.produces as string[] | undefined);
    delete out.produces;
  }
  const hasInput = Boolean(schema.body || schema.querystring || schema.params || upload);
  out.response = response;
  // Added as references to components/responses by linkErrorResponses, once the document is assembled.
  out['x-error-statuses'] = errorStatuses({ method, url: route.url, policy: config.policy, hasInput, upload });
  return out;
}

/** Each operation's error answers as references to one described response per status, all in the Error schema. */
function linkErrorResponses(document: Schema): Schema {
  const used = new Set<string>();
  for (const operations of Object.values(document.paths as Record<string, Record<string, Schema>>)) {
    for (const operation of Object.values(operations)) {
      const statuses = (operation['x-error-statuses'] as string[] | undefined) ?? [];
      delete operation['x-error-statuses'];
      const responses = operation.responses as Schema;
      for (const status of statuses) {
        responses[status] = { $ref: `#/components/responses/${ERROR_RESPONSES[status]!.name}` };
        used.add(status);
      }
    }
  }
  const components = document.components as Schema;
  components.responses = Object.fromEntries(
    Object.entries(ERROR_RESPONSES)
      .filter(([status]) => used.has(status))
      .map(([, { name, description }]) => [name, { description, content: { 'application/json': { schema: { $ref: '#/components/schemas/Error' } } } }]),
  );
  return document;
}

export async function installOpenApi(app: FastifyInstance, version: string): Promise<OpenApiRegistry> {
  let currentModule: string | undefined;
  app.addHook('onRoute', (route) => {
    if (currentModule) route.config = { ...(route.config ?? {}), openApiModule: currentModule };
  });
  app.addSchema(ErrorResponse);
  await app.register(swagger, {
    openapi: {
      openapi: '3.1.0',
      info: {
        title: 'YRD Cooperation Platform API',
        description:
          'System of record for the integrated development of the Yangtze River Delta. Every operation declares its security and names its access policy (x-access-policy). ' +
          'Sign in with POST /api/v1/auth/login (session cookie); state-changing requests also need the X-CSRF-Token header from GET /api/v1/auth/session. ' +
          'Errors always have the shape of the Error schema, in the user’s language.',
        version,
        license: { name: 'Apache-2.0', identifier: 'Apache-2.0' },
      },
      servers: [{ url: '/', description: 'This platform' }],
      tags: Object.entries(TAG_DESCRIPTIONS).map(([name, description]) => ({ name, description })),
      components: {
        securitySchemes: {
          session: { type: 'apiKey', in: 'cookie', name: 'yrd_sid', description: 'Session cookie set by POST /api/v1/auth/login' },
          csrf: {
            type: 'apiKey',
            in: 'header',
            name: 'X-CSRF-Token',
            description: "The session's CSRF token (GET /api/v1/auth/session); required with the session on POST, PUT, PATCH and DELETE",
          },
          apiToken: { type: 'http', scheme: 'bearer', description: 'API token for other systems: an `Authorization: Bearer` header, on the operations that list it (no session, no CSRF token).' },
        },
      },
    },
    // Shared schemas keep their title as their name (ErrorResponse → components/schemas/Error), not def-N.
    refResolver: { buildLocalReference: (json, _baseUri, _fragment, i) => String(json.title ?? json.$id ?? `def-${i}`) },
    transformObject: (documentObject) => linkErrorResponses((documentObject as { openapiObject: Schema }).openapiObject) as never,
    transform: ({ schema, url, route }) => {
      if (!schema || (schema as { hide?: boolean }).hide) return { schema, url };
      return { schema: documentRoute(route as Parameters<typeof documentRoute>[0], schema as Schema) as typeof schema, url };
    },
  });
  await app.register(swaggerUi, { routePrefix: '/api/docs', uiConfig: { docExpansion: 'list' } });
  return {
    async inModule(name, register) {
      currentModule = name;
      try {
        await register();
      } finally {
        currentModule = undefined;
      }
    },
  };
}
