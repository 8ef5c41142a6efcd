/**
 * Who is calling: the session cookie becomes `request.principal`, and the
 * language of messages becomes `request.locale` (the user's setting, else
 * Accept-Language, else zh-CN).
 */
import type { FastifyInstance, FastifyReply } from 'fastify';
import fp from 'fastify-plugin';
import type { AppDeps } from '../app-deps.ts';
import { localeFromAcceptLanguage, type Locale } from '../i18n/messages.ts';
import { SessionCache } from '../modules/auth/auth.session-cache.ts';
import { resolveSession, SESSION_COOKIE } from '../modules/auth/auth.usecases.ts';
import { anonymous, type Principal } from '../shared/principal.ts';

declare module 'fastify' {
  interface FastifyRequest {
    principal: Principal;
    locale: Locale;
  }
}

export function setSessionCookie(reply: FastifyReply, deps: AppDeps, token: string, expiresAt: Date): void {
  reply.setCookie(SESSION_COOKIE, token, {
    path: '/',
    httpOnly: true,
    sameSite: 'strict',
    secure: deps.config.secureCookies,
    expires: expiresAt,
  });
}

export function clearSessionCookie(reply: FastifyReply, deps: AppDeps): void {
  reply.clearCookie(SESSION_COOKIE, { path: '/', httpOnly: true, sameSite: 'strict', secure: deps.config.secureCookies });
}

export const sessionPlugin = fp<{ deps: AppDeps }>(
  async (app: FastifyInstance, { deps }) => {
    app.decorateRequest('principal', null as never);
    app.decorateRequest('locale', 'zh-CN');
    const sessions = new SessionCache(deps.dataChanges, deps.config.sessionCacheEntries);
    app.addHook('onRequest', async (request, reply) => {
      request.locale = localeFromAcceptLanguage(request.headers['accept-language']);
      request.principal = anonymous;
      const token = request.cookies[SESSION_COOKIE];
      if (!token) return;
      // A kept session counts only while the changes of the last second are known (decision 0012):
      // when the change listener cannot vouch, the database's generation decides.
      if (sessions.size > 0 && !deps.dataChanges.isWatching()) await deps.dataChanges.confirmCurrent();
      const principal = await resolveSession(deps, token, sessions);
      if (!principal) {
        clearSessionCookie(reply, deps);
        return;
      }
      request.principal = principal;
      request.locale = principal.locale;
    });
  },
  { name: 'yrd-session', dependencies: ['@fastify/cookie'] },
);
