/** Markers of a major matter: tier, status, urgency. Colours mean the same on the board, the list and the detail. */
import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { MatterStatus, MatterTier, MatterUrgency } from '../../api/types.ts';

export const TIER_COLOURS: Record<MatterTier, string> = { execution: 'blue', coordination: 'purple', decision: 'magenta' };
const STATUS_COLOURS: Record<MatterStatus, string> = { open: 'processing', resolved: 'success', withdrawn: 'default' };
const URGENCY_COLOURS: Record<MatterUrgency, string> = { high: 'volcano', normal: 'default', low: 'default' };

export function MatterTierTag({ tier, testId }: { tier: MatterTier; testId?: string }) {
  const { t } = useTranslation();
  return (
    <Tag color={TIER_COLOURS[tier]} data-testid={testId} data-tier={tier} style={{ marginInlineEnd: 0 }}>
      {t(`matters.tier.${tier}`)}
    </Tag>
  );
}

export function MatterStatusTag({ status, testId }: { status: MatterStatus; testId?: string }) {
  const { t } = useTranslation();
  return (
    <Tag color={STATUS_COLOURS[status]} data-testid={testId} data-status={status} style={{ marginInlineEnd: 0 }}>
      {t(`matters.status.${status}`)}
    </Tag>
  );
}

export function UrgencyTag({ urgency }: { urgency: MatterUrgency }) {
  const { t } = useTranslation();
  return (
    <Tag color={URGENCY_COLOURS[urgency]} data-urgency={urgency} style={{ marginInlineEnd: 0 }}>
      {t(`matters.urgency.${urgency}`)}
    </Tag>
  );
}
