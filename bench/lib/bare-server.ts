/**
 * The baseline: a plain Fastify instance with one route that returns a
 * precomputed body through the same response schema as the real route. Its
 * numbers are the ceiling this machine allows for that JSON over HTTP.
 */
import Fastify, { type FastifyInstance } from 'fastify';
import type { TSchema } from 'typebox';

export interface BareServer {
  url: string;
  close(): Promise<void>;
}

export async function startBareServer(options: { port: number; path: string; body: unknown; responseSchema: TSchema }): Promise<BareServer> {
  const app: FastifyInstance = Fastify({ logger: false });
  const route = new URL(options.path, 'http://127.0.0.1').pathname;
  app.get(route, { schema: { response: { 200: options.responseSchema } } }, async () => options.body);
  try {
    await app.listen({ host: '127.0.0.1', port: options.port });
  } catch (error) {
    await app.close();
    throw error;
  }
  return { url: `http://127.0.0.1:${options.port}${options.path}`, close: () => app.close() };
}
