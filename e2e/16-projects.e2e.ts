/**
 * Key projects as the Office meets them: a project made through the API shows on
 * the projects page's city map (its city's count and link), its detail shows the
 * fields, the milestones, the linked agreement and the progress with its rule;
 * the same in English; the list on a 390 px phone; the dashboard's projects panel.
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { ApiClient, adminClient } from './api.ts';
import { launchBrowser, signedInPage, snap, switchLanguage } from './browser.ts';

const baseUrl = inject('baseUrl');
const OFFICE = { username: 'office.pj.e2e', password: 'Projects-Office-E2E-2026!' };
const TITLE = '嘉善—吴江跨界河道综合整治（E2E）';
const WAIT = { timeout: 15_000 };
let browser: Browser;
let projectId: string;

beforeAll(async () => {
  browser = await launchBrowser();
  const admin = await adminClient();
  await admin.createUser(OFFICE.username, '办公室（重点项目 E2E）', [{ role: 'office' }], OFFICE.password);
  const office = new ApiClient();
  await office.login(OFFICE.username, OFFICE.password);
  const agreement = await office.call<{ id: string }>('POST', '/api/v1/agreements', {
    titleZh: '跨界河道联保共治协议（E2E）', titleEn: 'Cross-border river joint care agreement (E2E)', parties: [{ memberCode: '320000' }, { memberCode: '330000' }],
  });
  projectId = (await office.call<{ id: string }>('POST', '/api/v1/projects', {
    code: 'E2E-RIVER', titleZh: TITLE, titleEn: 'Jiashan–Wujiang cross-border river works (E2E)', type: 'ecological', phase: 'under_construction',
    leadMemberCode: '330000', members: [{ memberCode: '320000', investment: 3.5 }, { memberCode: '330000', investment: 4.5 }], currency: 'CNY', unit: 'hundred_million', totalInvestment: 8,
    locationCityCode: '330400', cityCodes: ['320500'], startDate: '2025-01-01', plannedCompletion: '2027-12-31', agreementIds: [agreement.id],
    milestones: [{ titleZh: '河道清淤完成', titleEn: 'Dredging done', dueDate: '2025-10-31', doneOn: '2025-10-20' }, { titleZh: '生态护岸建成', titleEn: 'Ecological banks built', dueDate: '2027-06-30' }],
  })).id;
});
afterAll(async () => {
  await browser?.close();
});



const signIn = (width = 1400, height = 900) => signedInPage(browser, baseUrl, OFFICE, { width, height });

describe('key project journeys', () => {
  it('shows a project on the city map and opens its detail, in both languages', async () => {
    const page = await signIn();
    await page.getByTestId('nav-projects').click();
    await page.getByTestId('projects-map').waitFor();
    // 嘉兴 (330400), where the project is located: its row on the map's table links to the project.
    const city = page.getByTestId('projects-map-table').locator('tr').filter({ has: page.getByTestId('projects-map-city-330400') });
    await expect.poll(() => city.textContent(), WAIT).toContain(TITLE);
    await page.locator('[data-testid="projects-map"] canvas').first().waitFor();
    await snap(page, '16-projects-map-zh');
    await city.getByRole('link', { name: TITLE }).click();
    await page.getByTestId('project-detail').waitFor();
    await expect.poll(() => page.getByTestId('project-progress-rule').textContent(), WAIT).toContain('进度 = 100% × 已完成里程碑占比（1/2 = 50%） = 50%');
    expect(await page.getByTestId('project-fields').textContent()).toContain('亿元');
    expect(await page.getByTestId('project-agreements').textContent()).toContain('跨界河道联保共治协议（E2E）');
    expect(await page.getByTestId('project-milestones').textContent()).toContain('生态护岸建成');
    await snap(page, '16-project-detail-zh');
    await switchLanguage(page, 'en');
    await expect.poll(() => page.getByTestId('project-progress-rule').textContent(), WAIT).toContain('Progress = 100% × share of milestones done (1/2 = 50%) = 50%');
    expect(await page.getByTestId('project-milestones').textContent()).toContain('Ecological banks built');
    await snap(page, '16-project-detail-en');
    await page.goto(`${baseUrl}/projects`);
    await page.getByTestId('projects-map').waitFor();
    await expect.poll(() => page.getByTestId('projects-map-table').textContent(), WAIT).toContain('Jiaxing');
    await snap(page, '16-projects-map-en');
    await switchLanguage(page, 'zh-CN');
    await page.context().close();
  });

  it('lists projects on a 390 px phone and shows them on the dashboard', async () => {
    const page = await signIn(390, 844);
    await page.goto(`${baseUrl}/projects?type=ecological`);
    await page.getByTestId('projects-list').waitFor();
    await expect.poll(() => page.getByTestId('projects-list').textContent(), WAIT).toContain(TITLE);
    expect(await page.locator('.ant-layout-content').evaluate((el) => el.scrollWidth <= el.clientWidth + 1)).toBe(true);
    await snap(page, '16-projects-phone');
    await page.goto(`${baseUrl}/dashboard`);
    await page.getByTestId('dashboard-projects').waitFor(WAIT);
    await expect.poll(() => page.getByTestId('dashboard-projects-phases').textContent(), WAIT).toContain('在建');
    await snap(page, '16-projects-dashboard-phone');
    expect(projectId).toBeTruthy();
    await page.context().close();
  });
});
