/** Small markers of meetings and minutes; colours mean the same on every screen. */
import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { MeetingStatus, MeetingTier, MeetingType, MinutesStatus, MinutesVerdict } from '../../api/types.ts';

const TIER_COLOURS: Record<MeetingTier, string> = { decision: 'volcano', coordination: 'geekblue', execution: 'cyan' };
const STATUS_COLOURS: Record<MeetingStatus, string> = { planned: 'default', published: 'processing', held: 'success', cancelled: 'error' };
const MINUTES_COLOURS: Record<MinutesStatus, string> = { draft: 'processing', superseded: 'default', final: 'success' };
const VERDICT_COLOURS: Record<MinutesVerdict | 'pending', string> = { approve: 'success', request_change: 'warning', pending: 'default' };

export function MeetingTypeTag({ type }: { type: MeetingType }) {
  const { t } = useTranslation();
  return <Tag style={{ marginInlineEnd: 0 }}>{t(`meetings.type.${type}`)}</Tag>;
}

export function TierTag({ tier }: { tier: MeetingTier }) {
  const { t } = useTranslation();
  return (
    <Tag color={TIER_COLOURS[tier]} style={{ marginInlineEnd: 0 }}>
      {t(`meetings.tier.${tier}`)}
    </Tag>
  );
}

export function MeetingStatusTag({ status }: { status: MeetingStatus }) {
  const { t } = useTranslation();
  return (
    <Tag color={STATUS_COLOURS[status]} data-status={status} style={{ marginInlineEnd: 0 }}>
      {t(`meetings.status.${status}`)}
    </Tag>
  );
}

export function MinutesStatusTag({ status, testId }: { status: MinutesStatus; testId?: string }) {
  const { t } = useTranslation();
  return (
    <Tag color={MINUTES_COLOURS[status]} data-status={status} data-testid={testId} style={{ marginInlineEnd: 0 }}>
      {t(`meetings.minutes.status.${status}`)}
    </Tag>
  );
}

export function VerdictTag({ verdict }: { verdict: MinutesVerdict | 'pending' }) {
  const { t } = useTranslation();
  return (
    <Tag color={VERDICT_COLOURS[verdict]} data-verdict={verdict} style={{ marginInlineEnd: 0 }}>
      {t(`meetings.minutes.verdict.${verdict}`)}
    </Tag>
  );
}

/** The tier colour as a dot colour for the calendar. */
export function tierColour(tier: MeetingTier): string {
  return { decision: '#d4380d', coordination: '#1d39c4', execution: '#08979c' }[tier];
}
