/**
 * HTML → PDF through Debian's chromium driven by playwright-core. One browser
 * is launched lazily and shared (launching costs ~1 s); every job gets its own
 * context, closed afterwards, so no state passes between prints. The page has
 * no script and no network: every request it tries is aborted, so a record's
 * text can never fetch or run anything.
 */
import fs from 'node:fs';
import { chromium, type Browser } from 'playwright-core';
import { printingErrors } from './printing.errors.ts';

/** YRD_CHROMIUM_PATH overrides where the browser is (default: Debian's package). */
export function chromiumPath(): string {
  return process.env.YRD_CHROMIUM_PATH || '/usr/bin/chromium';
}

export function chromiumAvailable(): boolean {
  try {
    fs.accessSync(chromiumPath(), fs.constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

const HEADER = { zh: '长三角区域合作办公室', en: 'Yangtze River Delta Regional Cooperation Office' };

let launching: Promise<Browser> | undefined;

async function browser(): Promise<Browser> {
  if (!chromiumAvailable()) throw printingErrors.chromiumMissing(chromiumPath());
  launching ??= chromium
    .launch({
      executablePath: chromiumPath(),
      headless: true,
      args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    })
    .then((b) => {
      // A crashed browser is launched again by the next job.
      b.on('disconnected', () => { launching = undefined; });
      return b;
    })
    .catch((error: unknown) => {
      launching = undefined;
      throw printingErrors.chromiumMissing(chromiumPath(), error);
    });
  return launching;
}

/** Closes the shared browser (the server's onClose hook); the next print launches it again. */
export async function closeBrowser(): Promise<void> {
  const current = launching;
  launching = undefined;
  if (current) await current.then((b) => b.close()).catch(() => undefined);
}

const esc = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/**
 * Chromium renders header and footer in their own tiny documents: default font
 * size 0, no page CSS, so every style is inline. pageNumber/totalPages are filled in by Chromium.
 */
function templates(lang: 'zh-CN' | 'en', title: string) {
  const font = "font-family:'Noto Sans CJK SC','Noto Serif CJK SC','WenQuanYi Zen Hei',sans-serif;font-size:8pt;color:#555;width:100%;padding:0 15mm;";
  const headerTemplate = `<div style="${font}display:flex;justify-content:space-between;border-bottom:0.5pt solid #999;padding-bottom:2mm;"><span>${esc(HEADER.zh)} · ${esc(HEADER.en)}</span></div>`;
  const pages = lang === 'zh-CN'
    ? '第 <span class="pageNumber"></span> 页 / 共 <span class="totalPages"></span> 页'
    : 'Page <span class="pageNumber"></span> of <span class="totalPages"></span>';
  const footerTemplate = `<div style="${font}display:flex;justify-content:space-between;"><span>${esc(title.slice(0, 80))}</span><span>${pages}</span></div>`;
  return { headerTemplate, footerTemplate };
}

export async function htmlToPdf(html: string, opts: { lang: 'zh-CN' | 'en'; title: string }): Promise<Buffer> {
  const context = await (await browser()).newContext({ javaScriptEnabled: false, offline: true, locale: opts.lang });
  try {
    await context.route('**/*', (route) => route.abort());
    const page = await context.newPage();
    await page.setContent(html, { waitUntil: 'load' });
    const pdf = await page.pdf({
      format: 'A4',
      printBackground: true,
      displayHeaderFooter: true,
      ...templates(opts.lang, opts.title),
      margin: { top: '22mm', bottom: '20mm', left: '15mm', right: '15mm' },
    });
    return Buffer.from(pdf);
  } finally {
    await context.close().catch(() => undefined);
  }
}
