/**
 * Daily work through the to-do queue (issue 12): an editor files a report →
 * the Office sees it in its queue (待办, its home page) and returns it with a
 * comment from the side panel → the editor gets the notice, opens it and
 * lands on the highlighted report, revises → the Office accepts it from the
 * queue (several at once). No lost input: Esc on a half-written report asks
 * first, and the text comes back as a local draft after a reload. The same
 * at 390×844.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { ApiClient, adminClient } from './api.ts';
import { pickOption } from './antd.ts';
import { launchBrowser, signedInPage, snap } from './browser.ts';

const baseUrl = inject('baseUrl');
const OFFICE = { username: 'office.todo.e2e', password: 'Yangtze-Office-Todo-2026!' };
const EDITOR = { username: 'js.editor.todo.e2e', password: 'Jiangsu-Editor-Todo-2026!' };
const TASK_TITLE = '沿江港口岸电全覆盖（待办 E2E）';
const PHONE_TASK_TITLE = '长三角船舶污染联防（待办 E2E 手机）';
/** Two people, several pages each, on a 2-core machine shared with other work. */
const JOURNEY_MS = 360_000;
let browser: Browser;
let office: ApiClient;
let taskId = '';
let phoneTaskId = '';

beforeAll(async () => {
  browser = await launchBrowser();
  const admin = await adminClient();
  await admin.createUser(OFFICE.username, '区域合作办公室（待办 E2E）', [{ role: 'office' }], OFFICE.password);
  await admin.createUser(EDITOR.username, '江苏填报员（待办 E2E）', [{ role: 'editor', memberCode: '320000' }], EDITOR.password);
  office = new ApiClient();
  await office.login(OFFICE.username, OFFICE.password);
  const planId = (
    await office.call<{ id: string }>('POST', '/api/v1/plans', {
      kind: 'three_year', code: 'E2E-TODO', titleZh: '待办端到端测试计划', titleEn: 'To-do end-to-end plan',
      periodStart: '2025-01-01', periodEnd: '2027-12-31', reportingCadence: 'quarterly',
    })
  ).id;
  const plan = await office.call<{ version: number }>('GET', `/api/v1/plans/${planId}`);
  await office.call('POST', `/api/v1/plans/${planId}/transitions`, { to: 'adopted', version: plan.version });
  const areas = await office.call<{ items: { id: string; code: string }[] }>('GET', '/api/v1/focus-areas');
  const focusAreaId = areas.items.find((a) => a.code === '4')!.id;
  const task = (code: string, titleZh: string, titleEn: string) =>
    office.call<{ id: string }>('POST', '/api/v1/tasks', { planId, code, titleZh, titleEn, focusAreaId, leadMemberCode: '320000', dueDate: '2027-06-30' });
  taskId = (await task('4.71', TASK_TITLE, 'Shore power at all river ports (to-do E2E)')).id;
  phoneTaskId = (await task('4.72', PHONE_TASK_TITLE, 'Joint ship pollution control (to-do E2E, phone)')).id;
});
afterAll(async () => {
  await browser?.close();
});


/** Member and Office users land on their to-do queue, with the welcome line. */
async function signIn(user: { username: string; password: string }, width = 1400, height = 900): Promise<Page> {
  const page = await signedInPage(browser, baseUrl, user, { width, height });
  await page.getByTestId('todo-page').waitFor();
  return page;
}

/** Opens the report form on the Jiangsu share of a task and types half a report. */
async function startReport(page: Page, id: string, body: string) {
  await page.goto(`${baseUrl}/tasks/${id}`);
  await page.getByTestId('report-file-320000').click();
  await page.getByTestId('report-form-body').waitFor();
  await page.getByTestId('report-form-body').fill(body);
}

/** Fills percent and status (they must agree) and submits; answers the new report's id. */
async function submitReport(page: Page, id: string, percent: string) {
  await page.getByTestId('report-form-percent').locator('input').fill(percent);
  await pickOption(page, page.getByTestId('report-form-status'), /正常推进/, 'report-status');
  await page.getByTestId('report-form-submit').click();
  await page
    .getByTestId('report-form-submit')
    .waitFor({ state: 'detached' })
    .catch(async (failure: unknown) => {
      await snap(page, `7x-report-not-sent-${id.slice(0, 8)}`);
      throw failure;
    });
  const reports = await office.call<{ items: { id: string; state: string }[] }>('GET', `/api/v1/tasks/${id}/reports`);
  return reports.items.find((r) => r.state === 'submitted')!.id;
}

/** The Office's to-do queue filtered to reports to review, until the report shows (demo data may fill the first page). */
async function reviewItem(page: Page, reportId: string) {
  await page.goto(`${baseUrl}/todo?kind=report_review`);
  await page.getByTestId('todo-list').waitFor();
  const item = page.locator(`[data-testid="todo-item"][data-report-id="${reportId}"]`);
  for (let i = 0; i < 20 && !(await item.count()); i++) {
    const more = page.getByTestId('todo-more');
    if (await more.isVisible()) await more.click();
    await page.waitForTimeout(300);
  }
  await item.waitFor();
  return item;
}

const reportState = async (reportId: string) => (await office.call<{ state: string }>('GET', `/api/v1/reports/${reportId}`)).state;

describe('to-do journeys', () => {
  it('report → returned from the queue → notice → highlighted report → revised → accepted from the queue', async () => {
    const editor = await signIn(EDITOR);
    await snap(editor, '70-todo-editor-home');

    // Esc on a half-written report asks before closing; keeping it keeps the text.
    await startReport(editor, taskId, '港口岸电改造已完成');
    await editor.keyboard.press('Escape');
    await editor.getByTestId('unsaved-keep').waitFor();
    await snap(editor, '71-report-esc-asks');
    await editor.getByTestId('unsaved-keep').click();
    expect(await editor.getByTestId('report-form-body').inputValue()).toBe('港口岸电改造已完成');

    // Closing or reloading the tab asks first (beforeunload); after the reload the draft is offered back.
    const asked = new Promise<string>((resolve) => {
      const timer = setTimeout(() => resolve('no dialog'), 10_000);
      editor.once('dialog', (dialog) => {
        clearTimeout(timer);
        resolve(dialog.type());
        void dialog.accept();
      });
    });
    await editor.reload();
    expect(await asked).toBe('beforeunload');
    await editor.getByTestId('report-file-320000').click();
    await editor.getByTestId('draft-offer').waitFor();
    await snap(editor, '72-report-draft-offered');
    await editor.getByTestId('draft-restore').click();
    expect(await editor.getByTestId('report-form-body').inputValue()).toBe('港口岸电改造已完成');
    await editor.getByTestId('report-form-body').fill('港口岸电改造已完成 12 个泊位，其余泊位正在招标。');

    // Percent and status must agree: the form says which field to change.
    await editor.getByTestId('report-form-percent').locator('input').fill('40');
    await editor.getByTestId('report-form-submit').click();
    await editor.getByText(/进度大于 0 时，状态不能为“未开始”/).first().waitFor();
    await snap(editor, '73-report-percent-status-error');
    const firstId = await submitReport(editor, taskId, '40');
    expect(await editor.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('yrd.draft.report:')))).toEqual([]);

    // The Office: the report waits in its queue (the menu badge counts it); returned from the side panel with a comment.
    const desk = await signIn(OFFICE);
    await expect.poll(async () => Number(await desk.getByTestId('nav-todo').getAttribute('data-count')), { timeout: 20_000 }).toBeGreaterThan(0);
    const item = await reviewItem(desk, firstId);
    await item.getByTestId('todo-review').click();
    const drawer = desk.getByTestId('todo-review-report');
    await drawer.waitFor();
    expect(await desk.getByTestId('todo-review-body').innerText()).toContain('12 个泊位');
    await snap(desk, '74-todo-review-panel');
    await desk.getByTestId('report-review-return').click();
    await desk.getByTestId('report-review-comment').fill('请说明其余泊位的招标时间表。');
    // Esc on the drawer with a typed comment asks first; keeping it leaves the comment where it was.
    await desk.keyboard.press('Escape');
    await desk.getByTestId('unsaved-keep').click();
    expect(await desk.getByTestId('report-review-comment').inputValue()).toBe('请说明其余泊位的招标时间表。');
    await desk.getByTestId('report-review-submit').click();
    await expect.poll(() => reportState(firstId), { timeout: 20_000 }).toBe('returned');
    await desk.keyboard.press('Escape');
    await expect.poll(() => desk.locator(`[data-testid="todo-item"][data-report-id="${firstId}"]`).count(), { timeout: 20_000 }).toBe(0);

    // The editor: the notice opens the task on the returned report, scrolled to and highlighted.
    await editor.goto(`${baseUrl}/inbox`);
    const notice = editor.getByTestId('inbox-item').filter({ hasText: TASK_TITLE }).first();
    await notice.waitFor();
    await notice.getByTestId('inbox-open').click();
    await editor.waitForURL(new RegExp(`/tasks/${taskId}\\?report=${firstId}`));
    const highlighted = editor.locator(`[data-report-id="${firstId}"][data-highlighted="true"]`);
    await highlighted.waitFor();
    await snap(editor, '75-notice-lands-on-report');
    await highlighted.getByTestId('report-revise').click();
    await editor.getByTestId('report-form-body').fill('港口岸电改造已完成 12 个泊位；其余 8 个泊位 2027 年 3 月前完成招标。');
    await editor.getByTestId('report-form-submit').click();
    await editor.getByTestId('report-form-submit').waitFor({ state: 'detached' });
    const revised = (await office.call<{ items: { id: string; state: string }[] }>('GET', `/api/v1/tasks/${taskId}/reports`)).items.find((r) => r.state === 'submitted')!.id;

    // The Office accepts from the queue: tick, accept selected, confirm.
    const again = await reviewItem(desk, revised);
    await again.getByTestId('todo-select').click();
    await desk.getByTestId('todo-accept-selected').click();
    await desk.getByTestId('todo-accept-confirm').click();
    await expect.poll(() => reportState(revised), { timeout: 20_000 }).toBe('accepted');
    await expect.poll(() => desk.locator(`[data-testid="todo-item"][data-report-id="${revised}"]`).count(), { timeout: 20_000 }).toBe(0);
    await snap(desk, '76-todo-accepted');

    // 已办 lists what the Office did.
    await desk.getByTestId('done-tab').click();
    await desk.getByTestId('done-item').filter({ hasText: TASK_TITLE }).first().waitFor();
    await snap(desk, '77-todo-done');
    await editor.context().close();
    await desk.context().close();
  }, JOURNEY_MS);

  it('works at 390×844: Esc asks, the queue and the side panel fit a phone', async () => {
    const editor = await signIn(EDITOR, 390, 844);
    await snap(editor, '78-todo-editor-390');
    await startReport(editor, phoneTaskId, '船舶污染联防');
    await editor.keyboard.press('Escape');
    await editor.getByTestId('unsaved-discard').waitFor();
    await snap(editor, '79-report-esc-asks-390');
    // Discarding on purpose closes the form and drops the draft.
    await editor.getByTestId('unsaved-discard').click();
    await editor.getByTestId('report-form-body').waitFor({ state: 'detached' });
    expect(await editor.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('yrd.draft.report:')))).toEqual([]);

    await editor.getByTestId('report-file-320000').click();
    await editor.getByTestId('report-form-body').fill('船舶污染联防联控机制已建立，联合执法 3 次。');
    const reportId = await submitReport(editor, phoneTaskId, '30');

    const desk = await signIn(OFFICE, 390, 844);
    const item = await reviewItem(desk, reportId);
    await item.getByTestId('todo-review').click();
    await desk.getByTestId('todo-review-report').waitFor();
    // The panel takes the phone's width; nothing scrolls sideways.
    expect(await desk.evaluate<number>('document.documentElement.scrollWidth')).toBeLessThanOrEqual(390);
    await snap(desk, '7a-todo-review-panel-390');
    await desk.getByTestId('report-review-accept').click();
    await desk.getByTestId('report-review-submit').click();
    await expect.poll(() => reportState(reportId), { timeout: 20_000 }).toBe('accepted');
    await editor.context().close();
    await desk.context().close();
  }, JOURNEY_MS);
});
