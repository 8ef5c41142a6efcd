/**
 * The signed-in frame: side menu (entries by role), header (inbox with its
 * unread count, language, user menu), and the page. Pages load lazily, so
 * the Suspense boundary is here.
 */
import {
  AlertOutlined,
  ApiOutlined,
  KeyOutlined,
  NotificationOutlined,
  AuditOutlined,
  BellOutlined,
  CalendarOutlined,
  CarryOutOutlined,
  CheckSquareOutlined,
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
import { MenuOutlined, MedicineBoxOutlined, ProjectOutlined, SafetyOutlined } from '@ant-design/icons';
import { FileTextOutlined } from '@ant-design/icons';
import { Badge, Button, Drawer, Layout, Menu, Spin, theme, type MenuProps } from 'antd';
import { Suspense, useRef, useState, type MouseEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Outlet, useLocation } from 'react-router-dom';
import type { RoleName } from '../api/types.ts';
import { ACCESS, hasRole } from '../modules/auth/roles.ts';
import { useCurrentUser } from '../modules/auth/session.tsx';
import { InboxBell } from '../modules/inbox/InboxBell.tsx';
import { useUnreadCount } from '../modules/inbox/unread.ts';
import { useTodoCount } from '../modules/todo/todoCount.ts';
import { WORK_ACCESS } from '../modules/tasks/access.ts';
import { MATTER_ACCESS } from '../modules/matters/access.ts';
import { AGREEMENT_ACCESS } from '../modules/agreements/access.ts';
import { MEETING_ACCESS } from '../modules/meetings/access.ts';
import { TOKEN_ACCESS } from '../modules/tokens/access.ts';
import { PUBLICATION_ACCESS } from '../modules/publications/access.ts';
import { LanguageSwitch } from './LanguageSwitch.tsx';
import { ProductMark } from './ProductMark.tsx';
import { UserMenu } from './UserMenu.tsx';
import { SearchPalette } from '../modules/search/SearchPalette.tsx';
import { useNarrowScreen } from './useNarrowScreen.ts';
import { useScrollRegions } from './useScrollRegions.ts';
import './shell.css';

interface NavEntry {
  path: string;
  labelKey: string;
  testId: string;
  icon: ReactNode;
  roles?: readonly RoleName[];
}

const NAV: NavEntry[] = [
  { path: '/', labelKey: 'nav.home', testId: 'nav-home', icon: <HomeOutlined /> },
  // The to-do queue (待办) with its count; roles with a queue only (see the server's todo.models).
  { path: '/todo', labelKey: 'todo.nav', testId: 'nav-todo', icon: <CheckSquareOutlined />, roles: WORK_ACCESS.file },
  { path: '/region', labelKey: 'nav.region', testId: 'nav-region', icon: <EnvironmentOutlined /> },
  { path: '/dashboard', labelKey: 'nav.dashboard', testId: 'nav-dashboard', icon: <DashboardOutlined />, roles: WORK_ACCESS.read },
  { path: '/results', labelKey: 'results.nav', testId: 'nav-results', icon: <FileTextOutlined />, roles: WORK_ACCESS.read },
  { path: '/indicators', labelKey: 'nav.indicators', testId: 'nav-indicators', icon: <LineChartOutlined />, roles: WORK_ACCESS.read },
  { path: '/services', labelKey: 'services.nav', testId: 'nav-services', icon: <MedicineBoxOutlined />, roles: WORK_ACCESS.read },
  { path: '/projects', labelKey: 'projects.nav', testId: 'nav-projects', icon: <ProjectOutlined />, roles: WORK_ACCESS.read },
  { path: '/risks', labelKey: 'risks.nav', testId: 'nav-risks', icon: <SafetyOutlined />, roles: WORK_ACCESS.read },
  { path: '/my-work', labelKey: 'nav.mywork', testId: 'nav-mywork', icon: <CarryOutOutlined />, roles: WORK_ACCESS.read },
  { path: '/plans', labelKey: 'nav.plans', testId: 'nav-plans', icon: <PartitionOutlined />, roles: WORK_ACCESS.read },
  { path: '/tasks', labelKey: 'nav.tasks', testId: 'nav-tasks', icon: <ProfileOutlined />, roles: WORK_ACCESS.read },
  { path: '/supervision/board', labelKey: 'nav.board', testId: 'nav-board', icon: <TableOutlined />, roles: WORK_ACCESS.read },
  { path: '/matters', labelKey: 'nav.matters', testId: 'nav-matters', icon: <AlertOutlined />, roles: MATTER_ACCESS.read },
  { path: '/agreements', labelKey: 'nav.agreements', testId: 'nav-agreements', icon: <FileProtectOutlined />, roles: AGREEMENT_ACCESS.read },
  { path: '/publications', labelKey: 'publications.nav', testId: 'nav-publications', icon: <NotificationOutlined />, roles: PUBLICATION_ACCESS.manage },
  { path: '/meetings', labelKey: 'nav.meetings', testId: 'nav-meetings', icon: <CalendarOutlined />, roles: MEETING_ACCESS.read },
  // Everyone signed in has an inbox (the server allows it to all).
  { path: '/inbox', labelKey: 'nav.inbox', testId: 'nav-inbox', icon: <BellOutlined /> },
  { path: '/admin/users', labelKey: 'nav.users', testId: 'nav-users', icon: <TeamOutlined />, roles: ACCESS.manageUsers },
  { path: '/audit', labelKey: 'nav.audit', testId: 'nav-audit', icon: <AuditOutlined />, roles: ACCESS.readAudit },
  { path: '/admin/webhooks', labelKey: 'nav.webhooks', testId: 'nav-webhooks', icon: <ApiOutlined />, roles: WORK_ACCESS.webhooks },
  { path: '/admin/tokens', labelKey: 'tokens.nav', testId: 'nav-tokens', icon: <KeyOutlined />, roles: TOKEN_ACCESS.manage },
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
  // Phones and tablets: the menu is a drawer behind a button, the header keeps only what fits.
  const narrow = useNarrowScreen();
  const [drawerOpen, setDrawerOpen] = useState(false);
  const content = useRef<HTMLElement>(null);
  useScrollRegions(content, t('header.scrollRegion'));
  const { token } = theme.useToken();
  const unread = useUnreadCount(location.pathname);
  const todo = useTodoCount(location.pathname, hasRole(user, ...WORK_ACCESS.file));

  const items: MenuProps['items'] = NAV.filter((n) => !n.roles || hasRole(user, ...n.roles)).map((n) => ({
    key: n.path,
    icon: n.icon,
    label:
      n.path === '/inbox' ? (
        <Link to={n.path} data-testid={n.testId} data-unread={unread}>
          {t(n.labelKey)}
          {unread > 0 && <Badge count={unread} size="small" overflowCount={99} style={{ marginInlineStart: 8, boxShadow: 'none' }} />}
        </Link>
      ) : n.path === '/todo' ? (
        <Link to={n.path} data-testid={n.testId} data-count={todo.total}>
          {t(n.labelKey)}
          {todo.total > 0 && (
            <Badge
              count={todo.capped ? `${todo.total}+` : todo.total}
              size="small"
              overflowCount={999}
              title={t('todo.badgeLabel', { count: todo.total })}
              style={{ marginInlineStart: 8, boxShadow: 'none' }}
            />
          )}
        </Link>
      ) : (
        <Link to={n.path} data-testid={n.testId}>
          {t(n.labelKey)}
        </Link>
      ),
  }));

  const menu = (
    <Menu
      theme="dark"
      mode="inline"
      selectedKeys={[selectedKey(location.pathname)]}
      items={items}
      aria-label={t('header.menu')}
      onClick={() => setDrawerOpen(false)}
    />
  );
  // The skip link moves focus itself: a bare "#main-content" would go through the router.
  const skipToContent = (event: MouseEvent<HTMLAnchorElement>) => {
    event.preventDefault();
    document.getElementById('main-content')?.focus();
  };

  return (
    <Layout style={{ minHeight: '100vh' }}>
      <a className="yrd-skip-link" href="#main-content" onClick={skipToContent} data-testid="skip-link">
        {t('header.skipToContent')}
      </a>
      {narrow ? (
        <Drawer
          placement="left"
          open={drawerOpen}
          onClose={() => setDrawerOpen(false)}
          size={264}
          closable={false}
          title={null}
          styles={{ body: { padding: 0, background: '#0f2540' }, header: { display: 'none' } }}
          data-testid="nav-drawer"
          aria-label={t('header.menu')}
        >
          <div style={{ height: 56, padding: '0 20px', display: 'flex', alignItems: 'center' }}>
            <ProductMark dark />
          </div>
          {menu}
        </Drawer>
      ) : (
        /* Sticky: the menu stays in view on long pages. */
        <Layout.Sider
          collapsible
          collapsed={collapsed}
          onCollapse={setCollapsed}
          width={220}
          style={{ position: 'sticky', top: 0, height: '100vh', overflow: 'auto' }}
        >
          <div style={{ height: 56, padding: '0 20px', display: 'flex', alignItems: 'center' }}>
            <ProductMark collapsed={collapsed} dark />
          </div>
          {menu}
        </Layout.Sider>
      )}
      <Layout style={{ minWidth: 0 }}>
        <Layout.Header
          style={{
            background: token.colorBgContainer,
            borderBottom: `1px solid ${token.colorBorderSecondary}`,
            padding: narrow ? '0 8px' : '0 16px 0 24px',
            height: 56,
            lineHeight: '56px',
            display: 'flex',
            alignItems: 'center',
            justifyContent: 'space-between',
            gap: 8,
          }}
        >
          {narrow ? (
            <div style={{ display: 'flex', alignItems: 'center', gap: 8, minWidth: 0 }}>
              <Button
                type="text"
                icon={<MenuOutlined />}
                aria-label={t('header.openMenu')}
                aria-expanded={drawerOpen}
                onClick={() => setDrawerOpen(true)}
                data-testid="nav-drawer-open"
              />
              <ProductMark collapsed />
            </div>
          ) : (
            /* One line, cut with an ellipsis, so the actions keep their room. */
            <span style={{ color: token.colorTextSecondary, minWidth: 0, overflow: 'hidden', whiteSpace: 'nowrap', textOverflow: 'ellipsis' }}>{t('app.tagline')}</span>
          )}
          <div style={{ display: 'flex', alignItems: 'center', gap: narrow ? 0 : 8, flex: 'none' }}>
            <SearchPalette compact={narrow} />
            <InboxBell unread={unread} />
            <LanguageSwitch />
            <UserMenu compact={narrow} />
          </div>
        </Layout.Header>
        <Layout.Content ref={content} id="main-content" tabIndex={-1} className="yrd-content" style={{ padding: narrow ? 12 : 24, outline: 'none' }}>
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
