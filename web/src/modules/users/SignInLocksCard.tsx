/** Sign-in locks in force (decision 0016), for administrators: who, from where, until when; lift one. */
import { App, Button, Card, Popconfirm, Table, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useApi } from '../../api/hooks.ts';
import { ErrorAlert } from '../../shell/ErrorAlert.tsx';
import { errorMessage } from '../../shell/errors.ts';
import { formatDateTime } from '../../shell/format.ts';
import { authApi, type SignInLock } from '../auth/authApi.ts';
import { useReference } from '../region/reference.ts';

export function SignInLocksCard() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const { timeZone } = useReference();
  const { data, error, loading, reload } = useApi((signal) => authApi.locks(signal), 'sign-in-locks');
  const [lifting, setLifting] = useState<string | null>(null);

  const lift = async (key: string) => {
    setLifting(key);
    try {
      await authApi.liftLock(key);
      void message.success(t('signInLocks.lifted'));
      reload();
    } catch (failure) {
      void message.error(errorMessage(failure, t));
    } finally {
      setLifting(null);
    }
  };

  return (
    <Card size="small" title={t('signInLocks.title')} style={{ marginTop: 16 }} data-testid="sign-in-locks">
      <Typography.Paragraph type="secondary">{t('signInLocks.hint')}</Typography.Paragraph>
      <ErrorAlert error={error} />
      <Table<SignInLock>
        size="small"
        rowKey="key"
        loading={loading}
        dataSource={data?.items ?? []}
        pagination={false}
        scroll={{ x: 'max-content' }}
        locale={{ emptyText: t('signInLocks.empty') }}
        columns={[
          { key: 'username', title: t('signInLocks.username'), render: (_, lock) => lock.username ?? t('signInLocks.anyUser') },
          { key: 'source', title: t('signInLocks.source'), render: (_, lock) => lock.source ?? t('signInLocks.anyAddress') },
          { key: 'scope', title: t('signInLocks.scope'), render: (_, lock) => t(`signInLocks.scopes.${lock.scope}`) },
          { key: 'until', title: t('signInLocks.until'), render: (_, lock) => formatDateTime(lock.lockedUntil, timeZone) },
          {
            key: 'actions',
            title: '',
            render: (_, lock) => (
              <Popconfirm title={t('signInLocks.liftConfirm')} okText={t('signInLocks.lift')} cancelText={t('common.cancel')} onConfirm={() => lift(lock.key)}>
                <Button size="small" loading={lifting === lock.key} data-testid="sign-in-lock-lift">
                  {t('signInLocks.lift')}
                </Button>
              </Popconfirm>
            ),
          },
        ]}
      />
    </Card>
  );
}
