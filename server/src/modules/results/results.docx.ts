/**
 * The report as Word (.docx), from the same blocks as the web page and the PDF. Word's built-in
 * styles carry the structure — Heading 1/2 (Word shows them as 标题 1/2 in Chinese), Normal (正文),
 * Caption (题注) — so Word and LibreOffice render, navigate and build the contents from them
 * alike. The contents is a TOC field written with its entries (docx fills them from the headings;
 * Word updates the page numbers when it opens the file); the footer holds a PAGE field.
 *
 * Fonts: Noto Serif/Sans CJK SC (free, the ones the PDF embeds); Word without them falls back to
 * its own East Asian font.
 */
import {
  AlignmentType, BorderStyle, Document, Footer, HeadingLevel, Packer, PageNumber, Paragraph, Table, TableCell, TableOfContents, TableRow, TextRun, WidthType,
} from 'docx';
import type { ReportBlock, ResultsReport } from './results.schemas.ts';
import { formatNumber, t, type Lang } from './results.models.ts';

const BODY_FONT = { ascii: 'Noto Serif CJK SC', hAnsi: 'Noto Serif CJK SC', eastAsia: 'Noto Serif CJK SC' };
const HEADING_FONT = { ascii: 'Noto Sans CJK SC', hAnsi: 'Noto Sans CJK SC', eastAsia: 'Noto Sans CJK SC' };
const BORDER = { style: BorderStyle.SINGLE, size: 4, color: '777777' };
const BORDERS = { top: BORDER, bottom: BORDER, left: BORDER, right: BORDER, insideHorizontal: BORDER, insideVertical: BORDER };

const text = (lang: Lang, value: string | number | null) => (value === null ? '—' : typeof value === 'number' ? formatNumber(lang, value) : value);

function cell(content: string, header = false): TableCell {
  return new TableCell({ children: [new Paragraph({ style: 'TableText', children: [new TextRun({ text: content, bold: header })] })] });
}

function grid(columns: string[], rows: string[][]): Table {
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    borders: BORDERS,
    rows: [new TableRow({ tableHeader: true, children: columns.map((c) => cell(c, true)) }), ...rows.map((r) => new TableRow({ children: r.map((c) => cell(c)) }))],
  });
}

function blockChildren(lang: Lang, block: ReportBlock): (Paragraph | Table)[] {
  switch (block.type) {
    case 'heading':
      return [new Paragraph({ text: block.text, heading: block.level === 1 ? HeadingLevel.HEADING_1 : HeadingLevel.HEADING_2 })];
    case 'paragraph':
      return [new Paragraph({ text: block.text })];
    case 'note':
      return [new Paragraph({ style: 'Note', text: block.text })];
    case 'narrative': {
      const paragraphs = block.text.split(/\n{2,}/).map((p) => p.trim()).filter(Boolean);
      if (!paragraphs.length) return [new Paragraph({ children: [new TextRun({ text: t(lang, '（尚未撰写）', '(Not written yet)'), italics: true, color: '666666' })] })];
      return paragraphs.map((p) => new Paragraph({ indent: { firstLine: 480 }, children: p.split('\n').map((line, i) => new TextRun({ text: line, break: i > 0 ? 1 : 0 })) }));
    }
    case 'figures':
      return [grid([t(lang, '指标', 'Figure'), t(lang, '数值', 'Value')], block.items.map((f) => [f.label, `${formatNumber(lang, f.value)}${f.unit ? ` ${f.unit}` : ''}${f.demo > 0 ? t(lang, `（含演示 ${f.demo}）`, ` (${f.demo} demo)`) : ''}`]))];
    case 'table': {
      const out: (Paragraph | Table)[] = [
        new Paragraph({ style: 'Caption', text: block.caption }),
        grid(block.columns, block.rows.map((r) => r.cells.map((c) => text(lang, c)))),
      ];
      if (block.more > 0) out.push(new Paragraph({ text: t(lang, `另有 ${block.more} 项，见附录。`, `and ${block.more} more, listed in the appendix.`) }));
      return out;
    }
  }
}

export async function reportDocx(report: ResultsReport): Promise<Buffer> {
  const lang = report.lang;
  const appendixTitle = t(lang, '附录：数据所依据的记录', 'Appendix: the records behind the figures');
  const appendix = report.appendix.length
    ? [
        new Paragraph({ text: appendixTitle, heading: HeadingLevel.HEADING_1, pageBreakBefore: true }),
        ...report.appendix.flatMap((a) => [
          new Paragraph({ text: `${a.title}（${a.refs.length}）`, heading: HeadingLevel.HEADING_2 }),
          ...a.refs.map((r, i) => new Paragraph({ style: 'TableText', text: `${i + 1}. ${r.code ? `${r.code} ` : ''}${r.title}` })),
        ]),
      ]
    : [];
  const pageLabel = lang === 'en' ? ['Page ', PageNumber.CURRENT, ' of ', PageNumber.TOTAL_PAGES] : ['第 ', PageNumber.CURRENT, ' 页 / 共 ', PageNumber.TOTAL_PAGES, ' 页'];
  const doc = new Document({
    title: report.title,
    creator: t(lang, '长三角区域合作办公室', 'Yangtze River Delta Regional Cooperation Office'),
    description: report.subtitle,
    features: { updateFields: true },
    styles: {
      default: {
        document: { run: { font: BODY_FONT, size: 21 }, paragraph: { spacing: { line: 360, after: 120 } } },
        heading1: { run: { font: HEADING_FONT, size: 32, bold: true }, paragraph: { spacing: { before: 360, after: 180 } } },
        heading2: { run: { font: HEADING_FONT, size: 26, bold: true }, paragraph: { spacing: { before: 240, after: 120 } } },
        title: { run: { font: HEADING_FONT, size: 40, bold: true }, paragraph: { alignment: AlignmentType.CENTER } },
      },
      paragraphStyles: [
        { id: 'TableText', name: 'Table Text', basedOn: 'Normal', quickFormat: true, run: { size: 18 }, paragraph: { spacing: { line: 260, after: 0 } } },
        { id: 'Caption', name: 'caption', basedOn: 'Normal', quickFormat: true, run: { font: HEADING_FONT, size: 20, bold: true }, paragraph: { spacing: { before: 120, after: 60 } } },
        { id: 'Note', name: 'Note', basedOn: 'Normal', run: { size: 18, color: '444444' }, paragraph: { indent: { left: 240 } } },
      ],
    },
    sections: [{
      properties: { page: { size: { width: 11906, height: 16838 }, margin: { top: 1440, bottom: 1440, left: 1247, right: 1247 } } },
      footers: { default: new Footer({ children: [new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ children: pageLabel })] })] }) },
      children: [
        new Paragraph({ heading: HeadingLevel.TITLE, text: report.title }),
        new Paragraph({ alignment: AlignmentType.CENTER, text: report.subtitle }),
        ...(report.containsDemo ? [new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ text: t(lang, '演示数据', 'Demo data'), bold: true, color: 'BB0000' })] })] : []),
        new TableOfContents(t(lang, '目录', 'Contents'), { hyperlink: true, headingStyleRange: '1-1' }),
        ...report.blocks.flatMap((b) => blockChildren(lang, b)),
        ...appendix,
      ],
    }],
  });
  return Packer.toBuffer(doc);
}
