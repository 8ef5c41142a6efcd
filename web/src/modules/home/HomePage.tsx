/**
 * Landing page after sign-in, by role (issue 12): member and Office users get
 * their to-do queue; observers (the leaders' reading role) the dashboard; an
 * administrator without a work role this page — why the work pages are closed,
 * the one-step grant, and the administration shortcuts — with their roles and
 * the size of the region from the reference data (only real counts).
 */
import { AuditOutlined, ApiOutlined, KeyOutlined, SettingOutlined, TeamOutlined, UploadOutlined } from '@ant-design/icons';
import { Card, Col, Row, Space, Statistic, Table, Typography } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { lazy } from 'react';
import { Link, Navigate } from 'react-router-dom';
import type { RoleGrant } from '../../api/types.ts';
import { useLocale } from '../../i18n/useLocale.ts';
import { DemoTag } from '../../shell/DemoTag.tsx';
import { ErrorAlert } from '../../shell/ErrorAlert.tsx';
import { ACCESS, hasRole } from '../auth/roles.ts';
import { TOKEN_ACCESS } from '../tokens/access.ts';
import { WORK_ACCESS } from '../tasks/access.ts';
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
  // Member and Office users work from their to-do queue (issue 12); it carries the welcome line.
  if (hasRole(user, ...WORK_ACCESS.file)) return <TodoPage home />;
  // Leaders and observers read results and have no queue: their home is the dashboard (an administrator too, when also an observer).
  if (hasRole(user, 'observer')) return <Navigate to="/dashboard" replace />;

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

      {hasRole(user, ...ACCESS.manageUsers) && <AdminShortcuts />}

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

interface Shortcut {
  to: string;
  icon: ReactNode;
  key: string;
  testId: string;
}

/** What an administrator comes to do, one click away (the same addresses as the menu). */
function AdminShortcuts() {
  const { t } = useTranslation();
  const user = useCurrentUser();
  const shortcuts: Shortcut[] = [
    { to: '/admin/users', icon: <TeamOutlined />, key: 'users', testId: 'home-admin-users' },
    { to: '/admin/users?import=1', icon: <UploadOutlined />, key: 'import', testId: 'home-admin-import' },
    ...(hasRole(user, ...ACCESS.readAudit) ? [{ to: '/audit', icon: <AuditOutlined />, key: 'audit', testId: 'home-admin-audit' }] : []),
    ...(hasRole(user, ...WORK_ACCESS.webhooks) ? [{ to: '/admin/webhooks', icon: <ApiOutlined />, key: 'webhooks', testId: 'home-admin-webhooks' }] : []),
    ...(hasRole(user, ...TOKEN_ACCESS.manage) ? [{ to: '/admin/tokens', icon: <KeyOutlined />, key: 'tokens', testId: 'home-admin-tokens' }] : []),
    { to: '/account', icon: <SettingOutlined />, key: 'account', testId: 'home-admin-account' },
  ];
  return (
    <Card
      size="small"
      data-testid="home-admin"
      title={
        <Typography.Title level={2} style={{ fontSize: 16, margin: 0 }}>
          {t('home.admin.title')}
        </Typography.Title>
      }
    >
      <Row gutter={[12, 12]}>
        {shortcuts.map((s) => (
          <Col key={s.key} xs={24} sm={12} xl={8}>
            <Link to={s.to} data-testid={s.testId} style={{ display: 'block', padding: '8px 12px', border: '1px solid #e6edf7', borderRadius: 4 }}>
              <Space align="start" size={8}>
                <span aria-hidden>{s.icon}</span>
                <span>
                  <span style={{ display: 'block', fontWeight: 500 }}>{t(`home.admin.${s.key}`)}</span>
                  <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                    {t(`home.admin.${s.key}Hint`)}
                  </Typography.Text>
                </span>
              </Space>
            </Link>
          </Col>
        ))}
      </Row>
    </Card>
  );
}
