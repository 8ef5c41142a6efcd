import { Alert, Button } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';
import { AuthFrame } from './AuthFrame.tsx';
import { SecondFactorSetup } from './SecondFactorSetup.tsx';
import { useSession } from './session.tsx';

/**
 * An administrator (or, under the MLPS level-3 profile, anyone) without a
 * second factor: the server refuses everything else until it is set up, so
 * this page is all the UI offers meanwhile.
 */
export function SecondFactorPage() {
  const { t } = useTranslation();
  const { refresh, logout } = useSession();
  const navigate = useNavigate();

  const done = async () => {
    await refresh(); // enrolmentRequired is now false
    navigate('/', { replace: true });
  };

  return (
    <AuthFrame title={t('twoFactor.setupTitle')}>
      <Alert type="warning" showIcon title={t('twoFactor.setupRequired')} style={{ marginBottom: 16 }} />
      <SecondFactorSetup onDone={() => void done()} />
      <Button type="link" block style={{ marginTop: 8 }} onClick={() => void logout().finally(() => navigate('/login', { replace: true }))}>
        {t('header.signOut')}
      </Button>
    </AuthFrame>
  );
}
