/**
 * Ant Design selects in journeys. A click that lands while a dropdown is still
 * opening or closing may pick nothing (the select keeps its old value, or stays
 * disabled for what depends on it), so a pick is checked and retried.
 */
import type { Locator, Page } from 'playwright-core';
import { snap } from './browser.ts';

export async function pickOption(page: Page, select: Locator, text: RegExp, name: string): Promise<void> {
  const option = page.locator('.ant-select-dropdown:visible .ant-select-item-option').filter({ hasText: text }).first();
  for (let attempt = 0; attempt < 3; attempt++) {
    await select.click();
    await option.click({ timeout: 8_000 }).catch(() => undefined);
    for (let wait = 0; wait < 10; wait++) {
      if (text.test((await select.textContent()) ?? '')) return;
      await page.waitForTimeout(200);
    }
  }
  await snap(page, `pick-failed-${name}`);
  throw new Error(`Could not pick ${String(text)} in ${name}`);
}
