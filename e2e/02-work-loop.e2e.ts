/**
 * The work loop through the screens: a member files a report, the Office
 * returns it, the member revises, the Office accepts — and the supervision
 * board cell turns from red to green. Then the Office fills the Excel template
 * and imports it.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { pickOption } from './antd.ts';
import { ADMIN_PASSWORD, ApiClient } from './api.ts';
import { launchBrowser, snap, signedInPage } from './browser.ts';

const baseUrl = inject('baseUrl');
const OFFICE = { username: 'office.e2e', password: 'Yangtze-Office-E2E-2026!' };
const LIAISON = { username: 'js.liaison.e2e', password: 'Jiangsu-Liaison-E2E-2026!' };
let browser: Browser;
let planId = '';
let taskId = '';
let ecoAreaId = '';

beforeAll(async () => {
  browser = await launchBrowser();
  const admin = new ApiClient();
  await admin.login('admin', ADMIN_PASSWORD);
  await admin.createUser(OFFICE.username, '区域合作办公室（E2E）', [{ role: 'office' }], OFFICE.password);
  await admin.createUser(LIAISON.username, '江苏联络员（E2E）', [{ role: 'liaison', memberCode: '320000' }], LIAISON.password);

  const office = new ApiClient();
  await office.login(OFFICE.username, OFFICE.password);
  planId = (await office.call<{ id: string }>('POST', '/api/v1/plans', {
    kind: 'three_year', code: 'E2E-PLAN', titleZh: '端到端测试计划', titleEn: 'End-to-end plan',
    periodStart: '2024-01-01', periodEnd: '2026-12-31', reportingCadence: 'quarterly',
  })).id;
  const plan = await office.call<{ version: number }>('GET', `/api/v1/plans/${planId}`);
  await office.call('POST', `/api/v1/plans/${planId}/transitions`, { to: 'adopted', version: plan.version });
  const areas = await office.call<{ items: { id: string; code: string }[] }>('GET', '/api/v1/focus-areas');
  ecoAreaId = areas.items.find((a) => a.code === '4')!.id;
  // Already past its due date: the scan flags Jiangsu's share red.
  taskId = (await office.call<{ id: string }>('POST', '/api/v1/tasks', {
    planId, code: '4.9', titleZh: '太湖蓝藻联防联控（E2E）', titleEn: 'Taihu algae joint control (E2E)',
    focusAreaId: ecoAreaId, leadMemberCode: '320000', dueDate: '2025-06-30',
  })).id;
  await office.call('POST', '/api/v1/supervision/scan');
});
afterAll(async () => {
  await browser?.close();
});

const signedIn = (user: { username: string; password: string }) => signedInPage(browser, baseUrl, user);

async function boardColour(page: Page): Promise<string | null> {
  await page.goto(`${baseUrl}/supervision/board?planId=${planId}`);
  const cell = page.getByTestId('board-cell-4-320000');
  await cell.waitFor();
  return cell.getAttribute('data-colour');
}

async function openTask(page: Page) {
  await page.goto(`${baseUrl}/tasks/${taskId}`);
  await page.getByTestId('task-detail').waitFor();
}

/** My work's count of returned reports, and the page's "as of" line. */
async function myReturnedCount(page: Page): Promise<{ returned: string; asOf: boolean }> {
  await page.goto(`${baseUrl}/my-work`);
  const value = page.getByTestId('mywork-count-returnedReports').locator('.ant-statistic-content-value');
  await value.waitFor();
  return { returned: (await value.innerText()).trim(), asOf: await page.getByText(/统计截至|Totals as of/).isVisible() };
}

async function reportStates(page: Page): Promise<string[]> {
  const items = page.getByTestId('report-timeline').locator('[data-state]');
  return items.evaluateAll((nodes) => nodes.map((n) => n.getAttribute('data-state') ?? ''));
}

describe('work loop journeys', () => {
  it('report → return → revise → accept, and the board cell turns from red to green', async () => {
    const office = await signedIn(OFFICE);
    expect(await boardColour(office)).toBe('red');
    await snap(office, '10-board-red');

    const liaison = await signedIn(LIAISON);
    // Seen once before the Office returns the report (the demo data has returned reports of its own):
    // the second visit must count one more, not show the answer kept from the first.
    const before = await myReturnedCount(liaison);
    expect(before.asOf).toBe(true);
    await openTask(liaison);
    await liaison.getByTestId('report-file-320000').click();
    await liaison.getByTestId('report-form-percent').locator('input').fill('100');
    // A click landing while the dropdown still settles may pick nothing, or be taken by the field below: picked and checked.
    await pickOption(liaison, liaison.getByTestId('report-form-status'), /已完成|Completed/i, 'report-status');
    await liaison.getByTestId('report-form-body').fill('太湖蓝藻联防联控工作方案已印发，联合巡查机制运行。');
    await liaison.getByTestId('report-form-submit').click();
    // The form closes once the server took the report; if not, keep the screen that says why.
    await liaison.getByTestId('report-form-submit').waitFor({ state: 'detached', timeout: 15_000 }).catch(async (failure: unknown) => {
      await snap(liaison, '11x-report-not-sent');
      throw failure;
    });
    await expect.poll(() => reportStates(liaison)).toEqual(['submitted']);
    await snap(liaison, '11-report-submitted');

    await openTask(office);
    await office.getByTestId('report-review-return').click();
    await office.getByTestId('report-review-comment').fill('请补充联合巡查的次数和发现问题的处置情况。');
    await office.getByTestId('report-review-submit').click();
    await expect.poll(() => reportStates(office)).toEqual(['returned']);
    expect(await myReturnedCount(liaison)).toEqual({ returned: String(Number(before.returned) + 1), asOf: true });

    await openTask(liaison);
    await liaison.getByTestId('report-revise').click();
    await liaison.getByTestId('report-form-body').fill('已开展联合巡查 6 次，发现问题 11 个，均已处置。');
    await liaison.getByTestId('report-form-submit').click();
    await expect.poll(async () => (await reportStates(liaison)).sort()).toEqual(['returned', 'submitted']);

    await openTask(office);
    await office.getByTestId('report-review-accept').click();
    const confirm = office.getByTestId('report-review-submit');
    if (await confirm.isVisible()) await confirm.click();
    await expect.poll(async () => (await reportStates(office)).sort()).toEqual(['accepted', 'returned']);
    await snap(office, '12-report-accepted');

    await office.goto(`${baseUrl}/supervision/board?planId=${planId}`);
    await office.getByTestId('board-scan').click();
    await expect.poll(() => office.getByTestId('board-cell-4-320000').getAttribute('data-colour'), { timeout: 20_000 }).toBe('green');
    await snap(office, '13-board-green');
    await office.context().close();
    await liaison.context().close();
  });

  it('the Office downloads the Excel template, fills it and imports it', async () => {
    const office = await signedIn(OFFICE);
    await office.goto(`${baseUrl}/tasks?planId=${planId}`);
    await office.getByTestId('tasks-table').waitFor();
    await office.getByTestId('excel-import').click();
    const [download] = await Promise.all([office.waitForEvent('download'), office.getByTestId('excel-template').click()]);
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'yrd-e2e-excel-'));
    const template = path.join(dir, 'template.xlsx');
    await download.saveAs(template);

    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(template);
    const sheet = workbook.worksheets[0]!;
    const headers = (sheet.getRow(2).values as unknown[]).map((v) => String(v ?? ''));
    const col = (pattern: RegExp) => headers.findIndex((h) => pattern.test(h));
    const rows = [
      { code: '4.10', title: '长江口联合执法（E2E导入）', lead: '320000', participants: '上海市、浙江省' },
      { code: '4.11', title: '淮河流域水质监测共享（E2E导入）', lead: '安徽省', participants: '320000' },
    ];
    rows.forEach((row, i) => {
      const r = sheet.getRow(3 + i);
      r.getCell(col(/任务编号/)).value = row.code;
      r.getCell(col(/任务名称/)).value = row.title;
      r.getCell(col(/牵头/)).value = row.lead;
      r.getCell(col(/参与/)).value = row.participants;
      r.getCell(col(/截止日期/)).value = '2026-10-31';
      r.commit();
    });
    const filled = path.join(dir, 'filled.xlsx');
    await workbook.xlsx.writeFile(filled);

    await office.getByTestId('excel-import-file').setInputFiles(filled);
    await office.getByTestId('excel-import-submit').click();
    await office.getByTestId('excel-import-result').waitFor({ timeout: 30_000 });
    await snap(office, '14-excel-imported');
    await office.keyboard.press('Escape');
    await office.goto(`${baseUrl}/tasks?planId=${planId}`);
    await expect.poll(() => office.getByTestId('tasks-table').textContent()).toContain('淮河流域水质监测共享');
    await office.context().close();
  });
});
