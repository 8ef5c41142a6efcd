/**
 * One meeting: the facts (type, tier, host, times in the region's zone,
 * venue, theme, its main meeting), participants, agenda, parallel sessions and
 * site visits, the host rotation for an annual symposium, the minutes with
 * each member's approval, and the decisions taken with their effects.
 */
import { ArrowLeftOutlined, EditOutlined, PlusOutlined } from '@ant-design/icons';
import { App, Button, Card, Col, Descriptions, Empty, Flex, List, Result, Row, Skeleton, Space, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';
import { ApiError } from '../../api/client.ts';
import { useApi } from '../../api/hooks.ts';
import type { Meeting, MeetingDetail, MeetingParticipant, NextHost } from '../../api/types.ts';
import { DemoTag } from '../../shell/DemoTag.tsx';
import { ErrorAlert } from '../../shell/ErrorAlert.tsx';
import { PageHeader } from '../../shell/PageHeader.tsx';
import { hasRole } from '../auth/roles.ts';
import { useCurrentUser } from '../auth/session.tsx';
import { plansApi } from '../plans/plansApi.ts';
import { useReference } from '../region/reference.ts';
import { titleOf } from '../tasks/labels.ts';
import { DocumentsCard } from '../documents/DocumentsCard.tsx';
import { liaisonMembers, MEETING_ACCESS } from './access.ts';
import { DecisionFormModal } from './DecisionFormModal.tsx';
import { EffectList } from './EffectList.tsx';
import { formatDecidedAt, formatRange } from './labels.ts';
import { textOf } from '../../shell/format.ts';
import { MeetingFormModal } from './MeetingFormModal.tsx';
import { MeetingStatusTag, MeetingTypeTag, TierTag } from './MeetingTags.tsx';
import { meetingsApi } from './meetingsApi.ts';
import { MinutesPanel } from './MinutesPanel.tsx';
import { useMeetingNames } from './names.ts';
import { PrintButton } from '../printing/PrintButton.tsx';

type Preset = Parameters<typeof DecisionFormModal>[0]['preset'];

function SessionList({ sessions, timeZone, testId }: { sessions: Meeting[]; timeZone: string; testId: string }) {
  const { t } = useTranslation();
  const { host, locale } = useMeetingNames();
  if (sessions.length === 0) return <Typography.Text type="secondary">{t('meetings.detail.noSessions')}</Typography.Text>;
  return (
    <List
      size="small"
      data-testid={testId}
      dataSource={sessions}
      renderItem={(s) => (
        <List.Item key={s.id} data-testid={`session-${s.id}`}>
          <Flex vertical gap={2}>
            <Space size={6} wrap>
              <Link to={`/meetings/${s.id}`}>{textOf(s.titleZh, s.titleEn, locale)}</Link>
              <MeetingTypeTag type={s.type} />
              <TierTag tier={s.tier} />
            </Space>
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {formatRange(s.startsAt, s.endsAt, timeZone, s.timeOfDayKnown)}
              {s.hostMemberCode && ` · ${host(s.hostMemberCode, s.hostCityCode)}`}
              {textOf(s.venueZh, s.venueEn, locale) && ` · ${textOf(s.venueZh, s.venueEn, locale)}`}
            </Typography.Text>
          </Flex>
        </List.Item>
      )}
    />
  );
}

function HostRotationCard({ rotation, office, onFix }: { rotation: NextHost; office: boolean; onFix: () => void }) {
  const { t } = useTranslation();
  const { member } = useMeetingNames();
  return (
    <Card
      size="small"
      title={t('meetings.rotation.title')}
      data-testid="host-rotation"
    >
      <Flex vertical gap={8}>
        <Typography.Text strong data-testid="host-rotation-next" data-member={rotation.memberCode} data-year={rotation.year}>
          {t('meetings.rotation.next', { year: rotation.year, member: member(rotation.memberCode) })}
        </Typography.Text>
        <Typography.Text type="secondary">
          {rotation.lastHost ? t('meetings.rotation.last', { year: rotation.lastHost.year, member: member(rotation.lastHost.memberCode) }) : t('meetings.rotation.noLast')}
        </Typography.Text>
        <Space size={[4, 4]} wrap>
          <Typography.Text type="secondary">{t('meetings.rotation.order')}</Typography.Text>
          {rotation.order.map((code, i) => (
            <Space key={code} size={4}>
              {i > 0 && <span>→</span>}
              <Tag color={code === rotation.memberCode ? 'gold' : code === rotation.lastHost?.memberCode ? 'blue' : undefined} style={{ marginInlineEnd: 0 }}>
                {member(code)}
              </Tag>
            </Space>
          ))}
        </Space>
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          {t('meetings.rotation.hint')}
        </Typography.Text>
        {office && (
          <Button size="small" onClick={onFix} style={{ alignSelf: 'flex-start' }} data-testid="host-rotation-fix">
            {t('meetings.rotation.fix')}
          </Button>
        )}
      </Flex>
    </Card>
  );
}

/** The meeting's decisions, each read whole for its effects. */
function DecisionsCard({ meeting, office, onRecord }: { meeting: MeetingDetail; office: boolean; onRecord: () => void }) {
  const { t } = useTranslation();
  const { timeZone } = useReference();
  const { locale } = useMeetingNames();
  const ids = meeting.decisions.map((d) => d.id);
  const details = useApi((signal) => Promise.all(ids.map((id) => meetingsApi.decision(id, signal))), `decisions:${ids.join(',')}`);
  const plans = useApi((signal) => (ids.length > 0 ? plansApi.all(signal) : Promise.resolve([])), `plans:${ids.length > 0}`);
  const planName = (planId: string) => {
    const plan = plans.data?.find((p) => p.id === planId);
    return plan ? `${plan.code} ${titleOf(plan, locale)}` : undefined;
  };
  return (
    <Card
      size="small"
      title={t('meetings.decisions.title')}
      data-testid="meeting-decisions"
      extra={
        office && (
          <Button size="small" type="primary" icon={<PlusOutlined />} onClick={onRecord} data-testid="decision-record">
            {t('meetings.decisions.record')}
          </Button>
        )
      }
    >
      <ErrorAlert error={details.error} />
      {meeting.decisions.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('meetings.decisions.none')} />
      ) : (
        <List
          size="small"
          dataSource={meeting.decisions}
          renderItem={(d) => {
            const detail = details.data?.find((x) => x.id === d.id);
            return (
              <List.Item key={d.id} data-testid={`decision-item-${d.id}`}>
                <Flex vertical gap={4} style={{ width: '100%' }}>
                  <Flex justify="space-between" gap={8} wrap>
                    <Link to={`/decisions/${d.id}`} data-testid="decision-link">
                      {textOf(d.titleZh, d.titleEn, locale)}
                    </Link>
                    <Typography.Text type="secondary">{formatDecidedAt(d.decidedAt, timeZone, d.timeOfDayKnown)}</Typography.Text>
                  </Flex>
                  {detail ? (
                    <EffectList effects={detail.effects} tasks={detail.tasks} names={{ plan: planName }} />
                  ) : (
                    <Typography.Text type="secondary">{t('meetings.decisions.loadingEffects')}</Typography.Text>
                  )}
                </Flex>
              </List.Item>
            );
          }}
        />
      )}
    </Card>
  );
}

export default function MeetingDetailPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const { message } = App.useApp();
  const user = useCurrentUser();
  const office = hasRole(user, ...MEETING_ACCESS.manage);
  const ownMembers = liaisonMembers(user);
  const { timeZone } = useReference();
  const { member, host, body, locale } = useMeetingNames();
  const meeting = useApi((signal) => meetingsApi.get(id, signal), id);
  const parentId = meeting.data?.parentMeetingId;
  const parent = useApi((signal) => (parentId ? meetingsApi.get(parentId, signal) : Promise.resolve(undefined)), `parent:${parentId ?? ''}`);
  const isSymposium = meeting.data?.type === 'annual_symposium';
  const rotation = useApi((signal) => (isSymposium ? meetingsApi.nextHost(signal) : Promise.resolve(undefined)), `rotation:${isSymposium}`);
  const [recording, setRecording] = useState<{ preset?: Preset } | null>(null);
  const [editing, setEditing] = useState(false);

  if (meeting.error instanceof ApiError && meeting.error.status === 404) {
    return <Result status="404" title={t('meetings.detail.notFound')} extra={<Link to="/meetings">{t('meetings.detail.back')}</Link>} />;
  }
  if (!meeting.data) {
    return meeting.error ? <ErrorAlert error={meeting.error} action={<Button onClick={meeting.reload}>{t('common.retry')}</Button>} /> : <Skeleton active />;
  }
  const m = meeting.data;
  const sessions = m.sessions.filter((s) => s.type !== 'site_visit');
  const visits = m.sessions.filter((s) => s.type === 'site_visit');
  const venue = textOf(m.venueZh, m.venueEn, locale);
  const theme = textOf(m.themeZh, m.themeEn, locale);

  return (
    <div data-testid="meeting-detail" data-meeting-id={m.id}>
      <PageHeader
        breadcrumbs={[{ label: t('nav.meetings'), to: '/meetings' }, { label: textOf(m.titleZh, m.titleEn, locale) }]}
        title={
          <Space size={8} wrap>
            <span data-testid="meeting-title">{textOf(m.titleZh, m.titleEn, locale)}</span>
            {m.isDemo && <DemoTag />}
          </Space>
        }
        extra={
          <>
            <Link to="/meetings">
              <Button icon={<ArrowLeftOutlined />}>{t('meetings.detail.back')}</Button>
            </Link>
            <PrintButton kind="meeting-minutes" params={{ meetingId: m.id }} />
            {office && (
              <Button icon={<EditOutlined />} onClick={() => setEditing(true)} data-testid="meeting-edit">
                {t('meetings.detail.edit')}
              </Button>
            )}
          </>
        }
      />
      <Row gutter={[16, 16]}>
        <Col xs={24} xl={16}>
          <Flex vertical gap={16}>
            <Card size="small" title={t('meetings.detail.facts')}>
              <Descriptions size="small" column={{ xs: 1, md: 2 }} data-testid="meeting-facts">
                <Descriptions.Item label={t('meetings.form.type')}>
                  <MeetingTypeTag type={m.type} />
                </Descriptions.Item>
                <Descriptions.Item label={t('meetings.form.tier')}>
                  <TierTag tier={m.tier} />
                </Descriptions.Item>
                <Descriptions.Item label={t('meetings.form.status')}>
                  <MeetingStatusTag status={m.status} />
                </Descriptions.Item>
                <Descriptions.Item label={t('meetings.detail.when')}>
                  <span data-testid="meeting-when">{formatRange(m.startsAt, m.endsAt, timeZone, m.timeOfDayKnown)}</span>
                  {!m.timeOfDayKnown && (
                    <Typography.Text type="secondary" data-testid="meeting-time-unknown">
                      {' '}
                      {t('meetings.detail.timeOfDayUnknown')}
                    </Typography.Text>
                  )}
                </Descriptions.Item>
                <Descriptions.Item label={t('meetings.columns.host')}>{host(m.hostMemberCode, m.hostCityCode)}</Descriptions.Item>
                <Descriptions.Item label={t('meetings.detail.venue')}>{venue || '—'}</Descriptions.Item>
                {m.bodyCode && <Descriptions.Item label={t('meetings.detail.body')}>{body(m.bodyCode)}</Descriptions.Item>}
                {m.parentMeetingId && (
                  <Descriptions.Item label={t('meetings.detail.parent')}>
                    <Link to={`/meetings/${m.parentMeetingId}`} data-testid="meeting-parent-link">
                      {parent.data ? textOf(parent.data.titleZh, parent.data.titleEn, locale) : t('meetings.detail.parent')}
                    </Link>
                  </Descriptions.Item>
                )}
                <Descriptions.Item label={t('meetings.form.titleZh')} span="filled">
                  <span lang="zh-CN">{m.titleZh}</span>
                </Descriptions.Item>
                <Descriptions.Item label={t('meetings.form.titleEn')} span="filled">
                  <span lang="en">{m.titleEn || '—'}</span>
                </Descriptions.Item>
                {theme && (
                  <Descriptions.Item label={t('meetings.detail.theme')} span="filled">
                    {theme}
                  </Descriptions.Item>
                )}
              </Descriptions>
            </Card>
            <MinutesPanel meeting={m} office={office} ownMembers={ownMembers} timeZone={timeZone} onChanged={meeting.setData} />
            <DecisionsCard meeting={m} office={office} onRecord={() => setRecording({})} />
            <Card size="small" title={t('meetings.detail.participants', { count: m.participants.length })}>
              <Table<MeetingParticipant>
                size="small"
                rowKey="id"
                pagination={false}
                dataSource={m.participants}
                data-testid="meeting-participants"
                locale={{ emptyText: t('meetings.detail.noParticipants') }}
                scroll={{ x: 640 }}
                columns={[
                  {
                    title: t('meetings.detail.participantName'),
                    key: 'name',
                    render: (_, p) => (locale === 'en' && p.nameEn ? `${p.nameEn} (${p.nameZh})` : p.nameZh),
                  },
                  { title: t('meetings.detail.participantTitle'), key: 'title', render: (_, p) => textOf(p.titleZh, p.titleEn, locale) || '—' },
                  { title: t('meetings.detail.participantMember'), key: 'member', width: 110, render: (_, p) => member(p.memberCode) },
                  { title: t('meetings.detail.participantOrganisation'), dataIndex: 'organisation', render: (o: string) => o || '—' },
                  { title: t('meetings.detail.participantRole'), key: 'role', width: 110, render: (_, p) => <Tag>{t(`meetings.role.${p.role}`)}</Tag> },
                ]}
              />
            </Card>
          </Flex>
        </Col>
        <Col xs={24} xl={8}>
          <Flex vertical gap={16}>
            {rotation.data && <HostRotationCard rotation={rotation.data} office={office} onFix={() => setRecording({ preset: { kind: 'fix_next_host', year: rotation.data!.year, memberCode: rotation.data!.memberCode } })} />}
            <Card size="small" title={t('meetings.detail.agenda')}>
              {m.agenda.length === 0 ? (
                <Typography.Text type="secondary">{t('meetings.detail.noAgenda')}</Typography.Text>
              ) : (
                <ol style={{ margin: 0, paddingInlineStart: 20 }} data-testid="meeting-agenda">
                  {m.agenda.map((a) => (
                    <li key={a.id}>{textOf(a.titleZh, a.titleEn, locale)}</li>
                  ))}
                </ol>
              )}
            </Card>
            <DocumentsCard owner="meetings" ownerId={m.id} canManage={office} testId="meeting-documents" />
            <Card size="small" title={t('meetings.detail.sessions')}>
              <SessionList sessions={sessions} timeZone={timeZone} testId="meeting-sessions" />
            </Card>
            <Card size="small" title={t('meetings.detail.siteVisits')}>
              <SessionList sessions={visits} timeZone={timeZone} testId="meeting-site-visits" />
            </Card>
          </Flex>
        </Col>
      </Row>
      {office && (
        <MeetingFormModal
          open={editing}
          meeting={m}
          onClose={() => setEditing(false)}
          onSaved={(_, saved) => {
            if (saved) meeting.setData(saved);
            void message.success(t('meetings.detail.edited'));
          }}
          onReload={meeting.reload}
        />
      )}
      {office && (
        <DecisionFormModal
          open={recording !== null}
          meeting={m}
          preset={recording?.preset}
          onClose={() => setRecording(null)}
          onSaved={() => {
            void message.success(t('meetings.decisions.recorded'));
            meeting.reload();
            rotation.reload();
          }}
        />
      )}
    </div>
  );
}
