/**
 * The server's log: JSON lines from pino, with no secret in any of them. Every
 * line passes through maskSecrets (the configuration's passwords and whatever
 * else the caller knows, e.g. the embedded PostgreSQL's logins), and requests
 * are logged with their address masked (calendar feed tokens are credentials).
 */
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { maskRequestUrl, maskSecrets } from '../shared/secrets.ts';

interface LogStream {
  write(line: string): unknown;
}

function requestForLog(request: FastifyRequest) {
  return {
    method: request.method,
    url: maskRequestUrl(request.url),
    host: request.host,
    remoteAddress: request.ip,
    remotePort: request.socket?.remotePort,
  };
}

/** Fastify's `logger` option with the masking stream and request serializer; false stays false. */
export function loggerOptions(logger: boolean | object | undefined, secrets: readonly string[]): false | Record<string, unknown> {
  if (!logger) return false;
  const options = (typeof logger === 'object' ? logger : {}) as Record<string, unknown> & { stream?: LogStream; serializers?: Record<string, unknown> };
  const destination: LogStream = options.stream ?? process.stdout;
  return {
    ...options,
    serializers: { ...options.serializers, req: requestForLog },
    stream: { write: (line: string) => destination.write(maskSecrets(line, secrets)) },
  };
}

const WRITES = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/**
 * One line per request, after the answer, instead of Fastify's two: at info for
 * writes and errors (what an operator looks for), at debug for successful reads
 * (page loads, polling, probes), so the default log stays quiet. The app turns
 * Fastify's own request lines off (`logController`, app.ts).
 */
export function installRequestLog(app: FastifyInstance): void {
  app.addHook('onResponse', async (request, reply) => {
    const status = reply.statusCode;
    const level = status >= 500 ? 'error' : status >= 400 || WRITES.has(request.method) ? 'info' : 'debug';
    // Skip building the line when it would be dropped anyway (reads at the default level).
    if (level === 'debug' && !['debug', 'trace'].includes(request.log.level)) return;
    request.log[level]({ req: request, res: { statusCode: status }, responseTime: Math.round(reply.elapsedTime) }, 'request completed');
  });
}
