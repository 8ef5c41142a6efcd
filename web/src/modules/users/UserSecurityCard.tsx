/**
 * Password reset (a new one-time password, shown once; the user's sessions
 * end), lifting a sign-in lockout, and resetting a lost second factor.
 */
import { App, Button, Card, Modal, Popconfirm, Space, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { User } from '../../api/types.ts';
import { errorMessage } from '../../shell/errors.ts';
import { OneTimePasswordBox } from './OneTimePasswordBox.tsx';
import { usersApi } from './usersApi.ts';

export function UserSecurityCard({ user, onChanged }: { user: User; onChanged: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [oneTimePassword, setOneTimePassword] = useState<string | null>(null);
  const [busy, setBusy] = useState<'reset' | 'unlock' | 'second-factor' | null>(null);

  const reset = async () => {
    setBusy('reset');
    try {
      const result = await usersApi.resetPassword(user.id);
      setOneTimePassword(result.oneTimePassword);
      onChanged();
    } catch (failure) {
      void message.error(errorMessage(failure, t));
    } finally {
      setBusy(null);
    }
  };

  const unlock = async () => {
    setBusy('unlock');
    try {
      await usersApi.unlock(user.id);
      void message.success(t('users.detail.unlocked'));
    } catch (failure) {
      void message.error(errorMessage(failure, t));
    } finally {
      setBusy(null);
    }
  };

  const resetSecondFactor = async () => {
    setBusy('second-factor');
    try {
      await usersApi.resetSecondFactor(user.id);
      void message.success(t('twoFactor.resetDone'));
      onChanged();
    } catch (failure) {
      void message.error(errorMessage(failure, t));
    } finally {
      setBusy(null);
    }
  };

  return (
    <Card title={t('users.detail.security')} size="small">
      <Space orientation="vertical" size={12} style={{ width: '100%' }}>
        <div>
          <Typography.Paragraph type="secondary" style={{ marginBottom: 8 }}>
            {t('users.detail.resetHint')}
          </Typography.Paragraph>
          <Popconfirm
            title={t('users.detail.resetConfirm', { username: user.username })}
            okText={t('users.detail.reset')}
            cancelText={t('common.cancel')}
            onConfirm={() => reset()}
          >
            <Button loading={busy === 'reset'} data-testid="user-reset-password">
              {t('users.detail.reset')}
            </Button>
          </Popconfirm>
        </div>
        <div>
          <Typography.Paragraph type="secondary" style={{ marginBottom: 8 }}>
            {t('users.detail.unlockHint')}
          </Typography.Paragraph>
          <Popconfirm
            title={t('users.detail.unlockConfirm', { username: user.username })}
            okText={t('users.detail.unlock')}
            cancelText={t('common.cancel')}
            onConfirm={() => unlock()}
          >
            <Button loading={busy === 'unlock'} data-testid="user-unlock">
              {t('users.detail.unlock')}
            </Button>
          </Popconfirm>
        </div>
        <div>
          <Typography.Paragraph type="secondary" style={{ marginBottom: 8 }}>
            {t('twoFactor.resetHint')}
          </Typography.Paragraph>
          <Popconfirm
            title={t('twoFactor.resetConfirm', { username: user.username })}
            okText={t('twoFactor.reset')}
            cancelText={t('common.cancel')}
            onConfirm={() => resetSecondFactor()}
          >
            <Button loading={busy === 'second-factor'} data-testid="user-reset-second-factor">
              {t('twoFactor.reset')}
            </Button>
          </Popconfirm>
        </div>
      </Space>
      <Modal
        open={oneTimePassword !== null}
        title={t('users.detail.resetDoneTitle')}
        onCancel={() => setOneTimePassword(null)}
        mask={{ closable: false }}
        destroyOnHidden
        footer={
          <Button type="primary" onClick={() => setOneTimePassword(null)} data-testid="one-time-password-close">
            {t('users.otp.done')}
          </Button>
        }
      >
        {oneTimePassword && <OneTimePasswordBox username={user.username} password={oneTimePassword} />}
      </Modal>
    </Card>
  );
}
