/**
 * The leaders' dashboard: the year's headline figures (each opening the
 * records it counts), progress by focus area and by member, the supervision
 * board in miniature, an indicator against its targets, the integration
 * index, and a city map of any city-level indicator. Every chart exports as
 * PNG and Excel; the page prints on A4 landscape.
 */
import { PrinterOutlined } from '@ant-design/icons';
import { Button, Col, Collapse, Flex, Row, Select, Skeleton, Space, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router-dom';
import { useApi } from '../../api/hooks.ts';
import type { DashboardSummary } from '../../api/types.ts';
import { useLocale } from '../../i18n/useLocale.ts';
import { ErrorAlert } from '../../shell/ErrorAlert.tsx';
import { useReference } from '../region/reference.ts';
import { todayIn } from '../tasks/labels.ts';
import { CityChoropleth } from './CityChoropleth.tsx';
import { dashboardApi } from './dashboardApi.ts';
import { HeadlineFigures } from './HeadlineFigures.tsx';
import { IndexTrend } from './IndexTrend.tsx';
import { IndicatorTrend } from './IndicatorTrend.tsx';
import { MiniBoard } from './MiniBoard.tsx';
import { ProgressCharts } from './ProgressCharts.tsx';
import { ServicesPanel } from '../services/ServicesPanel.tsx';
import { ProjectsPanel } from '../projects/ProjectsPanel.tsx';
import { RisksPanel } from '../risks/RisksPanel.tsx';
import './dashboard.css';

const RULE_KEYS = ['tasks', 'reports', 'matters', 'decisions', 'byArea', 'byMember'] as const;

function Rules({ summary }: { summary: DashboardSummary }) {
  const { t } = useTranslation();
  const locale = useLocale();
  return (
    <Collapse
      size="small"
      data-testid="dashboard-rules"
      items={[
        {
          key: 'rules',
          label: t('dashboard.howCounted'),
          children: (
            <dl style={{ margin: 0 }}>
              {RULE_KEYS.map((key) => (
                <div key={key} style={{ marginBottom: 8 }}>
                  <dt style={{ fontWeight: 600 }}>{t(`dashboard.rulesTitle.${key}`)}</dt>
                  <dd style={{ margin: 0 }}>{locale === 'en' ? summary.rules[key].en : summary.rules[key].zh}</dd>
                </div>
              ))}
            </dl>
          ),
        },
      ]}
    />
  );
}

export default function DashboardPage() {
  const { t } = useTranslation();
  const { timeZone } = useReference();
  const [params, setParams] = useSearchParams();
  const thisYear = Number(todayIn(timeZone).slice(0, 4));
  const asked = Number(params.get('year'));
  const year = Number.isInteger(asked) && asked >= 2000 && asked <= 2200 ? asked : thisYear;
  const summary = useApi((signal) => dashboardApi.summary(year, signal), `summary:${year}`);
  const years = Array.from({ length: 8 }, (_, i) => thisYear + 1 - i);

  return (
    <div className="yrd-dashboard" data-testid="dashboard">
      <Flex justify="space-between" align="flex-start" gap={12} wrap style={{ marginBottom: 16 }}>
        <div>
          <Typography.Title level={1} style={{ fontSize: 22, margin: 0 }} data-testid="dashboard-title">
            {t('dashboard.title')} · {year}
          </Typography.Title>
          <Typography.Text type="secondary">
            {t('dashboard.description', { year })}
            {summary.data && ` ${t('dashboard.asOf', { today: summary.data.today })}`}
          </Typography.Text>
        </div>
        <Space className="yrd-no-print" wrap>
          <Select<number>
            aria-label={t('dashboard.year')}
            style={{ width: 110 }}
            value={year}
            onChange={(value) => setParams(value === thisYear ? {} : { year: String(value) })}
            options={years.map((y) => ({ value: y, label: String(y) }))}
            data-testid="dashboard-year"
          />
          <Button icon={<PrinterOutlined />} onClick={() => window.print()} data-testid="dashboard-print">
            {t('dashboard.print')}
          </Button>
        </Space>
      </Flex>

      <ErrorAlert error={summary.error} action={<Button size="small" onClick={summary.reload}>{t('common.retry')}</Button>} />
      <Space orientation="vertical" size={16} style={{ width: '100%' }}>
        {summary.data ? (
          <>
            <HeadlineFigures summary={summary.data} />
            <Rules summary={summary.data} />
            <Row gutter={[16, 16]}>
              <Col xs={24} xl={12}>
                <Space orientation="vertical" size={16} style={{ width: '100%' }}>
                  <ProgressCharts summary={summary.data} />
                </Space>
              </Col>
              <Col xs={24} xl={12}>
                <MiniBoard />
              </Col>
            </Row>
          </>
        ) : (
          !summary.error && <Skeleton active paragraph={{ rows: 6 }} />
        )}
        <Row gutter={[16, 16]}>
          <Col xs={24} xl={12}>
            <IndicatorTrend year={year} />
          </Col>
          <Col xs={24} xl={12}>
            <IndexTrend />
          </Col>
        </Row>
        <CityChoropleth year={year} />
        <ServicesPanel />
        <ProjectsPanel />
        <RisksPanel />
      </Space>
    </div>
  );
}
