/** OpenAPI 3.1 from the same schemas that validate requests: JSON at /api/docs/json, UI at /api/docs. */
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import type { FastifyInstance } from 'fastify';
import { ErrorResponse } from '../shared/schemas.ts';

export async function installOpenApi(app: FastifyInstance, version: string): Promise<void> {
  app.addSchema(ErrorResponse);
  await app.register(swagger, {
    openapi: {
      openapi: '3.1.0',
      info: {
        title: 'YRD Cooperation Platform API',
        description:
          'System of record for the integrated development of the Yangtze River Delta. Every route names its access policy (x-access-policy). ' +
          'State-changing requests need the session cookie and the X-CSRF-Token header from GET /api/v1/auth/session.',
        version,
      },
      components: {
        securitySchemes: { session: { type: 'apiKey', in: 'cookie', name: 'yrd_sid' } },
      },
    },
    transform: ({ schema, url, route }) => {
      const policy = route.config?.policy;
      const transformed = { ...(schema ?? {}) } as Record<string, unknown>;
      if (policy) transformed['x-access-policy'] = policy.name;
      return { schema: transformed as typeof schema, url };
    },
  });
  await app.register(swaggerUi, { routePrefix: '/api/docs', uiConfig: { docExpansion: 'list' } });
}
