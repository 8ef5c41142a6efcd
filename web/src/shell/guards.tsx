/**
 * Route guards. They decide what to render from the session; the server
 * decides what data anyone gets, so a guard is a courtesy, not the control.
 */
import { Button, Flex, Result, Spin } from 'antd';
import { useTranslation } from 'react-i18next';
import { Navigate, Outlet, useLocation } from 'react-router-dom';
import type { RoleName } from '../api/types.ts';
import { hasRole } from '../modules/auth/roles.ts';
import { useSession } from '../modules/auth/session.tsx';
import { errorMessage } from './errors.ts';
import { ForbiddenPage } from './StatusPages.tsx';

export const CHANGE_PASSWORD_PATH = '/change-password';
/** Where a user who must have a second factor (decision 0016) sets it up. */
export const SECOND_FACTOR_PATH = '/set-up-two-factor';

export function FullPageSpin() {
  return (
    <Flex align="center" justify="center" style={{ minHeight: '100vh' }}>
      <Spin size="large" />
    </Flex>
  );
}

function SessionLoadFailed({ error, retry }: { error: unknown; retry: () => void }) {
  const { t } = useTranslation();
  return (
    <Result
      status="warning"
      title={t('errors.sessionUnavailable')}
      subTitle={errorMessage(error, t)}
      extra={<Button onClick={retry}>{t('common.retry')}</Button>}
    />
  );
}

/** Signed-in users only; a user who must change the password (or set up a second factor) sees only that page. */
export function RequireAuth() {
  const { status, user, loadError, refresh } = useSession();
  const location = useLocation();
  if (status === 'loading') return <FullPageSpin />;
  if (status === 'error') return <SessionLoadFailed error={loadError} retry={() => void refresh()} />;
  if (!user) return <Navigate to="/login" replace state={{ from: location.pathname + location.search }} />;
  const onChangePage = location.pathname === CHANGE_PASSWORD_PATH;
  if (user.mustChangePassword && !onChangePage) return <Navigate to={CHANGE_PASSWORD_PATH} replace />;
  if (!user.mustChangePassword && onChangePage) return <Navigate to="/" replace />;
  const mustEnrol = !user.mustChangePassword && Boolean(user.secondFactor?.enrolmentRequired);
  const onSecondFactorPage = location.pathname === SECOND_FACTOR_PATH;
  if (mustEnrol && !onSecondFactorPage) return <Navigate to={SECOND_FACTOR_PATH} replace />;
  if (!mustEnrol && onSecondFactorPage) return <Navigate to="/" replace />;
  return <Outlet />;
}

/** Pages for some roles only: others get the 403 page at the same address. */
export function RequireRoles({ roles }: { roles: readonly RoleName[] }) {
  const { user } = useSession();
  return hasRole(user, ...roles) ? <Outlet /> : <ForbiddenPage />;
}
