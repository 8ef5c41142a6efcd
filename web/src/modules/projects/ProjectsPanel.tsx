/** The dashboard's panel of key projects: counts by phase and the projects on the city map, linking to the projects page. */
import { Card, Flex, Space, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { useApi } from '../../api/hooks.ts';
import { ErrorAlert } from '../../shell/ErrorAlert.tsx';
import { ProjectMapCard } from './ProjectMapCard.tsx';
import { projectsApi } from './projectsApi.ts';

export function ProjectsPanel() {
  const { t } = useTranslation();
  const map = useApi((signal) => projectsApi.map({}, signal), 'dashboard-projects-map');
  if (map.data && map.data.total === 0) return null;
  return (
    <Card
      size="small" data-testid="dashboard-projects"
      title={
        <Flex justify="space-between" align="center" gap={8} wrap>
          <Typography.Title level={2} style={{ fontSize: 16, margin: 0 }}>{t('projects.dashboard.title')}</Typography.Title>
          <Link to="/projects">{t('projects.dashboard.more')}</Link>
        </Flex>
      }
    >
      {Boolean(map.error) && <ErrorAlert error={map.error} />}
      {map.data && (
        <>
          <Space size={[8, 8]} wrap style={{ marginBottom: 12 }} data-testid="dashboard-projects-phases">
            <Typography.Text type="secondary">{t('projects.dashboard.byPhase')}:</Typography.Text>
            {map.data.phases.map((p) => <Link key={p.phase} to={`/projects?phase=${p.phase}`}><Tag>{t(`projects.phase.${p.phase}`)} {p.count}</Tag></Link>)}
          </Space>
          <ProjectMapCard map={map.data} compact />
        </>
      )}
    </Card>
  );
}
