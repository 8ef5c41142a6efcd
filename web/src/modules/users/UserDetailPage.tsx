/** One account, for administrators: profile, roles, password and lockout. */
import { ArrowLeftOutlined } from '@ant-design/icons';
import { Button, Col, Descriptions, Card, Result, Row, Space, Spin } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';
import { ApiError } from '../../api/client.ts';
import { useApi } from '../../api/hooks.ts';
import { DemoTag } from '../../shell/DemoTag.tsx';
import { ErrorAlert } from '../../shell/ErrorAlert.tsx';
import { formatDateTime } from '../../shell/format.ts';
import { PageHeader } from '../../shell/PageHeader.tsx';
import { useReference } from '../region/reference.ts';
import { UserProfileCard } from './UserProfileCard.tsx';
import { UserRolesCard } from './UserRolesCard.tsx';
import { UserSecurityCard } from './UserSecurityCard.tsx';
import { UserStatusTag } from './UserStatusTag.tsx';
import { usersApi } from './usersApi.ts';

export default function UserDetailPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const { timeZone } = useReference();
  const { data: user, error, loading, reload, setData } = useApi((signal) => usersApi.get(id, signal), id);

  const back = (
    <Link to="/admin/users">
      <Button icon={<ArrowLeftOutlined />}>{t('users.detail.back')}</Button>
    </Link>
  );

  if (!user) {
    if (loading) return <Spin style={{ display: 'block', padding: 48 }} />;
    if (error instanceof ApiError && (error.status === 404 || error.status === 400)) {
      return <Result status="404" title={t('users.detail.notFound')} extra={back} />;
    }
    return <ErrorAlert error={error} action={<Button size="small" onClick={reload}>{t('common.retry')}</Button>} />;
  }

  return (
    <>
      <PageHeader
        breadcrumbs={[{ label: t('nav.users'), to: '/admin/users' }, { label: user.displayName }]}
        title={
          <Space>
            {user.displayName}
            {user.isDemo && <DemoTag />}
          </Space>
        }
        description={user.username}
        extra={back}
      />
      <Card size="small" style={{ marginBottom: 16 }}>
        <Descriptions
          size="small"
          column={{ xs: 1, md: 2, xl: 4 }}
          data-testid="user-summary"
          items={[
            { key: 'username', label: t('users.username'), children: user.username },
            { key: 'status', label: t('users.statusLabel'), children: <UserStatusTag status={user.status} /> },
            { key: 'locale', label: t('users.locale'), children: user.locale === 'en' ? 'English' : '简体中文' },
            {
              key: 'password',
              label: t('users.detail.password'),
              children: user.mustChangePassword ? t('users.mustChangePassword') : t('users.detail.passwordSet'),
            },
            { key: 'created', label: t('users.detail.createdAt'), children: formatDateTime(user.createdAt, timeZone) },
            { key: 'updated', label: t('users.detail.updatedAt'), children: formatDateTime(user.updatedAt, timeZone) },
            { key: 'lastLogin', label: t('users.lastLogin'), children: user.lastLoginAt ? formatDateTime(user.lastLoginAt, timeZone) : t('users.neverSignedIn') },
            { key: 'version', label: t('users.detail.version'), children: user.version },
          ]}
        />
      </Card>
      <Row gutter={[16, 16]}>
        <Col xs={24} xl={10}>
          <Space orientation="vertical" size={16} style={{ width: '100%' }}>
            {/* Keyed by version: a reloaded or saved account starts a fresh form with what the server holds. */}
            <UserProfileCard key={user.version} user={user} onSaved={setData} onReload={reload} />
            <UserSecurityCard user={user} onChanged={reload} />
          </Space>
        </Col>
        <Col xs={24} xl={14}>
          <UserRolesCard user={user} onChanged={setData} />
        </Col>
      </Row>
    </>
  );
}
