/**
 * The joint risk register as its users meet it: the Office adds a trigger
 * threshold to a risk on its page ("water quality below 80 % for 2 months in
 * Suzhou"); observations imported from Excel cross it; the owner member's
 * liaison finds the alert in the inbox and opens the risk, where the alert and
 * the trigger's state show (screenshots in Chinese and English); the register
 * with its heat map fits a phone (390 px). A joint measure is an agreement
 * clause picked by its agreement's title and its number, not typed as an id.
 */
import ExcelJS from 'exceljs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { pickOption } from './antd.ts';
import { ApiClient, adminClient } from './api.ts';
import { launchBrowser, snap } from './browser.ts';

const baseUrl = inject('baseUrl');
const OFFICE = { username: 'office.risk.e2e', password: 'Risks-Office-E2E-2026!' };
const LIAISON = { username: 'js.risk.e2e', password: 'Risks-Jiangsu-E2E-2026!' };
const INDICATOR = 'RISK_E2E_WATER';
const RISK_CODE = 'RISK-E2E-WATER';
const WAIT = { timeout: 15_000 };
let browser: Browser;
let office: ApiClient;
let riskId: string;

/** The last two whole months before this one (YYYY-MM), oldest first. */
const months = [2, 1].map((back) => {
  const d = new Date();
  d.setUTCDate(1);
  d.setUTCMonth(d.getUTCMonth() - back);
  return d.toISOString().slice(0, 7);
});

beforeAll(async () => {
  browser = await launchBrowser();
  const admin = await adminClient();
  await admin.createUser(OFFICE.username, '办公室（风险 E2E）', [{ role: 'office' }], OFFICE.password);
  await admin.createUser(LIAISON.username, '江苏联络员（风险 E2E）', [{ role: 'liaison', memberCode: '320000' }], LIAISON.password);
  office = new ApiClient();
  await office.login(OFFICE.username, OFFICE.password);
  await office.call('POST', '/api/v1/indicators', {
    code: INDICATOR, nameZh: '跨界断面水质达标率（E2E）', nameEn: 'Cross-border sections meeting class III (E2E)', unitZh: '%', unitEn: '%',
    valueKind: 'percent', direction: 'higher', level: 'city', frequency: 'monthly',
  });
  await office.call('POST', '/api/v1/agreements', {
    titleZh: '太湖流域水环境联防联治协议（E2E）', parties: [{ memberCode: '320000' }, { memberCode: '330000' }],
    clauses: [{ textZh: '建立太湖流域联合执法机制' }, { textZh: '建立跨界断面水质联合监测与信息共享机制' }],
  });
  riskId = (await office.call<{ id: string }>('POST', '/api/v1/risks', {
    code: RISK_CODE, titleZh: '太湖流域跨界水质下降（E2E）', titleEn: 'Cross-border water quality decline in the Taihu basin (E2E)',
    area: 'ecology', likelihood: 3, impact: 4, ownerMemberCodes: ['320000'],
  })).id;
});
afterAll(async () => {
  await browser?.close();
});

async function signIn(user: { username: string; password: string }, width = 1400, height = 900): Promise<Page> {
  const context = await browser.newContext({ viewport: { width, height }, locale: 'zh-CN' });
  const page = await context.newPage();
  await page.goto(`${baseUrl}/login`);
  await page.getByTestId('login-username').fill(user.username);
  await page.getByTestId('login-password').fill(user.password);
  await page.getByTestId('login-submit').click();
  await page.getByTestId('home-welcome').or(page.getByTestId('dashboard')).first().waitFor();
  return page;
}

async function switchLanguage(page: Page, to: 'en' | 'zh-CN') {
  await page.getByTestId('language-switch').click();
  await expect.poll(() => page.getAttribute('html', 'lang'), WAIT).toBe(to);
}

/** Imports rows through the same endpoint as the observations page (the Office's session). */
async function importObservations(rows: [string, number][]) {
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet('观测值 Observations');
  sheet.addRow(['指标代码 indicatorCode', '范围代码 scopeCode', '期间 period', '数值 value', '来源 source', '备注 note']);
  for (const [period, value] of rows) sheet.addRow([INDICATOR, '320500', period, value, 'E2E', '']);
  const login = await fetch(`${baseUrl}/api/v1/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(OFFICE) });
  const cookie = (login.headers.get('set-cookie') ?? '').split(';')[0]!;
  const { csrfToken } = (await login.json()) as { csrfToken: string };
  const response = await fetch(`${baseUrl}/api/v1/indicators/import`, {
    method: 'POST', headers: { cookie, 'x-csrf-token': csrfToken, 'content-type': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' },
    body: Buffer.from(await book.xlsx.writeBuffer()),
  });
  expect(response.status, await response.clone().text()).toBe(200);
}

describe('risk register journeys', () => {
  it('the Office adds a trigger on the risk page; an import that crosses it alerts the owner member in the inbox', async () => {
    const page = await signIn(OFFICE);
    await page.getByTestId('nav-risks').click();
    await page.getByTestId('risks-list').waitFor();
    await page.getByTestId('risk-heatmap').waitFor();
    await page.getByRole('link', { name: '太湖流域跨界水质下降（E2E）' }).click();
    await page.getByTestId('risk-title').waitFor();
    await page.getByTestId('trigger-add').click();
    await page.getByTestId('trigger-form-indicator').fill(INDICATOR);
    await page.getByTestId('trigger-form-scope').fill('320500');
    await page.getByTestId('trigger-form-threshold').locator('input').fill('80');
    await page.getByTestId('trigger-form-periods').locator('input').fill('2');
    await snap(page, '16-risk-trigger-form-zh');
    await page.getByTestId('trigger-form-submit').click();
    await expect.poll(() => page.getByTestId('risk-triggers').textContent(), WAIT).toContain(INDICATOR);

    // A joint measure picked, not typed: the agreement by (part of) its title, then its clause by number and text.
    await page.getByTestId('risk-edit').click();
    await page.getByTestId('measure-add').click();
    await page.getByTestId('risk-form').locator('label').filter({ hasText: '协议条款' }).click();
    const agreement = page.getByTestId('measure-agreement');
    await agreement.click();
    await agreement.locator('input').fill('太湖流域水环境');
    await pickOption(page, agreement, /太湖流域水环境联防联治协议/, 'measure-agreement');
    await pickOption(page, page.getByTestId('measure-clause'), /2\. 建立跨界断面水质/, 'measure-clause');
    await page.getByTestId('risk-form-submit').click();
    await expect.poll(() => page.getByTestId('risk-measures').textContent(), WAIT).toContain('建立跨界断面水质联合监测与信息共享机制');
    await page.context().close();

    await importObservations([[months[0]!, 76.5], [months[1]!, 71.2]]);
    await importObservations([[months[0]!, 76.5], [months[1]!, 71.2]]); // the same file again: no second alert

    const liaison = await signIn(LIAISON);
    await liaison.goto(`${baseUrl}/inbox`);
    const notices = liaison.getByTestId('inbox-item').filter({ hasText: RISK_CODE });
    await expect.poll(() => notices.count(), WAIT).toBe(1);
    await snap(liaison, '16-risk-alert-inbox-zh');
    await notices.first().getByTestId('inbox-open').click();
    await liaison.getByTestId('risk-title').waitFor();
    expect(liaison.url()).toContain(`/risks/${riskId}`);
    await expect.poll(() => liaison.getByTestId('risk-alert').count(), WAIT).toBe(1);
    expect(await liaison.getByTestId('risk-alert').textContent()).toContain(`${months[1]}: 71.2`);
    expect(await liaison.getByTestId('risk-triggers').textContent()).toContain('越线');
    await snap(liaison, '16-risk-detail-alert-zh');
    await switchLanguage(liaison, 'en');
    await expect.poll(() => liaison.getByTestId('risk-triggers').textContent(), WAIT).toContain('crossed');
    await snap(liaison, '16-risk-detail-alert-en');
    await switchLanguage(liaison, 'zh-CN');
    await liaison.context().close();
  });

  it('the register and its heat map fit a phone (390 px), in both languages', async () => {
    const page = await signIn(OFFICE, 390, 844);
    await page.goto(`${baseUrl}/risks`);
    await page.getByTestId('risk-heatmap').waitFor();
    await page.getByTestId('risks-list').waitFor();
    await expect.poll(() => page.evaluate<number>('document.documentElement.scrollWidth'), WAIT).toBeLessThanOrEqual(391);
    await snap(page, '16-risks-phone-zh');
    await switchLanguage(page, 'en');
    await expect.poll(() => page.getByTestId('risks-title').textContent(), WAIT).toContain('Joint risk register');
    await snap(page, '16-risks-phone-en');
    await switchLanguage(page, 'zh-CN');
    await page.goto(`${baseUrl}/risks/${riskId}`);
    await page.getByTestId('risk-alerts').waitFor();
    await expect.poll(() => page.evaluate<number>('document.documentElement.scrollWidth'), WAIT).toBeLessThanOrEqual(391);
    await page.context().close();
  });
});
