/**
 * One indicator over time against its targets: the latest values (and, when
 * a value was revised, the value as first published) per scope, with the
 * yearly targets as dashed steps. Region-level indicators show the region,
 * member-level ones every member, city-level ones one chosen city.
 */
import { Card, Empty, Flex, Select, Skeleton, Typography } from 'antd';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useApi } from '../../api/hooks.ts';
import type { Indicator, IndicatorSeries, Locale } from '../../api/types.ts';
import { useLocale } from '../../i18n/useLocale.ts';
import { DemoTag } from '../../shell/DemoTag.tsx';
import { ErrorAlert } from '../../shell/ErrorAlert.tsx';
import { cityName, memberShortName } from '../region/labels.ts';
import { useReference, type Reference } from '../region/reference.ts';
import { Chart } from './Chart.tsx';
import { dashboardApi } from './dashboardApi.ts';
import type { ChartOption } from './echarts.ts';
import type { ChartTable } from './exporting.ts';
import { seriesPairs } from '../indicators/labels.ts';
import { formatNumber, indicatorLabel, indicatorName, isMissing } from './labels.ts';

const PALETTE = ['#1f4e8c', '#79a88a', '#d3a35c', '#a08bb8', '#c7796f', '#6fa9b3'];
const YEARS_SHOWN = 10;

function scopeName(code: string, reference: Reference | undefined, locale: Locale, region: string): string {
  if (code === 'region') return region;
  const member = reference?.memberByCode.get(code);
  if (member) return memberShortName(member, locale);
  const city = reference?.cityByCode.get(code);
  return city ? cityName(city, locale) : code;
}

function defaultScopes(indicator: Indicator, reference: Reference | undefined, city: string | undefined): string[] {
  if (indicator.level === 'region') return ['region'];
  if (indicator.level === 'member') return (reference?.members ?? []).map((m) => m.code);
  return [city ?? reference?.cities[0]?.code ?? ''].filter(Boolean);
}

function buildOption(data: IndicatorSeries, names: (code: string) => string, labels: { value: string; first: string; target: string }, locale: Locale): ChartOption {
  const series: Record<string, unknown>[] = [];
  data.series.forEach((s, index) => {
    const colour = PALETTE[index % PALETTE.length]!;
    const name = names(s.scopeCode);
    series.push({ type: 'line', name, color: colour, showSymbol: true, symbolSize: 5, data: seriesPairs(s) });
    // Only where a revision changed the value: the first-published line would otherwise repeat the latest.
    if (s.firstValues) {
      series.push({ type: 'line', name: `${name} · ${labels.first}`, color: colour, lineStyle: { type: 'dotted', opacity: 0.6 }, symbol: 'none', data: seriesPairs(s, 'firstValues') });
    }
    const targets = data.targets.filter((t) => t.scopeCode === s.scopeCode).sort((a, b) => a.year - b.year);
    if (targets.length) {
      series.push({ type: 'line', name: `${name} · ${labels.target}`, color: colour, step: 'end', lineStyle: { type: 'dashed' }, symbol: 'diamond', symbolSize: 7, data: targets.map((t) => [`${t.year}-12-31`, t.value]) });
    }
  });
  return {
    animation: false,
    tooltip: { trigger: 'axis', valueFormatter: (v: unknown) => (typeof v === 'number' ? formatNumber(v, locale) : String(v ?? '—')) },
    legend: { top: 0, type: 'scroll' },
    grid: { top: 36, left: 8, right: 24, bottom: 8, containLabel: true },
    xAxis: { type: 'time' },
    // The unit is in the caption under the chart: an axis name here would sit on the legend.
    yAxis: { type: 'value', scale: true },
    series,
  };
}

function tableOf(data: IndicatorSeries, names: (code: string) => string, labels: Record<'scope' | 'period' | 'value' | 'first' | 'target', string>): ChartTable {
  const rows: ChartTable['rows'] = [];
  for (const s of data.series) {
    s.periods.forEach((period, i) => {
      const target = data.targets.find((t) => t.scopeCode === s.scopeCode && String(t.year) === period.slice(0, 4));
      // firstValues is sent only where something was revised: elsewhere the first value is the value.
      rows.push([names(s.scopeCode), period, s.values[i]!, (s.firstValues ?? s.values)[i]!, target?.value ?? null]);
    });
  }
  return { columns: [labels.scope, labels.period, labels.value, labels.first, labels.target], rows };
}

export function IndicatorTrend({ year }: { year: number }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const { reference } = useReference();
  const indicators = useApi((signal) => dashboardApi.indicators({ status: 'active' }, signal), 'dashboard-indicators');
  const [code, setCode] = useState<string | undefined>(undefined);
  const [city, setCity] = useState<string | undefined>(undefined);
  const indicator = indicators.data?.find((i) => i.code === code) ?? indicators.data?.[0];
  const scopes = indicator ? defaultScopes(indicator, reference, city) : [];
  const seriesKey = indicator ? `${indicator.code}:${scopes.join(',')}:${year}` : '';
  const series = useApi(
    (signal) => (indicator && scopes.length ? dashboardApi.series(indicator.code, { scopes, from: year - YEARS_SHOWN + 1, to: year }, signal) : Promise.resolve(undefined)),
    seriesKey,
  );
  const regionLabel = t('dashboard.trend.region');
  const names = useMemo(() => (c: string) => scopeName(c, reference, locale, regionLabel), [reference, locale, regionLabel]);
  const labels = { value: t('dashboard.trend.value'), first: t('dashboard.trend.firstValue'), target: t('dashboard.trend.target') };
  const data = series.data;
  const option = useMemo(() => (data ? buildOption(data, names, labels, locale) : null), [data, names, locale]); // eslint-disable-line react-hooks/exhaustive-deps
  const title = indicator ? `${t('dashboard.trend.title')}: ${indicatorName(indicator, locale)}` : t('dashboard.trend.title');
  const isDemo = Boolean(indicator?.isDemo || data?.series.some((s) => s.isDemo));
  const hasPoints = Boolean(data?.series.some((s) => s.periods.length > 0));

  const selectors = (
    <Flex gap={8} wrap className="yrd-no-print" style={{ marginBottom: 8 }}>
      <Select<string>
        aria-label={t('dashboard.trend.indicator')}
        placeholder={t('dashboard.trend.indicator')}
        showSearch={{ optionFilterProp: 'label' }}
        style={{ width: 240, maxWidth: '100%' }}
        value={indicator?.code}
        onChange={setCode}
        options={(indicators.data ?? []).map((i) => ({ value: i.code, label: indicatorName(i, locale) }))}
        data-testid="trend-indicator"
      />
      {indicator?.level === 'city' && (
        <Select<string>
          aria-label={t('dashboard.trend.scope')}
          showSearch={{ optionFilterProp: 'label' }}
          style={{ width: 180, maxWidth: '100%' }}
          value={scopes[0]}
          onChange={setCity}
          options={(reference?.cities ?? []).map((c) => ({ value: c.code, label: cityName(c, locale) }))}
          data-testid="trend-city"
        />
      )}
    </Flex>
  );

  if (indicators.error || series.error) {
    const error = indicators.error ?? series.error;
    return (
      <PanelMessage title={t('dashboard.trend.title')}>
        {isMissing(error) ? <Empty description={t('dashboard.trend.unavailable')} /> : <ErrorAlert error={error} />}
      </PanelMessage>
    );
  }
  if (indicators.loading && !indicators.data) return <PanelMessage title={t('dashboard.trend.title')}><Skeleton active /></PanelMessage>;
  if (!indicator) return <PanelMessage title={t('dashboard.trend.title')}><Empty description={t('dashboard.trend.noIndicators')} /></PanelMessage>;

  return (
    <Chart
      testId="chart-trend"
      title={title}
      fileName={`indicator-${indicator.code}-${year}`}
      option={option && hasPoints ? option : EMPTY_OPTION}
      table={data ? tableOf(data, names, { scope: t('dashboard.trend.scope'), period: t('dashboard.trend.period'), value: labels.value, first: labels.first, target: labels.target }) : { columns: [], rows: [] }}
      extra={isDemo ? <DemoTag /> : undefined}
      toolbar={selectors}
      footer={
        <Typography.Paragraph type="secondary" style={{ fontSize: 12, margin: '8px 0 0' }}>
          {!series.loading && !hasPoints ? `${t('dashboard.trend.noData')} ` : ''}
          {indicatorLabel(indicator, locale)} · {t(`dashboard.trend.direction.${indicator.direction}`)}
          {(locale === 'en' ? indicator.sourceOrgEn : indicator.sourceOrgZh) && ` · ${locale === 'en' ? indicator.sourceOrgEn : indicator.sourceOrgZh}`}
        </Typography.Paragraph>
      }
    />
  );
}

const EMPTY_OPTION: ChartOption = { xAxis: { type: 'time' }, yAxis: { type: 'value' }, series: [] };

/** A panel with a heading and a message in place of a chart (loading, empty, unavailable). */
export function PanelMessage({ title, children, testId }: { title: string; children: React.ReactNode; testId?: string }) {
  return (
    <Card
      size="small"
      className="yrd-chart-card"
      data-testid={testId}
      title={
        <Typography.Title level={2} style={{ fontSize: 15, margin: 0 }}>
          {title}
        </Typography.Title>
      }
    >
      {children}
    </Card>
  );
}
