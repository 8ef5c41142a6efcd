/**
 * Builds the HTTP application from explicit dependencies. The request flow:
 * onRequest (session → principal, locale) → body parsing → preValidation
 * (access policy, CSRF) → schema validation → route handler (use case) →
 * response serialisation by schema; any error → the one error handler.
 */
import fs from 'node:fs';
import path from 'node:path';
import cookie from '@fastify/cookie';
import Fastify, { LogController, type FastifyInstance } from 'fastify';
import type { AppDeps } from './app-deps.ts';
import { projectRoot } from './config.ts';
import { modules } from './modules.ts';
import { installErrorHandling } from './plugins/errors.ts';
import { installRequestLog, loggerOptions } from './plugins/logging.ts';
import { installOpenApi } from './plugins/openapi.ts';
import { anonymousRateLimitPlugin } from './plugins/anonymous-rate-limit.ts';
import { policyPlugin, UNSAFE_METHODS } from './plugins/policy.ts';
import { sessionPlugin } from './plugins/session.ts';
import { installValidators } from './plugins/validation.ts';
import { installWeb } from './plugins/web.ts';
import { configSecrets } from './shared/secrets.ts';

const WEB_CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "frame-ancestors 'none'",
  "base-uri 'self'",
  "form-action 'self'",
].join('; ');

/** Swagger UI (/api/docs): its own scripts and styles only, no inline script, no third party (its validator badge stays off). */
const DOCS_CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "frame-ancestors 'none'",
  "base-uri 'self'",
  "form-action 'self'",
].join('; ');

export interface BuildAppOptions {
  logger?: boolean | object;
  /** Serve the web UI from this directory (default: config.webDistDir). */
  webDistDir?: string;
  /** Secrets the log must mask beyond the configuration's own (e.g. the embedded PostgreSQL's logins). */
  secrets?: string[];
}

export function appVersion(): string {
  const pkg = JSON.parse(fs.readFileSync(path.join(projectRoot, 'package.json'), 'utf8')) as { version: string };
  return pkg.version;
}

/** Adds the shared error shape to every route's documented responses. */
function documentErrors(app: FastifyInstance): void {
  app.addHook('onRoute', (route) => {
    if (!route.schema || (route.schema as { hide?: boolean }).hide) return;
    const response = (route.schema.response ?? {}) as Record<string, unknown>;
    route.schema.response = {
      ...response,
      '4xx': { $ref: 'ErrorResponse#' },
      '5xx': { $ref: 'ErrorResponse#' },
    };
  });
}

export async function buildApp(deps: AppDeps, options: BuildAppOptions = {}): Promise<FastifyInstance> {
  const app = Fastify({
    logger: loggerOptions(options.logger, [...configSecrets(deps.config), ...(options.secrets ?? [])]),
    // One line per request at a level by its kind (plugins/logging.ts), not Fastify's two at info.
    logController: new LogController({ disableRequestLogging: true }),
    trustProxy: deps.config.trustProxy,
    bodyLimit: 1024 * 1024,
    routerOptions: { ignoreTrailingSlash: true },
  });
  installValidators(app);
  installErrorHandling(app);
  installRequestLog(app);
  await app.register(cookie);
  await app.register(sessionPlugin, { deps });
  await app.register(anonymousRateLimitPlugin, { deps });
  await app.register(policyPlugin, { deps });
  app.addHook('onSend', async (request, reply, payload) => {
    // A write of this process: sessions kept from before it (decision 0012) are out of date before the writer hears back.
    // Refused requests (4xx) changed nothing, and must not let anyone empty the session cache at will.
    if (UNSAFE_METHODS.has(request.method) && (reply.statusCode < 400 || reply.statusCode >= 500)) deps.dataChanges.noteWrite();
    return payload;
  });
  documentErrors(app);
  const openApi = await installOpenApi(app, appVersion());
  for (const module of modules) await openApi.inModule(module.name, () => module.routes(app, deps));
  await installWeb(app, options.webDistDir ?? deps.config.webDistDir);
  app.addHook('onSend', async (request, reply, payload) => {
    reply.header('x-content-type-options', 'nosniff');
    reply.header('referrer-policy', 'same-origin');
    reply.header('x-frame-options', 'DENY');
    const contentType = String(reply.getHeader('content-type') ?? '');
    // The UI loads only its own scripts; Ant Design injects styles at run time. Swagger UI gets a policy of its own;
    // a route that set a stricter one (the public portal) keeps it.
    if (contentType.startsWith('text/html') && !reply.hasHeader('content-security-policy')) reply.header('content-security-policy', request.url.startsWith('/api/docs') ? DOCS_CSP : WEB_CSP);
    // A signed-in user's data must not stay in a browser's or a proxy's cache (shared computers, the back button after sign-out).
    if (contentType.startsWith('application/json') && (request.principal?.kind === 'user' || reply.hasHeader('set-cookie')) && !reply.hasHeader('cache-control')) reply.header('cache-control', 'no-store');
    return payload;
  });
  return app;
}
