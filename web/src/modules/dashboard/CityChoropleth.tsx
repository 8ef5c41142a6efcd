/**
 * A city-level indicator on the map of the region's cities for one year: a
 * choropleth with its legend, the same values in a table beside it (what a
 * screen reader reads), and the note that the boundaries are not approved
 * map data. A city (on the map or in the table) opens its observations.
 */
import { Alert, Card, Col, Empty, Flex, Row, Select, Skeleton, Space, Table, Tag, Typography } from 'antd';
import { useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router-dom';
import { useApi } from '../../api/hooks.ts';
import type { City, IndicatorMapItem } from '../../api/types.ts';
import { useLocale } from '../../i18n/useLocale.ts';
import { DemoTag } from '../../shell/DemoTag.tsx';
import { ErrorAlert } from '../../shell/ErrorAlert.tsx';
import { CityMap } from '../region/CityMap.tsx';
import { cityName, memberShortName } from '../region/labels.ts';
import { useReference } from '../region/reference.ts';
import { ChartExport } from './ChartExport.tsx';
import { cityObservationsPath, dashboardApi } from './dashboardApi.ts';
import type { ChartInstance } from './echarts.ts';
import { formatNumber, indicatorLabel, indicatorName, isMissing } from './labels.ts';
import { PanelMessage } from './IndicatorTrend.tsx';

const MAP_HEIGHT = 460;
const YEARS_OFFERED = 10;

interface CityRow {
  city: City;
  item: IndicatorMapItem | undefined;
}

export function CityChoropleth({ year: pageYear }: { year: number }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const navigate = useNavigate();
  const { reference } = useReference();
  const chart = useRef<ChartInstance | null>(null);
  const indicators = useApi((signal) => dashboardApi.indicators({ level: 'city', status: 'active' }, signal), 'dashboard-city-indicators');
  const [code, setCode] = useState<string | undefined>(undefined);
  // Until a year is picked, the server answers the latest year that has values (this year's often has none yet).
  const [pickedYear, setPickedYear] = useState<number | undefined>(undefined);
  const indicator = indicators.data?.find((i) => i.code === code) ?? indicators.data?.[0];
  const map = useApi(
    (signal) => (indicator ? dashboardApi.map(indicator.code, pickedYear, signal) : Promise.resolve(undefined)),
    indicator ? `${indicator.code}:${pickedYear ?? 'latest'}` : '',
  );
  const year = pickedYear ?? map.data?.year ?? pageYear;
  const items = map.data?.items;
  const values = useMemo(() => new Map((items ?? []).map((i) => [i.cityCode, i.value])), [items]);
  const rows = useMemo<CityRow[]>(() => {
    const byCity = new Map((items ?? []).map((i) => [i.cityCode, i]));
    return (reference?.cities ?? []).map((city) => ({ city, item: byCity.get(city.code) }));
  }, [items, reference]);
  const title = t('dashboard.map.title');
  const years = [...new Set([...Array.from({ length: YEARS_OFFERED }, (_, i) => pageYear - i), year])].sort((a, b) => b - a);
  const open = (cityCode: string) => indicator && navigate(cityObservationsPath(indicator.code, cityCode, year));
  const member = (code: string) => {
    const m = reference?.memberByCode.get(code);
    return m ? memberShortName(m, locale) : code;
  };

  if (indicators.error) {
    return (
      <PanelMessage title={title} testId="dashboard-map">
        {isMissing(indicators.error) ? <Empty description={t('dashboard.trend.unavailable')} /> : <ErrorAlert error={indicators.error} />}
      </PanelMessage>
    );
  }
  if (!indicators.data || !reference) return <PanelMessage title={title} testId="dashboard-map"><Skeleton active /></PanelMessage>;
  if (!indicator) return <PanelMessage title={title} testId="dashboard-map"><Empty description={t('dashboard.map.noIndicators')} /></PanelMessage>;

  const label = indicatorLabel(indicator, locale);
  const isDemo = indicator.isDemo || (items ?? []).some((i) => i.isDemo);
  const table = {
    columns: [t('dashboard.map.city'), t('dashboard.map.code'), t('dashboard.map.member'), label, t('dashboard.map.period'), t('dashboard.map.status')],
    rows: rows.map((r) => [
      cityName(r.city, locale),
      r.city.code,
      member(r.city.memberCode),
      r.item?.value ?? null,
      r.item?.period ?? null,
      r.item ? t(`dashboard.map.statuses.${r.item.status}`) : null,
    ]),
  };

  return (
    <Card
      size="small"
      className="yrd-chart-card"
      data-testid="dashboard-map"
      data-indicator={indicator.code}
      data-year={year}
      title={
        <Typography.Title level={2} style={{ fontSize: 15, margin: 0 }}>
          {title}
        </Typography.Title>
      }
      extra={
        <Flex gap={8} align="center" wrap>
          {isDemo && <DemoTag />}
          <ChartExport chart={() => chart.current} title={`${title}: ${indicatorName(indicator, locale)} ${year}`} fileName={`map-${indicator.code}-${year}`} table={table} testId="dashboard-map-export" />
        </Flex>
      }
    >
      <Flex gap={8} wrap style={{ marginBottom: 8 }} className="yrd-no-print">
        <Select<string>
          aria-label={t('dashboard.map.indicator')}
          showSearch={{ optionFilterProp: 'label' }}
          style={{ width: 260, maxWidth: '100%' }}
          value={indicator.code}
          onChange={(next) => {
            setCode(next);
            setPickedYear(undefined);
          }}
          options={indicators.data.map((i) => ({ value: i.code, label: indicatorName(i, locale) }))}
          data-testid="map-indicator"
        />
        <Select<number>
          aria-label={t('dashboard.map.year')}
          style={{ width: 110 }}
          value={year}
          onChange={setPickedYear}
          options={years.map((y) => ({ value: y, label: String(y) }))}
          data-testid="map-year"
        />
      </Flex>
      <Typography.Text strong className="yrd-print-only">
        {label} · {year}
      </Typography.Text>
      <ErrorAlert error={map.error} />
      <Row gutter={[16, 16]}>
        <Col xs={24} xl={14}>
          <CityMap
            cities={reference.cities}
            members={reference.members}
            values={values}
            valueLabel={label}
            formatValue={(v) => formatNumber(v, locale)}
            onCityClick={open}
            onChart={(instance) => {
              chart.current = instance;
            }}
            height={MAP_HEIGHT}
            labels={{ title: `${title}: ${label} ${year}`, code: t('region.code'), member: t('region.member'), noData: t('region.noData') }}
          />
          <Typography.Paragraph type="secondary" style={{ fontSize: 12, margin: '4px 0' }}>
            {t('dashboard.map.legend')} {t('dashboard.map.openCity')}
          </Typography.Paragraph>
          {!map.loading && values.size === 0 && <Alert type="info" showIcon title={t('dashboard.map.noData', { year })} data-testid="map-no-data" />}
          <Alert type="warning" showIcon data-testid="map-disclaimer" title={t('region.mapDisclaimerTitle')} description={t('region.mapDisclaimer')} style={{ marginTop: 8 }} />
        </Col>
        <Col xs={24} xl={10}>
          <Table<CityRow>
            data-testid="map-table"
            size="small"
            rowKey={(r) => r.city.code}
            loading={map.loading}
            pagination={false}
            scroll={{ y: MAP_HEIGHT }}
            dataSource={rows}
            title={() => <Typography.Text strong>{`${t('dashboard.map.tableTitle')}: ${label}, ${year}`}</Typography.Text>}
            columns={[
              {
                title: t('dashboard.map.city'),
                key: 'city',
                render: (_, r) => (
                  <Link to={cityObservationsPath(indicator.code, r.city.code, year)} data-testid={`map-city-${r.city.code}`}>
                    {cityName(r.city, locale)}
                  </Link>
                ),
              },
              { title: t('dashboard.map.member'), key: 'member', width: 80, render: (_, r) => member(r.city.memberCode) },
              {
                title: t('dashboard.map.value'),
                key: 'value',
                width: 110,
                align: 'right',
                render: (_, r) => (r.item ? formatNumber(r.item.value, locale) : '—'),
              },
              {
                title: t('dashboard.map.period'),
                key: 'period',
                width: 120,
                render: (_, r) =>
                  r.item && (
                    <Space size={4} wrap>
                      <span>{r.item.period}</span>
                      {r.item.status === 'provisional' && <Tag style={{ marginInlineEnd: 0 }}>{t('dashboard.map.statuses.provisional')}</Tag>}
                    </Space>
                  ),
              },
            ]}
          />
        </Col>
      </Row>
    </Card>
  );
}
