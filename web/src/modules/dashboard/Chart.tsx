/**
 * A reusable ECharts chart: give it an option and the table of its data; it
 * draws, resizes with its box, exports PNG and Excel, and carries the same
 * data as a table for screen readers (visually hidden). Clicks on a data item
 * reach `onItemClick` (e.g. to open the records behind a bar).
 *
 * Used by the dashboard and meant for the indicator pages too:
 *   <Chart title="…" fileName="gdp-2024" option={option} table={{ columns, rows }} onItemClick={…} />
 */
import { Card, Flex, Typography } from 'antd';
import { useEffect, useRef, type ReactNode } from 'react';
import { ChartExport } from './ChartExport.tsx';
import { echarts, type ChartInstance, type ChartOption } from './echarts.ts';
import type { ChartTable } from './exporting.ts';
import './dashboard.css';

export interface ChartItemClick {
  seriesIndex: number;
  dataIndex: number;
  seriesName?: string;
  name: string;
  data: unknown;
}

export interface ChartProps {
  title: string;
  option: ChartOption;
  table: ChartTable;
  fileName: string;
  height?: number;
  onItemClick?: (item: ChartItemClick) => void;
  /** Shown beside the title (e.g. a demo tag, a selector). */
  extra?: ReactNode;
  /** Above the chart, inside the card: selectors and the like (they wrap on a narrow screen). */
  toolbar?: ReactNode;
  /** Under the chart: a note, a rule. */
  footer?: ReactNode;
  testId?: string;
  /** Heading level of the title inside the card. */
  level?: 2 | 3 | 4;
}

export function Chart({ title, option, table, fileName, height = 320, onItemClick, extra, toolbar, footer, testId, level = 2 }: ChartProps) {
  const container = useRef<HTMLDivElement>(null);
  const chart = useRef<ChartInstance | null>(null);
  const click = useRef(onItemClick);
  useEffect(() => {
    click.current = onItemClick;
  });

  useEffect(() => {
    const element = container.current;
    if (!element) return;
    const instance = echarts.init(element, undefined, { renderer: 'canvas' });
    chart.current = instance;
    instance.on('click', (params) => {
      if (params.componentType !== 'series') return;
      click.current?.({ seriesIndex: params.seriesIndex ?? 0, dataIndex: params.dataIndex, seriesName: params.seriesName, name: params.name, data: params.data });
    });
    const observer = new ResizeObserver(() => instance.resize());
    observer.observe(element);
    // Printing lays the page out anew: draw at the printed width, and back after.
    const resize = () => instance.resize();
    window.addEventListener('beforeprint', resize);
    window.addEventListener('afterprint', resize);
    return () => {
      observer.disconnect();
      window.removeEventListener('beforeprint', resize);
      window.removeEventListener('afterprint', resize);
      instance.dispose();
      chart.current = null;
    };
  }, []);

  useEffect(() => {
    const instance = chart.current;
    if (!instance) return;
    const onFinished = () => container.current?.setAttribute('data-drawn', 'true');
    instance.on('finished', onFinished);
    instance.setOption(option, { notMerge: true });
    return () => {
      if (!instance.isDisposed()) instance.off('finished', onFinished);
    };
  }, [option]);

  return (
    <Card
      size="small"
      className="yrd-chart-card"
      title={
        <Typography.Title level={level} style={{ fontSize: 15, margin: 0 }}>
          {title}
        </Typography.Title>
      }
      extra={
        <Flex gap={8} align="center" wrap>
          {extra}
          <ChartExport chart={() => chart.current} title={title} fileName={fileName} table={table} testId={testId} />
        </Flex>
      }
      data-testid={testId}
    >
      {toolbar}
      <div ref={container} className="yrd-chart" role="img" aria-label={title} style={{ width: '100%', height }} data-testid={testId && `${testId}-canvas`} />
      <ChartDataTable title={title} table={table} />
      {footer}
    </Card>
  );
}

/** The chart's numbers for screen readers (the picture alone says nothing to them). */
export function ChartDataTable({ title, table, visible = false }: { title: string; table: ChartTable; visible?: boolean }) {
  // The hiding box is a div around the table: a table grows to its content whatever width it is given.
  const content = (
    <table className="yrd-data-table">
      <caption>{title}</caption>
      <thead>
        <tr>
          {table.columns.map((c) => (
            <th key={c} scope="col">
              {c}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {table.rows.map((row, i) => (
          <tr key={i}>
            {row.map((cell, j) => (j === 0 ? <th key={j} scope="row">{cell ?? '—'}</th> : <td key={j}>{cell ?? '—'}</td>))}
          </tr>
        ))}
      </tbody>
    </table>
  );
  return visible ? content : <div className="yrd-sr-only">{content}</div>;
}
