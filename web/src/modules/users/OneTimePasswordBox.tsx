import { Alert, Descriptions, Typography } from 'antd';
import { useTranslation } from 'react-i18next';

/**
 * A one-time password, shown once: the server keeps only its hash, so after
 * this box closes nobody can read it again (reset the password to get a new one).
 */
export function OneTimePasswordBox({ username, password }: { username: string; password: string }) {
  const { t } = useTranslation();
  return (
    <div data-testid="one-time-password-box">
      <Alert type="warning" showIcon title={t('users.otp.warningTitle')} description={t('users.otp.warning')} style={{ marginBottom: 16 }} />
      <Descriptions
        column={1}
        size="small"
        bordered
        items={[
          { key: 'username', label: t('users.username'), children: <Typography.Text code>{username}</Typography.Text> },
          {
            key: 'password',
            label: t('users.otp.label'),
            children: (
              <Typography.Text code copyable={{ text: password, tooltips: [t('common.copy'), t('common.copied')] }} style={{ fontSize: 16 }}>
                <span data-testid="one-time-password">{password}</span>
              </Typography.Text>
            ),
          },
        ]}
      />
    </div>
  );
}
