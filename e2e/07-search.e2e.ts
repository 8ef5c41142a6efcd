/**
 * Find anything (issue 12, item 5): a member's editor presses Ctrl-K, types a
 * Chinese substring from the middle of a task's title, picks the hit with the
 * keyboard alone and lands on the task with its breadcrumbs; Esc closes the
 * palette and gives focus back. On a phone (390×844) the header's search
 * button opens the same palette.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { ApiClient, adminClient } from './api.ts';
import { launchBrowser, signedInPage, snap } from './browser.ts';

const baseUrl = inject('baseUrl');
const OFFICE = { username: 'office.search.e2e', password: 'Yangtze-Office-Search-2026!' };
const EDITOR = { username: 'ah.editor.search.e2e', password: 'Anhui-Editor-Search-2026!' };
const TASK_TITLE = '皖北地区跨省医保异地结算便利化（检索 E2E）';
/** A substring from the middle of the title: search is by substring, not by prefix. */
const QUERY = '医保异地结算';
let browser: Browser;
let taskId = '';

beforeAll(async () => {
  browser = await launchBrowser();
  const admin = await adminClient();
  await admin.createUser(OFFICE.username, '区域合作办公室（检索 E2E）', [{ role: 'office' }], OFFICE.password);
  await admin.createUser(EDITOR.username, '安徽填报员（检索 E2E）', [{ role: 'editor', memberCode: '340000' }], EDITOR.password);
  const office = new ApiClient();
  await office.login(OFFICE.username, OFFICE.password);
  const planId = (
    await office.call<{ id: string }>('POST', '/api/v1/plans', {
      kind: 'three_year', code: 'E2E-SEARCH', titleZh: '检索端到端测试计划', titleEn: 'Search end-to-end plan',
      periodStart: '2025-01-01', periodEnd: '2027-12-31', reportingCadence: 'quarterly',
    })
  ).id;
  taskId = (
    await office.call<{ id: string }>('POST', '/api/v1/tasks', {
      planId, code: '9.91', titleZh: TASK_TITLE, titleEn: 'Easier cross-province medical insurance settlement in northern Anhui (search E2E)', leadMemberCode: '340000',
    })
  ).id;
});
afterAll(async () => {
  await browser?.close();
});


const signIn = (width: number, height: number) => signedInPage(browser, baseUrl, EDITOR, { width, height });

const focusedTestId = (page: Page) => page.evaluate<string | null>('document.activeElement?.getAttribute("data-testid") ?? null');

describe('global search', () => {
  it('Ctrl-K, a Chinese substring, arrow keys and Enter open the task; Esc gives focus back', async () => {
    const page = await signIn(1400, 900);
    await page.getByTestId('search-open').focus();
    await page.keyboard.press('Control+k');
    // Focus moves into the dialog on open.
    await expect.poll(() => focusedTestId(page)).toBe('search-input');
    await page.keyboard.type(QUERY);
    const hit = page.getByTestId('search-result').filter({ hasText: TASK_TITLE });
    await hit.waitFor();
    await snap(page, 'search-palette-zh');
    // The hit is reached by keyboard: move the active option onto it, then Enter.
    const hits = await page.getByTestId('search-result').allTextContents();
    const index = hits.findIndex((text) => text.includes(TASK_TITLE));
    expect(index).toBeGreaterThanOrEqual(0);
    for (let i = 0; i < index; i += 1) await page.keyboard.press('ArrowDown');
    await expect(hit.getAttribute('aria-selected')).resolves.toBe('true');
    await page.keyboard.press('Enter');
    await page.waitForURL(`**/tasks/${taskId}`);
    await expect.poll(() => page.getByTestId('task-detail').getAttribute('data-task-id')).toBe(taskId);
    await expect(page.getByTestId('breadcrumbs').isVisible()).resolves.toBe(true);

    // Esc closes the palette and focus returns to where it was.
    await page.getByTestId('search-open').focus();
    await page.keyboard.press('Control+k');
    await expect.poll(() => focusedTestId(page)).toBe('search-input');
    await page.keyboard.press('Escape');
    await expect.poll(() => page.getByTestId('search-input').count()).toBe(0);
    await expect.poll(() => focusedTestId(page)).toBe('search-open');
    await page.context().close();
  });

  it('on a phone the header button opens the same search', async () => {
    const page = await signIn(390, 844);
    await page.getByTestId('search-open').click();
    await page.getByTestId('search-input').fill(QUERY);
    await page.getByTestId('search-result').filter({ hasText: TASK_TITLE }).click();
    await page.waitForURL(`**/tasks/${taskId}`);
    await snap(page, 'search-task-phone-zh');
    await page.context().close();
  });
});
