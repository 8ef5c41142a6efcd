/**
 * Every page of the route table (routes.ts), in Chinese and in English:
 * axe-core, injected into the page, finds no critical or serious violation,
 * and the document never scrolls sideways on a phone (390×844), a tablet
 * (768×1024) or a wide desktop (1440×900). Failures are gathered over the
 * whole walk and written to artifacts/a11y-<lang>.json, so one run shows all.
 */
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { ApiClient, adminClient } from './api.ts';
import { ARTIFACTS, launchBrowser, snap } from './browser.ts';
import { PAGE_ROUTES, resolveRouteIds, type PageRoute, type RouteAccount, type RouteIds } from './a11y/routes.ts';

const baseUrl = inject('baseUrl');
/** axe's source, evaluated in the page: the platform's CSP (script-src 'self') refuses an injected script tag. */
const AXE_SOURCE = fs.readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const STAFF = { username: 'a11y.staff.e2e', password: 'Accessible-Staff-E2E-2026!' };
const LANGS = ['zh-CN', 'en'] as const;
type Lang = (typeof LANGS)[number];
const SIZES = [
  { width: 1440, height: 900 },
  { width: 768, height: 1024 },
  { width: 390, height: 844 },
] as const;

let browser: Browser;
let ids: RouteIds;
/** One user per language who still has to change the one-time password. */
const forced: Record<Lang, { username: string; password: string }> = {
  'zh-CN': { username: 'a11y.forced.zh.e2e', password: '' },
  en: { username: 'a11y.forced.en.e2e', password: '' },
};


beforeAll(async () => {
  browser = await launchBrowser();
  const admin = await adminClient();
  // Administrator and Office at once: every route of the table opens for this one account.
  await admin.createUser(STAFF.username, '无障碍检查员（E2E）', [{ role: 'admin' }, { role: 'office' }], STAFF.password);
  for (const lang of LANGS) {
    const created = await admin.call<{ oneTimePassword: string }>('POST', '/api/v1/users', {
      username: forced[lang].username, displayName: `改密用户（${lang}）`, roles: [{ role: 'observer' }],
    });
    forced[lang].password = created.oneTimePassword;
  }
  const staff = new ApiClient();
  await staff.login(STAFF.username, STAFF.password);
  ids = await resolveRouteIds(staff);
});
afterAll(async () => {
  await browser?.close();
});

async function newContext(lang: Lang): Promise<BrowserContext> {
  const context = await browser.newContext({ viewport: SIZES[0], locale: lang, reducedMotion: 'reduce' });
  // The language before sign-in comes from this browser's storage.
  await context.addInitScript(`try { localStorage.setItem('yrd.locale', ${JSON.stringify(lang)}); } catch {}`);
  return context;
}

async function signIn(page: Page, user: { username: string; password: string }) {
  await page.goto(`${baseUrl}/login`);
  await page.getByTestId('login-username').fill(user.username);
  await page.getByTestId('login-password').fill(user.password);
  await page.getByTestId('login-submit').click();
}

/** Signed in as the staff account, with the account's language set to `lang`. */
async function staffPage(lang: Lang): Promise<Page> {
  const page = await (await newContext(lang)).newPage();
  await signIn(page, STAFF);
  await page.getByTestId('home-welcome').waitFor();
  const toggle = page.getByTestId('language-switch');
  if ((await toggle.getAttribute('data-current-locale')) !== lang) await toggle.click();
  await expect.poll(() => page.getAttribute('html', 'lang')).toBe(lang);
  return page;
}

/** Loaded: the network quiet and no spinner left (a page still loading is not what a person reads). */
async function settle(page: Page) {
  await page.waitForLoadState('networkidle', { timeout: 15_000 }).catch(() => undefined);
  await expect
    .poll(() => page.locator('.ant-spin-spinning, .ant-skeleton-active').count(), { timeout: 10_000, interval: 200 })
    .toBe(0)
    .catch(() => undefined);
  await page.waitForTimeout(300);
}

interface AxeNode { target: string[]; html: string; failureSummary?: string }
interface AxeViolation { id: string; impact: string | null; help: string; nodes: AxeNode[] }

async function axeViolations(page: Page): Promise<AxeViolation[]> {
  if (!(await page.evaluate('typeof window.axe !== "undefined"'))) await page.evaluate(AXE_SOURCE);
  const result = await page.evaluate<{ violations: AxeViolation[] }>(
    `window.axe.run(document, { resultTypes: ['violations'] })`,
  );
  return result.violations.filter((v) => v.impact === 'critical' || v.impact === 'serious');
}

/** Sideways scrolling of the document, with the widest elements that cause it. */
async function overflow(page: Page): Promise<{ scrollWidth: number; innerWidth: number; culprits: string[] } | null> {
  // A string, not a function: this file is type-checked without the DOM library.
  return page.evaluate(`(() => {
    const scrollWidth = document.documentElement.scrollWidth;
    const innerWidth = window.innerWidth;
    if (scrollWidth <= innerWidth) return null;
    const culprits = [];
    for (const el of document.body.querySelectorAll('*')) {
      const r = el.getBoundingClientRect();
      if (r.right > innerWidth + 1 && r.width > 0) {
        culprits.push(el.tagName.toLowerCase() + (el.className && typeof el.className === 'string' ? '.' + el.className.split(' ').slice(0, 3).join('.') : '') + (el.dataset.testid ? '[' + el.dataset.testid + ']' : '') + ' right=' + Math.round(r.right));
      }
      if (culprits.length >= 8) break;
    }
    return { scrollWidth, innerWidth, culprits };
  })()`);
}

interface Finding { route: string; kind: 'axe' | 'overflow' | 'stuck'; detail: string }

/** What the walk is doing now, so a page that stops answering is reported by route and step. */
interface Progress { step: string }

/**
 * A page whose script never yields makes evaluate() wait for ever (Playwright gives it no
 * timeout): past `ms` the route is a finding and the walk goes on with a fresh page.
 */
async function within<T>(ms: number, work: Promise<T>, progress: Progress): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer within ${ms / 1000} s while ${progress.step}`)), ms);
  });
  try {
    return await Promise.race([work, deadline]);
  } finally {
    clearTimeout(timer);
  }
}

async function walk(page: Page, lang: Lang, route: PageRoute, findings: Finding[], counts: { critical: number; serious: number }, progress: Progress) {
  progress.step = 'opening the page';
  await page.setViewportSize(SIZES[0]);
  await page.goto(`${baseUrl}${route.path(ids)}`);
  progress.step = 'waiting for the page to settle';
  await settle(page);
  progress.step = 'running axe';
  let violations = await axeViolations(page);
  if (violations.length > 0) {
    // Once more after a pause: a transition caught half-way (a fading popup, a document still swapping) is not the page.
    await page.waitForTimeout(1_000);
    violations = await axeViolations(page);
  }
  if (violations.length > 0) await snap(page, `a11y-axe-${lang}-${route.name}`);
  for (const v of violations) {
    if (v.impact === 'critical') counts.critical += 1;
    else counts.serious += 1;
    findings.push({
      route: `${route.name} (${new URL(page.url()).pathname})`, kind: 'axe',
      detail: `${v.impact} ${v.id}: ${v.help} — ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(' | ')}${v.nodes.length > 3 ? ` (+${v.nodes.length - 3})` : ''}`,
    });
  }
  for (const size of SIZES) {
    progress.step = `measuring at ${size.width} px`;
    await page.setViewportSize(size);
    // Laid out again at the new width: two animation frames (a hidden page gets none: at most half a second).
    if (size !== SIZES[0]) await page.evaluate('new Promise((done) => { requestAnimationFrame(() => requestAnimationFrame(done)); setTimeout(done, 500); })');
    const wide = await overflow(page);
    if (wide) {
      findings.push({ route: route.name, kind: 'overflow', detail: `${size.width}px: scrollWidth ${wide.scrollWidth} > ${wide.innerWidth}; ${wide.culprits.join(', ')}` });
      await snap(page, `a11y-overflow-${lang}-${route.name}-${size.width}`);
    }
  }
}

function report(lang: Lang, findings: Finding[], counts: { critical: number; serious: number }, views: number) {
  fs.mkdirSync(ARTIFACTS, { recursive: true });
  fs.writeFileSync(path.join(ARTIFACTS, `a11y-${lang}.json`), JSON.stringify({ views, ...counts, findings }, null, 2));
  console.log(`a11y ${lang}: ${views} page views, ${counts.critical} critical and ${counts.serious} serious axe violations, ${findings.filter((f) => f.kind === 'overflow').length} overflows`);
}

/** Per route: generous for a loaded two-core machine, far below the test's own limit. */
const ROUTE_DEADLINE_MS = 90_000;

/**
 * Walks `routes` on pages from `open`; a route that stops answering is a 'stuck' finding
 * (with a screenshot attempt) and the walk carries on from a fresh page.
 */
async function walkAll(open: () => Promise<Page>, lang: Lang, routes: PageRoute[], findings: Finding[], counts: { critical: number; serious: number }): Promise<number> {
  let page = await open();
  let views = 0;
  for (const route of routes) {
    const progress: Progress = { step: 'starting' };
    const started = Date.now();
    // Twice at most: a page that stops answering once (a renderer lost on a loaded machine) gets a fresh
    // page; stuck again, it is a finding. Findings of the first attempt are dropped with it.
    for (let attempt = 1; attempt <= 2; attempt += 1) {
      const found: Finding[] = [];
      const tally = { critical: 0, serious: 0 };
      try {
        await within(ROUTE_DEADLINE_MS, walk(page, lang, route, found, tally, progress), progress);
        findings.push(...found);
        counts.critical += tally.critical;
        counts.serious += tally.serious;
        break;
      } catch (error) {
        console.log(`a11y ${lang}: ${route.name} attempt ${attempt}: ${(error as Error).message}`);
        if (attempt === 2) findings.push({ route: route.name, kind: 'stuck', detail: (error as Error).message });
        await within(10_000, snap(page, `a11y-stuck-${lang}-${route.name}-${attempt}`), progress).catch(() => undefined);
        await within(10_000, page.context().close(), progress).catch(() => undefined);
        page = await open();
      }
    }
    // In the CI log: which pages are slow on a loaded machine.
    if (Date.now() - started > 15_000) console.log(`a11y ${lang}: ${route.name} took ${Math.round((Date.now() - started) / 1000)} s`);
    views += 1;
  }
  await page.context().close();
  return views;
}

describe('accessibility walk', () => {
  for (const lang of LANGS) {
    it(`every route in ${lang}: no critical or serious axe violation, no sideways scrolling`, { timeout: 900_000 }, async () => {
      const findings: Finding[] = [];
      const counts = { critical: 0, serious: 0 };
      const byAccount = (account: RouteAccount) => PAGE_ROUTES.filter((r) => (r.account ?? 'staff') === account);

      let views = await walkAll(() => staffPage(lang), lang, byAccount('staff'), findings, counts);
      views += await walkAll(async () => (await newContext(lang)).newPage(), lang, byAccount('anonymous'), findings, counts);
      views += await walkAll(async () => {
        const page = await (await newContext(lang)).newPage();
        await signIn(page, forced[lang]);
        await page.getByTestId('change-password-current').waitFor();
        return page;
      }, lang, byAccount('forced'), findings, counts);

      report(lang, findings, counts, views);
      expect(findings.map((f) => `${f.route} ${f.kind} ${f.detail}`)).toEqual([]);
    });
  }
});
