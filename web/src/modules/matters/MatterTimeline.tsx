/** Every step of a matter, oldest first: raised, coordination notes, escalations (manual with reason, automatic on deadline), de-escalation, resolution. */
import { Card, Empty, Flex, Space, Timeline, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import type { MatterEvent, MatterTier } from '../../api/types.ts';
import { formatDateTime } from '../../shell/format.ts';
import { NameWithId } from '../../shell/NameWithId.tsx';
import { useLocale } from '../../i18n/useLocale.ts';
import { MatterTierTag } from './MatterTags.tsx';

const DOT: Record<string, string> = {
  raised: 'blue',
  coordinated: 'gray',
  escalated: 'orange',
  auto_escalated: 'red',
  de_escalated: 'cyan',
  resolved: 'green',
  withdrawn: 'gray',
  comment: 'gray',
};

const KINDS = new Set(['raised', 'coordinated', 'escalated', 'de_escalated', 'auto_escalated', 'resolved', 'withdrawn', 'comment']);

function EventItem({ event, timeZone }: { event: MatterEvent; timeZone: string }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const system = event.actorUsername.startsWith('system:');
  const reason = event.kind === 'auto_escalated' && event.reason === 'deadline' ? t('matters.timeline.deadline') : event.reason;
  const tier = (value: string | null) => (value ? <MatterTierTag tier={value as MatterTier} /> : null);
  return (
    <Flex vertical gap={4} data-testid="matter-event" data-kind={event.kind} data-to-tier={event.toTier ?? ''}>
      <Space size={6} wrap>
        <Typography.Text strong>{KINDS.has(event.kind) ? t(`matters.timeline.kind.${event.kind}`) : event.kind}</Typography.Text>
        {event.fromTier && event.toTier ? (
          <>
            {tier(event.fromTier)}→{tier(event.toTier)}
          </>
        ) : (
          tier(event.toTier ?? event.fromTier)
        )}
      </Space>
      {reason && (
        <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', margin: 0 }} data-testid="matter-event-reason">
          {reason}
        </Typography.Paragraph>
      )}
      {event.decisionId && (
        <Link to={`/decisions/${event.decisionId}`} data-testid="matter-event-decision" title={event.decisionId}>
          {(locale === 'en' ? event.decisionTitleEn || event.decisionTitleZh : event.decisionTitleZh) || t('matters.timeline.decision')}
        </Link>
      )}
      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
        {formatDateTime(event.occurredAt, timeZone)} · {system ? t('matters.timeline.by', { name: t('matters.timeline.system') }) : <NameWithId name={t('matters.timeline.by', { name: event.actorDisplayName ?? event.actorUsername })} id={event.actorUsername} />}
      </Typography.Text>
    </Flex>
  );
}

export function MatterTimeline({ events, timeZone }: { events: MatterEvent[]; timeZone: string }) {
  const { t } = useTranslation();
  return (
    <Card size="small" title={t('matters.timeline.title')} data-testid="matter-timeline" data-count={events.length}>
      {events.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('matters.timeline.empty')} />
      ) : (
        <Timeline
          items={events.map((event, index) => ({
            key: `${event.occurredAt}:${index}`,
            color: DOT[event.kind] ?? 'gray',
            content: <EventItem event={event} timeZone={timeZone} />,
          }))}
        />
      )}
    </Card>
  );
}
