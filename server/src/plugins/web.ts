/**
 * Serves the built web UI (web/dist) and falls back to index.html for client
 * routes. API paths never fall back: an unknown /api route is a JSON 404.
 */
import fs from 'node:fs';
import path from 'node:path';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance } from 'fastify';
import { publicAccess } from './policy.ts';
import { apiNotFound } from './errors.ts';

export async function installWeb(app: FastifyInstance, distDir: string): Promise<void> {
  // Checked per request: a build finished after start-up is served without a restart.
  const hasBuild = () => fs.existsSync(path.join(distDir, 'index.html'));
  await app.register(fastifyStatic, { root: distDir, serve: false });
  app.route({
    method: 'GET',
    url: '/*',
    config: { policy: publicAccess },
    schema: { hide: true },
    handler: async (request, reply) => {
      const urlPath = decodeURIComponent(request.url.split('?')[0] ?? '/');
      if (urlPath.startsWith('/api/')) return apiNotFound(request, reply);
      if (!hasBuild()) {
        return reply
          .type('text/plain; charset=utf-8')
          .send('The web UI is not built yet. Run `npm run build:web` (npm start does it for you).');
      }
      const file = path.normalize(urlPath).replace(/^([/\\])+/, '');
      const full = path.join(distDir, file);
      if (file && full.startsWith(distDir) && fs.existsSync(full) && fs.statSync(full).isFile()) {
        const immutable = file.startsWith('assets/');
        reply.header('cache-control', immutable ? 'public, max-age=31536000, immutable' : 'no-cache');
        return reply.sendFile(file);
      }
      reply.header('cache-control', 'no-cache');
      return reply.sendFile('index.html');
    },
  });
  app.setNotFoundHandler((request, reply) => apiNotFound(request, reply));
}
