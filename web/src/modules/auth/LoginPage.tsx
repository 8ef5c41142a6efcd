import { LockOutlined, UserOutlined } from '@ant-design/icons';
import { Alert, Button, Form, Input } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, useLocation, useNavigate } from 'react-router-dom';
import { ErrorAlert } from '../../shell/ErrorAlert.tsx';
import { CHANGE_PASSWORD_PATH, FullPageSpin } from '../../shell/guards.tsx';
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

export function LoginPage() {
  const { t } = useTranslation();
  const { status, user, endedReason, login } = useSession();
  const location = useLocation();
  const navigate = useNavigate();
  const [error, setError] = useState<unknown>(undefined);
  const [submitting, setSubmitting] = useState(false);

  if (status === 'loading') return <FullPageSpin />;
  if (user && !submitting) return <Navigate to={user.mustChangePassword ? CHANGE_PASSWORD_PATH : returnPath(location.state)} replace />;

  const submit = async (values: Values) => {
    setSubmitting(true);
    setError(undefined);
    try {
      const signedIn = await login(values.username.trim(), values.password);
      navigate(signedIn.mustChangePassword ? CHANGE_PASSWORD_PATH : returnPath(location.state), { replace: true });
    } catch (failure) {
      setError(failure);
      setSubmitting(false);
    }
  };

  return (
    <AuthFrame title={t('login.title')} subtitle={t('login.subtitle')}>
      {endedReason === 'expired' && !error && (
        <Alert type="info" showIcon title={t('login.sessionEnded')} style={{ marginBottom: 16 }} />
      )}
      <ErrorAlert error={error} testId="login-error" />
      <Form layout="vertical" requiredMark={false} onFinish={(values: Values) => void submit(values)}>
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
