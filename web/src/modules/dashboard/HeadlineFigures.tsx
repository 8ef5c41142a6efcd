/**
 * The year's headline figures. Each is a link to the list of exactly the
 * records it counts (the server gives the address with the figure), so a
 * leader can always see what a number stands for.
 */
import { Card, Col, Row, Space, Statistic, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import type { DashboardFigure, DashboardSummary } from '../../api/types.ts';
import { DemoTag } from '../../shell/DemoTag.tsx';

interface FigureCardProps {
  testId: string;
  label: string;
  figure: DashboardFigure;
  /** A second line: e.g. "of 40 tasks due this year", itself a link. */
  sub?: { text: string; figure: DashboardFigure; testId: string };
  tone?: 'success' | 'warning' | 'danger';
}

const TONES = { success: '#237804', warning: '#ad6800', danger: '#a8071a' } as const;

function FigureCard({ testId, label, figure, sub, tone }: FigureCardProps) {
  return (
    <Card size="small" style={{ height: '100%' }}>
      <Link to={figure.drill} data-testid={testId} data-value={figure.value} style={{ display: 'block', color: 'inherit' }}>
        <Statistic
          title={
            <Space size={6} wrap>
              <span>{label}</span>
              {figure.demo > 0 && <DemoTag />}
            </Space>
          }
          value={figure.value}
          styles={{ content: { color: tone ? TONES[tone] : undefined } }}
        />
      </Link>
      {sub && (
        <Link to={sub.figure.drill} data-testid={sub.testId} data-value={sub.figure.value}>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {sub.text}
          </Typography.Text>
        </Link>
      )}
    </Card>
  );
}

export function HeadlineFigures({ summary }: { summary: DashboardSummary }) {
  const { t } = useTranslation();
  const { tasks, reports, matters, decisions } = summary;
  const ofTasks = { text: t('dashboard.figures.ofTotal', { total: tasks.total.value }), figure: tasks.total, testId: 'figure-tasks-total' };
  const cards: FigureCardProps[] = [
    { testId: 'figure-tasks-completed', label: t('dashboard.figures.completed'), figure: tasks.completed, sub: ofTasks, tone: 'success' },
    { testId: 'figure-tasks-on-track', label: t('dashboard.figures.onTrack'), figure: tasks.onTrack, sub: ofTasks },
    { testId: 'figure-tasks-behind', label: t('dashboard.figures.behind'), figure: tasks.behind, sub: ofTasks, tone: 'warning' },
    { testId: 'figure-tasks-overdue', label: t('dashboard.figures.overdue'), figure: tasks.overdue, sub: ofTasks, tone: 'danger' },
    {
      testId: 'figure-reports-accepted',
      label: t('dashboard.figures.accepted'),
      figure: reports.accepted,
      sub: { text: t('dashboard.figures.onTime', { count: reports.acceptedOnTime.value }), figure: reports.acceptedOnTime, testId: 'figure-reports-on-time' },
    },
    { testId: 'figure-matters-resolved', label: t('dashboard.figures.resolved'), figure: matters.resolved },
    {
      testId: 'figure-decisions-implemented',
      label: t('dashboard.figures.implemented'),
      figure: decisions.implemented,
      sub: { text: t('dashboard.figures.ofDecisions', { total: decisions.total.value }), figure: decisions.total, testId: 'figure-decisions-total' },
    },
    { testId: 'figure-tasks-not-started', label: t('dashboard.figures.notStarted'), figure: tasks.notStarted, sub: ofTasks },
  ];
  return (
    <Row gutter={[12, 12]} data-testid="dashboard-figures">
      {cards.map((card) => (
        <Col key={card.testId} xs={24} sm={12} lg={6}>
          <FigureCard {...card} />
        </Col>
      ))}
    </Row>
  );
}
