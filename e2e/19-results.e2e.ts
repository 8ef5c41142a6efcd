/**
 * The annual results report from the UI: the Office opens /results, picks the
 * annual report of a year with (labelled) demo data, sees the headline figures,
 * downloads the PDF with the job's progress showing, and the first pages are
 * kept as images (pdftoppm) among the artifacts; the PDF's first page carries
 * the report's title.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { adminClient } from './api.ts';
import { pickOption } from './antd.ts';
import { ARTIFACTS, launchBrowser, signedInPage } from './browser.ts';

const baseUrl = inject('baseUrl');
const OFFICE = { username: 'office.results.e2e', password: 'Results-Office-E2E-2026!' };
/** The demo data's tasks fall due in 2025 and 2026 (server/src/modules/demo/demo.work.ts). */
const YEAR = 2025;
let browser: Browser;

const hasTool = (tool: string) => spawnSync(tool, ['-v'], { encoding: 'utf8' }).error === undefined;

beforeAll(async () => {
  browser = await launchBrowser();
  const admin = await adminClient();
  await admin.createUser(OFFICE.username, '办公室（成果报告 E2E）', [{ role: 'office' }], OFFICE.password);
});
afterAll(async () => {
  await browser?.close();
});

describe('results report journey', () => {
  it('the Office opens the annual report, sees its figures and downloads it as PDF with progress', async () => {
    const page = await signedInPage(browser, baseUrl, OFFICE);
    await page.getByTestId('nav-results').click();
    await page.getByTestId('results-page').waitFor();
    await pickOption(page, page.getByTestId('results-kind'), /年度成果报告/, 'results-kind');
    await pickOption(page, page.getByTestId('results-year'), new RegExp(`^${YEAR}$`), 'results-year');

    const title = `长三角区域合作 ${YEAR} 年度成果报告`;
    await expect.poll(() => page.getByTestId('results-report-title').textContent(), { timeout: 20_000 }).toBe(title);
    // The headline figures come from the records: the demo tasks due that year, marked as demo data.
    const due = page.getByTestId('results-figure-tasks.total');
    await due.waitFor();
    expect(Number(await due.getAttribute('data-value'))).toBeGreaterThan(0);
    await page.getByTestId('results-figure-tasks.completed').waitFor();
    await page.getByTestId('results-demo').waitFor();
    await page.getByTestId('results-toc').getByText('主要数据').waitFor();

    const download = page.waitForEvent('download', { timeout: 60_000 });
    await page.getByTestId('print-results-annual-pdf').click();
    await page.getByTestId('print-progress').waitFor();
    const file = await download;
    expect(file.suggestedFilename()).toMatch(/\.pdf$/);
    const pdfPath = path.join(ARTIFACTS, '19-results-annual.pdf');
    await file.saveAs(pdfPath);
    expect(fs.readFileSync(pdfPath).subarray(0, 5).toString()).toBe('%PDF-');
    await page.getByTestId('print-done').waitFor();
    expect(await page.getByTestId('print-progress').getAttribute('data-percent')).toBe('100');

    if (hasTool('pdftoppm')) {
      execFileSync('pdftoppm', ['-png', '-r', '50', '-f', '1', '-l', '2', pdfPath, path.join(ARTIFACTS, '19-results-annual-page')]);
      expect(fs.readdirSync(ARTIFACTS).some((name) => /^19-results-annual-page-0*1\.png$/.test(name))).toBe(true);
    } else {
      console.warn('pdftoppm is not installed: the report\'s first pages were not kept as images');
    }
    if (hasTool('pdftotext')) {
      const firstPage = execFileSync('pdftotext', ['-enc', 'UTF-8', '-f', '1', '-l', '1', pdfPath, '-'], { encoding: 'utf8' });
      expect(firstPage.replace(/\s+/g, '')).toContain(title.replace(/\s+/g, ''));
    } else {
      console.warn('pdftotext is not installed: the PDF\'s title was not checked');
    }
  }, 90_000);
});
