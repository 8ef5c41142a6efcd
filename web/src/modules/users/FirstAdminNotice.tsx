/**
 * The first administrator lands on a platform whose work pages they cannot open
 * (issue 12, item 9): this notice says why and grants the Office role in one
 * step (POST /api/v1/users/{me}/roles), or leads to their user page.
 */
import { Alert, App, Button, Space } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { hasRole } from '../auth/roles.ts';
import { useCurrentUser, useSession } from '../auth/session.tsx';
import { errorMessage } from '../../shell/errors.ts';
import { usersApi } from './usersApi.ts';

const WORK_ROLES = ['office', 'observer', 'liaison', 'editor'] as const;

export function FirstAdminNotice() {
  const { t } = useTranslation();
  const user = useCurrentUser();
  const { refresh } = useSession();
  const { message } = App.useApp();
  const [busy, setBusy] = useState(false);
  if (!hasRole(user, 'admin') || hasRole(user, ...WORK_ROLES)) return null;

  const grant = async () => {
    setBusy(true);
    try {
      await usersApi.grantRole(user.id, { role: 'office' });
      await refresh();
      void message.success(t('firstAdmin.granted'));
    } catch (error) {
      void message.error(errorMessage(error, t));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Alert
      type="info"
      showIcon
      data-testid="first-admin-notice"
      message={t('firstAdmin.title')}
      description={
        <Space orientation="vertical" size={8}>
          <span>{t('firstAdmin.body')}</span>
          <Space wrap>
            <Button type="primary" loading={busy} onClick={() => void grant()} data-testid="grant-self-office">
              {t('firstAdmin.grantOffice')}
            </Button>
            <Link to={`/admin/users/${user.id}`}>{t('firstAdmin.openUser')}</Link>
          </Space>
        </Space>
      }
    />
  );
}
