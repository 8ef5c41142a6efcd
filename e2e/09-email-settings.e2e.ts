/**
 * E-mail settings, reached the way a notification e-mail's List-Unsubscribe
 * link reaches them (/inbox?settings=email): the drawer opens by itself, the
 * user unticks one kind of notice and chooses the daily digest, saves, and the
 * server keeps it; on a 390 px phone the drawer fits the screen.
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { ADMIN_PASSWORD, ApiClient } from './api.ts';
import { launchBrowser, snap, signedInPage } from './browser.ts';

const baseUrl = inject('baseUrl');
const USER = { username: 'js.mail.e2e', password: 'Jiangsu-Mail-Settings-2026!' };
let browser: Browser;
let user: ApiClient;

beforeAll(async () => {
  browser = await launchBrowser();
  const admin = new ApiClient();
  await admin.login('admin', ADMIN_PASSWORD);
  await admin.createUser(USER.username, '江苏联络员（邮件 E2E）', [{ role: 'liaison', memberCode: '320000' }], USER.password);
  user = new ApiClient();
  await user.login(USER.username, USER.password);
});
afterAll(async () => {
  await browser?.close();
});

describe('e-mail settings from the unsubscribe link', () => {
  it('opens at /inbox?settings=email, saves the choices, and closes back to the inbox', async () => {
    const page = await signedInPage(browser, baseUrl, USER);
    await page.goto(`${baseUrl}/inbox?settings=email`);
    const drawer = page.getByTestId('email-settings');
    await drawer.waitFor();
    await drawer.locator('[data-kind="reports.returned"]').waitFor();
    await drawer.locator('[data-kind="reports.returned"]').click(); // untick: inbox only
    await page.getByTestId('email-settings-digest').click();
    await snap(page, '09-email-settings');
    await page.getByTestId('email-settings-save').click();
    await drawer.waitFor({ state: 'hidden' });
    expect(new URL(page.url()).search).toBe('');
    const saved = await user.call<{ digest: boolean; emailMuted: string[]; version: number }>('GET', '/api/v1/notifications/preferences');
    expect(saved).toMatchObject({ digest: true, emailMuted: ['reports.returned'], version: 1 });
    // The inbox's own button opens it again, with what is stored.
    await page.getByTestId('inbox-email-settings').click();
    await drawer.waitFor();
    await expect.poll(() => drawer.locator('input[data-kind="reports.returned"]').isChecked()).toBe(false);
    await page.context().close();
  });

  it('fits a 390 px screen', async () => {
    const page = await signedInPage(browser, baseUrl, USER);
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto(`${baseUrl}/inbox?settings=email`);
    const panel = page.locator('.ant-drawer-content-wrapper:visible');
    await page.getByTestId('email-settings-save').waitFor();
    // Measured once the drawer has slid in (mid-animation it is still partly off the screen).
    await expect.poll(async () => {
      const box = await panel.boundingBox();
      return box !== null && box.x >= 0 && box.x + box.width <= 390;
    }).toBe(true);
    expect(await page.evaluate<number>('document.documentElement.scrollWidth')).toBeLessThanOrEqual(390);
    await snap(page, '09-email-settings-390');
    await page.context().close();
  });
});
