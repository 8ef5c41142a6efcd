/**
 * The public portal and the publication step: the portal in both languages with JavaScript off and
 * on (no script is needed, none runs), at desktop and phone widths; then the Office proposes a plan
 * from the Publications page, approves it (the frozen text is previewed), publishes it, and finds it
 * on the portal, signed out.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { ApiClient, adminClient } from './api.ts';
import { launchBrowser, snap } from './browser.ts';

const baseUrl = inject('baseUrl');
const OFFICE = { username: 'office.portal.e2e', password: 'Portal-Office-E2E-2026!' };
const stamp = Date.now() % 1_000_000;
const MEETING_ZH = `门户公开会议（E2E ${stamp}）`;
const MEETING_EN = `Portal meeting (E2E ${stamp})`;
const PLAN_ZH = `门户发布规划E2E${stamp}`;
const WAIT = { timeout: 15_000 };
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
  const admin = await adminClient();
  await admin.createUser(OFFICE.username, '办公室（门户 E2E）', [{ role: 'office' }], OFFICE.password);
  const office = new ApiClient();
  await office.login(OFFICE.username, OFFICE.password);
  // A meeting published through the API, so the portal has something before the journey publishes from the UI.
  const meeting = await office.call<{ id: string }>('POST', '/api/v1/meetings', {
    type: 'annual_symposium', tier: 'decision', hostMemberCode: '330000', hostCityCode: '330300', startsAt: '2024-06-05T01:00:00Z', endsAt: '2024-06-06T09:00:00Z',
    titleZh: MEETING_ZH, titleEn: MEETING_EN, themeZh: '携手勇当中国式现代化开路先锋', agenda: [{ titleZh: '审议三年行动计划', titleEn: 'The three-year action plan' }],
  });
  const { id } = await office.call<{ id: string }>('POST', '/api/v1/publications', { kind: 'meeting', recordId: meeting.id });
  await office.call('POST', `/api/v1/publications/${id}/transitions`, { to: 'approved', version: 1 });
  await office.call('POST', `/api/v1/publications/${id}/transitions`, { to: 'published', version: 2 });
  await office.call('POST', '/api/v1/plans', { kind: 'annual', code: `E2E-PUB-${stamp}`, titleZh: PLAN_ZH, titleEn: `Portal plan E2E ${stamp}`, periodStart: '2025-01-01', periodEnd: '2025-12-31' });
});
afterAll(async () => {
  await browser?.close();
});

async function portalPage(javaScriptEnabled: boolean, width: number): Promise<Page> {
  const context = await browser.newContext({ viewport: { width, height: 900 }, locale: 'zh-CN', javaScriptEnabled });
  return context.newPage();
}

describe('the public portal', () => {
  for (const js of [false, true]) {
    it(`reads in both languages with JavaScript ${js ? 'on' : 'off'}`, async () => {
      const page = await portalPage(js, 1280);
      const errors: string[] = [];
      page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
      await page.goto(`${baseUrl}/public`);
      await expect.poll(() => page.locator('h1').textContent(), WAIT).toBe('首页');
      await page.getByRole('link', { name: MEETING_ZH }).first().click();
      await page.getByRole('heading', { level: 1, name: MEETING_ZH }).waitFor(WAIT);
      expect(await page.locator('main').textContent()).toContain('审议三年行动计划');
      await snap(page, `17-portal-record-zh-js-${js ? 'on' : 'off'}`);
      await page.getByRole('link', { name: 'English' }).click();
      await page.getByRole('heading', { level: 1, name: MEETING_EN }).waitFor(WAIT);
      expect(await page.locator('html').getAttribute('lang')).toBe('en');
      expect(new URL(page.url()).pathname).toMatch(/^\/public\/en\/records\//);
      await page.getByRole('link', { name: 'Meetings and decisions' }).click();
      await page.getByRole('link', { name: MEETING_EN }).first().waitFor(WAIT);
      await snap(page, `17-portal-meetings-en-js-${js ? 'on' : 'off'}`);
      // No script on the page at all; nothing refused by the policy either.
      expect(await page.locator('script').count()).toBe(0);
      expect(errors).toEqual([]);
      await page.context().close();
    });
  }

  it('fits a phone (390 px) without sideways scrolling', async () => {
    const page = await portalPage(false, 390);
    await page.goto(`${baseUrl}/public/meetings`);
    await page.getByRole('link', { name: MEETING_ZH }).first().waitFor(WAIT);
    const overflow = await page.evaluate<number>('document.documentElement.scrollWidth - document.documentElement.clientWidth').catch(() => null);
    if (overflow !== null) expect(overflow).toBeLessThanOrEqual(0);
    await snap(page, '17-portal-phone');
    await page.context().close();
  });
});

describe('publishing from the Office', () => {
  it('proposes, approves (frozen preview), publishes, and the plan appears on the portal', async () => {
    const context = await browser.newContext({ viewport: { width: 1400, height: 900 }, locale: 'zh-CN' });
    const page = await context.newPage();
    await page.goto(`${baseUrl}/login`);
    await page.getByTestId('login-username').fill(OFFICE.username);
    await page.getByTestId('login-password').fill(OFFICE.password);
    await page.getByTestId('login-submit').click();
    await page.getByTestId('nav-publications').first().click();
    await page.getByTestId('publications-table').waitFor(WAIT);
    await page.getByTestId('publication-propose').click();
    await page.getByTestId('publication-kind').click();
    await page.locator('.ant-select-item-option[title="规划"]').click();
    await page.getByTestId('publication-record').click();
    await page.keyboard.type(PLAN_ZH);
    await page.locator('.ant-select-item-option').filter({ hasText: PLAN_ZH }).first().click(WAIT);
    await page.locator('.ant-modal-footer .ant-btn-primary').click();
    const detail = page.getByTestId('publication-detail');
    await expect.poll(() => detail.getAttribute('data-state'), WAIT).toBe('draft');
    await page.getByTestId('publication-approve').click();
    await expect.poll(() => detail.getAttribute('data-state'), WAIT).toBe('approved');
    expect(await page.getByTestId('publication-snapshot').textContent()).toContain(PLAN_ZH);
    await snap(page, '17-publication-approved');
    await page.getByTestId('publication-publish').click();
    await expect.poll(() => detail.getAttribute('data-state'), WAIT).toBe('published');
    await snap(page, '17-publication-published');
    await context.close();

    const visitor = await portalPage(false, 1280);
    await visitor.goto(`${baseUrl}/public/plans`);
    await visitor.getByRole('link', { name: PLAN_ZH }).first().click();
    await visitor.getByRole('heading', { level: 1, name: PLAN_ZH }).waitFor(WAIT);
    await snap(visitor, '17-portal-published-plan');
    await visitor.context().close();
  });
});
