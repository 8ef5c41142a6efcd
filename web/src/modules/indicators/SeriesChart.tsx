/**
 * An indicator's values over time for chosen scopes, against their yearly
 * targets (dashed steps), either as they stand now ('latest') or as first
 * published. The choice and the scopes live in the address, so a view can be
 * shared. Exports as PNG and Excel through the dashboard's chart.
 */
import { Empty, Flex, Segmented, Select, Skeleton, Typography } from 'antd';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router-dom';
import { useApi } from '../../api/hooks.ts';
import type { Indicator, IndicatorSeries, IndicatorTarget, Locale, ObservationView } from '../../api/types.ts';
import { useLocale } from '../../i18n/useLocale.ts';
import { DemoTag } from '../../shell/DemoTag.tsx';
import { ErrorAlert } from '../../shell/ErrorAlert.tsx';
import { Chart } from '../dashboard/Chart.tsx';
import type { ChartOption } from '../dashboard/echarts.ts';
import type { ChartTable } from '../dashboard/exporting.ts';
import { useReference, type Reference } from '../region/reference.ts';
import { indicatorsApi } from './indicatorsApi.ts';
import { formatNumber, indicatorLabel, scopeName, scopeOptions, scopesOfLevel, seriesPairs } from './labels.ts';

const PALETTE = ['#1f4e8c', '#79a88a', '#d3a35c', '#a08bb8', '#c7796f', '#6fa9b3', '#4f6d7a', '#b5838d'];
/** More lines than this no longer read as lines. */
const MAX_SCOPES = 8;

/** Until the reader picks: the region, every member, or the cities that have targets (else the first few). */
function defaultScopes(indicator: Indicator, targets: IndicatorTarget[], reference: Reference | undefined): string[] {
  if (indicator.level !== 'city') return scopesOfLevel(indicator.level, reference).slice(0, MAX_SCOPES);
  const withTargets = [...new Set(targets.map((t) => t.scopeCode))];
  return (withTargets.length ? withTargets : scopesOfLevel('city', reference)).slice(0, 4);
}

function buildOption(data: IndicatorSeries, view: ObservationView, names: (code: string) => string, labels: { first: string; target: string }, locale: Locale): ChartOption {
  const series: Record<string, unknown>[] = [];
  data.series.forEach((s, index) => {
    const colour = PALETTE[index % PALETTE.length]!;
    const name = names(s.scopeCode);
    series.push({ type: 'line', name, color: colour, showSymbol: true, symbolSize: 5, data: seriesPairs(s) });
    // In the latest view, where a correction changed a value, the first-published line beside it (dotted).
    if (view === 'latest' && s.firstValues) {
      series.push({ type: 'line', name: `${name} · ${labels.first}`, color: colour, lineStyle: { type: 'dotted', opacity: 0.6 }, symbol: 'none', data: seriesPairs(s, 'firstValues') });
    }
    const targets = data.targets.filter((t) => t.scopeCode === s.scopeCode).sort((a, b) => a.year - b.year);
    if (targets.length) {
      series.push({ type: 'line', name: `${name} · ${labels.target}`, color: colour, step: 'end', lineStyle: { type: 'dashed' }, symbol: 'diamond', symbolSize: 7, data: targets.map((t) => [`${t.year}-12-31`, t.value]) });
    }
  });
  return {
    animation: false,
    tooltip: { trigger: 'axis', confine: true, valueFormatter: (v: unknown) => (typeof v === 'number' ? formatNumber(v, locale) : String(v ?? '—')) },
    legend: { top: 0, type: 'scroll' },
    grid: { top: 52, left: 8, right: 24, bottom: 8 },
    xAxis: { type: 'time' },
    yAxis: { type: 'value', scale: true, name: indicatorLabel(data.indicator, locale), nameTextStyle: { align: 'left' } },
    series,
  };
}

function tableOf(data: IndicatorSeries, names: (code: string) => string, labels: Record<'scope' | 'period' | 'value' | 'first' | 'target' | 'status', string>, statusLabel: (s: string) => string): ChartTable {
  const rows: ChartTable['rows'] = [];
  for (const s of data.series) {
    s.periods.forEach((period, i) => {
      const target = data.targets.find((t) => t.scopeCode === s.scopeCode && String(t.year) === period.slice(0, 4));
      // firstValues is sent only where something was revised: elsewhere the first value is the value.
      rows.push([names(s.scopeCode), period, s.values[i]!, (s.firstValues ?? s.values)[i]!, target?.value ?? null, statusLabel(s.statuses[i]!)]);
    });
  }
  return { columns: [labels.scope, labels.period, labels.value, labels.first, labels.target, labels.status], rows };
}

export function SeriesChart({ indicator, targets }: { indicator: Indicator; targets: IndicatorTarget[] }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const { reference } = useReference();
  const [params, setParams] = useSearchParams();
  const view: ObservationView = params.get('view') === 'first' ? 'first' : 'latest';
  const asked = params.getAll('scope');
  const scopes = asked.length ? asked.slice(0, MAX_SCOPES) : defaultScopes(indicator, targets, reference);
  const setQuery = (patch: { view?: ObservationView; scopes?: string[] }) => {
    const next = new URLSearchParams(params);
    if (patch.view === 'first') next.set('view', 'first');
    else if (patch.view === 'latest') next.delete('view');
    if (patch.scopes) {
      next.delete('scope');
      for (const s of patch.scopes) next.append('scope', s);
    }
    setParams(next, { replace: true });
  };

  const series = useApi(
    (signal) => (scopes.length ? indicatorsApi.series(indicator.code, { scopes, view }, signal) : Promise.resolve(undefined)),
    `${indicator.code}:${view}:${scopes.join(',')}`,
  );
  const regionLabel = t('indicators.scope.region');
  const names = useMemo(() => (c: string) => scopeName(c, reference, locale, regionLabel), [reference, locale, regionLabel]);
  const data = series.data;
  const labels = { first: t('indicators.series.firstValue'), target: t('indicators.series.target') };
  const option = useMemo(() => (data ? buildOption(data, view, names, labels, locale) : EMPTY_OPTION), [data, view, names, locale]); // eslint-disable-line react-hooks/exhaustive-deps
  const hasPoints = Boolean(data?.series.some((s) => s.periods.length > 0));
  const isDemo = Boolean(indicator.isDemo || data?.series.some((s) => s.isDemo));
  const title = t('indicators.series.title');

  const toolbar = (
    <Flex gap={8} wrap align="center" style={{ marginBottom: 8 }}>
      <Segmented<ObservationView>
        value={view}
        onChange={(v) => setQuery({ view: v })}
        options={[
          { value: 'latest', label: t('indicators.view.latest') },
          { value: 'first', label: t('indicators.view.first') },
        ]}
        aria-label={t('indicators.view.label')}
        data-testid="series-view"
      />
      {indicator.level !== 'region' && (
        <Select<string[]>
          mode="multiple"
          aria-label={t('indicators.series.scopes')}
          placeholder={t('indicators.series.scopes')}
          showSearch={{ optionFilterProp: 'label' }}
          maxCount={MAX_SCOPES}
          maxTagCount="responsive"
          style={{ minWidth: 220, flex: '1 1 260px', maxWidth: 560 }}
          value={scopes}
          onChange={(next) => setQuery({ scopes: next })}
          options={scopeOptions(indicator.level, scopesOfLevel(indicator.level, reference), reference, locale, regionLabel)}
          data-testid="series-scopes"
        />
      )}
    </Flex>
  );

  if (series.error) return <ErrorAlert error={series.error} action={<Typography.Link onClick={series.reload}>{t('common.retry')}</Typography.Link>} />;
  if (series.loading && !data) return <Skeleton active />;

  return (
    <Chart
      testId="indicator-series"
      title={title}
      level={2}
      fileName={`indicator-${indicator.code}-${view}`}
      option={option}
      table={data ? tableOf(data, names, { scope: t('indicators.fields.scope'), period: t('indicators.fields.period'), value: view === 'first' ? t('indicators.view.first') : t('indicators.view.latest'), first: labels.first, target: labels.target, status: t('indicators.fields.status') }, (s) => t(`indicators.observationStatus.${s}`)) : { columns: [], rows: [] }}
      extra={isDemo ? <DemoTag /> : undefined}
      toolbar={toolbar}
      footer={
        <div style={{ marginTop: 8 }} data-testid="series-note">
          {!series.loading && !hasPoints && <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('indicators.series.noData')} />}
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {view === 'first' ? t('indicators.series.firstNote') : t('indicators.series.latestNote')}
          </Typography.Text>
        </div>
      }
    />
  );
}

const EMPTY_OPTION: ChartOption = { xAxis: { type: 'time' }, yAxis: { type: 'value' }, series: [] };
