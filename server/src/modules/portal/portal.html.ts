/**
 * The portal's HTML: one layout and one renderer per page, every value escaped here (no template
 * engine, no client script). Text comes only from frozen publication snapshots.
 */
import { translate, type Locale } from '../../i18n/messages.ts';
import type { NamedCode, PublicSnapshot, SnapshotRow } from '../publications/publications.models.ts';

export function escapeHtml(value: unknown): string {
  return String(value ?? '').replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}
const e = escapeHtml;

export type Lang = 'zh-CN' | 'en';
export const SECTIONS = { plans: ['plan', 'task'], meetings: ['meeting', 'decision'], agreements: ['agreement'], indicators: ['indicator'], registers: ['service', 'project', 'risk'] } as const;
export type Section = keyof typeof SECTIONS;
/** The navigation: the home page, the sections, and the latest results report. */
const NAV = ['home', ...(Object.keys(SECTIONS) as Section[]), 'results'] as const;
const navPath = (k: (typeof NAV)[number]) => (k === 'home' ? '/public' : `/public/${k}`);

/** The page at `path` (a Chinese path, /public/…) in `lang`: English lives under /public/en. */
export const langPath = (lang: Lang, path: string) => (lang === 'en' ? path.replace(/^\/public/, '/public/en') : path);

export interface PortalItem { id: string; kind: string; snapshot: PublicSnapshot; publishedAt: Date; isDemo: boolean }

export class Page {
  constructor(readonly lang: Lang) {}
  raw(key: string, params: Record<string, unknown> = {}) { return translate(this.lang as Locale, key, params); }
  t(key: string, params: Record<string, unknown> = {}) { return e(this.raw(key, params)); }
  /** A portal link in this page's language. */
  href(path: string) { return langPath(this.lang, path); }
  pick(zh: string | undefined, en: string | undefined) { return this.lang === 'en' ? (en || zh || '') : (zh || en || ''); }
  name(n: NamedCode) { return this.pick(n.nameZh, n.nameEn); }
  status(s: string | null | undefined) { return s ? this.t(`portal.status.${s}`) : ''; }
  title(s: PublicSnapshot) { return this.pick(s.titleZh, s.titleEn); }
}

/** `path` is the page's Chinese path; the English one is derived (langPath). */
export function layout(page: Page, input: { title: string; path: string; body: string }): string {
  const other: Lang = page.lang === 'en' ? 'zh-CN' : 'en';
  const otherHref = langPath(other, input.path);
  const nav = NAV.map((k) => `<a href="${e(page.href(navPath(k)))}"${input.path === navPath(k) ? ' aria-current="page"' : ''}>${page.t(`portal.nav.${k}`)}</a>`).join('');
  return `<!doctype html>
<html lang="${page.lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${e(input.title)} · ${page.t('portal.site')}</title>
<link rel="stylesheet" href="/public/portal.css">
<link rel="alternate" type="application/atom+xml" title="${page.t('portal.feed')}" href="/public/feed.atom">
<link rel="canonical" href="${e(page.href(input.path))}">
<link rel="alternate" hreflang="zh-CN" href="${e(input.path)}">
<link rel="alternate" hreflang="en" href="${e(langPath('en', input.path))}">
<link rel="alternate" hreflang="x-default" href="${e(input.path)}">
</head>
<body>
<a class="skip" href="#main">${page.t('portal.skip')}</a>
<header class="top"><a class="brand" href="${e(page.href('/public'))}">${page.t('portal.site')}</a>
<a class="lang" lang="${other}" hreflang="${other}" href="${e(otherHref)}">${page.t('portal.lang.other')}</a>
<nav>${nav}</nav></header>
<main id="main">
<h1>${e(input.title)}</h1>
${input.body}
</main>
<footer><p>${page.t('portal.footer')}</p>
<p><a href="/public/feed.atom">${page.t('portal.feed')}</a> · <a href="/api/v1/calendar/published.ics">${page.t('portal.ical')}</a> · <a href="/public/sitemap.xml">${page.t('portal.sitemap')}</a></p></footer>
</body>
</html>
`;
}

const day = (d: Date) => d.toISOString().slice(0, 10);
const demo = (page: Page, item: { isDemo: boolean }) => (item.isDemo ? ` <span class="demo">${page.t('portal.demo')}</span>` : '');
const progress = (page: Page, p: number | null | undefined) =>
  p === null || p === undefined ? '' : `<span class="progress"><progress max="100" value="${e(p)}">${e(p)}%</progress> ${e(p)}%</span>`;

export function itemList(page: Page, items: PortalItem[]): string {
  if (items.length === 0) return `<p class="empty">${page.t('portal.none')}</p>`;
  return `<ul class="items">${items.map((i) => `<li><span class="kind">${page.t(`portal.kind.${i.kind}`)}</span> <a href="${e(page.href(`/public/records/${i.id}`))}">${e(page.title(i.snapshot))}</a>${demo(page, i)}
<span class="meta">${[i.snapshot.code ? e(i.snapshot.code) : '', page.status(i.snapshot.status), i.snapshot.date ? e(i.snapshot.date) : ''].filter(Boolean).join(' · ')}</span>${progress(page, i.snapshot.progress)}
<span class="meta">${page.t('portal.published', { date: day(i.publishedAt) })}</span></li>`).join('')}</ul>`;
}

export function sectionBody(page: Page, section: Section, byKind: Map<string, PortalItem[]>): string {
  return SECTIONS[section].map((kind) => `<section><h2>${page.t(`portal.kind.${kind}`)}</h2>${itemList(page, byKind.get(kind) ?? [])}</section>`).join('');
}

function rows(page: Page, list: SnapshotRow[]): string {
  return `<ul class="rows">${list.map((r) => `<li>${e(page.pick(r.zh, r.en))}${r.detailZh || r.detailEn ? ` <span class="meta">${e(page.pick(r.detailZh, r.detailEn))}</span>` : ''}${r.date ? ` <span class="meta">${e(r.date)}</span>` : ''}${r.status && r.status !== r.zh ? ` <span class="meta">${page.status(r.status)}</span>` : ''}${progress(page, r.progress)}</li>`).join('')}</ul>`;
}

export function recordBody(page: Page, item: PortalItem, charts: { chart: string; map: string }): string {
  const s = item.snapshot;
  const facts: [string, string][] = [];
  if (s.code) facts.push([page.t('portal.code'), e(s.code)]);
  if (s.status) facts.push([page.t('portal.status'), page.status(s.status)]);
  if (s.date || s.endDate) facts.push([page.t('portal.period'), e([s.date, s.endDate].filter(Boolean).join(' — '))]);
  if (s.progress !== null) facts.push([page.t('portal.progress'), progress(page, s.progress)]);
  for (const [key, list] of [['portal.members', s.members], ['portal.cities', s.cities], ['portal.bodies', s.bodies]] as const) {
    if (list.length) facts.push([page.t(key), e(list.map((n) => page.name(n)).join(page.lang === 'en' ? ', ' : '、'))]);
  }
  const summary = page.pick(s.summaryZh, s.summaryEn).split(/\n+/).filter((p) => p.trim()).map((p) => `<p>${e(p)}</p>`).join('');
  const sections = s.sections.filter((x) => x.rows.length > 0).map((x) => `<section><h2>${page.t(`portal.section.${x.key}`)}</h2>${rows(page, x.rows)}</section>`).join('');
  let data = '';
  if (s.series && s.series.periods.length) {
    data += `<section><h2>${page.t('portal.chart', { name: page.title(s), unit: page.pick(s.series.unitZh, s.series.unitEn) })}</h2><figure>${charts.chart}</figure>
<div class="scroll"><table><thead><tr><th scope="col">${page.t('portal.table.period')}</th>${s.series.lines.map((l) => `<th scope="col">${e(page.name(l))}</th>`).join('')}</tr></thead>
<tbody>${s.series.periods.map((p, i) => `<tr><th scope="row">${e(p)}</th>${s.series!.lines.map((l) => `<td>${e(l.values[i] ?? '—')}</td>`).join('')}</tr>`).join('')}</tbody></table></div></section>`;
  }
  if (s.map && s.map.values.length) {
    data += `<section><h2>${page.t('portal.map', { year: s.map.year ?? '' })}</h2><figure>${charts.map}<figcaption>${page.t('portal.map.note')}</figcaption></figure>
<div class="scroll"><table><thead><tr><th scope="col">${page.t('portal.table.city')}</th><th scope="col">${page.t('portal.table.value')}</th></tr></thead>
<tbody>${s.map.values.map((v) => `<tr><th scope="row">${e(page.name(v))}</th><td>${e(v.value)}</td></tr>`).join('')}</tbody></table></div></section>`;
  }
  return `<p class="meta"><span class="kind">${page.t(`portal.kind.${item.kind}`)}</span> ${page.t('portal.published', { date: day(item.publishedAt) })}${demo(page, item)}</p>
<dl class="facts">${facts.map(([k, v]) => `<dt>${k}</dt><dd>${v}</dd>`).join('')}</dl>
${summary}${sections}${data}`;
}

export function notFoundBody(page: Page): string {
  return `<p>${page.t('portal.notFound')}</p><p><a href="${e(page.href('/public'))}">${page.t('portal.back')}</a></p>`;
}

const x = escapeHtml;
export function atomFeed(base: string, items: PortalItem[], updated: Date): string {
  const entries = items.map((i) => `<entry><id>${x(`${base}/public/records/${i.id}`)}</id><title>${x(i.snapshot.titleZh)}${i.snapshot.titleEn ? ` / ${x(i.snapshot.titleEn)}` : ''}</title>
<link rel="alternate" type="text/html" href="${x(`${base}/public/records/${i.id}`)}"/><updated>${i.publishedAt.toISOString()}</updated><published>${i.publishedAt.toISOString()}</published>
<category term="${x(i.kind)}"/><summary>${x(i.snapshot.summaryZh.slice(0, 500))}</summary></entry>`).join('\n');
  return `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="zh-CN"><id>${x(`${base}/public/feed.atom`)}</id><title>${x(translate('zh-CN', 'portal.site'))}</title>
<link rel="self" href="${x(`${base}/public/feed.atom`)}"/><link rel="alternate" type="text/html" href="${x(`${base}/public`)}"/><author><name>${x(translate('zh-CN', 'portal.site'))}</name></author>
<updated>${updated.toISOString()}</updated>
${entries}
</feed>
`;
}

/** Every page in both languages; each URL names its other-language version (hreflang). */
export function sitemap(base: string, items: PortalItem[]): string {
  const paths = [...NAV.map(navPath), ...items.map((i) => `/public/records/${i.id}`)];
  const alternates = (p: string) => (['zh-CN', 'en'] as const).map((l) => `<xhtml:link rel="alternate" hreflang="${l}" href="${x(base + langPath(l, p))}"/>`).join('');
  const urls = paths.flatMap((p) => (['zh-CN', 'en'] as const).map((l) => `<url><loc>${x(base + langPath(l, p))}</loc>${alternates(p)}</url>`)).join('\n');
  return `<?xml version="1.0" encoding="utf-8"?>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">
${urls}
</urlset>
`;
}
