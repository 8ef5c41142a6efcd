/**
 * The public portal at /public: server-rendered HTML from published snapshots only, no sign-in,
 * no script. Every answer is cacheable (Cache-Control public, an ETag of its bytes, 304 on
 * If-None-Match) and carries a Content-Security-Policy that allows no script at all and styles
 * only from /public/portal.css. zh-CN at /public/…, English at /public/en/… (each page names the other
 * with hreflang); the older `?lang=en` answers 301 to the English path.
 * These routes are registered before the web UI's catch-all, whose `/*` never sees /public.
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import type { AppDeps } from '../../app-deps.ts';
import { publicAccess } from '../../plugins/policy.ts';
import { StringEnum, Uuid } from '../../shared/schemas.ts';
import { atomFeed, escapeHtml, langPath, layout, notFoundBody, Page, recordBody, sectionBody, SECTIONS, sitemap, itemList, type Lang, type Section } from './portal.html.ts';
import { cityMapSvg, lineChartSvg } from './portal.svg.ts';
import * as usecases from './portal.usecases.ts';
import { latestPublishedReport } from '../results/results.usecases.ts';
import { reportBodyHtml } from '../results/results.html.ts';

const tags = ['portal'];
export const PORTAL_CSP = ["default-src 'none'", "style-src 'self'", "img-src 'self'", "base-uri 'none'", "form-action 'none'", "frame-ancestors 'none'"].join('; ');
const MAX_AGE = 300;
const CSS = fs.readFileSync(new URL('./portal.css', import.meta.url), 'utf8');
const LangQuery = Type.Object({ lang: Type.Optional(StringEnum(['zh-CN', 'en'] as const)) });
const SectionParams = Type.Object({ section: StringEnum(Object.keys(SECTIONS) as ['plans', 'meetings', 'agreements', 'indicators', 'registers']) });
const html = { produces: ['text/html'] };

/** Sends a cacheable answer; 304 when the client holds these very bytes. */
function cached(request: FastifyRequest, reply: FastifyReply, body: string, type: string, status = 200) {
  const etag = `"${crypto.createHash('sha256').update(body).digest('base64url').slice(0, 32)}"`;
  reply.header('cache-control', `public, max-age=${MAX_AGE}`).header('etag', etag).header('content-security-policy', PORTAL_CSP);
  const match = String(request.headers['if-none-match'] ?? '').split(',').map((t) => t.trim().replace(/^W\//, ''));
  if (status === 200 && match.includes(etag)) return reply.status(304).send();
  return reply.status(status).type(type).send(body);
}

const HTML = 'text/html; charset=utf-8';

export async function portalRoutes(fastify: FastifyInstance, deps: AppDeps): Promise<void> {
  const app = fastify.withTypeProvider<TypeBoxTypeProvider>();
  const baseOf = (request: FastifyRequest) => (deps.config.publicUrl || `${request.protocol}://${request.host}`).replace(/\/+$/, '');

  /** The Chinese pages take the older ?lang=en, answered with a permanent redirect to the English path. */
  const movedToEnglish = (request: FastifyRequest<{ Querystring: { lang?: Lang } }>, reply: FastifyReply, path: string) =>
    request.query.lang === 'en' ? reply.redirect(langPath('en', path), 301) : undefined;

  /** The pages, once per language: Chinese at /public…, English at /public/en…. */
  for (const lang of ['zh-CN', 'en'] as const) {
    const page = new Page(lang);
    const en = lang === 'en';
    const at = (path: string) => langPath(lang, path);
    const id = (name: string) => `portal.${name}${en ? 'En' : ''}`;
    const query = en ? {} : { querystring: LangQuery };
    const inLang = en ? ' (English)' : '';

    app.get(at('/public'), {
      config: { policy: publicAccess, operationId: id('home') },
      schema: { tags, summary: `The public portal's home page: the latest published items (HTML)${inLang}`, ...query, ...html },
      handler: async (request, reply) => {
        const moved = movedToEnglish(request as FastifyRequest<{ Querystring: { lang?: Lang } }>, reply, '/public');
        if (moved) return moved;
        const body = `<h2>${page.t('portal.latest')}</h2>${itemList(page, await usecases.latest(deps, 30))}`;
        return cached(request, reply, layout(page, { title: page.raw('portal.nav.home'), path: '/public', body }), HTML);
      },
    });

    app.get(at('/public/results'), {
      config: { policy: publicAccess, operationId: id('results') },
      schema: { tags, summary: `The latest published annual results report: its narratives, headline figures and counts (HTML)${inLang}`, ...query, ...html },
      handler: async (request, reply) => {
        const moved = movedToEnglish(request as FastifyRequest<{ Querystring: { lang?: Lang } }>, reply, '/public/results');
        if (moved) return moved;
        const report = await latestPublishedReport(deps, lang);
        const title = report?.title ?? page.raw('portal.nav.results');
        const body = report
          ? `<p class="meta">${escapeHtml(report.subtitle)} · ${page.t('portal.published', { date: (report.publishedAt ?? '').slice(0, 10) })}${report.containsDemo ? ` <span class="demo">${page.t('portal.demo')}</span>` : ''}</p>
<div class="report">${reportBodyHtml(report, { publicCopy: true }).value}</div>`
          : `<p class="empty">${page.t('portal.results.none')}</p>`;
        return cached(request, reply, layout(page, { title, path: '/public/results', body }), HTML);
      },
    });

    app.get(at('/public/:section'), {
      config: { policy: publicAccess, operationId: id('section') },
      schema: { tags, summary: `A portal section: plans and progress, meetings and decisions, agreements, indicators, the registers (services, projects, risks) (HTML)${inLang}`, params: SectionParams, ...query, ...html },
      handler: async (request, reply) => {
        const section = request.params.section as Section;
        const moved = movedToEnglish(request as FastifyRequest<{ Querystring: { lang?: Lang } }>, reply, `/public/${section}`);
        if (moved) return moved;
        const body = sectionBody(page, section, await usecases.byKinds(deps, SECTIONS[section]));
        return cached(request, reply, layout(page, { title: page.raw(`portal.nav.${section}`), path: `/public/${section}`, body }), HTML);
      },
    });

    app.get(at('/public/records/:id'), {
      config: { policy: publicAccess, operationId: id('record') },
      schema: { tags, summary: `One published record as approved (HTML); 404 when not published or withdrawn${inLang}`, params: Type.Object({ id: Uuid }), ...query, ...html },
      handler: async (request, reply) => {
        const path = `/public/records/${request.params.id}`;
        const moved = movedToEnglish(request as FastifyRequest<{ Querystring: { lang?: Lang } }>, reply, path);
        if (moved) return moved;
        const item = await usecases.record(deps, request.params.id);
        if (!item) return cached(request, reply, layout(page, { title: page.raw('portal.notFound'), path, body: notFoundBody(page) }), HTML, 404);
        const s = item.snapshot;
        const chart = s.series && s.series.periods.length
          ? lineChartSvg({ title: page.title(s), desc: page.raw('portal.chart.desc'), periods: s.series.periods, lines: s.series.lines.map((l) => ({ name: page.name(l), values: l.values })) })
          : '';
        const map = s.map && s.map.values.length ? cityMapSvg({ title: page.pick(`${s.titleZh} ${s.map.year ?? ''}`, `${s.titleEn} ${s.map.year ?? ''}`), values: s.map.values.map((v) => ({ code: v.code, name: page.name(v), value: v.value })) }) : '';
        return cached(request, reply, layout(page, { title: page.title(s), path, body: recordBody(page, item, { chart, map }) }), HTML);
      },
    });
  }

  app.get('/public/portal.css', {
    config: { policy: publicAccess, operationId: 'portal.stylesheet' },
    schema: { tags, summary: 'The portal\'s stylesheet', produces: ['text/css'] },
    handler: async (request, reply) => cached(request, reply, CSS, 'text/css; charset=utf-8'),
  });

  app.get('/public/feed.atom', {
    config: { policy: publicAccess, operationId: 'portal.feed' },
    schema: { tags, summary: 'Atom feed of newly published items', produces: ['application/atom+xml'] },
    handler: async (request, reply) => {
      const items = await usecases.latest(deps, 50);
      return cached(request, reply, atomFeed(baseOf(request), items, items[0]?.publishedAt ?? new Date(0)), 'application/atom+xml; charset=utf-8');
    },
  });

  app.get('/public/sitemap.xml', {
    config: { policy: publicAccess, operationId: 'portal.sitemap' },
    schema: { tags, summary: 'Sitemap of the portal\'s pages, both languages, each naming the other (hreflang)', produces: ['application/xml'] },
    handler: async (request, reply) => cached(request, reply, sitemap(baseOf(request), await usecases.latest(deps, 5000)), 'application/xml; charset=utf-8'),
  });
}
