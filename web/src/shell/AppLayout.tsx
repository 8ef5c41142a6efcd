/**
 * The signed-in frame: side menu (entries by role), header (inbox with its
 * unread count, language, user menu), and the page. Pages load lazily, so
 * the Suspense boundary is here.
 */
import {
  AlertOutlined,
  ApiOutlined,
  AuditOutlined,
  BellOutlined,
  CalendarOutlined,
  CarryOutOutlined,
  DashboardOutlined,
  EnvironmentOutlined,
  FileProtectOutlined,
  HomeOutlined,
  LineChartOutlined,
  PartitionOutlined,
  ProfileOutlined,
  TableOutlined,
  TeamOutlined,
} from '@ant-design/icons';
import { Badge, Layout, Menu, Spin, theme, type MenuProps } from 'antd';
import { Suspense, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Outlet, useLocation } from 'react-router-dom';
import type { RoleName } from '../api/types.ts';
import { ACCESS, hasRole } from '../modules/auth/roles.ts';
import { useCurrentUser } from '../modules/auth/session.tsx';
import { InboxBell } from '../modules/inbox/InboxBell.tsx';
import { useUnreadCount } from '../modules/inbox/unread.ts';
import { WORK_ACCESS } from '../modules/tasks/access.ts';
import { MATTER_ACCESS } from '../modules/matters/access.ts';
import { AGREEMENT_ACCESS } from '../modules/agreements/access.ts';
import { MEETING_ACCESS } from '../modules/meetings/access.ts';
import { LanguageSwitch } from './LanguageSwitch.tsx';
import { ProductMark } from './ProductMark.tsx';
import { UserMenu } from './UserMenu.tsx';

interface NavEntry {
  path: string;
  labelKey: string;
  testId: string;
  icon: ReactNode;
  roles?: readonly RoleName[];
}

const NAV: NavEntry[] = [
  { path: '/', labelKey: 'nav.home', testId: 'nav-home', icon: <HomeOutlined /> },
  { path: '/region', labelKey: 'nav.region', testId: 'nav-region', icon: <EnvironmentOutlined /> },
  { path: '/dashboard', labelKey: 'nav.dashboard', testId: 'nav-dashboard', icon: <DashboardOutlined />, roles: WORK_ACCESS.read },
  { path: '/indicators', labelKey: 'nav.indicators', testId: 'nav-indicators', icon: <LineChartOutlined />, roles: WORK_ACCESS.read },
  { path: '/my-work', labelKey: 'nav.mywork', testId: 'nav-mywork', icon: <CarryOutOutlined />, roles: WORK_ACCESS.read },
  { path: '/plans', labelKey: 'nav.plans', testId: 'nav-plans', icon: <PartitionOutlined />, roles: WORK_ACCESS.read },
  { path: '/tasks', labelKey: 'nav.tasks', testId: 'nav-tasks', icon: <ProfileOutlined />, roles: WORK_ACCESS.read },
  { path: '/supervision/board', labelKey: 'nav.board', testId: 'nav-board', icon: <TableOutlined />, roles: WORK_ACCESS.read },
  { path: '/matters', labelKey: 'nav.matters', testId: 'nav-matters', icon: <AlertOutlined />, roles: MATTER_ACCESS.read },
  { path: '/agreements', labelKey: 'nav.agreements', testId: 'nav-agreements', icon: <FileProtectOutlined />, roles: AGREEMENT_ACCESS.read },
  { path: '/meetings', labelKey: 'nav.meetings', testId: 'nav-meetings', icon: <CalendarOutlined />, roles: MEETING_ACCESS.read },
  // Everyone signed in has an inbox (the server allows it to all).
  { path: '/inbox', labelKey: 'nav.inbox', testId: 'nav-inbox', icon: <BellOutlined /> },
  { path: '/admin/users', labelKey: 'nav.users', testId: 'nav-users', icon: <TeamOutlined />, roles: ACCESS.manageUsers },
  { path: '/audit', labelKey: 'nav.audit', testId: 'nav-audit', icon: <AuditOutlined />, roles: ACCESS.readAudit },
  { path: '/admin/webhooks', labelKey: 'nav.webhooks', testId: 'nav-webhooks', icon: <ApiOutlined />, roles: WORK_ACCESS.webhooks },
];

/** The menu entry of the current page: the longest matching prefix ("/admin/users/…" → Users). */
function selectedKey(pathname: string): string {
  const matches = NAV.filter((n) => (n.path === '/' ? pathname === '/' : pathname === n.path || pathname.startsWith(`${n.path}/`)));
  return matches.sort((a, b) => b.path.length - a.path.length)[0]?.path ?? '';
}

export function AppLayout() {
  const { t } = useTranslation();
  const user = useCurrentUser();
  const location = useLocation();
  const [collapsed, setCollapsed] = useState(false);
  const { token } = theme.useToken();
  const unread = useUnreadCount(location.pathname);

  const items: MenuProps['items'] = NAV.filter((n) => !n.roles || hasRole(user, ...n.roles)).map((n) => ({
    key: n.path,
    icon: n.icon,
    label:
      n.path === '/inbox' ? (
        <Link to={n.path} data-testid={n.testId} data-unread={unread}>
          {t(n.labelKey)}
          {unread > 0 && <Badge count={unread} size="small" overflowCount={99} style={{ marginInlineStart: 8, boxShadow: 'none' }} />}
        </Link>
      ) : (
        <Link to={n.path} data-testid={n.testId}>
          {t(n.labelKey)}
        </Link>
      ),
  }));

  return (
    <Layout style={{ minHeight: '100vh' }}>
      {/* Sticky: the menu stays in view on long pages. */}
      <Layout.Sider
        collapsible
        collapsed={collapsed}
        onCollapse={setCollapsed}
        width={220}
        breakpoint="lg"
        style={{ position: 'sticky', top: 0, height: '100vh', overflow: 'auto' }}
      >
        <div style={{ height: 56, padding: '0 20px', display: 'flex', alignItems: 'center' }}>
          <ProductMark collapsed={collapsed} dark />
        </div>
        <Menu theme="dark" mode="inline" selectedKeys={[selectedKey(location.pathname)]} items={items} />
      </Layout.Sider>
      <Layout>
        <Layout.Header
          style={{
            background: token.colorBgContainer,
            borderBottom: `1px solid ${token.colorBorderSecondary}`,
            padding: '0 16px 0 24px',
            height: 56,
            lineHeight: '56px',
            display: 'flex',
            alignItems: 'center',
            justifyContent: 'space-between',
          }}
        >
          {/* One line, cut with an ellipsis: on a phone it would otherwise spill over the page below the header. */}
          <span style={{ color: token.colorTextSecondary, minWidth: 0, overflow: 'hidden', whiteSpace: 'nowrap', textOverflow: 'ellipsis' }}>{t('app.tagline')}</span>
          <div style={{ display: 'flex', alignItems: 'center', gap: 8 }}>
            <InboxBell unread={unread} />
            <LanguageSwitch />
            <UserMenu />
          </div>
        </Layout.Header>
        <Layout.Content style={{ padding: 24 }}>
          <Suspense
            fallback={
              <div style={{ padding: 48, textAlign: 'center' }}>
                <Spin />
              </div>
            }
          >
            <Outlet />
          </Suspense>
        </Layout.Content>
        <Layout.Footer style={{ textAlign: 'center', color: token.colorTextSecondary, padding: '12px 24px', fontSize: 12 }}>
          {t('app.footer')}
        </Layout.Footer>
      </Layout>
    </Layout>
  );
}
