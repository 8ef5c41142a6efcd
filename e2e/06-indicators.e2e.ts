/**
 * Indicators as the Office meets them: the list and an indicator's page; a
 * value corrected with a reason, its history showing the value as first
 * published beside the latest, then confirmed as final; the same history in
 * English; a city on the dashboard's map opening that city's observations;
 * the observations page on a phone; the admin issuing an API token (shown
 * once) and revoking it; an observation template downloaded, filled and
 * imported through the page (row errors first, then a clean file).
 */
import { readFile } from 'node:fs/promises';
import ExcelJS from 'exceljs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { ADMIN_PASSWORD, ApiClient, adminClient } from './api.ts';
import { launchBrowser, snap } from './browser.ts';

const baseUrl = inject('baseUrl');
const OFFICE = { username: 'office.ind.e2e', password: 'Indicators-Office-E2E-2026!' };
/** A city-level, yearly indicator made for this journey. */
const CODE = 'E2E_GREEN_SPACE';
const NAME_ZH = '人均公园绿地（E2E）';
const year = new Date().getFullYear();
const valueYear = year - 1;
/** Writes and loads take a moment on a busy machine: poll up to 15 s, not expect.poll's default second. */
const WAIT = { timeout: 15_000 };
let browser: Browser;


beforeAll(async () => {
  browser = await launchBrowser();
  const admin = await adminClient();
  await admin.createUser(OFFICE.username, '办公室（指标 E2E）', [{ role: 'office' }], OFFICE.password);
  const office = new ApiClient();
  await office.login(OFFICE.username, OFFICE.password);
  await office.call('POST', '/api/v1/indicators', {
    code: CODE, nameZh: NAME_ZH, nameEn: 'Park space per person (E2E)', unitZh: '平方米', unitEn: 'm²', valueKind: 'decimal',
    direction: 'higher', level: 'city', frequency: 'yearly', definitionZh: '城市人均公园绿地面积。', definitionEn: 'Urban park space per resident.',
    sourceOrgZh: '端到端测试', sourceOrgEn: 'End-to-end test',
  });
  // 苏州 (Jiangsu) and 宿州 (Anhui): two cities whose names sound alike, told apart by code.
  for (const [city, base] of [['320500', 14.2], ['341300', 11.5]] as const) {
    for (const y of [valueYear - 1, valueYear]) {
      await office.call('POST', '/api/v1/observations', { indicatorCode: CODE, scopeCode: city, period: String(y), value: base + (y - valueYear), source: 'E2E' });
    }
  }
});
afterAll(async () => {
  await browser?.close();
});

async function signIn(width = 1400, height = 900, user: { username: string; password: string } = OFFICE): Promise<Page> {
  const context = await browser.newContext({ viewport: { width, height }, locale: 'zh-CN', acceptDownloads: true });
  const page = await context.newPage();
  await page.goto(`${baseUrl}/login`);
  await page.getByTestId('login-username').fill(user.username);
  await page.getByTestId('login-password').fill(user.password);
  await page.getByTestId('login-submit').click();
  await page.getByTestId('home-welcome').or(page.getByTestId('dashboard')).first().waitFor();
  return page;
}

async function pickOption(page: Page, testId: string, text: string | RegExp) {
  await page.getByTestId(testId).click();
  await page.locator('.ant-select-dropdown:visible .ant-select-item-option').filter({ hasText: text }).first().click();
}

async function switchLanguage(page: Page, to: 'en' | 'zh-CN') {
  await page.getByTestId('language-switch').click();
  await expect.poll(() => page.getAttribute('html', 'lang'), WAIT).toBe(to);
}

const observationRow = (page: Page, city: string) => page.getByTestId(`observation-row-${city}-${valueYear}`);

describe('indicator journeys', () => {
  it('lists the indicator and shows its definition and series', async () => {
    const page = await signIn();
    await page.getByTestId('nav-indicators').click();
    await page.getByTestId('indicators-table').waitFor();
    await page.getByTestId('indicators-search').locator('input').fill(CODE);
    await page.getByTestId('indicators-search').locator('input').press('Enter');
    await page.waitForURL(new RegExp(`/indicators\\?q=${CODE}`));
    await expect.poll(() => page.getByTestId('indicator-link').allTextContents(), WAIT).toEqual([NAME_ZH]);
    expect(await page.locator('h1').count()).toBe(1);
    await snap(page, '60-indicators-zh');

    await page.getByTestId('indicator-link').click();
    await page.getByTestId('indicator-definition').waitFor();
    await expect.poll(() => page.getByTestId('indicator-title').textContent(), WAIT).toBe(NAME_ZH);
    expect(await page.getByTestId('indicator-definition').textContent()).toContain('城市人均公园绿地面积');
    await page.getByTestId('indicator-series-canvas').and(page.locator('[data-drawn="true"]')).waitFor();
    await page.getByTestId('series-view').getByText('首次发布值').click();
    await page.waitForURL(/view=first/);
    await snap(page, '61-indicator-detail-zh');
    await page.context().close();
  });

  it('the Office corrects a value with a reason, sees first-published beside latest, and confirms it', async () => {
    const page = await signIn();
    await page.goto(`${baseUrl}/indicators/${CODE}/observations?scope=320500&year=${valueYear}`);
    const row = observationRow(page, '320500');
    await row.waitFor();
    expect(await row.getByTestId('observation-scope').textContent()).toBe('苏州市');
    expect(await row.getByTestId('observation-value').textContent()).toContain('14.2');
    expect(await row.getAttribute('data-status')).toBe('provisional');

    await row.getByTestId('observation-correct').click();
    await page.getByTestId('correct-value').locator('input').fill('14.6');
    // No reason: the form says so and nothing is sent.
    await page.getByTestId('correct-submit').click();
    await expect.poll(() => page.locator('.ant-form-item-explain-error').allTextContents(), WAIT).toContain('请填写更正原因');
    await page.getByTestId('correct-reason').fill('统计年鉴终审数据更新');
    await page.getByTestId('correct-submit').click();

    // The history opens on the corrected value: revision 1 as first published, revision 2 latest, with who and why.
    const drawer = page.getByTestId('revision-drawer');
    await drawer.getByTestId('revision-2').waitFor();
    expect(await drawer.getByTestId('history-first').textContent()).toContain('14.2');
    expect(await drawer.getByTestId('history-latest').textContent()).toContain('14.6');
    expect(await drawer.getByTestId('revision-2').textContent()).toContain('统计年鉴终审数据更新');
    expect(await drawer.getByTestId('revision-2').textContent()).toContain(OFFICE.username);
    expect(await drawer.getByTestId('revision-1').textContent()).toContain('14.2');
    await expect.poll(() => row.getByTestId('observation-first-value').textContent(), WAIT).toContain('14.2');
    await snap(page, '62-observation-history-zh');

    await drawer.getByTestId('drawer-confirm').click();
    await page.getByTestId('drawer-confirm-ok').click();
    await expect.poll(() => row.getAttribute('data-status'), WAIT).toBe('final');
    await expect.poll(() => drawer.getByTestId('observation-status').first().getAttribute('data-status'), WAIT).toBe('final');
    await snap(page, '63-observation-confirmed-zh');

    // The same history in English, opened from its address (the drawer covers the header's language switch).
    expect(page.url()).toMatch(/[?&]observation=[0-9a-f-]{36}/);
    const historyUrl = page.url();
    await page.locator('.ant-drawer-close').click();
    await page.waitForURL((url) => !url.search.includes('observation='));
    await switchLanguage(page, 'en');
    await page.goto(historyUrl);
    await drawer.getByTestId('revision-2').waitFor();
    await expect.poll(() => drawer.getByTestId('history-first').textContent(), WAIT).toContain('As first published');
    expect(await drawer.getByTestId('history-latest').textContent()).toContain('Latest');
    expect(await row.getByTestId('observation-scope').textContent()).toBe('Suzhou (Jiangsu)');
    await snap(page, '64-observation-history-en');
    // Back to Chinese for the next journey (the account remembers the choice).
    await page.locator('.ant-drawer-close').click();
    await page.waitForURL((url) => !url.search.includes('observation='));
    await switchLanguage(page, 'zh-CN');
    await page.context().close();
  });

  it('a city on the dashboard map opens that city’s observations', async () => {
    const page = await signIn();
    await page.goto(`${baseUrl}/dashboard`);
    const map = page.getByTestId('dashboard-map');
    await map.waitFor();
    await pickOption(page, 'map-indicator', new RegExp(`${NAME_ZH.replace(/[()（）]/g, '.')}|Park space per person`));
    await expect.poll(() => map.getAttribute('data-indicator'), WAIT).toBe(CODE);
    await pickOption(page, 'map-year', String(valueYear));
    await expect.poll(() => map.getAttribute('data-year'), WAIT).toBe(String(valueYear));
    await page.getByTestId('map-city-341300').click();
    await page.waitForURL(new RegExp(`/indicators/${CODE}/observations\\?scope=341300&year=${valueYear}`));
    const row = observationRow(page, '341300');
    await row.waitFor();
    // 宿州 (Anhui), not 苏州 (Jiangsu): named, with its code beside.
    expect(await row.getByTestId('observation-scope').textContent()).toBe('宿州市');
    await expect.poll(() => page.locator('[data-testid^="observation-row-"]').count(), WAIT).toBe(1);
    expect(await page.locator('h1').count()).toBe(1);
    await snap(page, '65-city-observations-zh');
    await page.context().close();
  });

  it('fits a phone: the observations table scrolls inside its card', async () => {
    const page = await signIn(390, 844);
    await page.goto(`${baseUrl}/indicators/${CODE}/observations?year=${valueYear}`);
    await observationRow(page, '320500').waitFor();
    const content = page.locator('.ant-layout-content');
    expect(await content.evaluate((el) => el.scrollWidth <= el.clientWidth + 1)).toBe(true);
    // The sideways-scrolling table is a named region a keyboard can reach.
    expect(await page.locator('[role="region"][tabindex="0"]').count()).toBeGreaterThan(0);
    await snap(page, '66-observations-390');
    await page.context().close();
  });

  it('the admin issues an API token, sees it once, and revokes it', async () => {
    const page = await signIn(1400, 900, { username: 'admin', password: ADMIN_PASSWORD });
    // 01-foundation leaves the admin's remembered language at English: this journey reads Chinese.
    if ((await page.getAttribute('html', 'lang')) === 'en') await switchLanguage(page, 'zh-CN');
    await page.getByTestId('nav-tokens').click();
    await page.getByTestId('tokens-table').waitFor();
    await page.getByTestId('token-create').click();
    await page.getByTestId('token-name').fill('江苏省统计局接口（E2E）');
    await snap(page, '67-token-form-zh');
    await pickOption(page, 'token-member', '江苏');
    await page.getByTestId('token-indicators').click();
    await page.keyboard.type(CODE);
    await page.keyboard.press('Enter');
    await page.getByTestId('token-name').click(); // closes the code list
    await page.getByTestId('token-create-submit').click();
    const secretInput = page.getByTestId('token-secret');
    await secretInput.waitFor(WAIT);
    const secret = await secretInput.inputValue();
    expect(secret).toMatch(/^yrd_pat_/);
    await snap(page, '67-token-issued-zh');
    await page.getByTestId('token-secret-close').click();

    // Listed with its prefix, never the secret; unused so far.
    const row = page.locator('[data-testid^="token-row-"]').filter({ hasText: '江苏省统计局接口（E2E）' });
    await row.waitFor(WAIT);
    expect(await row.getAttribute('data-state')).toBe('active');
    expect(await row.textContent()).toContain(CODE);
    expect(await row.textContent()).toContain('从未使用');
    await secretInput.waitFor({ state: 'detached', ...WAIT });
    const html = await page.content();
    const at = html.indexOf(secret);
    expect(at < 0 ? '' : html.slice(Math.max(0, at - 300), at + 80)).toBe('');
    const shown = (await row.locator('code').textContent())!.replace('…', '');
    expect(shown.length).toBeGreaterThan(8);
    expect(secret.startsWith(shown) && shown.length < secret.length).toBe(true);

    // A push with it is noted as its last use.
    const push = await fetch(`${baseUrl}/api/v1/indicators/observations/push`, {
      method: 'POST',
      headers: { authorization: `Bearer ${secret}`, 'content-type': 'application/json' },
      body: JSON.stringify({ items: [{ indicatorCode: CODE, scopeCode: '320100', period: String(valueYear), value: 15.1, source: 'E2E token' }] }),
    });
    expect(push.status).toBe(200);
    await page.reload();
    await row.waitFor(WAIT);
    await expect.poll(async () => (await row.textContent())?.includes('从未使用'), WAIT).toBe(false);

    await row.getByTestId('token-revoke').click();
    await page.locator('.ant-popconfirm:visible .ant-btn-dangerous').click();
    await expect.poll(() => row.getAttribute('data-state'), WAIT).toBe('revoked');
    const refused = await fetch(`${baseUrl}/api/v1/indicators/observations/push`, {
      method: 'POST',
      headers: { authorization: `Bearer ${secret}`, 'content-type': 'application/json' },
      body: JSON.stringify({ items: [{ indicatorCode: CODE, scopeCode: '320100', period: String(valueYear), value: 15.2 }] }),
    });
    expect(refused.status).toBe(401);
    await snap(page, '68-tokens-zh');
    await page.context().close();

    // On a phone the list scrolls inside its card, not the page.
    const phone = await signIn(390, 844, { username: 'admin', password: ADMIN_PASSWORD });
    await phone.goto(`${baseUrl}/admin/tokens`);
    await phone.getByTestId('tokens-table').waitFor(WAIT);
    await expect.poll(() => phone.locator('[data-testid^="token-row-"]').count(), { timeout: 30_000 }).toBeGreaterThan(0);
    await snap(phone, '69-tokens-390');
    expect(await phone.locator('.ant-layout-content').evaluate((el) => el.scrollWidth <= el.clientWidth + 1)).toBe(true);
    await phone.context().close();
  });

  it('the Office downloads the observation template, sees row errors, then imports a corrected file', async () => {
    const page = await signIn();
    await page.goto(`${baseUrl}/indicators/${CODE}/observations?year=${valueYear}`);
    await observationRow(page, '320500').waitFor();
    await page.getByTestId('observation-import-open').click();
    // The page's indicator is chosen already: its template downloads under the server's name.
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('observation-template').click()]);
    expect(download.suggestedFilename()).toMatch(/^观测值导入模板-\d{4}-\d{2}-\d{2}\.xlsx$/);
    const template = await readFile((await download.path())!);
    /** The downloaded template with its example row replaced by these rows (a fresh copy each time). */
    const fileOf = async (rows: (string | number)[][]) => {
      const book = new ExcelJS.Workbook();
      await book.xlsx.load(template as unknown as ExcelJS.Buffer);
      const sheet = book.worksheets[0]!;
      expect(sheet.getRow(2).getCell(1).value).toBe(CODE);
      rows.forEach((values, i) => {
        const row = sheet.getRow(i + 2);
        values.forEach((value, c) => {
          row.getCell(c + 1).value = value;
        });
        row.commit();
      });
      return { name: 'observations.xlsx', mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', buffer: Buffer.from(await book.xlsx.writeBuffer()) };
    };
    // Row 3's value is not a number: nothing is imported, and the row and column are named.
    await page.getByTestId('observation-import-file').setInputFiles(await fileOf([[CODE, '320200', String(valueYear), 13.3, 'E2E', ''], [CODE, '320300', String(valueYear), 'abc', 'E2E', '']]));
    await page.getByTestId('observation-import-submit').click();
    const errors = page.getByTestId('observation-import-errors');
    await errors.waitFor(WAIT);
    const errorRows = errors.locator('tbody tr.ant-table-row');
    expect(await errorRows.count()).toBe(1);
    expect(await errorRows.first().textContent()).toMatch(/^3D · value.*abc/);
    await snap(page, '6a-observation-import-errors-zh');

    await page.getByTestId('observation-import-again').click();
    await page.getByTestId('observation-import-file').setInputFiles(await fileOf([[CODE, '320200', String(valueYear), 13.3, 'E2E', ''], [CODE, '320300', String(valueYear), 12.8, 'E2E', '']]));
    await page.getByTestId('observation-import-submit').click();
    const result = page.getByTestId('observation-import-result').or(page.getByTestId('observation-import-errors')).or(page.getByTestId('observation-import-error'));
    await result.waitFor({ timeout: 30_000 });
    expect(await result.textContent()).toContain('新增 2 条');
    await snap(page, '6b-observation-import-done-zh');
    await page.getByTestId('observation-import-close').click();
    // The list behind reloaded with the imported cities.
    await observationRow(page, '320200').waitFor(WAIT);
    expect(await observationRow(page, '320200').getByTestId('observation-value').textContent()).toContain('13.3');
    await page.context().close();
  });
});
