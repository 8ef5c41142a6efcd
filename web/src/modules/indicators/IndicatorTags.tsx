/** Small tags of indicators and observations: status, provisional/final, level. */
import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { IndicatorLevel, IndicatorStatus, ObservationStatus } from '../../api/types.ts';

export function IndicatorStatusTag({ status }: { status: IndicatorStatus }) {
  const { t } = useTranslation();
  return (
    <Tag color={status === 'active' ? 'green' : 'default'} data-testid="indicator-status" data-status={status} style={{ marginInlineEnd: 0 }}>
      {t(`indicators.status.${status}`)}
    </Tag>
  );
}

export function ObservationStatusTag({ status }: { status: ObservationStatus }) {
  const { t } = useTranslation();
  return (
    <Tag color={status === 'final' ? 'blue' : 'gold'} data-testid="observation-status" data-status={status} style={{ marginInlineEnd: 0 }}>
      {t(`indicators.observationStatus.${status}`)}
    </Tag>
  );
}

export function LevelTag({ level }: { level: IndicatorLevel }) {
  const { t } = useTranslation();
  return <Tag style={{ marginInlineEnd: 0 }}>{t(`indicators.level.${level}`)}</Tag>;
}
