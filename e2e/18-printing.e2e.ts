/**
 * Printing a record: the Office opens a task's page, prints its record, sees
 * the background job's progress and gets the PDF as a download; the first page
 * is kept as an image (pdftoppm) among the artifacts.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { ApiClient, adminClient } from './api.ts';
import { ARTIFACTS, launchBrowser, signedInPage } from './browser.ts';

const baseUrl = inject('baseUrl');
const OFFICE = { username: 'office.print.e2e', password: 'Printing-Office-E2E-2026!' };
let browser: Browser;
let taskId: string;

beforeAll(async () => {
  browser = await launchBrowser();
  const admin = await adminClient();
  await admin.createUser(OFFICE.username, '办公室（打印 E2E）', [{ role: 'office' }], OFFICE.password);
  const office = new ApiClient();
  await office.login(OFFICE.username, OFFICE.password);
  const planId = (await office.call<{ id: string }>('POST', '/api/v1/plans', {
    kind: 'implementation', code: 'E2E-PRINT', titleZh: '打印测试实施方案（E2E）', titleEn: 'Printing implementation plan (E2E)',
    periodStart: '2026-01-01', periodEnd: '2027-12-31', reportingCadence: 'quarterly',
  })).id;
  taskId = (await office.call<{ id: string }>('POST', '/api/v1/tasks', {
    planId, code: 'P18', titleZh: '长三角科创共同体建设（打印 E2E）', titleEn: 'YRD S&T community (printing E2E)', leadMemberCode: '320000', participantMemberCodes: ['330000'], dueDate: '2027-06-30',
  })).id;
});
afterAll(async () => {
  await browser?.close();
});

describe('printing journey', () => {
  it('the Office prints a task record from its page and gets a PDF', async () => {
    const page = await signedInPage(browser, baseUrl, OFFICE);
    await page.goto(`${baseUrl}/tasks/${taskId}`);
    await page.getByTestId('task-detail').waitFor();
    const download = page.waitForEvent('download', { timeout: 60_000 });
    await page.getByTestId('print-task-record').click();
    const file = await download;
    expect(file.suggestedFilename()).toMatch(/\.pdf$/);
    const pdfPath = path.join(ARTIFACTS, '18-task-record.pdf');
    await file.saveAs(pdfPath);
    expect(fs.readFileSync(pdfPath).subarray(0, 5).toString()).toBe('%PDF-');
    await page.getByTestId('print-done').waitFor();
    expect(execFileSync('pdftotext', ['-enc', 'UTF-8', pdfPath, '-'], { encoding: 'utf8' })).toContain('长三角科创共同体建设');
    // The first page as an image, for a person to look at.
    execFileSync('pdftoppm', ['-png', '-r', '80', '-f', '1', '-l', '1', '-singlefile', pdfPath, path.join(ARTIFACTS, '18-task-record-page1')]);
    expect(fs.existsSync(path.join(ARTIFACTS, '18-task-record-page1.png'))).toBe(true);
  }, 90_000);
});
