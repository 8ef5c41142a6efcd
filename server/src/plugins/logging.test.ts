import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../app.ts';
import { createTestContext, createUser, login, type TestContext } from '../../test/helpers.ts';

let ctx: TestContext;

beforeAll(async () => {
  ctx = await createTestContext();
  await createUser(ctx.database.appDb, 'log.office', [{ role: 'office' }]);
});
afterAll(() => ctx.close());

async function appLogging(level: string): Promise<{ app: FastifyInstance; lines: () => Record<string, unknown>[] }> {
  const out: string[] = [];
  const app = await buildApp(ctx.deps, { logger: { level, stream: { write: (line: string) => out.push(line) } } });
  await app.ready();
  return { app, lines: () => out.map((l) => JSON.parse(l) as Record<string, unknown>) };
}

const requestLines = (lines: Record<string, unknown>[]) => lines.filter((l) => l.msg === 'request completed' || l.msg === 'incoming request');

describe('the request log', () => {
  it('is quiet by default: successful reads write nothing; a write and an error write one line each', async () => {
    const { app, lines } = await appLogging('info');
    try {
      const session = await login(app, 'log.office');
      expect(requestLines(lines())).toHaveLength(1); // the sign-in, a write
      for (let i = 0; i < 5; i += 1) expect((await app.inject({ method: 'GET', url: '/api/v1/health/live' })).statusCode).toBe(200);
      expect((await app.inject({ method: 'GET', url: '/api/v1/tasks', headers: session.headers })).statusCode).toBe(200);
      expect(requestLines(lines())).toHaveLength(1);
      expect((await app.inject({ method: 'GET', url: '/api/v1/tasks/00000000-0000-0000-0000-000000000000', headers: session.headers })).statusCode).toBe(404);
      const logged = requestLines(lines());
      expect(logged).toHaveLength(2);
      expect(logged.map((l) => [(l.req as { method: string }).method, (l.res as { statusCode: number }).statusCode])).toEqual([['POST', 200], ['GET', 404]]);
      expect(logged.every((l) => l.level === 30 && typeof l.responseTime === 'number')).toBe(true);
    } finally {
      await app.close();
    }
  });

  it('at debug every request is one line', async () => {
    const { app, lines } = await appLogging('debug');
    try {
      await app.inject({ method: 'GET', url: '/api/v1/health/live' });
      await app.inject({ method: 'GET', url: '/api/v1/health/live' });
      const logged = requestLines(lines());
      expect(logged).toHaveLength(2);
      expect(logged.every((l) => l.msg === 'request completed' && l.level === 20)).toBe(true);
    } finally {
      await app.close();
    }
  });
});
