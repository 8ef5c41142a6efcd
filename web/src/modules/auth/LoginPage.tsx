import { LockOutlined, SafetyOutlined, UserOutlined } from '@ant-design/icons';
import { Alert, Button, Form, Input } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, useLocation, useNavigate } from 'react-router-dom';
import { ApiError } from '../../api/client.ts';
import type { CurrentUser } from '../../api/types.ts';
import { ErrorAlert } from '../../shell/ErrorAlert.tsx';
import { CHANGE_PASSWORD_PATH, FullPageSpin, SECOND_FACTOR_PATH } from '../../shell/guards.tsx';
import { AuthFrame } from './AuthFrame.tsx';
import { useSession } from './session.tsx';

interface Values {
  username: string;
  password: string;
}

/** Where to go after signing in: back to the page that asked for it, never off-site. */
function returnPath(state: unknown): string {
  const from = (state as { from?: unknown } | null)?.from;
  return typeof from === 'string' && from.startsWith('/') && !from.startsWith('//') && from !== '/login' ? from : '/';
}

function nextPath(user: CurrentUser, state: unknown): string {
  if (user.mustChangePassword) return CHANGE_PASSWORD_PATH;
  if (user.secondFactor?.enrolmentRequired) return SECOND_FACTOR_PATH;
  return returnPath(state);
}

/** Username and password; for a user with a second factor, then the code from the authenticator app. */
export function LoginPage() {
  const { t } = useTranslation();
  const { status, user, endedReason, login, completeSecondFactor } = useSession();
  const location = useLocation();
  const navigate = useNavigate();
  const [error, setError] = useState<unknown>(undefined);
  const [submitting, setSubmitting] = useState(false);
  const [challenge, setChallenge] = useState<string | null>(null);

  if (status === 'loading') return <FullPageSpin />;
  if (user && !submitting) return <Navigate to={nextPath(user, location.state)} replace />;

  const attempt = async (work: () => Promise<CurrentUser | null>) => {
    setSubmitting(true);
    setError(undefined);
    try {
      const signedIn = await work();
      if (signedIn) navigate(nextPath(signedIn, location.state), { replace: true });
      else setSubmitting(false);
    } catch (failure) {
      setError(failure);
      setSubmitting(false);
    }
  };

  const submitPassword = (values: Values) =>
    attempt(async () => {
      const outcome = await login(values.username.trim(), values.password);
      if ('challenge' in outcome) {
        setChallenge(outcome.challenge);
        return null;
      }
      return outcome.user;
    });

  const submitCode = ({ code }: { code: string }) =>
    attempt(async () => {
      try {
        return await completeSecondFactor(challenge!, code.trim());
      } catch (failure) {
        // The pending sign-in expired (or took too many wrong codes): back to the password.
        if (failure instanceof ApiError && failure.code === 'auth.second_factor_challenge_expired') setChallenge(null);
        throw failure;
      }
    });

  if (challenge) {
    return (
      <AuthFrame title={t('twoFactor.codeTitle')} subtitle={t('twoFactor.codeSubtitle')}>
        <ErrorAlert error={error} testId="login-error" />
        <Form layout="vertical" requiredMark={false} onFinish={(values: { code: string }) => void submitCode(values)}>
          <Form.Item name="code" label={t('twoFactor.codeLabel')} rules={[{ required: true, message: t('twoFactor.codeRequired') }]}>
            <Input prefix={<SafetyOutlined />} autoComplete="one-time-code" inputMode="numeric" autoFocus data-testid="login-code" />
          </Form.Item>
          <Button type="primary" htmlType="submit" block loading={submitting} data-testid="login-code-submit">
            {t('twoFactor.verify')}
          </Button>
        </Form>
        <Button type="link" block style={{ marginTop: 8 }} onClick={() => { setChallenge(null); setError(undefined); }}>
          {t('twoFactor.back')}
        </Button>
      </AuthFrame>
    );
  }

  return (
    <AuthFrame title={t('login.title')} subtitle={t('login.subtitle')}>
      {endedReason === 'expired' && !error && (
        <Alert type="info" showIcon title={t('login.sessionEnded')} style={{ marginBottom: 16 }} />
      )}
      <ErrorAlert error={error} testId="login-error" />
      <Form layout="vertical" requiredMark={false} onFinish={(values: Values) => void submitPassword(values)}>
        <Form.Item name="username" label={t('login.username')} rules={[{ required: true, message: t('login.usernameRequired') }]}>
          <Input prefix={<UserOutlined />} autoComplete="username" autoFocus data-testid="login-username" />
        </Form.Item>
        <Form.Item name="password" label={t('login.password')} rules={[{ required: true, message: t('login.passwordRequired') }]}>
          <Input.Password prefix={<LockOutlined />} autoComplete="current-password" data-testid="login-password" />
        </Form.Item>
        <Button type="primary" htmlType="submit" block loading={submitting} data-testid="login-submit">
          {t('login.submit')}
        </Button>
      </Form>
    </AuthFrame>
  );
}
