/** Debian's chromium under playwright-core, with the flags this closed network needs. */
import fs from 'node:fs';
import path from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { expect } from 'vitest';

export const ARTIFACTS = path.resolve(import.meta.dirname, 'artifacts');

export async function launchBrowser(): Promise<Browser> {
  fs.mkdirSync(ARTIFACTS, { recursive: true });
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
}

/** Screenshots are kept as CI artifacts: a person can look at what the journey saw. */
export async function snap(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: path.join(ARTIFACTS, `${name}.png`), fullPage: true });
}

/** Where a signed-in user lands: the to-do queue's welcome line, or the dashboard (observers). */
const landed = (page: Page) => page.getByTestId('home-welcome').or(page.getByTestId('dashboard')).first();

/** A fresh browser context (its own cookies) signed in as `user`, on the page the user lands on. */
export async function signedInPage(
  browser: Browser,
  baseUrl: string,
  user: { username: string; password: string },
  size: { width: number; height: number } = { width: 1400, height: 900 },
): Promise<Page> {
  const context = await browser.newContext({ viewport: size, locale: 'zh-CN', acceptDownloads: true });
  const page = await context.newPage();
  await page.goto(`${baseUrl}/login`);
  await page.getByTestId('login-username').fill(user.username);
  await page.getByTestId('login-password').fill(user.password);
  await page.getByTestId('login-submit').click();
  await landed(page).waitFor();
  return page;
}

/** The header's language switch, then the document's language is the other one. */
export async function switchLanguage(page: Page, to: 'en' | 'zh-CN'): Promise<void> {
  await page.getByTestId('language-switch').click();
  await expect.poll(() => page.getAttribute('html', 'lang'), { timeout: 15_000 }).toBe(to);
}
