/**
 * Shared public services as the Office meets them: the service × member matrix
 * on the services page in Chinese and in English (screenshots of both), a
 * service's page with its availability, the kept history of a change, and the
 * usage heatmap origin → destination with its totals and the monthly trend;
 * the same page on a phone (390 px).
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { ApiClient, adminClient } from './api.ts';
import { launchBrowser, signedInPage, snap, switchLanguage } from './browser.ts';

const baseUrl = inject('baseUrl');
const OFFICE = { username: 'office.svc.e2e', password: 'Services-Office-E2E-2026!' };
const CODE = 'E2E-MED-SETTLE';
const WAIT = { timeout: 15_000 };
let browser: Browser;
let serviceId: string;

/** The last three whole months before this one (YYYY-MM). */
const months = [3, 2, 1].map((back) => {
  const d = new Date();
  d.setUTCDate(1);
  d.setUTCMonth(d.getUTCMonth() - back);
  return d.toISOString().slice(0, 7);
});

beforeAll(async () => {
  browser = await launchBrowser();
  const admin = await adminClient();
  await admin.createUser(OFFICE.username, '办公室（公共服务 E2E）', [{ role: 'office' }], OFFICE.password);
  const office = new ApiClient();
  await office.login(OFFICE.username, OFFICE.password);
  serviceId = (await office.call<{ id: string }>('POST', '/api/v1/services', {
    code: CODE, nameZh: '异地就医直接结算（E2E）', nameEn: 'Direct settlement of medical bills (E2E)', category: 'medical_insurance',
    bodies: [{ memberCode: '340000', bodyCode: 'drc-340000' }],
  })).id;
  await office.call('PUT', `/api/v1/services/${serviceId}/availability/310000`, { status: 'available', since: '2020-01-01', channels: ['online', 'counter'], allCities: true });
  await office.call('PUT', `/api/v1/services/${serviceId}/availability/340000`, { status: 'pilot', since: '2022-01-01', channels: ['counter'], allCities: false, cityCodes: ['340100'] });
  await office.call('PUT', `/api/v1/services/${serviceId}/availability/340000`, { status: 'available', since: '2022-01-01', channels: ['counter', 'app'], allCities: true, version: 1 });
  for (const [i, month] of months.entries()) {
    for (const [origin, destination, count] of [['340000', '310000', 800], ['320000', '310000', 600], ['330000', '320000', 150], ['340000', '320000', 90]] as const) {
      await office.call('PUT', `/api/v1/services/${serviceId}/usage/${origin}/${destination}/${month}`, { count: count + i * 25 });
    }
  }
});
afterAll(async () => {
  await browser?.close();
});



const signIn = (width = 1400, height = 900) => signedInPage(browser, baseUrl, OFFICE, { width, height });

describe('public services journeys', () => {
  it('shows the service × member matrix in Chinese and in English', async () => {
    const page = await signIn();
    await page.getByTestId('nav-services').click();
    await page.getByTestId('service-matrix').waitFor();
    await expect.poll(() => page.getByTestId(`service-cell-${CODE}-310000`).textContent(), WAIT).toContain('已开通');
    expect(await page.getByTestId(`service-cell-${CODE}-330000`).textContent()).toContain('未登记');
    await snap(page, '16-services-matrix-zh');
    await switchLanguage(page, 'en');
    await expect.poll(() => page.getByTestId('services-title').textContent(), WAIT).toBe('Shared public services');
    await expect.poll(() => page.getByTestId(`service-cell-${CODE}-340000`).textContent(), WAIT).toContain('Available');
    await snap(page, '16-services-matrix-en');
    await switchLanguage(page, 'zh-CN');
    await page.context().close();
  });

  it('opens a service: availability with its history, the usage heatmap with totals, and the trend', async () => {
    const page = await signIn();
    await page.goto(`${baseUrl}/services`);
    await page.getByTestId(`service-matrix-link-${CODE}`).click();
    await page.getByTestId('service-detail').waitFor();
    await expect.poll(() => page.getByTestId('service-title').textContent(), WAIT).toContain('异地就医直接结算（E2E）');
    const history = page.getByTestId('availability-history');
    await expect.poll(() => history.locator('tbody tr.ant-table-row').count(), WAIT).toBe(3);
    expect(await history.textContent()).toContain('试点');
    await page.getByTestId('usage-heatmap').waitFor();
    await page.getByTestId('usage-trend').waitFor();
    const total = months.reduce((sum, _m, i) => sum + 800 + 600 + 150 + 90 + 4 * i * 25, 0);
    await expect.poll(async () => (await page.getByTestId('usage-total').textContent())?.replace(/[^0-9]/g, ''), WAIT).toBe(String(total));
    await page.getByTestId('usage-heatmap').scrollIntoViewIfNeeded();
    await snap(page, '16-service-detail-heatmap-zh');
    await switchLanguage(page, 'en');
    await expect.poll(() => page.getByTestId('usage-heatmap').textContent(), WAIT).toContain('Usage, origin → destination');
    await snap(page, '16-service-detail-heatmap-en');
    await switchLanguage(page, 'zh-CN');
    await page.context().close();
  });

  it('fits a phone (390 px): the matrix scrolls sideways inside its card, not the page', async () => {
    const page = await signIn(390, 844);
    await page.goto(`${baseUrl}/services`);
    await page.getByTestId('service-matrix').waitFor();
    await expect.poll(() => page.evaluate<number>('document.documentElement.scrollWidth'), WAIT).toBeLessThanOrEqual(391);
    await snap(page, '16-services-phone');
    await page.goto(`${baseUrl}/services/${serviceId}`);
    await page.getByTestId('usage-heatmap').waitFor();
    await expect.poll(() => page.evaluate<number>('document.documentElement.scrollWidth'), WAIT).toBeLessThanOrEqual(391);
    await page.context().close();
  });
});
