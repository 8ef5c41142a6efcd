/**
 * Landing page after sign-in: who you are here (roles and for which member),
 * and the size of the region from the reference data. Only real counts: no
 * figures are shown that the platform does not hold yet.
 */
import { Card, Col, Row, Space, Statistic, Table, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { lazy } from 'react';
import { Link, Navigate } from 'react-router-dom';
import type { RoleGrant } from '../../api/types.ts';
import { useLocale } from '../../i18n/useLocale.ts';
import { DemoTag } from '../../shell/DemoTag.tsx';
import { ErrorAlert } from '../../shell/ErrorAlert.tsx';
import { hasRole } from '../auth/roles.ts';
import { useCurrentUser } from '../auth/session.tsx';
import { FirstAdminNotice } from '../users/FirstAdminNotice.tsx';
import { bodyName, localName, memberName } from '../region/labels.ts';
import { useReference } from '../region/reference.ts';

const TodoPage = lazy(() => import('../todo/TodoPage.tsx'));

export function HomePage() {
  const { t } = useTranslation();
  const locale = useLocale();
  const user = useCurrentUser();
  const { reference, error, loading } = useReference();
  const region = reference?.overview.region;
  const counts = reference?.overview.counts;
  // Leaders and observers read results: their home is the dashboard (other roles keep this page for now).
  if (user.roles.length > 0 && user.roles.every((grant) => grant.role === 'observer')) return <Navigate to="/dashboard" replace />;
  // Member and Office users work from their to-do queue (issue 12); it carries the welcome line.
  if (hasRole(user, 'office', 'liaison', 'editor')) return <TodoPage home />;

  const scopeOf = (grant: RoleGrant) => {
    const member = grant.memberCode ? reference?.memberByCode.get(grant.memberCode) : undefined;
    if (grant.memberCode) return member ? memberName(member, locale) : grant.memberCode;
    return t('home.wholeRegion');
  };
  const bodyOf = (grant: RoleGrant) => {
    const body = grant.bodyCode ? reference?.bodyByCode.get(grant.bodyCode) : undefined;
    return grant.bodyCode ? (body ? bodyName(body, locale) : grant.bodyCode) : '—';
  };

  return (
    <Space orientation="vertical" size={16} style={{ width: '100%' }}>
      <FirstAdminNotice />
      <Card>
        <Space align="center" size={12} wrap>
          <Typography.Title level={1} style={{ margin: 0, fontSize: 24 }} data-testid="home-welcome">
            {t('home.welcome', { name: user.displayName })}
          </Typography.Title>
          {user.isDemo && <DemoTag />}
        </Space>
        <Typography.Paragraph type="secondary" style={{ marginTop: 8, marginBottom: 0 }}>
          {t('home.intro')}
        </Typography.Paragraph>
      </Card>

      <Row gutter={[16, 16]}>
        <Col xs={24} lg={12}>
          <Card title={t('home.yourRoles')} size="small" style={{ height: '100%' }}>
            <Table<RoleGrant>
              data-testid="home-roles"
              rowKey="id"
              size="small"
              pagination={false}
              dataSource={user.roles}
              locale={{ emptyText: t('home.noRoles') }}
              columns={[
                { title: t('users.role'), dataIndex: 'role', render: (role: RoleGrant['role']) => t(`roles.${role}`) },
                { title: t('home.scope'), key: 'scope', render: (_, grant) => scopeOf(grant) },
                { title: t('users.body'), key: 'body', render: (_, grant) => bodyOf(grant) },
              ]}
            />
            <Typography.Paragraph type="secondary" style={{ marginTop: 12, marginBottom: 0, fontSize: 12 }}>
              {t('home.rolesHint')}
            </Typography.Paragraph>
          </Card>
        </Col>
        <Col xs={24} lg={12}>
          <Card
            title={region ? localName(region, locale) : t('home.region')}
            size="small"
            style={{ height: '100%' }}
            extra={<Link to="/region">{t('home.openRegion')}</Link>}
          >
            <ErrorAlert error={error} />
            <Row gutter={16} data-testid="home-counts">
              <Col span={8}>
                <Statistic title={t('home.members')} value={counts?.members ?? '—'} loading={loading} />
              </Col>
              <Col span={8}>
                <Statistic title={t('home.cities')} value={counts?.cities ?? '—'} loading={loading} />
              </Col>
              <Col span={8}>
                <Statistic title={t('home.bodies')} value={counts?.bodies ?? '—'} loading={loading} />
              </Col>
            </Row>
            {region && (
              <Typography.Paragraph type="secondary" style={{ marginTop: 16, marginBottom: 0, fontSize: 12 }}>
                {t('home.dataVersion', { version: region.dataVersion, timeZone: region.timeZone })}
              </Typography.Paragraph>
            )}
          </Card>
        </Col>
      </Row>
    </Space>
  );
}
