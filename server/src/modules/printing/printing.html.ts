/**
 * The printed page's HTML: a tagged template that escapes every value it is
 * given (record text can hold `<script>`), and one A4 layout with inline CSS.
 * No script, no external resource: Chromium prints it with both turned off.
 */

/** Markup that is already safe: only `html`…`` and the helpers below make one. */
export class SafeHtml {
  constructor(readonly value: string) {}
  toString(): string {
    return this.value;
  }
}

type Part = SafeHtml | string | number | null | undefined | boolean | readonly Part[];

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}

function render(part: Part): string {
  if (part instanceof SafeHtml) return part.value;
  if (Array.isArray(part)) return part.map(render).join('');
  if (part === null || part === undefined || part === false) return '';
  return escapeHtml(String(part));
}

export function html(strings: TemplateStringsArray, ...values: Part[]): SafeHtml {
  let out = strings[0]!;
  values.forEach((value, i) => { out += render(value) + strings[i + 1]!; });
  return new SafeHtml(out);
}

export type Lang = 'zh-CN' | 'en';

/** The record's text in the page's language, the Chinese one when the English is empty. */
export const pick = (lang: Lang, zh: string | null | undefined, en: string | null | undefined): string => (lang === 'en' && en ? en : (zh ?? ''));
export const t = (lang: Lang, zh: string, en: string) => (lang === 'en' ? en : zh);

export function fmtDate(value: Date | string | null | undefined, timeZone = 'Asia/Shanghai'): string {
  if (!value) return '—';
  if (typeof value === 'string') return value.slice(0, 10);
  return new Intl.DateTimeFormat('sv-SE', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(value);
}

export function fmtDateTime(value: Date | null | undefined, timeZone = 'Asia/Shanghai'): string {
  if (!value) return '—';
  return new Intl.DateTimeFormat('sv-SE', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit' }).format(value);
}

/** A two-column table of facts (label, value). */
export function facts(rows: [string, Part][]): SafeHtml {
  return html`<table class="facts">${rows.map(([label, value]) => html`<tr><th>${label}</th><td>${value}</td></tr>`)}</table>`;
}

/** A table with a header row; an empty list says so instead of printing an empty table. */
export function table(lang: Lang, head: string[], rows: Part[][]): SafeHtml {
  if (rows.length === 0) return html`<p class="none">${t(lang, '（无）', '(none)')}</p>`;
  return html`<table class="grid"><thead><tr>${head.map((h) => html`<th>${h}</th>`)}</tr></thead><tbody>${rows.map((r) => html`<tr>${r.map((c) => html`<td>${c}</td>`)}</tr>`)}</tbody></table>`;
}

/** Multi-line record text: paragraphs kept, still escaped. */
export function paragraphs(text: string | null | undefined): SafeHtml {
  const parts = (text ?? '').split(/\n{2,}/).map((p) => p.trim()).filter(Boolean);
  return html`${parts.map((p) => html`<p>${p.split('\n').map((line, i) => (i === 0 ? html`${line}` : html`<br>${line}`))}</p>`)}`;
}

const CSS = `
@page { size: A4; }
body { font-family: 'Noto Serif CJK SC', 'Noto Sans CJK SC', 'WenQuanYi Zen Hei', serif; font-size: 10.5pt; line-height: 1.6; color: #111; margin: 0; }
h1 { font-family: 'Noto Sans CJK SC', 'WenQuanYi Zen Hei', sans-serif; font-size: 18pt; text-align: center; margin: 0 0 2mm; }
.subtitle { text-align: center; color: #444; margin: 0 0 6mm; }
h2 { font-family: 'Noto Sans CJK SC', 'WenQuanYi Zen Hei', sans-serif; font-size: 13pt; border-bottom: 1pt solid #333; margin: 6mm 0 2mm; padding-bottom: 1mm; }
table { border-collapse: collapse; width: 100%; margin: 2mm 0; page-break-inside: auto; }
tr { page-break-inside: avoid; }
th, td { border: 0.5pt solid #777; padding: 1.2mm 2mm; vertical-align: top; text-align: left; }
.facts th { width: 28%; background: #f2f2f2; font-weight: 600; }
.grid thead th { background: #e8e8e8; }
.none { color: #666; }
.demo { text-align: center; color: #b00; font-weight: 600; }
.stamp { margin-top: 12mm; text-align: right; }
.printed { color: #666; font-size: 8.5pt; margin-top: 8mm; }
`;

/** The whole document: title, optional subtitle, a demo label when the record is demo data, the body. */
export function documentOf(lang: Lang, doc: { title: string; subtitle?: string; isDemo?: boolean; printedAt: Date; body: SafeHtml }): string {
  return html`<!DOCTYPE html><html lang="${lang}"><head><meta charset="utf-8"><title>${doc.title}</title><style>${new SafeHtml(CSS)}</style></head><body>
<h1>${doc.title}</h1>${doc.subtitle ? html`<p class="subtitle">${doc.subtitle}</p>` : ''}${doc.isDemo ? html`<p class="demo">${t(lang, '演示数据', 'Demo data')}</p>` : ''}
${doc.body}
<p class="printed">${t(lang, '打印时间：', 'Printed: ')}${fmtDateTime(doc.printedAt)}</p>
</body></html>`.value;
}
