/**
 * The index values of one version: a chart over the years per scope, a table
 * of every year × scope (each value opens its components), and the chosen
 * value taken apart: dimensions, indicators (raw, normalised, weight,
 * target) and links to the observations behind each raw value.
 */
import { Button, Card, Empty, Skeleton, Space, Tag, Typography } from 'antd';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router-dom';
import { buildUrl } from '../../api/client.ts';
import { useApi } from '../../api/hooks.ts';
import type { Indicator, IndexIndicatorComponent, IndexMethodVersion, IndexValue, IndexValueComponent, Locale } from '../../api/types.ts';
import { useLocale } from '../../i18n/useLocale.ts';
import { DemoTag } from '../../shell/DemoTag.tsx';
import { ErrorAlert } from '../../shell/ErrorAlert.tsx';
import { Chart } from '../dashboard/Chart.tsx';
import type { ChartOption } from '../dashboard/echarts.ts';
import { formatNumber, formatValue, indicatorName, scopeName } from '../indicators/labels.ts';
import { useReference, type Reference } from '../region/reference.ts';
import { ScrollableTable } from '../indicators/ScrollableTable.tsx';
import { indexApi } from './indexApi.ts';

const PALETTE = ['#1f4e8c', '#79a88a', '#d3a35c', '#a08bb8', '#c7796f', '#6fa9b3'];
const pct = (share: number) => `${(share * 100).toLocaleString(undefined, { maximumFractionDigits: 1 })}%`;

interface Props {
  methodCode: string;
  version: IndexMethodVersion;
  items: IndexValue[];
  indicators: Map<string, Indicator>;
  isDemo: boolean;
}

/** Region first, then members in reference order, then anything else. */
function orderScopes(codes: string[], reference: Reference | undefined): string[] {
  const order = ['region', ...(reference?.members ?? []).map((m) => m.code)];
  const rank = (c: string) => (order.includes(c) ? order.indexOf(c) : order.length);
  return [...new Set(codes)].sort((a, b) => rank(a) - rank(b) || a.localeCompare(b));
}

/** Where the observations behind a raw value are listed: that indicator's observations of that scope and year. */
export function observationsPath(indicatorCode: string, scopeCode: string, year: number, observationIds: string[]): string {
  return buildUrl(`/indicators/${encodeURIComponent(indicatorCode)}/observations`, {
    scope: scopeCode,
    year,
    observation: observationIds.length === 1 ? observationIds[0] : undefined,
  });
}

function chartOption(items: IndexValue[], scopes: string[], names: (c: string) => string, locale: Locale): ChartOption {
  const years = [...new Set(items.map((i) => i.year))].sort((a, b) => a - b);
  return {
    animation: false,
    tooltip: { trigger: 'axis', confine: true, valueFormatter: (v: unknown) => (typeof v === 'number' ? formatNumber(v, locale) : '—') },
    legend: { top: 0, type: 'scroll' },
    grid: { top: 52, left: 8, right: 24, bottom: 8 },
    xAxis: { type: 'category', data: years.map(String) },
    yAxis: { type: 'value', min: 0, max: 100 },
    series: scopes.map((scope, index) => ({
      type: 'line',
      name: names(scope),
      color: PALETTE[index % PALETTE.length],
      connectNulls: false,
      data: years.map((y) => items.find((i) => i.scopeCode === scope && i.year === y)?.value ?? null),
    })),
  };
}

export function IndexValues({ methodCode, version, items, indicators, isDemo }: Props) {
  const { t } = useTranslation();
  const locale = useLocale();
  const { reference } = useReference();
  const [params, setParams] = useSearchParams();
  const regionLabel = t('indexMethod.region');
  const names = useMemo(() => (c: string) => scopeName(c, reference, locale, regionLabel), [reference, locale, regionLabel]);
  const scopes = orderScopes(items.map((i) => i.scopeCode), reference);
  const years = [...new Set(items.map((i) => i.year))].sort((a, b) => b - a);
  const option = useMemo(() => chartOption(items, scopes, names, locale), [items, scopes.join(','), names, locale]); // eslint-disable-line react-hooks/exhaustive-deps

  const askedScope = params.get('scope');
  const askedYear = Number(params.get('year'));
  const selected =
    items.find((i) => i.scopeCode === askedScope && i.year === askedYear) ??
    items.find((i) => i.scopeCode === scopes[0] && i.year === years[0]);
  const select = (value: IndexValue) => {
    const next = new URLSearchParams(params);
    next.set('scope', value.scopeCode);
    next.set('year', String(value.year));
    setParams(next, { replace: true });
  };

  if (items.length === 0) {
    return (
      <Card size="small" title={<Typography.Title level={2} style={{ fontSize: 15, margin: 0 }}>{t('indexMethod.values.title')}</Typography.Title>}>
        <Empty description={t('indexMethod.values.empty')} data-testid="index-values-empty" />
      </Card>
    );
  }

  type Row = { year: number };
  return (
    <Space orientation="vertical" size={16} style={{ width: '100%' }}>
      <Chart
        testId="index-chart"
        title={t('indexMethod.values.chartTitle', { version: version.version })}
        fileName={`index-${methodCode}-v${version.version}`}
        option={option}
        table={{
          columns: [t('indexMethod.values.year'), ...scopes.map(names)],
          rows: [...years].reverse().map((y) => [String(y), ...scopes.map((s) => items.find((i) => i.scopeCode === s && i.year === y)?.value ?? null)]),
        }}
        extra={isDemo ? <DemoTag /> : undefined}
      />
      <Card
        size="small"
        title={
          <Typography.Title level={2} style={{ fontSize: 15, margin: 0 }}>
            {t('indexMethod.values.title')}
          </Typography.Title>
        }
        data-testid="index-values"
      >
        <Typography.Paragraph type="secondary">{t('indexMethod.values.hint')}</Typography.Paragraph>
        <ScrollableTable<Row>
          label={t('indexMethod.values.title')}
          size="small"
          rowKey="year"
          pagination={false}
          dataSource={years.map((year) => ({ year }))}
          scroll={{ x: 120 + scopes.length * 120 }}
          data-testid="index-values-table"
          columns={[
            { title: t('indexMethod.values.year'), dataIndex: 'year', width: 90, fixed: 'left' },
            ...scopes.map((scope) => ({
              title: names(scope),
              key: scope,
              width: 120,
              render: (_: unknown, row: Row) => {
                const value = items.find((i) => i.scopeCode === scope && i.year === row.year);
                if (!value) return '—';
                const active = value === selected;
                return (
                  <Button
                    size="small"
                    type={active ? 'primary' : 'link'}
                    onClick={() => select(value)}
                    aria-pressed={active}
                    aria-label={t('indexMethod.values.openLabel', { scope: names(scope), year: row.year, value: formatNumber(value.value, locale) })}
                    data-testid={`index-value-${scope}-${row.year}`}
                  >
                    {formatNumber(value.value, locale)}
                  </Button>
                );
              },
            })),
          ]}
        />
      </Card>
      {selected && <Components methodCode={methodCode} version={version} value={selected} indicators={indicators} names={names} />}
    </Space>
  );
}

interface ComponentsProps {
  methodCode: string;
  version: IndexMethodVersion;
  value: IndexValue;
  indicators: Map<string, Indicator>;
  names: (c: string) => string;
}

/** The chosen value taken apart; its components are read for it alone (the list leaves them out). */
function Components({ methodCode, version, value, indicators, names }: ComponentsProps) {
  const { t } = useTranslation();
  const locale = useLocale();
  const spec = version.spec;
  const detail = useApi(
    (signal) => indexApi.valueComponents(methodCode, version.version, value.scopeCode, value.year, signal),
    `${methodCode}:${version.version}:${value.scopeCode}:${value.year}`,
  );
  const dimensionName = (code: string) => {
    const d = spec.dimensions.find((x) => x.code === code);
    return d ? (locale === 'en' ? d.nameEn || d.nameZh : d.nameZh) : code;
  };
  const targetNormalised = spec.normalisation === 'target';

  return (
    <Card
      size="small"
      title={
        <Typography.Title level={2} style={{ fontSize: 15, margin: 0 }}>
          {t('indexMethod.components.title', { scope: names(value.scopeCode), year: value.year, value: formatNumber(value.value, locale) })}
        </Typography.Title>
      }
      data-testid="index-components"
      data-scope={value.scopeCode}
      data-year={value.year}
    >
      {detail.error ? (
        <ErrorAlert error={detail.error} action={<Typography.Link onClick={detail.reload}>{t('common.retry')}</Typography.Link>} />
      ) : detail.loading && !detail.data ? (
        <Skeleton active />
      ) : (
      <ScrollableTable<IndexValueComponent>
        label={t('indexMethod.explained.dimension')}
        size="small"
        rowKey="dimensionCode"
        pagination={false}
        dataSource={detail.data?.components ?? []}
        scroll={{ x: 900 }}
        expandable={{ defaultExpandAllRows: true, expandedRowRender: (d) => <IndicatorRows dimension={d} value={value} indicators={indicators} targetNormalised={targetNormalised} /> }}
        columns={[
          { title: t('indexMethod.explained.dimension'), key: 'name', render: (_, d) => dimensionName(d.dimensionCode) },
          { title: t('indexMethod.components.score'), key: 'value', width: 140, render: (_, d) => (d.value === null ? <Tag>{t('indexMethod.components.missing')}</Tag> : formatNumber(d.value, locale)) },
          { title: t('indexMethod.components.share'), key: 'weight', width: 140, render: (_, d) => pct(d.weight) },
        ]}
      />
      )}
    </Card>
  );
}

function IndicatorRows({ dimension, value, indicators, targetNormalised }: { dimension: IndexValueComponent; value: IndexValue; indicators: Map<string, Indicator>; targetNormalised: boolean }) {
  const { t } = useTranslation();
  const locale = useLocale();
  return (
    <ScrollableTable<IndexIndicatorComponent>
      label={t('indexMethod.components.indicator')}
      size="small"
      rowKey="code"
      pagination={false}
      dataSource={dimension.indicators}
      data-testid={`index-dimension-${dimension.dimensionCode}`}
      columns={[
        {
          title: t('indexMethod.components.indicator'),
          key: 'name',
          render: (_, i) => {
            const indicator = indicators.get(i.code);
            return <Link to={`/indicators/${encodeURIComponent(i.code)}`}>{indicator ? indicatorName(indicator, locale) : i.code}</Link>;
          },
        },
        { title: t('indexMethod.components.raw'), key: 'raw', width: 150, render: (_, i) => formatValue(i.raw, indicators.get(i.code), locale) },
        ...(targetNormalised
          ? [{ title: t('indexMethod.components.target'), key: 'target', width: 130, render: (_: unknown, i: IndexIndicatorComponent) => formatValue(i.target ?? null, indicators.get(i.code), locale) }]
          : []),
        {
          title: t('indexMethod.components.normalised'),
          key: 'normalised',
          width: 120,
          render: (_, i) => (i.normalised === null ? <Tag>{t('indexMethod.components.missing')}</Tag> : formatNumber(i.normalised, locale)),
        },
        { title: t('indexMethod.components.share'), key: 'weight', width: 110, render: (_, i) => pct(i.weight) },
        {
          title: t('indexMethod.components.observations'),
          key: 'observations',
          width: 170,
          render: (_, i) =>
            i.observationIds.length === 0 ? (
              '—'
            ) : (
              <Link to={observationsPath(i.code, value.scopeCode, value.year, i.observationIds)} data-testid={`index-observations-${i.code}`}>
                {t('indexMethod.components.observationsLink', { count: i.observationIds.length })}
              </Link>
            ),
        },
      ]}
    />
  );
}
