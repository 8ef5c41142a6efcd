/**
 * Requests without a session, per source address (issue 14, item 10): at most
 * YRD_ANON_REQUESTS_PER_MINUTE API requests in a fixed one-minute window, then
 * 429 `auth.rate_limited` with Retry-After. Signed-in users are not counted
 * (they are accountable and audited); the web's static files are not either.
 * Counted in this instance's memory: behind a load balancer with N instances a
 * source gets up to N times the budget, which still bounds it.
 */
import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import type { AppDeps } from '../app-deps.ts';
import { AppError } from '../shared/errors.ts';

const WINDOW_MS = 60_000;
/** Sources tracked at most; past it the oldest windows are dropped (a flood of addresses cannot exhaust memory). */
const MAX_SOURCES = 50_000;

export class AnonymousRateLimiter {
  private readonly windows = new Map<string, { start: number; count: number }>();

  constructor(private readonly perMinute: number) {}

  /** Seconds to wait, or 0 when the request may go ahead. */
  take(source: string, now: number): number {
    if (this.perMinute <= 0) return 0;
    let window = this.windows.get(source);
    if (!window || now - window.start >= WINDOW_MS) {
      this.windows.delete(source);
      window = { start: now, count: 0 };
      this.windows.set(source, window);
      if (this.windows.size > MAX_SOURCES) this.windows.delete(this.windows.keys().next().value!);
    }
    window.count++;
    if (window.count <= this.perMinute) return 0;
    return Math.max(1, Math.ceil((window.start + WINDOW_MS - now) / 1000));
  }
}

export const anonymousRateLimitPlugin = fp<{ deps: AppDeps }>(
  async (app: FastifyInstance, { deps }) => {
    const limiter = new AnonymousRateLimiter(deps.config.anonymousRequestsPerMinute);
    app.addHook('onRequest', async (request, reply) => {
      if (request.principal.kind !== 'anonymous' || !request.url.startsWith('/api/')) return;
      const seconds = limiter.take(request.ip, deps.clock.now().getTime());
      if (seconds === 0) return;
      reply.header('retry-after', String(seconds));
      throw new AppError(429, 'auth.rate_limited', { seconds }, undefined, { retryAfterSeconds: seconds });
    });
  },
  { name: 'yrd-anonymous-rate-limit', dependencies: ['yrd-session'] },
);
