/**
 * Major matters through the screens: a Jiangsu liaison raises a matter with
 * Zhejiang affected; it shows on the board at the execution tier; the liaison
 * escalates it (with a reason) to coordination; the Office records a
 * coordination step and escalates it to decision; a decision of the symposium
 * resolves it (through the API), and the matter shows resolved with the
 * decision link and its whole timeline. Then the Office records an agreement
 * signed at that meeting, with a clause carried out by a task, and moves it
 * from draft to in force. Beside it: the Office raises a matter for a working
 * group and de-escalates it; a liaison not party to it is offered no escalation.
 * A Jiangsu editor raises a matter for Jiangsu (its member fixed); board and
 * list name the members party to it; Zhejiang's liaison, party but not the
 * raiser, is offered no withdrawal; Jiangsu's liaison withdraws it with a
 * reason, which the timeline keeps. Demo matters and agreements carry the
 * demo tag; the agreement list names the parties.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { ADMIN_PASSWORD, ApiClient } from './api.ts';
import { launchBrowser, snap, signedInPage } from './browser.ts';

const baseUrl = inject('baseUrl');
const OFFICE = { username: 'office.matters.e2e', password: 'Yangtze-Office-Matters-2026!' };
const JIANGSU = { username: 'js.matters.e2e', password: 'Jiangsu-Liaison-Matters-2026!' };
const JIANGSU_EDITOR = { username: 'js.editor.matters.e2e', password: 'Jiangsu-Editor-Matters-2026!' };
const ZHEJIANG = { username: 'zj.matters.e2e', password: 'Zhejiang-Liaison-Matters-2026!' };
const TITLE = '沪苏浙省际断头路打通（E2E）';
let browser: Browser;
let office: ApiClient;
let matterId = '';
let meetingId = '';
let taskId = '';

beforeAll(async () => {
  browser = await launchBrowser();
  const admin = new ApiClient();
  await admin.login('admin', ADMIN_PASSWORD);
  await admin.createUser(OFFICE.username, '区域合作办公室（事项 E2E）', [{ role: 'office' }], OFFICE.password);
  await admin.createUser(JIANGSU.username, '江苏联络员（事项 E2E）', [{ role: 'liaison', memberCode: '320000' }], JIANGSU.password);
  await admin.createUser(JIANGSU_EDITOR.username, '江苏填报员（事项 E2E）', [{ role: 'editor', memberCode: '320000' }], JIANGSU_EDITOR.password);
  await admin.createUser(ZHEJIANG.username, '浙江联络员（事项 E2E）', [{ role: 'liaison', memberCode: '330000' }], ZHEJIANG.password);
  office = new ApiClient();
  await office.login(OFFICE.username, OFFICE.password);
});
afterAll(async () => {
  await browser?.close();
});

const signedIn = (user: { username: string; password: string }) => signedInPage(browser, baseUrl, user);

const poll = <T>(read: () => Promise<T>) => expect.poll(read, { timeout: 15_000, interval: 200 });
const openDropdowns = (page: Page) => page.locator('.ant-select-dropdown:visible').count();

/** Picks an option of the antd select that is open now (a multiple select stays open: close it with Escape). */
async function pickOption(page: Page, text: RegExp | string) {
  await page.locator('.ant-select-dropdown:visible .ant-select-item-option').filter({ hasText: text }).first().click();
}

/** Opens a single select, picks an option and waits until its dropdown has closed: a closing dropdown would otherwise take the next click. */
async function choose(page: Page, testId: string, text: RegExp | string) {
  await poll(() => openDropdowns(page)).toBe(0);
  await page.getByTestId(testId).click();
  await pickOption(page, text);
  await poll(() => openDropdowns(page)).toBe(0);
}

/** Closes a multiple select's dropdown and waits until it is gone. */
async function closeDropdown(page: Page) {
  await page.keyboard.press('Escape');
  await poll(() => openDropdowns(page)).toBe(0);
}

async function openBoard(page: Page) {
  await page.getByTestId('nav-matters').click();
  await page.getByTestId('matters-board').waitFor();
}

async function openMatter(page: Page) {
  await page.goto(`${baseUrl}/matters/${matterId}`);
  await page.getByTestId('matter-detail').waitFor();
}

async function escalate(page: Page, reason: string) {
  await page.getByTestId('matter-escalate').click();
  await page.getByTestId('matter-reason').fill(reason);
  await page.getByTestId('matter-reason-submit').click();
}

const tier = (page: Page) => page.getByTestId('matter-tier').getAttribute('data-tier');
const timeline = (page: Page) =>
  page.getByTestId('matter-timeline').locator('[data-testid="matter-event"]').evaluateAll((nodes) => nodes.map((n) => `${n.getAttribute('data-kind')}:${n.getAttribute('data-to-tier')}`));

describe('major matters and agreements', () => {
  it('raised by Jiangsu, escalated tier by tier, resolved by a decision of the symposium', async () => {
    const liaison = await signedIn(JIANGSU);
    await openBoard(liaison);
    await liaison.getByTestId('matter-raise').click();
    await liaison.getByTestId('matter-form-title-zh').fill(TITLE);
    await liaison.getByTestId('matter-form-title-en').fill('Cross-border dead-end roads (E2E)');
    // A liaison raises in the name of its own member only.
    await poll(() => liaison.getByTestId('matter-form-member').textContent()).toContain('江苏');
    await liaison.getByTestId('matter-form-affected').click();
    await pickOption(liaison, '浙江省');
    await closeDropdown(liaison);
    await choose(liaison, 'matter-form-urgency', '紧急');
    await snap(liaison, '20-matter-raise-form');
    await liaison.getByTestId('matter-form-submit').click();
    await liaison.getByTestId('matter-detail').waitFor();
    matterId = (await liaison.getByTestId('matter-detail').getAttribute('data-matter-id')) ?? '';
    expect(matterId).toMatch(/^[0-9a-f-]{36}$/);
    expect(await tier(liaison)).toBe('execution');
    expect(await liaison.getByTestId('matter-members').getAttribute('data-members')).toBe('320000,330000');
    // Only the Office records coordination steps and de-escalates.
    expect(await liaison.getByTestId('matter-coordinate').count()).toBe(0);
    expect(await liaison.getByTestId('matter-deescalate').count()).toBe(0);

    await openBoard(liaison);
    const card = liaison.getByTestId('matter-column-execution').getByTestId(`matter-card-${matterId}`);
    await card.waitFor();
    expect(await card.getAttribute('data-age')).toBe('0');
    expect(await card.getAttribute('data-overdue')).toBe('false');
    await snap(liaison, '21-matters-board-execution');

    await card.click();
    await liaison.getByTestId('matter-detail').waitFor();
    // A reason is required: the form refuses an empty one.
    await liaison.getByTestId('matter-escalate').click();
    await liaison.getByTestId('matter-reason-submit').click();
    await liaison.locator('.ant-form-item-explain-error').first().waitFor();
    await liaison.getByTestId('matter-reason').fill('涉及两省交通规划衔接，执行层无法协调用地指标。');
    await liaison.getByTestId('matter-reason-submit').click();
    await poll(() => tier(liaison)).toBe('coordination');
    await snap(liaison, '22-matter-escalated-by-liaison');
    await liaison.context().close();

    const page = await signedIn(OFFICE);
    await openBoard(page);
    await page.getByTestId('matter-column-coordination').getByTestId(`matter-card-${matterId}`).waitFor();
    expect(await page.getByTestId('matter-column-execution').getByTestId(`matter-card-${matterId}`).count()).toBe(0);
    await snap(page, '23-matters-board-coordination');

    await openMatter(page);
    await page.getByTestId('matter-coordinate').click();
    await page.getByTestId('matter-reason').fill('已召集两省交通运输厅会商，用地指标分歧仍需上报。');
    await page.getByTestId('matter-reason-submit').click();
    await poll(() => timeline(page)).toEqual(['raised:execution', 'escalated:coordination', 'coordinated:']);
    // A second tab, left open at the coordination tier, goes stale.
    const stale = await page.context().newPage();
    await stale.goto(`${baseUrl}/matters/${matterId}`);
    await stale.getByTestId('matter-detail').waitFor();
    await escalate(page, '联席会议未能就用地指标达成一致，提请主要领导座谈会明确。');
    await poll(() => tier(page)).toBe('decision');
    // The stale tab still offers escalation; the server refuses it and the page says why.
    await escalate(stale, '再次提级');
    await poll(() => stale.getByTestId('matter-action-error').textContent()).toMatch(/决策层/);
    await snap(stale, '23b-matter-escalation-refused');
    await stale.getByTestId('matter-action-reload').click();
    await poll(() => tier(stale)).toBe('decision');
    await stale.close();
    expect(await page.getByTestId('matter-escalate').count()).toBe(0);
    await page.getByTestId('matter-deadline-decision').waitFor();
    expect(await page.getByTestId('matter-deadline-decision').getAttribute('data-current')).toBe('true');

    // The symposium decides (recorded through the API: the meeting screens are another journey's).
    meetingId = (await office.call<{ id: string }>('POST', '/api/v1/meetings', {
      type: 'annual_symposium', tier: 'decision', startsAt: '2026-06-05T01:00:00Z', endsAt: '2026-06-05T09:00:00Z', titleZh: '长三角主要领导座谈会（E2E）',
    })).id;
    const decisionId = (await office.call<{ id: string }>('POST', `/api/v1/meetings/${meetingId}/decisions`, {
      titleZh: '明确打通沪苏浙省际断头路', effects: [{ kind: 'resolve_matter', matterId }],
    })).id;

    await openMatter(page);
    expect(await page.getByTestId('matter-status').getAttribute('data-status')).toBe('resolved');
    expect(await page.getByTestId('matter-decision-link').getAttribute('href')).toBe(`/decisions/${decisionId}`);
    expect(await timeline(page)).toEqual(['raised:execution', 'escalated:coordination', 'coordinated:', 'escalated:decision', 'resolved:']);
    expect(await page.getByTestId('matter-escalate').count()).toBe(0);
    await snap(page, '24-matter-resolved');

    await openBoard(page);
    expect(await page.getByTestId(`matter-card-${matterId}`).count()).toBe(0);
    await page.getByTestId('matters-view-list').click();
    await choose(page, 'matters-filter-status', '已解决');
    await page.getByTestId(`matter-row-${matterId}`).waitFor();
    await snap(page, '25-matters-list-resolved');
    await page.context().close();
  });

  it('the Office raises a matter for a working group, escalates it and sends it back down; a liaison not party to it cannot escalate', async () => {
    const page = await signedIn(OFFICE);
    await openBoard(page);
    await page.getByTestId('matter-raise').click();
    await page.getByTestId('matter-form-title-zh').fill('太湖蓝藻应急联动物资调配（E2E）');
    await page.getByTestId('matter-form-raiser-kind').getByText('工作组或机构').click();
    await choose(page, 'matter-form-body', '生态环境共保联治专题合作组');
    await page.getByTestId('matter-form-affected').click();
    await pickOption(page, /^浙江省$/);
    await pickOption(page, /^安徽省$/);
    await closeDropdown(page);
    await page.getByTestId('matter-form-submit').click();
    await page.getByTestId('matter-detail').waitFor();
    const id = (await page.getByTestId('matter-detail').getAttribute('data-matter-id')) ?? '';
    expect(await page.getByTestId('matter-raised-by').textContent()).toBe('生态环境共保联治专题合作组');
    expect(await page.getByTestId('matter-members').getAttribute('data-members')).toBe('330000,340000');
    expect(await page.getByTestId('matter-deescalate').count()).toBe(0);
    await escalate(page, '需两省应急管理部门协调。');
    await poll(() => tier(page)).toBe('coordination');
    // The Office may withdraw any open matter.
    expect(await page.getByTestId('matter-withdraw').count()).toBe(1);
    await page.getByTestId('matter-deescalate').click();
    await page.getByTestId('matter-reason').fill('两省已同意在专题合作组层面解决。');
    await page.getByTestId('matter-reason-submit').click();
    await poll(() => tier(page)).toBe('execution');
    expect(await timeline(page)).toEqual(['raised:execution', 'escalated:coordination', 'de_escalated:execution']);
    await snap(page, '25b-matter-de-escalated');
    await page.context().close();

    // Jiangsu is not party to it: the liaison reads it but is offered no escalation.
    const liaison = await signedIn(JIANGSU);
    await liaison.goto(`${baseUrl}/matters/${id}`);
    await liaison.getByTestId('matter-detail').waitFor();
    expect(await liaison.getByTestId('matter-escalate').count()).toBe(0);
    // Nor may it withdraw a matter a working group raised: only the Office may.
    expect(await liaison.getByTestId('matter-withdraw').count()).toBe(0);
    await liaison.context().close();
  });

  it('a Jiangsu editor raises a matter for Jiangsu; the Jiangsu liaison withdraws it with a reason, a Zhejiang liaison party to it cannot', async () => {
    const WITHDRAWN = '苏浙交界处跨界河道保洁责任划分（E2E）';
    const editor = await signedIn(JIANGSU_EDITOR);
    await openBoard(editor);
    // Demo matters on the board carry the demo tag.
    const demoCard = editor.locator('[data-testid^="matter-card-"][data-demo="true"]').first();
    await demoCard.waitFor();
    expect(await demoCard.getByTestId('demo-tag').count()).toBe(1);
    expect(await editor.locator('[data-testid^="matter-card-"][data-demo="false"]').getByTestId('demo-tag').count()).toBe(0);

    await editor.getByTestId('matter-raise').click();
    await editor.getByTestId('matter-form-title-zh').fill(WITHDRAWN);
    // The editor's own member is fixed.
    await poll(() => editor.getByTestId('matter-form-member').textContent()).toContain('江苏');
    expect(await editor.getByTestId('matter-form-member').evaluate((el) => el.closest('.ant-select')?.classList.contains('ant-select-disabled') ?? false)).toBe(true);
    await editor.getByTestId('matter-form-affected').click();
    await pickOption(editor, /^浙江省$/);
    await closeDropdown(editor);
    await snap(editor, '25c-matter-raised-by-editor-form');
    await editor.getByTestId('matter-form-submit').click();
    await editor.getByTestId('matter-detail').waitFor();
    const id = (await editor.getByTestId('matter-detail').getAttribute('data-matter-id')) ?? '';
    expect(id).toMatch(/^[0-9a-f-]{36}$/);
    expect(await editor.getByTestId('matter-raised-by').textContent()).toContain('江苏');
    expect(await editor.getByTestId('matter-members').getAttribute('data-members')).toBe('320000,330000');
    // An editor raises, but neither escalates nor withdraws.
    expect(await editor.getByTestId('matter-escalate').count()).toBe(0);
    expect(await editor.getByTestId('matter-withdraw').count()).toBe(0);
    expect(await editor.getByTestId('demo-tag').count()).toBe(0);

    // The board card and the list row name every member party to it.
    await openBoard(editor);
    const card = editor.getByTestId('matter-column-execution').getByTestId(`matter-card-${id}`);
    await card.waitFor();
    expect(await card.getAttribute('data-members')).toBe('320000,330000');
    expect(await card.getByTestId('matter-card-members').textContent()).toMatch(/江苏.*浙江/);
    await editor.getByTestId('matters-view-list').click();
    const row = editor.getByTestId(`matter-row-${id}`);
    await row.waitFor();
    expect(await row.getAttribute('data-members')).toBe('320000,330000');
    expect(await row.getByTestId('matter-row-members').textContent()).toMatch(/江苏.*浙江/);
    expect(await editor.locator('[data-testid^="matter-row-"][data-demo="true"]').first().getByTestId('demo-tag').count()).toBe(1);
    await snap(editor, '25d-matters-list-members');
    await editor.context().close();

    // Zhejiang is party to it (and may escalate it) but did not raise it: no withdrawal.
    const zhejiang = await signedIn(ZHEJIANG);
    await zhejiang.goto(`${baseUrl}/matters/${id}`);
    await zhejiang.getByTestId('matter-detail').waitFor();
    await zhejiang.getByTestId('matter-escalate').waitFor();
    expect(await zhejiang.getByTestId('matter-withdraw').count()).toBe(0);
    await zhejiang.context().close();

    const liaison = await signedIn(JIANGSU);
    await liaison.goto(`${baseUrl}/matters/${id}`);
    await liaison.getByTestId('matter-detail').waitFor();
    await liaison.getByTestId('matter-withdraw').click();
    await liaison.getByTestId('matter-withdraw-warning').waitFor();
    // A reason is required.
    await liaison.getByTestId('matter-reason-submit').click();
    await liaison.locator('.ant-form-item-explain-error').first().waitFor();
    const reason = '两地河长办已签订保洁协议，无需再协调。';
    await liaison.getByTestId('matter-reason').fill(reason);
    await snap(liaison, '25e-matter-withdraw-dialog');
    await liaison.getByTestId('matter-reason-submit').click();
    await poll(() => liaison.getByTestId('matter-status').getAttribute('data-status')).toBe('withdrawn');
    expect(await timeline(liaison)).toEqual(['raised:execution', 'withdrawn:']);
    const event = liaison.getByTestId('matter-timeline').locator('[data-testid="matter-event"][data-kind="withdrawn"]');
    expect(await event.getByTestId('matter-event-reason').textContent()).toBe(reason);
    expect(await event.textContent()).toContain('撤回');
    // People, not ids: the actor's display name (the username stays on hover).
    expect(await event.textContent()).toContain('江苏联络员（事项 E2E）');
    expect(await liaison.getByTestId('matter-withdrawn-reason').textContent()).toBe(reason);
    expect(await liaison.getByTestId('matter-withdraw').count()).toBe(0);
    expect(await liaison.getByTestId('matter-escalate').count()).toBe(0);
    await snap(liaison, '25f-matter-withdrawn');
    // Off the board; in the list as withdrawn.
    await openBoard(liaison);
    expect(await liaison.getByTestId(`matter-card-${id}`).count()).toBe(0);
    await liaison.getByTestId('matters-view-list').click();
    await choose(liaison, 'matters-filter-status', '已撤回');
    await poll(() => liaison.getByTestId(`matter-row-${id}`).getAttribute('data-status')).toBe('withdrawn');
    await liaison.context().close();
  });

  it('the Office records an agreement signed at the symposium, with a clause carried by a task, and puts it in force', async () => {
    const planId = (await office.call<{ id: string }>('POST', '/api/v1/plans', {
      kind: 'implementation', code: 'E2E-MM', titleZh: '省际断头路专项实施方案（E2E）', titleEn: 'Dead-end roads implementation plan (E2E)',
      periodStart: '2026-01-01', periodEnd: '2027-12-31', reportingCadence: 'quarterly',
    })).id;
    taskId = (await office.call<{ id: string }>('POST', '/api/v1/tasks', {
      planId, code: 'MM7', titleZh: '省际断头路项目前期工作（E2E）', titleEn: 'Preliminary work on the dead-end roads (E2E)', leadMemberCode: '320000', dueDate: '2027-06-30',
    })).id;

    const page = await signedIn(OFFICE);
    await page.getByTestId('nav-agreements').click();
    await page.getByTestId('agreements-table').waitFor();
    await page.getByTestId('agreement-create').click();
    await page.getByTestId('agreement-form-title-zh').fill('沪苏浙省际交通互联互通合作协议（E2E）');
    await page.getByTestId('agreement-form-members').click();
    await pickOption(page, '上海市');
    await pickOption(page, '江苏省');
    await pickOption(page, '浙江省');
    await closeDropdown(page);
    await choose(page, 'agreement-form-meeting', '长三角主要领导座谈会（E2E）');
    await page.getByTestId('agreement-form-term-start').click();
    await page.getByTestId('agreement-form-term-start').fill('2026-07-01');
    await page.keyboard.press('Enter');
    await page.getByTestId('agreement-form-term-end').click();
    await page.getByTestId('agreement-form-term-end').fill('2029-06-30');
    await page.keyboard.press('Enter');
    await page.getByTestId('agreement-form-add-clause').click();
    await page.getByTestId('agreement-form-clause-0-zh').fill('三方共同推进省际断头路项目前期工作。');
    await page.getByTestId('agreement-form-clause-0-tasks').click();
    await page.keyboard.type('MM7');
    await pickOption(page, '省际断头路项目前期工作');
    await closeDropdown(page);
    await snap(page, '26-agreement-form');
    await page.getByTestId('agreement-form-submit').click();

    await page.getByTestId('agreement-detail').waitFor();
    const agreementId = (await page.getByTestId('agreement-detail').getAttribute('data-agreement-id')) ?? '';
    expect(await page.getByTestId('agreement-status').getAttribute('data-status')).toBe('draft');
    expect(await page.getByTestId('agreement-parties').locator('[data-party]').evaluateAll((n) => n.map((e) => e.getAttribute('data-party')))).toEqual(['310000', '320000', '330000']);
    expect(await page.getByTestId('agreement-meeting-link').getAttribute('href')).toBe(`/meetings/${meetingId}`);
    const task = page.getByTestId(`agreement-clause-task-${taskId}`);
    await task.waitFor();
    expect(await task.getByTestId('agreement-task-link').getAttribute('href')).toBe(`/tasks/${taskId}`);

    for (const to of ['signed', 'in_force'] as const) {
      await page.getByTestId(`agreement-transition-${to}`).click();
      await page.getByTestId('agreement-transition-submit').click();
      await poll(() => page.getByTestId('agreement-status').getAttribute('data-status')).toBe(to);
    }
    expect(await page.getByTestId('agreement-transition-expired').count()).toBe(1);
    await snap(page, '27-agreement-in-force');

    await page.goto(`${baseUrl}/agreements?status=in_force`);
    const row = page.getByTestId(`agreement-row-${agreementId}`);
    await row.waitFor();
    // The list names the parties of each agreement.
    expect(await row.getByTestId('agreement-row-parties').getAttribute('data-parties')).toBe('310000,320000,330000');
    expect(await row.getByTestId('agreement-row-parties').textContent()).toMatch(/上海.*江苏.*浙江/);
    // An agreement in force expires by itself after its term: the detail says so.
    await row.getByTestId('agreement-link').click();
    await poll(() => page.getByTestId('agreement-expiry').getAttribute('data-auto-expiry')).toBe('true');
    expect(await page.getByTestId('agreement-auto-expiry').textContent()).toContain('2029-06-30');
    await page.goto(`${baseUrl}/agreements?status=in_force`);
    await row.waitFor();

    // The same screens in English.
    await page.getByTestId('language-switch').click();
    const english = page.getByText('English', { exact: true });
    if (await english.count()) await english.first().click();
    await poll(() => page.getAttribute('html', 'lang')).toBe('en');
    await poll(() => page.getByTestId('nav-agreements').textContent()).toBe('Agreements');
    await page.getByTestId('agreement-link').first().click();
    await poll(() => page.getByTestId('agreement-status').textContent()).toBe('In force');
    // Clause tasks in English on English pages.
    await poll(() => page.getByTestId(`agreement-clause-task-${taskId}`).getByTestId('agreement-task-link').textContent()).toBe('MM7 Preliminary work on the dead-end roads (E2E)');
    await snap(page, '28-agreement-en');
    await openMatter(page);
    await poll(() => page.getByTestId('matter-status').textContent()).toBe('Resolved');
    // The decision's title is read after the matter: wait for it rather than for the placeholder.
    await poll(() => page.getByTestId('matter-decision-link').textContent()).toBe('明确打通沪苏浙省际断头路');
    await snap(page, '29-matter-resolved-en');
    await page.getByTestId('nav-matters').click();
    await page.getByTestId('matters-view-list').click();
    await page.getByTestId(`matter-row-${matterId}`).waitFor();
    await snap(page, '30-matters-list-en');
    await page.context().close();
  });
});
