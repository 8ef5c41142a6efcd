/**
 * Issue 12: a leader reads the board on a phone, and everyone lands somewhere
 * useful. An observer at 390×844 signs in to the dashboard, opens the board,
 * gets members as tabs (switched by click and by keyboard) with one member's
 * focus areas as cards, and no sideways page scroll; widened to a tablet's
 * width it is the grid again. An administrator without a work role lands
 * on the administration home. axe finds no critical or serious violation on
 * the phone board and the admin home, in both languages.
 */
import fs from 'node:fs';
import { createRequire } from 'node:module';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { adminClient } from './api.ts';
import { launchBrowser, snap } from './browser.ts';

const baseUrl = inject('baseUrl');
const AXE_SOURCE = fs.readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const OBSERVER = { username: 'observer.phone.e2e', password: 'Board-Phone-Observer-2026!' };
const ADMIN_ONLY = { username: 'admin.home.e2e', password: 'Admin-Home-Only-E2E-2026!' };
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
  const admin = await adminClient();
  await admin.createUser(OBSERVER.username, '观察员（手机看板 E2E）', [{ role: 'observer' }], OBSERVER.password);
  await admin.createUser(ADMIN_ONLY.username, '管理员（首页 E2E）', [{ role: 'admin' }], ADMIN_ONLY.password);
});
afterAll(async () => {
  await browser?.close();
});

async function signIn(user: { username: string; password: string }, lang: 'zh-CN' | 'en', width: number, height: number): Promise<Page> {
  const context = await browser.newContext({ viewport: { width, height }, locale: lang, reducedMotion: 'reduce' });
  await context.addInitScript(`try { localStorage.setItem('yrd.locale', ${JSON.stringify(lang)}); } catch {}`);
  const page = await context.newPage();
  await page.goto(`${baseUrl}/login`);
  await page.getByTestId('login-username').fill(user.username);
  await page.getByTestId('login-password').fill(user.password);
  await page.getByTestId('login-submit').click();
  return page;
}

/** The account's stored language may differ from this browser's: switch it to `lang`. */
async function useLanguage(page: Page, lang: 'zh-CN' | 'en') {
  const toggle = page.getByTestId('language-switch');
  if ((await toggle.getAttribute('data-current-locale')) !== lang) await toggle.click();
  await expect.poll(() => page.getAttribute('html', 'lang')).toBe(lang);
}

async function seriousAxe(page: Page): Promise<string[]> {
  if (!(await page.evaluate('typeof window.axe !== "undefined"'))) await page.evaluate(AXE_SOURCE);
  const result = await page.evaluate<{ violations: { id: string; impact: string | null; nodes: { target: string[] }[] }[] }>(
    `window.axe.run(document, { resultTypes: ['violations'] })`,
  );
  return result.violations.filter((v) => v.impact === 'critical' || v.impact === 'serious').map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

/** The member tab that is selected, by its test id (a tab's text may carry screen-reader extras). */
const selectedTab = (page: Page) => page.locator('[role="tab"][aria-selected="true"] [data-testid^="board-tab-"]').getAttribute('data-testid');
const sidewaysScroll = (page: Page) => page.evaluate<number>('document.documentElement.scrollWidth - window.innerWidth');

describe('the board on a phone, and a home for every role', () => {
  it('an observer lands on the dashboard and reads the board member by member at 390×844', async () => {
    const page = await signIn(OBSERVER, 'zh-CN', 390, 844);
    await page.getByTestId('dashboard-title').waitFor();
    expect(new URL(page.url()).pathname).toBe('/dashboard');

    await page.goto(`${baseUrl}/supervision/board`);
    await page.getByTestId('board-tabs').waitFor();
    expect(await page.getByTestId('board-grid').count()).toBe(0);
    const tabs = page.getByRole('tab');
    expect(await tabs.count()).toBe(4);
    await expect.poll(() => selectedTab(page)).toBe('board-tab-310000');
    expect(await page.getByTestId('board-tab-310000').textContent()).toBe('上海市');
    expect(await page.getByTestId('board-column-310000').isVisible()).toBe(true);

    // Switch to Jiangsu by tapping its tab: its column, and only its, is shown, one card per focus area.
    await page.getByTestId('board-tab-320000').click();
    const column = page.getByTestId('board-column-320000');
    await column.waitFor();
    expect(await page.getByTestId('board-column-310000').isVisible()).toBe(false);
    const cards = column.locator('[data-testid^="board-card-"]');
    expect(await cards.count()).toBeGreaterThan(1);
    expect(await column.locator('[data-testid$="-320000"]').count()).toBe(await cards.count());
    const totals = await cards.evaluateAll((nodes) => nodes.map((n) => Number(n.getAttribute('data-total'))));
    expect(totals.some((n) => n > 0)).toBe(true); // the demo data gives Jiangsu tasks
    expect(await sidewaysScroll(page)).toBeLessThanOrEqual(0);
    await snap(page, '12-board-phone-zh');
    expect(await seriousAxe(page)).toEqual([]);

    // By keyboard: the arrow key moves to the next member's tab, Enter opens it.
    await page.locator('[role="tab"][aria-selected="true"]').focus();
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('Enter');
    await expect.poll(() => selectedTab(page)).toBe('board-tab-330000');
    await page.getByTestId('board-column-330000').waitFor();

    // A card opens the task list of its member and area.
    const open = page.getByTestId('board-column-330000').locator('[data-testid^="board-card-"]:not([disabled])').first();
    await open.click();
    await expect.poll(() => new URL(page.url()).pathname).toBe('/tasks');
    expect(new URL(page.url()).searchParams.get('memberCode')).toBe('330000');

    // English at the same size.
    await page.goto(`${baseUrl}/supervision/board`);
    await useLanguage(page, 'en');
    await page.getByTestId('board-tabs').waitFor();
    await page.getByTestId('board-tab-340000').click();
    await page.getByTestId('board-column-340000').waitFor();
    expect(await selectedTab(page)).toBe('board-tab-340000');
    expect(await page.getByTestId('board-tab-340000').textContent()).toBe('Anhui');
    expect(await sidewaysScroll(page)).toBeLessThanOrEqual(0);
    await snap(page, '12-board-phone-en');
    expect(await seriousAxe(page)).toEqual([]);

    // At a tablet's width (≥ 768 px) the board stays the grid.
    await page.setViewportSize({ width: 800, height: 1024 });
    await page.getByTestId('board-grid').waitFor();
    expect(await page.getByTestId('board-tabs').count()).toBe(0);
    await page.context().close();
  });

  it('an administrator without a work role lands on the administration home, in both languages', async () => {
    const page = await signIn(ADMIN_ONLY, 'zh-CN', 390, 844);
    await page.getByTestId('home-admin').waitFor();
    expect(new URL(page.url()).pathname).toBe('/');
    await useLanguage(page, 'zh-CN');
    expect(await page.getByTestId('first-admin-notice').isVisible()).toBe(true);
    expect(await page.getByTestId('grant-self-office').isVisible()).toBe(true);
    for (const id of ['home-admin-users', 'home-admin-import', 'home-admin-audit', 'home-admin-account']) expect(await page.getByTestId(id).isVisible()).toBe(true);
    expect(await sidewaysScroll(page)).toBeLessThanOrEqual(0);
    await snap(page, '12-admin-home-zh');
    expect(await seriousAxe(page)).toEqual([]);

    await useLanguage(page, 'en');
    await expect.poll(() => page.getByTestId('home-admin').locator('h2').textContent()).toBe('Administration');
    expect(await sidewaysScroll(page)).toBeLessThanOrEqual(0);
    await snap(page, '12-admin-home-en');
    expect(await seriousAxe(page)).toEqual([]);

    // The import shortcut opens the import dialog at once; without a mail server, delivery by e-mail is off and says why.
    await page.getByTestId('home-admin-import').click();
    await page.getByTestId('user-import-delivery').waitFor();
    await expect.poll(() => page.getByTestId('user-import-delivery-hint').textContent()).toContain('YRD_SMTP_URL');
    expect(await page.getByRole('radio', { name: /By e-mail/ }).isDisabled()).toBe(true);
    expect(await page.getByRole('radio', { name: /downloaded password sheet/ }).isChecked()).toBe(true);
    await snap(page, '12-user-import-delivery-en');
    expect(await seriousAxe(page)).toEqual([]);
    await page.context().close();
  });
});
