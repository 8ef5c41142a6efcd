/**
 * Minutes through the screens: the Office drafts the minutes of a meeting
 * that people of all four members attended; one member's liaison asks for a
 * change, the Office drafts a revision, every liaison approves their own
 * member's line, and only then does the Office finalise. Finalising earlier
 * is refused — by the disabled button, and by the server's 409 when the page
 * was stale. Also: the Office creates a meeting in the form, the list and the
 * calendar show it, the calendar feed address works, and a decision fixes the
 * next host from the rotation card.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { ADMIN_PASSWORD, ApiClient } from './api.ts';
import { launchBrowser, snap, signedInPage } from './browser.ts';

const baseUrl = inject('baseUrl');
interface Account {
  username: string;
  password: string;
  memberCode?: string;
}
const OFFICE: Account = { username: 'office.minutes.e2e', password: 'Yangtze-Office-Minutes-2026!' };
const LIAISONS: Account[] = [
  { username: 'sh.minutes.e2e', password: 'Shanghai-Liaison-Minutes-2026!', memberCode: '310000' },
  { username: 'js.minutes.e2e', password: 'Jiangsu-Liaison-Minutes-2026!', memberCode: '320000' },
  { username: 'zj.minutes.e2e', password: 'Zhejiang-Liaison-Minutes-2026!', memberCode: '330000' },
  { username: 'ah.minutes.e2e', password: 'Anhui-Liaison-Minutes-2026!', memberCode: '340000' },
];
const [SHANGHAI, JIANGSU, ZHEJIANG, ANHUI] = LIAISONS as [Account, Account, Account, Account];

let browser: Browser;
let office: ApiClient;
let meetingId = '';

async function apiAs(account: Account): Promise<ApiClient> {
  const client = new ApiClient();
  await client.login(account.username, account.password);
  return client;
}

function meetingBody(titleZh: string, members: string[]) {
  return {
    type: 'joint_meeting',
    tier: 'coordination',
    hostMemberCode: '320000',
    hostCityCode: '320100',
    startsAt: '2026-11-20T09:00:00+08:00',
    endsAt: '2026-11-20T12:00:00+08:00',
    venueZh: '南京国际会议中心',
    titleZh,
    titleEn: 'Joint Meeting on Cooperation and Development (E2E)',
    themeZh: '协同推进长三角一体化高质量发展',
    status: 'held',
    participants: members.map((memberCode, i) => ({ nameZh: `参会代表${i + 1}`, titleZh: '发展改革委主任', memberCode, role: i === 0 ? 'presider' : 'attendee' })),
    agenda: [{ titleZh: '审议年度工作计划', titleEn: 'Annual work plan' }, { titleZh: '研究重大事项', titleEn: 'Major matters' }],
  };
}

beforeAll(async () => {
  browser = await launchBrowser();
  const admin = new ApiClient();
  await admin.login('admin', ADMIN_PASSWORD);
  await admin.createUser(OFFICE.username, '区域合作办公室（纪要 E2E）', [{ role: 'office' }], OFFICE.password);
  for (const liaison of LIAISONS) {
    await admin.createUser(liaison.username, `${liaison.memberCode} 联络员（纪要 E2E）`, [{ role: 'liaison', memberCode: liaison.memberCode }], liaison.password);
  }
  office = await apiAs(OFFICE);
  meetingId = (await office.call<{ id: string }>('POST', '/api/v1/meetings', meetingBody('长三角地区合作与发展联席会议（纪要 E2E）', ['310000', '320000', '330000', '340000']))).id;
});
afterAll(async () => {
  await browser?.close();
});

const signedIn = (user: Account) => signedInPage(browser, baseUrl, user);

async function openMeeting(page: Page, id: string) {
  await page.goto(`${baseUrl}/meetings/${id}`);
  await page.getByTestId('minutes-panel').waitFor();
}

/** Waits for a value on a busy machine (expect.poll gives up after one second by default). */
const poll = <T>(read: () => Promise<T>) => expect.poll(read, { timeout: 15_000, interval: 200 });

const verdictOf = (page: Page, memberCode: string) => page.getByTestId(`minutes-approval-${memberCode}`).getAttribute('data-verdict');
const minutesStatus = (page: Page) => page.getByTestId('minutes-status').getAttribute('data-status');
const revision = (page: Page) => page.getByTestId('minutes-revision').getAttribute('data-revision');

async function draftMinutes(page: Page, text: string) {
  await page.getByTestId('minutes-draft').click();
  const body = page.getByTestId('minutes-draft-body-zh');
  await body.fill(text);
  await page.getByTestId('minutes-draft-submit').click();
  await body.waitFor({ state: 'detached' });
}

async function approveAs(liaison: Account, id: string) {
  const page = await signedIn(liaison);
  await openMeeting(page, id);
  // Only the liaison's own member has buttons.
  expect(await page.getByTestId('minutes-verdict-approve').count()).toBe(1);
  await page.getByTestId(`minutes-approval-${liaison.memberCode}`).getByTestId('minutes-verdict-approve').click();
  await poll(() => verdictOf(page, liaison.memberCode!)).toBe('approve');
  return page;
}

const openPopups = (page: Page) => page.locator('.ant-select-dropdown:visible, .ant-picker-dropdown:visible').count();

/** Picks an option of an antd select by its visible text. */
async function choose(page: Page, testId: string, text: RegExp) {
  // No other popup still open or closing: it would take the click meant for this select.
  await poll(() => openPopups(page)).toBe(0).catch(async (failure: unknown) => {
    await snap(page, `popup-left-open-before-${testId}`);
    throw failure;
  });
  await openSelect(page, testId);
  const option = page.locator('.ant-select-dropdown:visible .ant-select-item-option').filter({ hasText: text }).first();
  // A click on an option of a long (virtual) list that is still scrolling into place may select nothing and leave
  // the dropdown open: click it again, a few times, before giving up.
  for (let attempt = 0; ; attempt++) {
    try {
      await option.click({ timeout: 10_000 });
    } catch (failure) {
      await snap(page, `choose-failed-${testId}`);
      throw failure;
    }
    // Closed before the next select opens: a closing dropdown would otherwise offer its options again.
    const closed = await expect.poll(() => openPopups(page), { timeout: 5_000, interval: 200 }).toBe(0).then(() => true, () => false);
    if (closed) return;
    if (attempt === 2) {
      await snap(page, `choose-left-open-${testId}`);
      throw new Error(`The dropdown of ${testId} stayed open after picking ${String(text)}`);
    }
  }
}

/** Clicks a select until its dropdown shows (a click landing while it still settles may not open it). */
async function openSelect(page: Page, testId: string) {
  const dropdown = page.locator('.ant-select-dropdown:visible');
  for (let attempt = 0; attempt < 3; attempt++) {
    await page.getByTestId(testId).click();
    try {
      await dropdown.first().waitFor({ timeout: 3_000 });
      return;
    } catch {
      // not open: click again
    }
  }
  await snap(page, `open-failed-${testId}`);
  throw new Error(`The select ${testId} did not open`);
}

/** The options the select offers now (opened, read, closed again). */
async function optionsOf(page: Page, testId: string): Promise<string[]> {
  await poll(() => openPopups(page)).toBe(0);
  await openSelect(page, testId);
  const options = page.locator('.ant-select-dropdown:visible .ant-select-item-option');
  await options.first().waitFor();
  const texts = await options.allTextContents();
  await page.keyboard.press('Escape');
  await poll(() => openPopups(page)).toBe(0);
  return texts;
}

async function pickDateTime(page: Page, testId: string, value: string) {
  const input = page.getByTestId(testId);
  await input.click();
  await input.fill(value);
  await input.press('Enter');
  await poll(() => openPopups(page)).toBe(0);
}

describe('minutes journeys', () => {
  it('four members approve the minutes (one after a change request and a revision); then the Office finalises', async () => {
    const officePage = await signedIn(OFFICE);
    await openMeeting(officePage, meetingId);
    expect(await officePage.getByTestId('minutes-finalise').count()).toBe(0);
    await draftMinutes(officePage, '会议听取了年度工作计划执行情况汇报，原则同意《长三角地区一体化发展三年行动计划》年度安排。');
    await poll(() => minutesStatus(officePage)).toBe('draft');
    expect(await revision(officePage)).toBe('1');
    for (const code of ['310000', '320000', '330000', '340000']) expect(await verdictOf(officePage, code)).toBe('pending');
    // Nobody approved yet: the button is refused, and so is the API.
    expect(await officePage.getByTestId('minutes-finalise').isDisabled()).toBe(true);
    await expect(office.call('POST', `/api/v1/meetings/${meetingId}/minutes/finalise`)).rejects.toThrow(/409.*尚有成员未同意纪要/);
    await snap(officePage, '40-minutes-drafted');

    // Shanghai asks for a change.
    const shanghai = await signedIn(SHANGHAI);
    await openMeeting(shanghai, meetingId);
    expect(await shanghai.getByTestId('minutes-draft').count()).toBe(0);
    expect(await shanghai.getByTestId('minutes-finalise').count()).toBe(0);
    await shanghai.getByTestId('minutes-approval-310000').getByTestId('minutes-verdict-request-change').click();
    await shanghai.getByTestId('minutes-verdict-comment').fill('请在第二段补充上海牵头的科创协同任务。');
    // Esc with a typed comment asks first; keeping it leaves the comment in the box.
    await shanghai.keyboard.press('Escape');
    await shanghai.getByTestId('unsaved-keep').click();
    expect(await shanghai.getByTestId('minutes-verdict-comment').inputValue()).toBe('请在第二段补充上海牵头的科创协同任务。');
    await shanghai.getByTestId('minutes-verdict-submit').click();
    await poll(() => verdictOf(shanghai, '310000')).toBe('request_change');
    await snap(shanghai, '41-minutes-change-requested');
    await shanghai.context().close();

    // Jiangsu approves the first draft; the revision will ask it again.
    await (await approveAs(JIANGSU, meetingId)).context().close();

    await openMeeting(officePage, meetingId);
    await poll(() => officePage.getByTestId('minutes-approval-310000').textContent()).toContain('请在第二段补充上海牵头的科创协同任务');
    expect(await officePage.getByTestId('minutes-finalise').isDisabled()).toBe(true);
    await draftMinutes(officePage, '会议听取了年度工作计划执行情况汇报，原则同意年度安排。\n会议要求上海牵头推进科创协同任务，按季度报送进展。');
    await poll(() => revision(officePage)).toBe('2');
    for (const code of ['310000', '320000', '330000', '340000']) expect(await verdictOf(officePage, code)).toBe('pending');

    for (const liaison of [SHANGHAI, JIANGSU, ZHEJIANG]) await (await approveAs(liaison, meetingId)).context().close();
    await openMeeting(officePage, meetingId);
    await poll(() => officePage.getByTestId('minutes-approved-count').getAttribute('data-approved')).toBe('3');
    expect(await officePage.getByTestId('minutes-finalise').isDisabled()).toBe(true);
    await snap(officePage, '42-minutes-three-of-four');

    const anhui = await approveAs(ANHUI, meetingId);
    await snap(anhui, '43-minutes-all-approved');
    await anhui.context().close();

    await openMeeting(officePage, meetingId);
    await poll(() => officePage.getByTestId('minutes-finalise').isEnabled()).toBe(true);
    await officePage.getByTestId('minutes-finalise').click();
    await officePage.getByTestId('minutes-finalise-confirm').click();
    await poll(() => minutesStatus(officePage)).toBe('final');
    expect(await officePage.getByTestId('minutes-draft').isDisabled()).toBe(true);
    await officePage.getByTestId('minutes-history').locator('.ant-collapse-header').click();
    await poll(() => officePage.getByTestId('minutes-version-1').getAttribute('data-status')).toBe('superseded');
    expect(await officePage.getByTestId('minutes-version-2').getAttribute('data-status')).toBe('final');
    await snap(officePage, '44-minutes-final');

    // A liaison sees the final minutes and has nothing left to approve.
    const zhejiang = await signedIn(ZHEJIANG);
    await openMeeting(zhejiang, meetingId);
    expect(await minutesStatus(zhejiang)).toBe('final');
    expect(await zhejiang.getByTestId('minutes-verdict-approve').count()).toBe(0);
    await zhejiang.context().close();
    await officePage.context().close();
    // Six sign-ins and a dozen page loads: longer than one screen's journey.
  }, 240_000);

  it("a stale page's finalise is refused by the server with its 409 message", async () => {
    const id = (await office.call<{ id: string }>('POST', '/api/v1/meetings', meetingBody('党委和政府秘书长座谈会（纪要 E2E）', ['310000', '330000']))).id;
    await office.call('POST', `/api/v1/meetings/${id}/minutes`, { bodyZh: '会议研究了秘书长座谈会议定事项。' });
    const shanghai = await apiAs(SHANGHAI);
    await shanghai.call('POST', `/api/v1/meetings/${id}/minutes/verdicts`, { memberCode: '310000', verdict: 'approve' });
    await (await apiAs(ZHEJIANG)).call('POST', `/api/v1/meetings/${id}/minutes/verdicts`, { memberCode: '330000', verdict: 'approve' });

    const page = await signedIn(OFFICE);
    await openMeeting(page, id);
    await poll(() => page.getByTestId('minutes-finalise').isEnabled()).toBe(true);
    // Meanwhile Shanghai changes its mind.
    await shanghai.call('POST', `/api/v1/meetings/${id}/minutes/verdicts`, { memberCode: '310000', verdict: 'request_change', comment: '请核对议定事项的表述。' });
    await page.getByTestId('minutes-finalise').click();
    await page.getByTestId('minutes-finalise-confirm').click();
    await poll(() => page.getByTestId('minutes-error').textContent()).toContain('尚有成员未同意纪要');
    expect(await minutesStatus(page)).toBe('draft');
    await snap(page, '45-minutes-finalise-refused');
    await page.context().close();
  });

  it('the Office creates a meeting in the form; list, calendar and feed show it; a decision fixes the next host', async () => {
    const page = await signedIn(OFFICE);
    await page.getByTestId('nav-meetings').click();
    await page.getByTestId('meetings-table').waitFor();
    await page.getByTestId('meeting-create').click();
    await choose(page, 'meeting-form-type', /专题工作组会议/);
    await page.getByTestId('meeting-form-title-zh').fill('生态环境专题工作组会议（E2E）');
    await page.getByTestId('meeting-form-title-en').fill('Ecology working group (E2E)');
    await pickDateTime(page, 'meeting-form-start', '2026-12-15 09:00');
    await pickDateTime(page, 'meeting-form-end', '2026-12-15 11:30');
    // The host city is one of the host member's cities; changing the member clears a city outside it.
    await choose(page, 'meeting-form-host-member', /江苏/);
    const jiangsuCities = await optionsOf(page, 'meeting-form-host-city');
    expect(jiangsuCities).toContain('苏州市');
    expect(jiangsuCities).not.toContain('合肥市');
    await choose(page, 'meeting-form-host-city', /^苏州市$/);
    await choose(page, 'meeting-form-host-member', /安徽/);
    await poll(() => page.getByTestId('meeting-form-host-city').textContent()).not.toContain('苏州');
    // Cleared, not flagged: the emptied city is no error.
    expect(await page.locator('.ant-form-item-explain-error').filter({ hasText: '承办城市须属于承办成员方' }).count()).toBe(0);
    await choose(page, 'meeting-form-host-city', /^合肥市$/);
    expect(await page.getByTestId('meeting-form-host-city').textContent()).toContain('合肥市');
    await page.getByTestId('meeting-form-participant-add').click();
    await page.getByTestId('participant-name-0').fill('王某某');
    await choose(page, 'participant-member-0', /安徽/);
    await page.getByTestId('meeting-form-agenda-add').click();
    await page.getByTestId('agenda-title-0').fill('太湖流域水环境综合治理');
    await snap(page, '46-meeting-form');
    await page.getByTestId('meeting-form-submit').click();
    await page.getByTestId('meeting-detail').waitFor();
    expect(await page.getByTestId('meeting-title').textContent()).toContain('生态环境专题工作组会议（E2E）');
    expect(await page.getByTestId('meeting-when').textContent()).toBe('2026-12-15 09:00 – 11:30');
    expect(await page.getByTestId('meeting-agenda').textContent()).toContain('太湖流域水环境综合治理');
    const createdId = (await page.getByTestId('meeting-detail').getAttribute('data-meeting-id'))!;

    // Changed afterwards (version-checked) and given a paper.
    await page.getByTestId('meeting-edit').click();
    await page.getByTestId('meeting-form-theme-zh').fill('太湖流域水环境协同治理');
    await page.getByTestId('meeting-form-submit').click();
    await poll(() => page.getByTestId('meeting-facts').textContent()).toContain('太湖流域水环境协同治理');
    await page.getByTestId('document-title').fill('会议议程');
    await page.getByTestId('meeting-documents').locator('input[type=file]').setInputFiles({
      name: 'agenda.txt', mimeType: 'text/plain', buffer: Buffer.from('一、太湖流域水环境综合治理\n'),
    });
    await poll(() => page.getByTestId('meeting-documents').textContent()).toContain('会议议程');

    await page.goto(`${baseUrl}/meetings?year=2026&tier=execution`);
    await page.getByTestId(`meeting-row-${createdId}`).waitFor();
    expect(await page.getByTestId(`meeting-row-${meetingId}`).count()).toBe(0);

    // The 2024 records: the symposium with its parallel sessions and site visits under it.
    await page.goto(`${baseUrl}/meetings?year=2024`);
    const symposiumRow = page.locator('[data-testid^="meeting-row-"]').filter({ hasText: '2024年度长三角地区主要领导座谈会' });
    await symposiumRow.locator('.ant-table-row-expand-icon').click();
    await poll(() => page.getByTestId('meetings-table').textContent()).toContain('考察中国眼谷');
    await snap(page, '49-meetings-list-2024');

    await page.goto(`${baseUrl}/meetings/calendar?month=2026-12`);
    await page.getByTestId(`calendar-meeting-${createdId}`).waitFor();
    expect(await page.getByTestId('calendar-day-2026-12-15').textContent()).toContain('生态环境专题工作组会议');
    await page.getByTestId('calendar-feed-button').click();
    await page.getByTestId('calendar-token-issue').click();
    const feedUrl = (await page.getByTestId('calendar-token-url').textContent())!;
    await snap(page, '47-meetings-calendar-feed');
    const feed = await fetch(feedUrl);
    expect(feed.headers.get('content-type')).toContain('text/calendar');
    expect(await feed.text()).toContain('生态环境专题工作组会议（E2E）');
    const published = (await page.getByTestId('calendar-published-link').getAttribute('href'))!;
    expect((await fetch(published)).status).toBe(200);
    await page.keyboard.press('Escape');

    // The 2024 symposium from the records: its sessions, and the host the rotation proposes.
    const symposia = await office.call<{ items: { id: string; startsAt: string }[] }>('GET', '/api/v1/meetings?type=annual_symposium');
    const symposium = symposia.items.find((m) => m.startsAt.startsWith('2024-06-05'))!;
    await openMeeting(page, symposium.id);
    await page.getByTestId('host-rotation').waitFor();
    expect(await page.getByTestId('meeting-site-visits').textContent()).toContain('考察三垟湿地');
    const nextYear = await page.getByTestId('host-rotation-next').getAttribute('data-year');
    const nextMember = await page.getByTestId('host-rotation-next').getAttribute('data-member');
    await page.getByTestId('host-rotation-fix').click();
    await page.getByTestId('decision-form-title-zh').fill(`确定 ${nextYear} 年度主要领导座谈会承办方（E2E）`);
    await page.getByTestId('decision-form-submit').click();
    const item = page.getByTestId('meeting-decisions').locator('[data-testid^="decision-item-"]').filter({ hasText: '承办方（E2E）' });
    await item.waitFor();
    await poll(() => item.getByTestId('decision-effect-fix_next_host').count()).toBe(1);
    await item.getByTestId('decision-link').click();
    await page.getByTestId('decision-detail').waitFor();
    expect(await page.getByTestId('decision-effect-fix_next_host').textContent()).toContain(nextYear!);
    await snap(page, '48-decision-detail');
    // The rotation now proposes the member after the one just fixed.
    const next = await office.call<{ year: number; lastHost: { year: number; memberCode: string } }>('GET', '/api/v1/host-rotation/next');
    expect(next.lastHost).toEqual({ year: Number(nextYear), memberCode: nextMember });
    await page.context().close();
  });

  it('the Office records a decision that creates tasks; a liaison sees them and the implementation rolled up from them', async () => {
    const plans = await office.call<{ items: { id: string; code: string; status: string }[] }>('GET', '/api/v1/plans?limit=200');
    const plan = plans.items.find((p) => p.status !== 'closed')!;
    const officePage = await signedIn(OFFICE);
    await openMeeting(officePage, meetingId);
    await officePage.getByTestId('decision-record').click();
    await officePage.getByTestId('decision-form-title-zh').fill('联席会议议定：推进跨省断头路建设（E2E）');
    await officePage.getByTestId('decision-effect-add').click();
    await choose(officePage, 'decision-effect-kind-0', /形成任务/);
    await choose(officePage, 'decision-effect-plan-0', new RegExp(`^${plan.code.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')} `));
    const tasks = [
      { code: 'M4-1', title: '打通沪苏省界断头路（E2E）', lead: /江苏/ },
      { code: 'M4-2', title: '打通浙皖省界断头路（E2E）', lead: /安徽/ },
    ];
    for (const [i, task] of tasks.entries()) {
      await officePage.getByTestId('decision-task-add-0').click();
      await officePage.getByTestId(`decision-task-code-0-${i}`).fill(task.code);
      await officePage.getByTestId(`decision-task-title-0-${i}`).fill(task.title);
      await choose(officePage, `decision-task-lead-0-${i}`, task.lead);
    }
    await snap(officePage, '4a-decision-form');
    await officePage.getByTestId('decision-form-submit').click();
    const recorded = officePage.getByTestId('meeting-decisions').locator('[data-testid^="decision-item-"]').filter({ hasText: '推进跨省断头路建设' });
    await recorded.waitFor();
    const decisionId = (await recorded.getAttribute('data-testid'))!.replace('decision-item-', '');
    await officePage.context().close();

    const page = await signedIn(ANHUI);
    await openMeeting(page, meetingId);
    const item = page.getByTestId(`decision-item-${decisionId}`);
    await poll(() => item.getByTestId('decision-effect-create_tasks').textContent()).toContain('M4-2');
    expect(await page.getByTestId('decision-record').count()).toBe(0);
    await item.getByTestId('decision-link').click();
    await page.getByTestId('decision-detail').waitFor();
    expect(await page.getByTestId('decision-implementation').getAttribute('data-progress')).toBe('0');
    expect(await page.locator('[data-testid^="decision-task-"]').count()).toBe(2);
    expect(await page.getByTestId('decision-effects').textContent()).toContain(plan.code);
    await snap(page, '4b-decision-tasks');
    await page.context().close();
  });
});
