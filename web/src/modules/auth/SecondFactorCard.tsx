import { App, Button, Card, Modal, Space, Spin, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useApi } from '../../api/hooks.ts';
import { ErrorAlert } from '../../shell/ErrorAlert.tsx';
import { formatDateTime } from '../../shell/format.ts';
import { useReference } from '../region/reference.ts';
import { authApi } from './authApi.ts';
import { SecondFactorSetup } from './SecondFactorSetup.tsx';
import { useSession } from './session.tsx';

/** On the own-account page: whether two-factor sign-in is on, and setting it up. */
export function SecondFactorCard() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const { timeZone } = useReference();
  const { refresh } = useSession();
  const { data: status, error, loading, reload } = useApi((signal) => authApi.secondFactor(signal), 'second-factor');
  const [settingUp, setSettingUp] = useState(false);

  const done = async () => {
    setSettingUp(false);
    void message.success(t('twoFactor.enabledDone'));
    reload();
    await refresh();
  };

  return (
    <Card title={t('twoFactor.card')} size="small" style={{ marginTop: 16 }} data-testid="second-factor-card">
      {loading && !status && <Spin />}
      <ErrorAlert error={error} />
      {status && (
        <Space orientation="vertical" size={8} style={{ width: '100%' }}>
          <Typography.Text data-testid="second-factor-status">
            {status.enrolled && status.enrolledAt
              ? t('twoFactor.statusOn', { date: formatDateTime(status.enrolledAt, timeZone), count: status.recoveryCodesLeft })
              : t('twoFactor.statusOff')}
          </Typography.Text>
          {status.required && <Typography.Text type="secondary">{t('twoFactor.requiredHint')}</Typography.Text>}
          {!status.enrolled && (
            <Button type="primary" onClick={() => setSettingUp(true)} data-testid="second-factor-setup">
              {t('twoFactor.setupTitle')}
            </Button>
          )}
        </Space>
      )}
      <Modal open={settingUp} title={t('twoFactor.setupTitle')} footer={null} onCancel={() => setSettingUp(false)} mask={{ closable: false }} destroyOnHidden>
        <SecondFactorSetup onDone={() => void done()} />
      </Modal>
    </Card>
  );
}
