import { StopOutlined } from '@ant-design/icons';
import { App, Button, Popconfirm } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Indicator } from '../../api/types.ts';
import { errorMessage } from '../../shell/errors.ts';
import { indicatorsApi } from './indicatorsApi.ts';

/** Retiring an indicator (the Office): it takes no new values; its history stays readable. Asks first. */
export function RetireButton({ indicator, onRetired, size }: { indicator: Indicator; onRetired: (indicator: Indicator) => void; size?: 'small' | 'middle' }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [busy, setBusy] = useState(false);
  if (indicator.status !== 'active') return null;

  const retire = async () => {
    setBusy(true);
    try {
      onRetired(await indicatorsApi.retire(indicator.code, indicator.version));
      void message.success(t('indicators.retire.done', { code: indicator.code }));
    } catch (failure) {
      void message.error(errorMessage(failure, t));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Popconfirm
      title={t('indicators.retire.confirmTitle', { code: indicator.code })}
      description={t('indicators.retire.confirmText')}
      okText={t('indicators.retire.ok')}
      okButtonProps={{ danger: true, 'data-testid': 'indicator-retire-confirm' }}
      onConfirm={() => void retire()}
    >
      <Button size={size} danger icon={<StopOutlined />} loading={busy} data-testid="indicator-retire" aria-label={t('indicators.retire.label', { code: indicator.code })}>
        {t('indicators.retire.button')}
      </Button>
    </Popconfirm>
  );
}
