/** The dashboard's panel of the joint risk register: the likelihood × impact heat map, linking to the register. */
import { Card, Flex, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router-dom';
import { useApi } from '../../api/hooks.ts';
import { ErrorAlert } from '../../shell/ErrorAlert.tsx';
import { RiskHeatmap } from './RiskHeatmap.tsx';
import { risksApi } from './risksApi.ts';

export function RisksPanel() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const heat = useApi((signal) => risksApi.heatmap({ status: 'open' }, signal), 'dashboard-risk-heatmap');
  if (heat.data && heat.data.total === 0) return null;
  return (
    <Card
      size="small" data-testid="dashboard-risks"
      title={
        <Flex justify="space-between" align="center" gap={8} wrap>
          <Typography.Title level={2} style={{ fontSize: 16, margin: 0 }}>{t('risks.dashboard.title')}</Typography.Title>
          <Link to="/risks">{t('risks.dashboard.more')}</Link>
        </Flex>
      }
    >
      {Boolean(heat.error) && <ErrorAlert error={heat.error} />}
      {heat.data && <RiskHeatmap heatmap={heat.data} title={t('risks.dashboard.heatmap', { total: heat.data.total })} height={280} testId="dashboard-risk-heatmap" onCell={(l, i) => navigate(`/risks?status=open&cell=${l}x${i}`)} />}
    </Card>
  );
}
