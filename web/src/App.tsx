/**
 * Providers and routes. Heavy pages (map, tables) load on first visit; the
 * sign-in page and the frame load with the app.
 */
import { App as AntApp, ConfigProvider, type ThemeConfig } from 'antd';
import enUS from 'antd/locale/en_US';
import zhCN from 'antd/locale/zh_CN';
import { lazy } from 'react';
import { useTranslation } from 'react-i18next';
import { createBrowserRouter, Route, RouterProvider, Routes } from 'react-router-dom';
import { ACCESS } from './modules/auth/roles.ts';
import { SessionProvider } from './modules/auth/session.tsx';
import { LoginPage } from './modules/auth/LoginPage.tsx';
import { ForcedPasswordChangePage } from './modules/auth/ForcedPasswordChangePage.tsx';
import { SecondFactorPage } from './modules/auth/SecondFactorPage.tsx';
import { HomePage } from './modules/home/HomePage.tsx';
import { WORK_ACCESS } from './modules/tasks/access.ts';
import { MATTER_ACCESS } from './modules/matters/access.ts';
import { AGREEMENT_ACCESS } from './modules/agreements/access.ts';
import { TOKEN_ACCESS } from './modules/tokens/access.ts';
import { PUBLICATION_ACCESS } from './modules/publications/access.ts';
import { AppLayout } from './shell/AppLayout.tsx';
import { CHANGE_PASSWORD_PATH, RequireAuth, RequireRoles, SECOND_FACTOR_PATH } from './shell/guards.tsx';
import { NotFoundPage } from './shell/StatusPages.tsx';
import { NavigationGuard } from './shell/unsaved.tsx';

const RegionPage = lazy(() => import('./modules/region/RegionPage.tsx'));
const UsersPage = lazy(() => import('./modules/users/UsersPage.tsx'));
const UserDetailPage = lazy(() => import('./modules/users/UserDetailPage.tsx'));
const AuditPage = lazy(() => import('./modules/audit/AuditPage.tsx'));
const AccountPage = lazy(() => import('./modules/auth/AccountPage.tsx'));
const PlansPage = lazy(() => import('./modules/plans/PlansPage.tsx'));
const PlanDetailPage = lazy(() => import('./modules/plans/PlanDetailPage.tsx'));
const TasksPage = lazy(() => import('./modules/tasks/TasksPage.tsx'));
const TaskDetailPage = lazy(() => import('./modules/tasks/TaskDetailPage.tsx'));
const MyWorkPage = lazy(() => import('./modules/mywork/MyWorkPage.tsx'));
const BoardPage = lazy(() => import('./modules/supervision/BoardPage.tsx'));
const InboxPage = lazy(() => import('./modules/inbox/InboxPage.tsx'));
const WebhooksPage = lazy(() => import('./modules/inbox/WebhooksPage.tsx'));
const TokensPage = lazy(() => import('./modules/tokens/TokensPage.tsx'));
const PublicationsPage = lazy(() => import('./modules/publications/PublicationsPage.tsx'));
const MattersPage = lazy(() => import('./modules/matters/MattersPage.tsx'));
const MatterDetailPage = lazy(() => import('./modules/matters/MatterDetailPage.tsx'));
const AgreementsPage = lazy(() => import('./modules/agreements/AgreementsPage.tsx'));
const AgreementDetailPage = lazy(() => import('./modules/agreements/AgreementDetailPage.tsx'));
const MeetingsPage = lazy(() => import('./modules/meetings/MeetingsPage.tsx'));
const MeetingDetailPage = lazy(() => import('./modules/meetings/MeetingDetailPage.tsx'));
const DecisionDetailPage = lazy(() => import('./modules/meetings/DecisionDetailPage.tsx'));
const DecisionsPage = lazy(() => import('./modules/meetings/DecisionsPage.tsx'));
const ReportsPage = lazy(() => import('./modules/reports/ReportsPage.tsx'));
const DashboardPage = lazy(() => import('./modules/dashboard/DashboardPage.tsx'));
const ResultsPage = lazy(() => import('./modules/results/ResultsPage.tsx'));
const TodoPage = lazy(() => import('./modules/todo/TodoPage.tsx'));
const IndicatorsPage = lazy(() => import('./modules/indicators/IndicatorsPage.tsx'));
const IndicatorDetailPage = lazy(() => import('./modules/indicators/IndicatorDetailPage.tsx'));
const ObservationsPage = lazy(() => import('./modules/indicators/ObservationsPage.tsx'));
const ServicesPage = lazy(() => import('./modules/services/ServicesPage.tsx'));
const ServiceDetailPage = lazy(() => import('./modules/services/ServiceDetailPage.tsx'));
const ProjectsPage = lazy(() => import('./modules/projects/ProjectsPage.tsx'));
const ProjectDetailPage = lazy(() => import('./modules/projects/ProjectDetailPage.tsx'));
const RisksPage = lazy(() => import('./modules/risks/RisksPage.tsx'));
const RiskDetailPage = lazy(() => import('./modules/risks/RiskDetailPage.tsx'));
const IndexMethodPage = lazy(() => import('./modules/composite-index/IndexMethodPage.tsx'));

/** A restrained palette: one deep institutional blue, antd defaults for the rest, compact radii. */
const THEME: ThemeConfig = {
  token: {
    colorPrimary: '#1f4e8c',
    colorInfo: '#1f4e8c',
    // Tints derived from the deep primary come out grey; lighter ones keep selections and notices calm.
    colorInfoBg: '#eef3fa',
    colorInfoBorder: '#c6d5ea',
    controlItemBgActive: '#e6edf7',
    controlItemBgActiveHover: '#dce6f3',
    borderRadius: 4,
    fontFamily:
      "-apple-system, BlinkMacSystemFont, 'Segoe UI', 'PingFang SC', 'Hiragino Sans GB', 'Microsoft YaHei', 'Noto Sans CJK SC', 'Helvetica Neue', Arial, sans-serif",
    // antd's secondary/tertiary text (45 % black) reads at 3.4:1 on white; 62 % keeps it quiet and above WCAG AA's 4.5:1.
    colorTextDescription: 'rgba(0, 0, 0, 0.62)',
    colorTextTertiary: 'rgba(0, 0, 0, 0.62)',
    // Placeholders name the filters that have no visible label: legible, still lighter than values.
    colorTextPlaceholder: 'rgba(0, 0, 0, 0.57)',
    // antd's #ff4d4f (danger buttons, error tags) reads at 3.3:1; red-7 at 5.6:1.
    colorError: '#cf1322',
  },
  components: {
    Layout: { siderBg: '#0f2540', triggerBg: '#0b1c31', bodyBg: '#f3f5f8' },
    Menu: { darkItemBg: '#0f2540', darkSubMenuItemBg: '#0b1c31', darkItemSelectedBg: '#1f4e8c' },
    Table: { headerBg: '#f5f7fa' },
  },
};

/**
 * English sets Latin faces before the CJK ones: with Noto CJK first (as on Linux) English
 * punctuation and digits are drawn from the CJK font and look full-width.
 */
const THEME_EN: ThemeConfig = {
  ...THEME,
  token: {
    ...THEME.token,
    fontFamily:
      "-apple-system, BlinkMacSystemFont, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, 'Noto Sans', 'Liberation Sans', 'DejaVu Sans', 'PingFang SC', 'Microsoft YaHei', 'Noto Sans CJK SC', sans-serif",
  },
};

function AppRoutes() {
  return (
    <Routes>
      <Route path="/login" element={<LoginPage />} />
      <Route element={<RequireAuth />}>
        <Route path={CHANGE_PASSWORD_PATH} element={<ForcedPasswordChangePage />} />
        <Route path={SECOND_FACTOR_PATH} element={<SecondFactorPage />} />
        <Route element={<AppLayout />}>
          <Route index element={<HomePage />} />
          <Route path="region" element={<RegionPage />} />
          <Route element={<RequireRoles roles={ACCESS.manageUsers} />}>
            <Route path="admin/users" element={<UsersPage />} />
            <Route path="admin/users/:id" element={<UserDetailPage />} />
          </Route>
          <Route element={<RequireRoles roles={ACCESS.readAudit} />}>
            <Route path="audit" element={<AuditPage />} />
          </Route>
          {/* The work loop: every work role reads; administrators without a work role get 403 (as from the API). */}
          <Route element={<RequireRoles roles={WORK_ACCESS.read} />}>
            <Route path="plans" element={<PlansPage />} />
            <Route path="plans/:id" element={<PlanDetailPage />} />
            <Route path="tasks" element={<TasksPage />} />
            <Route path="tasks/:id" element={<TaskDetailPage />} />
            <Route path="my-work" element={<MyWorkPage />} />
            <Route path="supervision/board" element={<BoardPage />} />
            {/* Short address kept as an alias. */}
            <Route path="board" element={<BoardPage />} />
            {/* Meetings, minutes, decisions: the same work roles read them (meetings/decisions policies). */}
            <Route path="meetings" element={<MeetingsPage />} />
            <Route path="meetings/calendar" element={<MeetingsPage />} />
            <Route path="meetings/:id" element={<MeetingDetailPage />} />
            <Route path="decisions/:id" element={<DecisionDetailPage />} />
            {/* The leaders' dashboard and the lists its figures open (reports, decisions). */}
            <Route path="dashboard" element={<DashboardPage />} />
            {/* The results report (annual, quarterly, member): read like the dashboard; the Office edits and publishes. */}
            <Route path="results" element={<ResultsPage />} />
            <Route path="reports" element={<ReportsPage />} />
            <Route path="decisions" element={<DecisionsPage />} />
            {/* Indicators, their observations and the integration index (indicators/composite-index policies: every work role reads). */}
            <Route path="indicators" element={<IndicatorsPage />} />
            <Route path="indicators/:code" element={<IndicatorDetailPage />} />
            <Route path="indicators/:code/observations" element={<ObservationsPage />} />
            {/* Shared public services (services policies: every work role reads). */}
            <Route path="services" element={<ServicesPage />} />
            <Route path="services/:id" element={<ServiceDetailPage />} />
            {/* Key projects (projects policies: every work role reads). */}
            <Route path="projects" element={<ProjectsPage />} />
            <Route path="projects/:id" element={<ProjectDetailPage />} />
            {/* The joint risk register (risks policies: every work role reads). */}
            <Route path="risks" element={<RisksPage />} />
            <Route path="risks/:id" element={<RiskDetailPage />} />
            <Route path="index-methods/:code" element={<IndexMethodPage />} />
          </Route>
          {/* Governance: major matters and agreements, read by every work role (matters/agreements policies). */}
          <Route element={<RequireRoles roles={MATTER_ACCESS.read} />}>
            <Route path="matters" element={<MattersPage />} />
            <Route path="matters/:id" element={<MatterDetailPage />} />
          </Route>
          <Route element={<RequireRoles roles={AGREEMENT_ACCESS.read} />}>
            <Route path="agreements" element={<AgreementsPage />} />
            <Route path="agreements/:id" element={<AgreementDetailPage />} />
          </Route>
          <Route path="inbox" element={<InboxPage />} />
          {/* The to-do queue: everyone signed in has one (empty without a work role); the home page of member and Office users. */}
          <Route path="todo" element={<TodoPage />} />
          <Route element={<RequireRoles roles={WORK_ACCESS.webhooks} />}>
            <Route path="admin/webhooks" element={<WebhooksPage />} />
          </Route>
          {/* The publication step: the Office only (publications policies). */}
          <Route element={<RequireRoles roles={PUBLICATION_ACCESS.manage} />}>
            <Route path="publications" element={<PublicationsPage />} />
          </Route>
          {/* API tokens for the statistics push: administrators only (tokens policies). */}
          <Route element={<RequireRoles roles={TOKEN_ACCESS.manage} />}>
            <Route path="admin/tokens" element={<TokensPage />} />
          </Route>
          <Route path="account" element={<AccountPage />} />
          <Route path="*" element={<NotFoundPage />} />
        </Route>
      </Route>
    </Routes>
  );
}

/**
 * A data router (needed by the router blocker that asks before leaving typed
 * content, shell/unsaved.tsx) around the route table above, kept as <Routes>.
 */
const router = createBrowserRouter([
  {
    path: '*',
    element: (
      <SessionProvider>
        <NavigationGuard />
        <AppRoutes />
      </SessionProvider>
    ),
  },
]);

export function Root() {
  const { i18n } = useTranslation();
  return (
    <ConfigProvider locale={i18n.language === 'en' ? enUS : zhCN} theme={i18n.language === 'en' ? THEME_EN : THEME} componentSize="middle">
      <AntApp>
        <RouterProvider router={router} />
      </AntApp>
    </ConfigProvider>
  );
}
