/**
 * Progress by focus area and by member: stacked bars of counts by status.
 * Clicking a bar segment opens the task list under the segment's filters
 * (given by the server with the count), so the bar and the list agree.
 */
import { Grid, Typography } from 'antd';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';
import type { DashboardSummary, Locale, StatusSegment, WorkStatus } from '../../api/types.ts';
import { useLocale } from '../../i18n/useLocale.ts';
import { DemoTag } from '../../shell/DemoTag.tsx';
import { areaLabel } from '../tasks/labels.ts';
import { Chart } from './Chart.tsx';
import type { ChartOption } from './echarts.ts';
import type { ChartTable } from './exporting.ts';

/** The same colours as the status tags and progress bars elsewhere. */
export const STATUS_FILL: Record<WorkStatus, string> = {
  completed: '#389e0d',
  on_track: '#1f4e8c',
  at_risk: '#d48806',
  delayed: '#cf1322',
  not_started: '#bfbfbf',
};

interface Row {
  label: string;
  total: number;
  demo: number;
  meanProgress: number | null;
  statuses: StatusSegment[];
}

function stackedBars(rows: Row[], statusLabel: (s: WorkStatus) => string, meanLabel: string, labelWidth: number): ChartOption {
  const statuses = rows[0]?.statuses.map((s) => s.status) ?? [];
  return {
    animation: false,
    tooltip: {
      trigger: 'axis',
      axisPointer: { type: 'shadow' },
      formatter: (raw: unknown) => {
        const items = raw as { dataIndex: number; seriesName: string; value: number; marker: string }[];
        const row = rows[items[0]?.dataIndex ?? 0];
        if (!row) return '';
        const lines = items.filter((i) => i.value > 0).map((i) => `${i.marker}${i.seriesName}: ${i.value}`);
        return [row.label, ...lines, `${meanLabel}: ${row.meanProgress ?? '—'}${row.meanProgress === null ? '' : '%'}`].join('<br/>');
      },
    },
    legend: { top: 0, itemWidth: 12, itemHeight: 10 },
    grid: { top: 32, left: 8, right: 16, bottom: 8, containLabel: true },
    xAxis: { type: 'value', minInterval: 1 },
    yAxis: {
      type: 'category',
      inverse: true,
      data: rows.map((r) => (r.meanProgress === null ? r.label : `${r.label} · ${r.meanProgress}%`)),
      axisLabel: { width: labelWidth, overflow: 'truncate' },
    },
    series: statuses.map((status, index) => ({
      type: 'bar',
      stack: 'status',
      name: statusLabel(status),
      itemStyle: { color: STATUS_FILL[status] },
      emphasis: { focus: 'series' },
      barMaxWidth: 22,
      data: rows.map((r) => r.statuses[index]?.value ?? 0),
    })),
  };
}

function tableOf(rows: Row[], first: string, totalLabel: string, meanLabel: string, statusLabel: (s: WorkStatus) => string): ChartTable {
  const statuses = rows[0]?.statuses.map((s) => s.status) ?? [];
  return {
    columns: [first, totalLabel, ...statuses.map(statusLabel), meanLabel],
    rows: rows.map((r) => [r.label, r.total, ...r.statuses.map((s) => s.value), r.meanProgress]),
  };
}

function useRows(summary: DashboardSummary, locale: Locale, noArea: string) {
  return useMemo(
    () => ({
      areas: summary.byArea.map<Row>((a) => ({
        label: a.areaId ? areaLabel(a, locale) : noArea,
        total: a.total.value,
        demo: a.total.demo,
        meanProgress: a.meanProgress,
        statuses: a.statuses,
      })),
      members: summary.byMember.map<Row>((m) => ({
        label: locale === 'en' ? m.shortEn : m.nameZh,
        total: m.total.value,
        demo: m.total.demo,
        meanProgress: m.meanProgress,
        statuses: m.statuses,
      })),
    }),
    [summary, locale, noArea],
  );
}

export function ProgressCharts({ summary }: { summary: DashboardSummary }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const navigate = useNavigate();
  const { areas, members } = useRows(summary, locale, t('dashboard.byArea.noArea'));
  const statusLabel = (s: WorkStatus) => t(`work.status.${s}`);
  const mean = t('dashboard.byArea.meanProgress');
  const rule = (key: 'byArea' | 'byMember') => (locale === 'en' ? summary.rules[key].en : summary.rules[key].zh);
  // Narrow screens leave the bars room: shorter area names (the full ones are in the tooltip and the table).
  const labelWidth = Grid.useBreakpoint().md === false ? 84 : 150;
  // The option is rebuilt only when the data, language or width change (a new option redraws the chart).
  const areaOption = useMemo(() => stackedBars(areas, statusLabel, mean, labelWidth), [areas, locale, labelWidth]); // eslint-disable-line react-hooks/exhaustive-deps
  const memberOption = useMemo(() => stackedBars(members, statusLabel, mean, labelWidth), [members, locale, labelWidth]); // eslint-disable-line react-hooks/exhaustive-deps
  const open = (rows: Row[]) => (item: { seriesIndex: number; dataIndex: number }) => {
    const segment = rows[item.dataIndex]?.statuses[item.seriesIndex];
    if (segment) navigate(segment.drill);
  };
  const demo = (rows: Row[]) => (rows.some((r) => r.demo > 0) ? <DemoTag /> : undefined);
  const note = (key: 'byArea' | 'byMember') => (
    <Typography.Paragraph type="secondary" style={{ fontSize: 12, margin: '8px 0 0' }}>
      {t('dashboard.chartHint')} {rule(key)}
    </Typography.Paragraph>
  );

  return (
    <>
      <Chart
        testId="chart-by-area"
        title={t('dashboard.byArea.title')}
        fileName={`tasks-by-area-${summary.year}`}
        option={areaOption}
        table={tableOf(areas, t('dashboard.byArea.area'), t('dashboard.byArea.total'), mean, statusLabel)}
        height={Math.max(240, areas.length * 36 + 60)}
        onItemClick={open(areas)}
        extra={demo(areas)}
        footer={note('byArea')}
      />
      <Chart
        testId="chart-by-member"
        title={t('dashboard.byMember.title')}
        fileName={`shares-by-member-${summary.year}`}
        option={memberOption}
        table={tableOf(members, t('dashboard.byMember.member'), t('dashboard.byMember.total'), mean, statusLabel)}
        height={Math.max(200, members.length * 40 + 60)}
        onItemClick={open(members)}
        extra={demo(members)}
        footer={note('byMember')}
      />
    </>
  );
}
