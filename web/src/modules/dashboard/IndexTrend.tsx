/**
 * The integration index over time, for the region and each member, as the
 * current published method computes it. Without a published method there is
 * no index, and the panel says so rather than drawing an empty chart.
 */
import { Empty, Skeleton, Typography } from 'antd';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useApi } from '../../api/hooks.ts';
import type { IndexValues, Locale } from '../../api/types.ts';
import { useLocale } from '../../i18n/useLocale.ts';
import { DemoTag } from '../../shell/DemoTag.tsx';
import { ErrorAlert } from '../../shell/ErrorAlert.tsx';
import { memberShortName } from '../region/labels.ts';
import { useReference } from '../region/reference.ts';
import { Chart } from './Chart.tsx';
import { dashboardApi } from './dashboardApi.ts';
import type { ChartOption } from './echarts.ts';
import { formatNumber, isMissing } from './labels.ts';
import { PanelMessage } from './IndicatorTrend.tsx';

/** The method the platform publishes by default; another region may name its own. */
const PREFERRED_METHOD = 'YRD_INTEGRATION';

async function loadIndex(signal: AbortSignal): Promise<IndexValues | null> {
  // Only a method with a published version has values.
  const published = (await dashboardApi.indexMethods(signal)).filter((m) => m.currentVersion !== null);
  const method = published.find((m) => m.code === PREFERRED_METHOD) ?? published[0];
  return method ? dashboardApi.indexValues(method.code, signal) : null;
}

export function IndexTrend() {
  const { t } = useTranslation();
  const locale = useLocale();
  const { reference } = useReference();
  const index = useApi((signal) => loadIndex(signal), 'dashboard-index');
  const title = t('dashboard.index.title');
  const data = index.data;
  const scopeName = (code: string) => {
    const member = reference?.memberByCode.get(code);
    return code === 'region' ? t('dashboard.trend.region') : member ? memberShortName(member, locale) : code;
  };
  const years = useMemo(() => [...new Set((data?.items ?? []).map((v) => v.year))].sort((a, b) => a - b), [data]);
  const scopes = useMemo(() => [...new Set((data?.items ?? []).map((v) => v.scopeCode))].sort((a, b) => (a === 'region' ? -1 : b === 'region' ? 1 : a.localeCompare(b))), [data]);
  const option = useMemo<ChartOption>(
    () => ({
      animation: false,
      tooltip: { trigger: 'axis', valueFormatter: (v: unknown) => (typeof v === 'number' ? formatNumber(v, locale as Locale) : '—') },
      legend: { top: 0 },
      grid: { top: 32, left: 8, right: 24, bottom: 8, containLabel: true },
      xAxis: { type: 'category', data: years.map(String) },
      yAxis: { type: 'value', scale: true },
      series: scopes.map((scope) => ({
        type: 'line',
        name: scopeName(scope),
        lineStyle: scope === 'region' ? { width: 3 } : { width: 1.5 },
        data: years.map((year) => data?.items.find((v) => v.scopeCode === scope && v.year === year)?.value ?? null),
      })),
    }),
    [data, years, scopes, locale, reference], // eslint-disable-line react-hooks/exhaustive-deps
  );

  if (index.error && !isMissing(index.error)) return <PanelMessage title={title} testId="chart-index"><ErrorAlert error={index.error} /></PanelMessage>;
  if (index.loading && !data) return <PanelMessage title={title} testId="chart-index"><Skeleton active /></PanelMessage>;
  if (!data) return <PanelMessage title={title} testId="chart-index"><Empty description={t('dashboard.index.none')} data-testid="index-none" /></PanelMessage>;
  if (data.items.length === 0) return <PanelMessage title={title} testId="chart-index"><Empty description={t('dashboard.index.noValues')} /></PanelMessage>;

  const methodName = locale === 'en' ? data.method.nameEn || data.method.nameZh : data.method.nameZh;
  return (
    <Chart
      testId="chart-index"
      title={title}
      fileName={`index-${data.method.code}`}
      option={option}
      table={{
        columns: [t('dashboard.index.scope'), t('dashboard.index.year'), t('dashboard.index.value')],
        rows: data.items.map((v) => [scopeName(v.scopeCode), v.year, v.value]),
      }}
      extra={data.method.isDemo ? <DemoTag /> : undefined}
      footer={
        <Typography.Paragraph type="secondary" style={{ fontSize: 12, margin: '8px 0 0' }}>
          {t('dashboard.index.method', { name: methodName, version: data.version.version })}
        </Typography.Paragraph>
      }
    />
  );
}
