/** The dashboard's panel of shared public services: the service × member matrix, compact, linking to the services page. */
import { Card, Flex, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { useApi } from '../../api/hooks.ts';
import { ErrorAlert } from '../../shell/ErrorAlert.tsx';
import { ServiceMatrixTable } from './ServiceMatrixTable.tsx';
import { servicesApi } from './servicesApi.ts';

export function ServicesPanel() {
  const { t } = useTranslation();
  const matrix = useApi((signal) => servicesApi.matrix(signal), 'dashboard-services-matrix');
  if (matrix.data && matrix.data.rows.length === 0) return null;
  return (
    <Card
      size="small"
      data-testid="dashboard-services"
      title={
        <Flex justify="space-between" align="center" gap={8} wrap>
          <Typography.Title level={2} style={{ fontSize: 16, margin: 0 }}>{t('services.dashboard.title')}</Typography.Title>
          <Link to="/services">{t('services.dashboard.more')}</Link>
        </Flex>
      }
    >
      {Boolean(matrix.error) && <ErrorAlert error={matrix.error} />}
      {matrix.data && <ServiceMatrixTable matrix={matrix.data} compact />}
    </Card>
  );
}
