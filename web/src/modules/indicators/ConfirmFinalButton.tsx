import { CheckCircleOutlined } from '@ant-design/icons';
import { App, Button, Popconfirm } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Observation, ObservationDetail } from '../../api/types.ts';
import { errorMessage } from '../../shell/errors.ts';
import { indicatorsApi } from './indicatorsApi.ts';

/** The Office confirms a provisional value as final (asks first: a final value is what reports cite). */
export function ConfirmFinalButton({ observation, label, onConfirmed, testId = 'observation-confirm' }: { observation: Observation; label: string; onConfirmed: (o: ObservationDetail) => void; testId?: string }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [busy, setBusy] = useState(false);
  if (observation.status !== 'provisional') return null;

  const confirm = async () => {
    setBusy(true);
    try {
      onConfirmed(await indicatorsApi.confirm(observation.id, observation.version));
      void message.success(t('indicators.confirm.done', { period: observation.period }));
    } catch (failure) {
      void message.error(errorMessage(failure, t));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Popconfirm
      title={t('indicators.confirm.title')}
      description={t('indicators.confirm.text')}
      okText={t('indicators.confirm.ok')}
      okButtonProps={{ 'data-testid': `${testId}-ok` }}
      onConfirm={() => void confirm()}
    >
      <Button size="small" icon={<CheckCircleOutlined />} loading={busy} aria-label={label} data-testid={testId}>
        {t('indicators.confirm.button')}
      </Button>
    </Popconfirm>
  );
}
