/**
 * The leaders' dashboard as an observer meets it: it is their home page, in
 * Chinese and in English; a headline figure and a bar open exactly the tasks
 * they count; the city map switches indicator and year and a city opens its
 * observations; a chart exports as PNG and Excel; the page fits a phone and
 * prints on A4 landscape.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { ApiClient, adminClient } from './api.ts';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { pickOption } from './antd.ts';
import { ARTIFACTS, launchBrowser, snap } from './browser.ts';

const baseUrl = inject('baseUrl');
const OFFICE = { username: 'office.dash.e2e', password: 'Dashboard-Office-E2E-2026!' };
const OBSERVER = { username: 'observer.dash.e2e', password: 'Dashboard-Observer-E2E-2026!' };
/** City-level indicators made for this journey (yearly), so the map has two to switch between. */
const CITY_A = 'E2E_CITY_PARKS';
const CITY_B = 'E2E_CITY_BROADBAND';
const year = new Date().getFullYear();
let browser: Browser;


beforeAll(async () => {
  browser = await launchBrowser();
  const admin = await adminClient();
  await admin.createUser(OFFICE.username, '办公室（驾驶舱 E2E）', [{ role: 'office' }], OFFICE.password);
  await admin.createUser(OBSERVER.username, '观察员（驾驶舱 E2E）', [{ role: 'observer' }], OBSERVER.password);

  const office = new ApiClient();
  await office.login(OFFICE.username, OFFICE.password);
  const planId = (await office.call<{ id: string }>('POST', '/api/v1/plans', {
    kind: 'three_year', code: 'E2E-DASH', titleZh: '驾驶舱测试计划', titleEn: 'Dashboard test plan',
    periodStart: `${year - 1}-01-01`, periodEnd: `${year + 1}-12-31`, reportingCadence: 'quarterly',
  })).id;
  const areas = await office.call<{ items: { id: string; code: string }[] }>('GET', '/api/v1/focus-areas');
  const innovation = areas.items.find((a) => a.code === '1')!.id;
  for (const [code, titleZh] of [['1.91', '科创走廊共建（E2E）'], ['1.92', '数字长三角共建（E2E）']] as const) {
    const id = (await office.call<{ id: string }>('POST', '/api/v1/tasks', {
      planId, code, titleZh, focusAreaId: innovation, leadMemberCode: '320000', dueDate: `${year}-12-31`,
    })).id;
    const task = await office.call<{ shares: { id: string; version: number }[] }>('GET', `/api/v1/tasks/${id}`);
    await office.call('PATCH', `/api/v1/shares/${task.shares[0]!.id}`, { version: task.shares[0]!.version, status: 'completed', percent: 100 });
  }

  for (const [code, nameZh, nameEn, unitZh, unitEn, kind] of [
    [CITY_A, '城市公园绿地（E2E）', 'City parks (E2E)', '%', '%', 'percent'],
    [CITY_B, '千兆宽带覆盖（E2E）', 'Gigabit coverage (E2E)', '%', '%', 'percent'],
  ] as const) {
    await office.call('POST', '/api/v1/indicators', {
      code, nameZh, nameEn, unitZh, unitEn, valueKind: kind, direction: 'higher', level: 'city', frequency: 'yearly',
      sourceOrgZh: '端到端测试', sourceOrgEn: 'End-to-end test',
    });
    for (const [city, base] of [['320500', 40], ['341300', 25], ['330100', 55]] as const) {
      for (const y of [year - 1, year - 2]) {
        await office.call('POST', '/api/v1/observations', {
          indicatorCode: code, scopeCode: city, period: String(y), value: base + (code === CITY_B ? 10 : 0) + (year - y), source: 'E2E',
        });
      }
    }
  }
});
afterAll(async () => {
  await browser?.close();
});

/**
 * Elements of the dashboard that run past the page's right edge. Inside a scrolling box (a table, the
 * mini board) overflow is scrolled; the screen-reader tables are clipped. A grid row reaching into the
 * page's padding for its gutter is no overflow (one pixel of slack).
 */
function overflowingDashboard(page: Page): Promise<string[]> {
  return page.evaluate<string[]>(`(() => {
    const right = document.documentElement.clientWidth + 1;
    const out = [];
    for (const el of document.querySelectorAll('.yrd-dashboard *')) {
      const box = el.getBoundingClientRect();
      if (box.width === 0 || box.right <= right || el.closest('.ant-table-content, .ant-table-body, [style*="overflow"], .yrd-sr-only')) continue;
      out.push(el.tagName + '.' + String(el.className).slice(0, 60) + ' ' + Math.round(box.right - right));
    }
    return out.slice(0, 10);
  })()`);
}

async function signInAsObserver(width = 1400, height = 900): Promise<Page> {
  const context = await browser.newContext({ viewport: { width, height }, locale: 'zh-CN', acceptDownloads: true });
  const page = await context.newPage();
  await page.goto(`${baseUrl}/login`);
  await page.getByTestId('login-username').fill(OBSERVER.username);
  await page.getByTestId('login-password').fill(OBSERVER.password);
  await page.getByTestId('login-submit').click();
  return page;
}

/** Picks a dashboard select's option by its label (checked and retried). */
async function pick(page: Page, testId: string, label: string) {
  const literal = new RegExp(label.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  await pickOption(page, page.getByTestId(testId), literal, testId);
}

/** The few accessibility checks we can make without axe: one h1 on the page; every select, button and link of the dashboard named. */
async function checkAccessibility(page: Page) {
  expect(await page.locator('h1').count()).toBe(1);
  // A string, not a function: this file is type-checked without the DOM library.
  const unnamed = await page.evaluate<string[]>(`(() => {
    const missing = [];
    for (const el of document.querySelector('.yrd-dashboard').querySelectorAll('[role="combobox"], button, a[href]')) {
      if (el.closest('[aria-hidden="true"]') || el.offsetParent === null) continue;
      const labelledBy = el.getAttribute('aria-labelledby');
      const name = (el.getAttribute('aria-label') || '') + (labelledBy ? (document.getElementById(labelledBy)?.textContent || '') : '') + (el.textContent || '') + (el.getAttribute('title') || '');
      if (!name.trim()) missing.push(el.outerHTML.slice(0, 120));
    }
    return missing;
  })()`);
  expect(unnamed).toEqual([]);
}

describe('dashboard journeys', () => {
  it('is the observer’s home page, in Chinese and in English', async () => {
    const page = await signInAsObserver();
    await page.waitForURL(/\/dashboard$/);
    await page.getByTestId('dashboard-figures').waitFor();
    await expect.poll(() => page.getByTestId('dashboard-title').textContent()).toContain('领导驾驶舱');
    await page.getByTestId('chart-by-area-canvas').and(page.locator('[data-drawn="true"]')).waitFor();
    await page.getByTestId('map-table').waitFor();
    await checkAccessibility(page);
    await snap(page, '50-dashboard-zh');

    await page.getByTestId('language-switch').click();
    await expect.poll(() => page.getAttribute('html', 'lang')).toBe('en');
    await expect.poll(() => page.getByTestId('dashboard-title').textContent()).toContain("Leaders' dashboard");
    await expect.poll(() => page.getByTestId('chart-by-area').textContent()).toContain('Task progress by focus area');
    await snap(page, '51-dashboard-en');
    // Back to Chinese for the next journeys (the account remembers the choice).
    await page.getByTestId('language-switch').click();
    await expect.poll(() => page.getAttribute('html', 'lang')).toBe('zh-CN');
    await expect.poll(() => page.getByTestId('dashboard-title').textContent()).toContain('领导驾驶舱');
    await page.context().close();
  });

  it('a headline figure and a bar open exactly the tasks they count', async () => {
    const page = await signInAsObserver();
    await page.waitForURL(/\/dashboard$/);
    const completed = page.getByTestId('figure-tasks-completed');
    await completed.waitFor();
    const value = Number(await completed.getAttribute('data-value'));
    expect(value).toBeGreaterThanOrEqual(2);
    await completed.click();
    await page.waitForURL(/\/tasks\?.*status=completed/);
    await page.getByTestId('tasks-filter-due-year').waitFor();
    await expect.poll(() => page.getByTestId('task-link').count()).toBe(Math.min(value, 50));
    await snap(page, '52-drill-figure-tasks');

    await page.goto(`${baseUrl}/dashboard`);
    const canvas = page.getByTestId('chart-by-area-canvas');
    await canvas.and(page.locator('[data-drawn="true"]')).waitFor();
    const box = (await canvas.boundingBox())!;
    // The first focus area's bar is the top row; walk along it until a segment takes the click.
    for (let x = box.x + box.width * 0.3; x < box.x + box.width - 10 && !page.url().includes('/tasks'); x += 12) {
      await page.mouse.click(x, box.y + 52);
    }
    await page.waitForURL(/\/tasks\?.*dueYear=\d{4}.*areaId=/);
    await page.getByTestId('tasks-table').waitFor();
    await expect.poll(() => page.getByTestId('task-link').count()).toBeGreaterThan(0);
    await snap(page, '53-drill-bar-tasks');
    await page.context().close();
  });

  it('switches the map’s indicator and year; a city opens its observations', async () => {
    const page = await signInAsObserver();
    await page.waitForURL(/\/dashboard$/);
    const map = page.getByTestId('dashboard-map');
    await map.waitFor();
    await pick(page, 'map-indicator', '城市公园绿地（E2E）');
    await expect.poll(() => map.getAttribute('data-indicator')).toBe(CITY_A);
    await pick(page, 'map-year', String(year - 1));
    await expect.poll(() => map.getAttribute('data-year')).toBe(String(year - 1));
    // 苏州 (Jiangsu) 320500: 40 + 1 in the last year.
    await expect.poll(() => page.getByTestId('map-table').locator('tr', { has: page.getByTestId('map-city-320500') }).textContent()).toContain('41');
    await snap(page, '54-map-parks');

    await pick(page, 'map-indicator', '千兆宽带覆盖（E2E）');
    await pick(page, 'map-year', String(year - 2));
    await expect.poll(() => map.getAttribute('data-indicator')).toBe(CITY_B);
    await expect.poll(() => page.getByTestId('map-table').locator('tr', { has: page.getByTestId('map-city-320500') }).textContent()).toContain('52');
    expect(await page.getByTestId('map-disclaimer').textContent()).toBeTruthy();
    await snap(page, '55-map-broadband');

    await page.getByTestId('map-city-341300').click();
    await page.waitForURL(new RegExp(`/indicators/${CITY_B}/observations\\?scope=341300&year=${year - 2}`));
    await page.context().close();
  });

  it('exports a chart as PNG and its data as Excel', async () => {
    const page = await signInAsObserver();
    await page.waitForURL(/\/dashboard$/);
    await page.getByTestId('chart-by-area-canvas').and(page.locator('[data-drawn="true"]')).waitFor();
    const [png] = await Promise.all([page.waitForEvent('download'), page.getByTestId('chart-by-area-png').click()]);
    expect(png.suggestedFilename()).toMatch(/^tasks-by-area-\d{4}\.png$/);
    const [xlsx] = await Promise.all([page.waitForEvent('download'), page.getByTestId('chart-by-area-excel').click()]);
    expect(xlsx.suggestedFilename()).toMatch(/^tasks-by-area-\d{4}\.xlsx$/);
    const bytes = await xlsx.createReadStream().then(async (stream) => {
      const chunks: Buffer[] = [];
      for await (const chunk of stream) chunks.push(chunk as Buffer);
      return Buffer.concat(chunks);
    });
    expect(bytes.subarray(0, 2).toString()).toBe('PK'); // a zip: an .xlsx workbook
    await page.context().close();
  });

  it('prints on A4 landscape: the page content only, nothing wider than the paper', async () => {
    // A4 landscape at 96 dpi is 1123 × 794 px; the print style keeps 10 mm margins (about 38 px each side).
    const page = await signInAsObserver(1123, 794);
    await page.waitForURL(/\/dashboard$/);
    await page.getByTestId('dashboard-figures').waitFor();
    const firstFigure = await page.getByTestId('dashboard-figures').locator('.ant-card').first().innerText();
    await page.emulateMedia({ media: 'print' });
    const printed = await page.evaluate<{ chromeShown: number; buttonsShown: number }>(`(() => {
      const shown = (el) => { const s = getComputedStyle(el); return s.display !== 'none' && s.visibility !== 'hidden' && el.getBoundingClientRect().width > 0; };
      return {
        chromeShown: [...document.querySelectorAll('.ant-layout-sider, .ant-layout-header')].filter(shown).length,
        buttonsShown: [...document.querySelectorAll('.yrd-dashboard .ant-btn')].filter(shown).length,
      };
    })()`);
    expect(printed).toEqual({ chromeShown: 0, buttonsShown: 0 });
    expect(await overflowingDashboard(page)).toEqual([]);
    const pdf = await page.pdf({ format: 'A4', landscape: true, printBackground: true, preferCSSPageSize: true });
    const file = path.join(ARTIFACTS, '57-dashboard-a4-landscape.pdf');
    fs.writeFileSync(file, pdf);
    // Page 1 carries the headline figures, not just the title (a flex column once moved them all to page 2).
    const firstPage = spawnSync('pdftotext', ['-f', '1', '-l', '1', file, '-'], { encoding: 'utf8' });
    if (!firstPage.error) expect(firstPage.stdout).toContain(firstFigure.split('\n')[0]!.trim());
    // Every page is A4 landscape: 842 × 595 points.
    const boxes = [...pdf.toString('latin1').matchAll(/\/MediaBox\s*\[\s*0 0 ([\d.]+) ([\d.]+)\s*\]/g)].map((m) => [Math.round(Number(m[1])), Math.round(Number(m[2]))]);
    expect(boxes.length).toBeGreaterThan(0);
    expect(boxes.every(([w, h]) => w === 842 && h === 595)).toBe(true);
    await page.context().close();
  });

  it('fits a phone: the cards stack at 390 px', async () => {
    const page = await signInAsObserver(390, 844);
    await page.waitForURL(/\/dashboard$/);
    await page.getByTestId('dashboard-figures').waitFor();
    const widths = await page.getByTestId('dashboard-figures').locator('.ant-col').evaluateAll((cols) => cols.map((c) => c.getBoundingClientRect().width));
    const first = widths[0]!;
    expect(widths.every((w) => Math.abs(w - first) < 2)).toBe(true);
    // Nothing on the dashboard runs off the screen (tables and the mini board scroll inside their cards).
    expect(await overflowingDashboard(page)).toEqual([]);
    await snap(page, '56-dashboard-390');
    await page.context().close();
  });
});
