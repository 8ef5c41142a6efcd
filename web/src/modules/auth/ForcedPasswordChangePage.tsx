import { Alert, Button } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';
import { AuthFrame } from './AuthFrame.tsx';
import { ChangePasswordForm } from './ChangePasswordForm.tsx';
import { useCurrentUser, useSession } from './session.tsx';

/**
 * After signing in with a one-time password (or with an expired one) the server
 * refuses everything until a new password is chosen; this page is all the UI
 * offers meanwhile.
 */
export function ForcedPasswordChangePage() {
  const { t } = useTranslation();
  const user = useCurrentUser();
  const { refresh, logout } = useSession();
  const navigate = useNavigate();

  const done = async () => {
    await refresh(); // mustChangePassword is now false
    navigate('/', { replace: true });
  };

  return (
    <AuthFrame title={t('forcedChange.title')} subtitle={t('forcedChange.subtitle', { name: user.displayName })}>
      <Alert type="warning" showIcon title={t('forcedChange.notice')} style={{ marginBottom: 16 }} />
      <ChangePasswordForm currentLabel={t('forcedChange.oneTimePassword')} submitLabel={t('forcedChange.submit')} onDone={done} />
      <Button type="link" block style={{ marginTop: 8 }} onClick={() => void logout().finally(() => navigate('/login', { replace: true }))}>
        {t('header.signOut')}
      </Button>
    </AuthFrame>
  );
}
