/**
 * The foundation as a person meets it: first sign-in with the printed one-time
 * password, the forced password change, the language switch remembered per
 * user, the map of 41 cities, and an editor kept out of the admin pages.
 */
import type { Browser, Page } from 'playwright-core';
import { pickOption } from './antd.ts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inject } from 'vitest';
import { ADMIN_PASSWORD } from './api.ts';
import { launchBrowser, snap } from './browser.ts';

const baseUrl = inject('baseUrl');
const EDITOR_PASSWORD = 'Huaihe-River-Joint-2025!';
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

async function newPage(): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 1400, height: 900 }, locale: 'zh-CN' });
  return context.newPage();
}

async function signIn(page: Page, username: string, password: string) {
  await page.goto(`${baseUrl}/login`);
  await page.getByTestId('login-username').fill(username);
  await page.getByTestId('login-password').fill(password);
  await page.getByTestId('login-submit').click();
}

async function changePassword(page: Page, current: string, next: string) {
  await page.getByTestId('change-password-current').fill(current);
  await page.getByTestId('change-password-new').fill(next);
  await page.getByTestId('change-password-confirm').fill(next);
  await page.getByTestId('change-password-submit').click();
}

async function signOut(page: Page) {
  await page.getByTestId('user-menu').click();
  await page.getByTestId('logout').click();
  await page.getByTestId('login-username').waitFor();
}

describe('foundation journeys', () => {
  it('first sign-in with the one-time password forces a new password', async () => {
    const page = await newPage();
    await page.goto(baseUrl);
    await page.getByTestId('login-username').waitFor();
    await snap(page, '01-login');

    await signIn(page, 'admin', 'wrong-password');
    await expect.poll(() => page.getByTestId('login-error').textContent()).toContain('用户名或密码不正确');

    await signIn(page, 'admin', inject('adminOneTimePassword'));
    await page.getByTestId('change-password-new').waitFor();
    await snap(page, '02-forced-password-change');
    await changePassword(page, inject('adminOneTimePassword'), 'Password2024');
    await expect.poll(() => page.locator('body').textContent()).toMatch(/过于常见/);

    await changePassword(page, inject('adminOneTimePassword'), ADMIN_PASSWORD);
    await page.getByTestId('home-welcome').waitFor();
    await snap(page, '03-home-zh');
    await page.context().close();
  });

  it('switches the language and remembers it for the user', async () => {
    const page = await newPage();
    await signIn(page, 'admin', ADMIN_PASSWORD);
    await page.getByTestId('home-welcome').waitFor();
    expect(await page.getAttribute('html', 'lang')).toBe('zh-CN');

    await page.getByTestId('language-switch').click();
    const english = page.getByText('English', { exact: true });
    if (await english.count()) await english.first().click();
    await expect.poll(() => page.getAttribute('html', 'lang')).toBe('en');
    await expect.poll(() => page.getByTestId('nav-region').textContent()).toMatch(/Region/);
    await snap(page, '04-home-en');

    await signOut(page);
    // A fresh browser: only the account remembers the choice.
    await page.context().close();
    const again = await newPage();
    await signIn(again, 'admin', ADMIN_PASSWORD);
    await again.getByTestId('home-welcome').waitFor();
    await expect.poll(() => again.getAttribute('html', 'lang')).toBe('en');
    await again.context().close();
  });

  it('shows the 41 cities on the region map, the two Suzhou told apart', async () => {
    const page = await newPage();
    await signIn(page, 'admin', ADMIN_PASSWORD);
    await page.getByTestId('nav-region').click();
    const map = page.getByTestId('region-map');
    await map.waitFor();
    await expect.poll(() => map.getAttribute('data-city-count'), { timeout: 30_000 }).toBe('41');
    await expect.poll(() => page.getByTestId('cities-table').textContent()).toContain('341300');
    expect(await page.getByTestId('cities-table').textContent()).toContain('320500');
    expect(await page.getByTestId('map-disclaimer').textContent()).toBeTruthy();
    await snap(page, '05-region-map');
    await page.context().close();
  });

  it('an editor created by the admin cannot open the admin pages', async () => {
    const admin = await newPage();
    await signIn(admin, 'admin', ADMIN_PASSWORD);
    await admin.getByTestId('nav-users').click();
    await admin.getByTestId('users-table').waitFor();
    await admin.getByTestId('user-create').click();
    await admin.getByTestId('user-create-username').fill('js.editor.e2e');
    await admin.getByTestId('user-create-display-name').fill('江苏编辑（E2E）');
    await admin.getByTestId('user-create-add-role').click();
    const role = admin.getByTestId('user-create-role-0');
    await pickOption(admin, role.getByTestId('role-select'), /编辑|editor/i, 'role');
    await pickOption(admin, role.getByTestId('member-select'), /江苏|Jiangsu/, 'member');
    await admin.getByTestId('user-create-submit').click();
    const otp = (await admin.getByTestId('one-time-password').textContent())?.trim() ?? '';
    expect(otp).toMatch(/^\w{5}-\w{5}-\w{5}-\w{5}$/);
    await snap(admin, '06-user-created-one-time-password');
    // Filters live in the address: a search survives opening an account and coming back.
    await admin.getByTestId('one-time-password-close').click();
    await admin.getByTestId('users-search').locator('input').fill('js.editor');
    await admin.getByTestId('users-search').locator('input').press('Enter');
    await admin.waitForURL(/[?&]q=js\.editor/);
    await admin.getByTestId('users-table').getByTestId('user-link').filter({ hasText: 'js.editor.e2e' }).click();
    await admin.waitForURL(/\/admin\/users\/[0-9a-f-]{36}/);
    await admin.goBack();
    await admin.waitForURL(/[?&]q=js\.editor/);
    await expect.poll(() => admin.getByTestId('users-search').locator('input').inputValue()).toBe('js.editor');
    await admin.context().close();

    const editor = await newPage();
    await signIn(editor, 'js.editor.e2e', otp);
    await editor.getByTestId('change-password-new').waitFor();
    await changePassword(editor, otp, EDITOR_PASSWORD);
    await editor.getByTestId('home-welcome').waitFor();
    expect(await editor.getByTestId('nav-users').count()).toBe(0);
    expect(await editor.getByTestId('nav-audit').count()).toBe(0);
    await editor.goto(`${baseUrl}/admin/users`);
    await editor.getByTestId('forbidden-page').waitFor();
    await snap(editor, '07-editor-forbidden');
    // The server refuses too, whatever the UI shows.
    const status = await editor.evaluate(async () => (await fetch('/api/v1/users')).status);
    expect(status).toBe(403);
    await editor.context().close();
  });
});
