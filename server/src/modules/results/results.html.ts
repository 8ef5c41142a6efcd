/**
 * The report's blocks as HTML: the printed PDF (A4, through the printing module's Chromium) and
 * the portal's public copy. Every value goes through the escaping `html` template.
 *
 * The public copy keeps the narratives, the headline figures and the tables that only count
 * (focus areas, members, the index); tables that name records (tasks, meetings, agreements, …) and
 * the appendix stay out, since each such record reaches the public only through its own publication.
 */
import { documentOf, html, SafeHtml, t, type Lang } from '../printing/printing.html.ts';
import { formatNumber } from './results.models.ts';
import type { ReportBlock, ResultsReport } from './results.schemas.ts';

const cell = (lang: Lang, value: string | number | null) => (value === null ? '—' : typeof value === 'number' ? formatNumber(lang, value) : value);

function narrativeHtml(lang: Lang, text: string) {
  if (!text.trim()) return html`<p class="none">${t(lang, '（尚未撰写）', '(Not written yet)')}</p>`;
  return html`${text.split(/\n{2,}/).map((p) => p.trim()).filter(Boolean).map((p) => html`<p class="narrative">${p.split('\n').map((line, i) => (i === 0 ? html`${line}` : html`<br>${line}`))}</p>`)}`;
}

function blockHtml(lang: Lang, block: ReportBlock, publicCopy: boolean): SafeHtml | '' {
  switch (block.type) {
    case 'heading':
      return block.level === 1 ? html`<h2 id="${block.anchor}">${block.text}</h2>` : html`<h3 id="${block.anchor}">${block.text}</h3>`;
    case 'paragraph':
      return html`<p>${block.text}</p>`;
    case 'note':
      return html`<p class="note">${block.text}</p>`;
    case 'narrative':
      return narrativeHtml(lang, block.text);
    case 'figures':
      return html`<table class="figures"><tbody>${block.items.map((f) => html`<tr><th>${f.label}</th><td class="value">${formatNumber(lang, f.value)}${f.unit ? html` ${f.unit}` : ''}</td><td class="demo-count">${f.demo > 0 ? t(lang, `含演示 ${f.demo}`, `${f.demo} demo`) : ''}</td></tr>`)}</tbody></table>`;
    case 'table': {
      if (publicCopy && block.rows.some((r) => r.ref !== null && r.ref.kind !== 'index-method')) {
        return html`<p class="none">${t(lang, `${block.caption}：共 ${block.rows.length + block.more} 项，逐项记录见各自公开的页面。`, `${block.caption}: ${block.rows.length + block.more} in all; each record is public only on its own published page.`)}</p>`;
      }
      const more = block.more > 0 ? html`<p class="none">${t(lang, `另有 ${block.more} 项，见附录。`, `and ${block.more} more, listed in the appendix.`)}</p>` : '';
      return html`<table class="grid"><caption>${block.caption}</caption><thead><tr>${block.columns.map((c) => html`<th>${c}</th>`)}</tr></thead><tbody>${block.rows.map((r) => html`<tr>${r.cells.map((c) => html`<td>${cell(lang, c)}</td>`)}</tr>`)}</tbody></table>${more}`;
    }
  }
}

/** The table of contents: the level-1 headings, linked (Chromium keeps the links in the PDF). */
function tocHtml(report: ResultsReport) {
  const lang = report.lang;
  const headings = report.blocks.filter((b): b is Extract<ReportBlock, { type: 'heading' }> => b.type === 'heading' && b.level === 1);
  return html`<nav class="toc"><h2>${t(lang, '目录', 'Contents')}</h2><ol>${headings.map((h) => html`<li><a href="#${h.anchor}">${h.text}</a></li>`)}${report.appendix.length ? html`<li><a href="#appendix">${t(lang, '附录：数据所依据的记录', 'Appendix: the records behind the figures')}</a></li>` : ''}</ol></nav>`;
}

function appendixHtml(report: ResultsReport) {
  const lang = report.lang;
  if (!report.appendix.length) return '';
  return html`<h2 id="appendix" class="appendix">${t(lang, '附录：数据所依据的记录', 'Appendix: the records behind the figures')}</h2>
${report.appendix.map((a) => html`<h3>${a.title}（${a.refs.length}）</h3><ol class="refs">${a.refs.map((r) => html`<li>${r.code ? `${r.code} ` : ''}${r.title}</li>`)}</ol>`)}`;
}

/** The blocks alone (no title): the portal wraps them in its own page. */
export function reportBodyHtml(report: ResultsReport, options: { publicCopy: boolean }): SafeHtml {
  return html`${report.blocks.map((b) => blockHtml(report.lang, b, options.publicCopy))}`;
}

const CSS = new SafeHtml(`
.toc { page-break-after: always; } .toc ol { line-height: 2; } .toc a { color: #111; text-decoration: none; }
h3 { font-size: 11pt; margin: 4mm 0 1mm; }
caption { text-align: left; font-weight: 600; padding: 1mm 0; }
.figures th { width: 60%; background: #f2f2f2; font-weight: 600; } .figures .value { font-size: 13pt; font-weight: 700; }
.figures .demo-count { color: #b00; font-size: 8.5pt; width: 16%; }
.note { border-left: 2pt solid #999; padding-left: 3mm; color: #333; font-size: 9.5pt; }
.narrative { text-indent: 2em; }
.appendix { page-break-before: always; } .refs { font-size: 9pt; }
`);

/** The whole printable document: title, period, demo label, contents, body, appendix. */
export function reportDocumentHtml(report: ResultsReport, printedAt: Date): string {
  const body = html`<style>${CSS}</style>${tocHtml(report)}${reportBodyHtml(report, { publicCopy: false })}${appendixHtml(report)}`;
  return documentOf(report.lang, { title: report.title, subtitle: report.subtitle, isDemo: report.containsDemo, printedAt, body });
}
