/**
 * The results report as a web page: the same document model the Word and PDF
 * renderers use (server), block by block. Every figure opens the list of the
 * records it counts; table rows open their record; the appendix lists every
 * record behind the figures (long body tables are capped, the appendix is not).
 */
import { Alert, Card, Col, Collapse, Row, Space, Statistic, Table, Typography } from 'antd';
import { useState, type MouseEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { DemoTag } from '../../shell/DemoTag.tsx';
import { tableOfContents } from './reportParams.ts';
import type { RecordRef, ReportBlock, ReportFigure as Figure, ResultsReport } from '../../api/types.ts';

type TableBlock = Extract<ReportBlock, { type: 'table' }>;
type Cell = TableBlock['rows'][number]['cells'][number];

const appendixId = (key: string) => `appendix-${key}`;

/** Jumps to an element of this page without going through the router (a bare "#x" link would). */
function jumpTo(event: MouseEvent<HTMLAnchorElement>, id: string) {
  event.preventDefault();
  const target = document.getElementById(id);
  if (!target) return;
  target.scrollIntoView({ block: 'start' });
  target.focus({ preventScroll: true });
}

function FigureCard({ figure }: { figure: Figure }) {
  const { t } = useTranslation();
  const statistic = (
    <Statistic
      title={
        <Space size={6} wrap>
          <span>{figure.label}</span>
          {figure.demo > 0 && <DemoTag />}
        </Space>
      }
      value={figure.value}
      suffix={figure.unit ? <span style={{ fontSize: 14 }}>{figure.unit}</span> : undefined}
    />
  );
  return (
    <Card size="small" style={{ height: '100%' }} data-testid={`results-figure-${figure.key}`} data-value={figure.value}>
      {figure.drillHref ? (
        <Link to={figure.drillHref} title={t('results.openRecords')} style={{ display: 'block', color: 'inherit' }}>
          {statistic}
        </Link>
      ) : (
        statistic
      )}
    </Card>
  );
}

function cellText(cell: Cell): string {
  return cell === null ? '—' : String(cell);
}

function ReportTable({ block, index, onOpenAppendix }: { block: TableBlock; index: number; onOpenAppendix: (key: string) => void }) {
  const { t } = useTranslation();
  const columns = block.columns.map((title, column) => ({
    key: String(column),
    title,
    render: (_: unknown, row: TableBlock['rows'][number]) => {
      const text = cellText(row.cells[column] ?? null);
      // The first cell names the row's record: it opens it.
      return column === 0 && row.ref ? <Link to={row.ref.href}>{text}</Link> : text;
    },
    align: typeof block.rows[0]?.cells[column] === 'number' ? ('right' as const) : undefined,
  }));
  const captionId = `results-table-${index}`;
  return (
    <div data-testid="results-table">
      <Typography.Text strong id={captionId} style={{ display: 'block', marginBottom: 8 }}>
        {block.caption}
      </Typography.Text>
      {/* Wide tables scroll inside their own box, never the page (390 px phones). */}
      <Table
        size="small"
        bordered
        aria-labelledby={captionId}
        columns={columns}
        dataSource={block.rows.map((row, key) => ({ ...row, key }))}
        pagination={false}
        scroll={{ x: 'max-content' }}
      />
      {block.more > 0 && (
        <Typography.Paragraph type="secondary" style={{ marginTop: 8 }}>
          {block.appendixKey ? (
            <a href={`#${appendixId(block.appendixKey)}`} onClick={(event) => { const key = block.appendixKey as string; onOpenAppendix(key); jumpTo(event, appendixId(key)); }}>
              {t('results.more', { count: block.more })}
            </a>
          ) : (
            t('results.more', { count: block.more })
          )}
        </Typography.Paragraph>
      )}
    </div>
  );
}

function Block({ block, index, onOpenAppendix }: { block: ReportBlock; index: number; onOpenAppendix: (key: string) => void }) {
  const { t } = useTranslation();
  switch (block.type) {
    case 'heading':
      return (
        <Typography.Title level={block.level === 1 ? 2 : 3} id={block.anchor} tabIndex={-1} style={{ fontSize: block.level === 1 ? 20 : 16, marginTop: 16, scrollMarginTop: 16 }}>
          {block.text}
        </Typography.Title>
      );
    case 'paragraph':
      return <Typography.Paragraph style={{ whiteSpace: 'pre-wrap' }}>{block.text}</Typography.Paragraph>;
    case 'narrative':
      return block.text.trim() ? (
        <Typography.Paragraph style={{ whiteSpace: 'pre-wrap' }} data-testid={`results-narrative-${block.key}`}>
          {block.text}
        </Typography.Paragraph>
      ) : (
        <Typography.Paragraph type="secondary" italic data-testid={`results-narrative-${block.key}`}>
          {t('results.notWritten')}
        </Typography.Paragraph>
      );
    case 'figures':
      return (
        <Row gutter={[12, 12]} style={{ marginBottom: 12 }} data-testid="results-figures">
          {block.items.map((figure) => (
            <Col key={figure.key} xs={12} lg={8} xxl={6}>
              <FigureCard figure={figure} />
            </Col>
          ))}
        </Row>
      );
    case 'table':
      return <ReportTable block={block} index={index} onOpenAppendix={onOpenAppendix} />;
    case 'note':
      return <Alert type="info" showIcon title={block.text} style={{ marginBottom: 12 }} />;
    default:
      return null;
  }
}

function RefList({ refs }: { refs: RecordRef[] }) {
  const { t } = useTranslation();
  if (refs.length === 0) return <Typography.Text type="secondary">{t('results.appendixEmpty')}</Typography.Text>;
  return (
    <ol style={{ margin: 0, paddingInlineStart: 24 }}>
      {refs.map((ref) => (
        <li key={`${ref.kind}:${ref.id}`}>
          <Link to={ref.href}>{ref.code ? `${ref.code} ${ref.title}` : ref.title}</Link>
        </li>
      ))}
    </ol>
  );
}

export function ReportView({ report }: { report: ResultsReport }) {
  const { t } = useTranslation();
  const [openLists, setOpenLists] = useState<string[]>([]);
  const contents = tableOfContents(report.blocks);
  const openAppendix = (key: string) => setOpenLists((open) => (open.includes(key) ? open : [...open, key]));

  return (
    <article className="yrd-results-report" data-testid="results-report" lang={report.lang}>
      {contents.length > 0 && (
        <nav aria-labelledby="results-contents" className="yrd-results-toc" data-testid="results-toc">
          <Typography.Text strong id="results-contents">
            {t('results.contents')}
          </Typography.Text>
          <ol>
            {contents.map((entry) => (
              <li key={entry.anchor}>
                <a href={`#${entry.anchor}`} onClick={(event) => jumpTo(event, entry.anchor)}>
                  {entry.text}
                </a>
              </li>
            ))}
            {report.appendix.length > 0 && (
              <li>
                <a href="#results-appendix" onClick={(event) => jumpTo(event, 'results-appendix')}>
                  {t('results.appendix')}
                </a>
              </li>
            )}
          </ol>
        </nav>
      )}
      {report.blocks.map((block, index) => (
        <Block key={index} block={block} index={index} onOpenAppendix={openAppendix} />
      ))}
      {report.appendix.length > 0 && (
        <section aria-labelledby="results-appendix" data-testid="results-appendix">
          <Typography.Title level={2} id="results-appendix" tabIndex={-1} style={{ fontSize: 20, marginTop: 24 }}>
            {t('results.appendix')}
          </Typography.Title>
          <Collapse
            size="small"
            activeKey={openLists}
            onChange={(keys) => setOpenLists(Array.isArray(keys) ? keys : [keys])}
            items={report.appendix.map((list) => ({
              key: list.key,
              label: (
                <span id={appendixId(list.key)} tabIndex={-1} style={{ scrollMarginTop: 16 }}>
                  {list.title} <Typography.Text type="secondary">· {t('results.appendixCount', { count: list.refs.length })}</Typography.Text>
                </span>
              ),
              children: <RefList refs={list.refs} />,
            }))}
          />
        </section>
      )}
    </article>
  );
}
