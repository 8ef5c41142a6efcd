/**
 * The minutes of a meeting: the current revision's text and status, each
 * participating member's verdict on it, and every earlier revision. A
 * member's liaison approves or requests a change for its own member; the
 * Office drafts new revisions (verdicts start again) and finalises once every
 * member approved. The server enforces all of it; buttons only appear where
 * it would agree, and its refusal (e.g. 409) is shown as it says it.
 */
import { CheckOutlined, EditOutlined, FileDoneOutlined, FormOutlined } from '@ant-design/icons';
import { App, Button, Card, Collapse, Empty, Flex, Popconfirm, Space, Table, Tabs, Tooltip, Typography, type TableColumnType } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router-dom';
import type { MeetingDetail, MinutesApproval, MinutesVersion } from '../../api/types.ts';
import { useLocale } from '../../i18n/useLocale.ts';
import { ErrorAlert } from '../../shell/ErrorAlert.tsx';
import { formatDateTime } from '../../shell/format.ts';
import { useDeepLink } from '../todo/deepLink.tsx';
import { MinutesStatusTag, VerdictTag } from './MeetingTags.tsx';
import { meetingsApi } from './meetingsApi.ts';
import { useMeetingNames } from './names.ts';
import { DraftMinutesModal, RequestChangeModal } from './MinutesForms.tsx';

interface Props {
  meeting: MeetingDetail;
  office: boolean;
  /** Members the user is liaison of: they may give the verdict for these only. */
  ownMembers: string[];
  timeZone: string;
  onChanged: (meeting: MeetingDetail) => void;
}

interface ApprovalRow {
  memberCode: string;
  approval: MinutesApproval | undefined;
}

/** Each participating member's verdict on a revision ("pending" where none). */
export function approvalRows(meeting: MeetingDetail, version: MinutesVersion | undefined): ApprovalRow[] {
  return meeting.approvingMembers.map((memberCode) => ({ memberCode, approval: version?.approvals.find((a) => a.memberCode === memberCode) }));
}

function MinutesText({ version }: { version: MinutesVersion }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const zh = (
    <Typography.Paragraph lang="zh-CN" style={{ whiteSpace: 'pre-wrap', marginBottom: 0 }} data-testid="minutes-body">
      {version.bodyZh}
    </Typography.Paragraph>
  );
  if (!version.bodyEn.trim()) return zh;
  return (
    <Tabs
      size="small"
      defaultActiveKey={locale === 'en' ? 'en' : 'zh'}
      items={[
        { key: 'zh', label: t('meetings.minutes.bodyZh'), children: zh },
        {
          key: 'en',
          label: t('meetings.minutes.bodyEn'),
          children: (
            <Typography.Paragraph lang="en" style={{ whiteSpace: 'pre-wrap', marginBottom: 0 }} data-testid="minutes-body-en">
              {version.bodyEn}
            </Typography.Paragraph>
          ),
        },
      ]}
    />
  );
}

export function MinutesPanel({ meeting, office, ownMembers, timeZone, onChanged }: Props) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const { member } = useMeetingNames();
  const [error, setError] = useState<unknown>(undefined);
  const [busy, setBusy] = useState<string | null>(null);
  const [drafting, setDrafting] = useState(false);
  const [requesting, setRequesting] = useState<string | null>(null);
  const current = meeting.minutes[0];
  const isDraft = current?.status === 'draft';
  const rows = approvalRows(meeting, current);
  const approvedCount = rows.filter((r) => r.approval?.verdict === 'approve').length;
  const missing = rows.filter((r) => r.approval?.verdict !== 'approve').map((r) => r.memberCode);
  const allApproved = missing.length === 0;
  // A link from a notice or the to-do queue: ?minutes=<revision> opens that version (an earlier one inside the history).
  const [params] = useSearchParams();
  const linkedRevision = Number(params.get('minutes')) || null;
  const linkedVersion = linkedRevision !== null ? meeting.minutes.find((v) => v.revision === linkedRevision) : undefined;
  const linkedOlder = linkedVersion !== undefined && linkedVersion !== current;
  const deepLinkNotice = useDeepLink(
    linkedRevision === null ? null : linkedOlder ? `[data-testid="minutes-version-${linkedRevision}"]` : `[data-minutes-revision="${linkedRevision}"]`,
    true,
    t('todo.deepLink.minutesMissing', { revision: linkedRevision }),
  );

  const act = async (key: string, action: () => Promise<MeetingDetail>, done: string) => {
    setBusy(key);
    setError(undefined);
    try {
      onChanged(await action());
      void message.success(done);
    } catch (failure) {
      setError(failure);
    } finally {
      setBusy(null);
    }
  };

  const approve = (memberCode: string) =>
    act(`approve:${memberCode}`, () => meetingsApi.decideMinutes(meeting.id, { memberCode, verdict: 'approve' }), t('meetings.minutes.approved'));
  const finalise = () => act('finalise', () => meetingsApi.finaliseMinutes(meeting.id), t('meetings.minutes.finalised'));

  const canDecide = (memberCode: string) => isDraft && ownMembers.includes(memberCode);

  // Only for a liaison of a participating member, while the minutes await verdicts.
  const decidable = rows.some((r) => canDecide(r.memberCode));
  const actionsColumn: TableColumnType<ApprovalRow> = {
    title: t('common.actions'),
    key: 'actions',
    width: 190,
    render: (_, row) =>
      canDecide(row.memberCode) && (
        <Space size={4}>
          <Button
            size="small"
            type="primary"
            icon={<CheckOutlined />}
            disabled={row.approval?.verdict === 'approve'}
            loading={busy === `approve:${row.memberCode}`}
            onClick={() => void approve(row.memberCode)}
            data-testid="minutes-verdict-approve"
          >
            {t('meetings.minutes.approve')}
          </Button>
          <Button size="small" onClick={() => setRequesting(row.memberCode)} data-testid="minutes-verdict-request-change">
            {t('meetings.minutes.requestChange')}
          </Button>
        </Space>
      ),
  };

  return (
    <Card
      size="small"
      title={
        <Space size={8}>
          <span>{t('meetings.minutes.title')}</span>
          {current && <span data-testid="minutes-revision" data-revision={current.revision}>{t('meetings.minutes.revision', { revision: current.revision })}</span>}
          {current && <MinutesStatusTag status={current.status} testId="minutes-status" />}
        </Space>
      }
      extra={
        office && (
          <Space size={8}>
            <Button
              icon={current ? <EditOutlined /> : <FormOutlined />}
              disabled={current?.status === 'final'}
              onClick={() => setDrafting(true)}
              data-testid="minutes-draft"
            >
              {current ? t('meetings.minutes.draftNew') : t('meetings.minutes.draft')}
            </Button>
            {current && (
              <Tooltip title={isDraft && !allApproved ? t('meetings.minutes.finaliseWaiting', { members: missing.map(member).join('、') }) : undefined}>
                <span>
                  <Popconfirm title={t('meetings.minutes.finaliseConfirm')} onConfirm={() => void finalise()} disabled={!isDraft || !allApproved} okButtonProps={{ 'data-testid': 'minutes-finalise-confirm' }}>
                    <Button type="primary" icon={<FileDoneOutlined />} disabled={!isDraft || !allApproved} loading={busy === 'finalise'} data-testid="minutes-finalise">
                      {t('meetings.minutes.finalise')}
                    </Button>
                  </Popconfirm>
                </span>
              </Tooltip>
            )}
          </Space>
        )
      }
      data-testid="minutes-panel"
    >
      <ErrorAlert error={error} testId="minutes-error" />
      {deepLinkNotice}
      {linkedOlder && current && (
        <Typography.Paragraph type="secondary" data-testid="minutes-linked-older">
          {t('todo.deepLink.minutesOlder', { revision: linkedRevision, current: current.revision })}
        </Typography.Paragraph>
      )}
      {!current ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('meetings.minutes.none')} />
      ) : (
        <Flex vertical gap={12} data-minutes-revision={current.revision}>
          <Typography.Text type="secondary">
            {t('meetings.minutes.draftedAt', { time: formatDateTime(current.draftedAt, timeZone) })}
            {current.finalisedAt && ` · ${t('meetings.minutes.finalisedAt', { time: formatDateTime(current.finalisedAt, timeZone) })}`}
          </Typography.Text>
          <MinutesText version={current} />
          <Flex justify="space-between" align="center">
            <Typography.Text strong>{t('meetings.minutes.approvals')}</Typography.Text>
            {rows.length > 0 && (
              <Typography.Text type="secondary" data-testid="minutes-approved-count" data-approved={approvedCount} data-total={rows.length}>
                {t('meetings.minutes.approvedCount', { approved: approvedCount, total: rows.length })}
              </Typography.Text>
            )}
          </Flex>
          {rows.length === 0 ? (
            <Typography.Text type="secondary">{t('meetings.minutes.noApprovers')}</Typography.Text>
          ) : (
            <Table<ApprovalRow>
              size="small"
              rowKey="memberCode"
              pagination={false}
              dataSource={rows}
              data-testid="minutes-approvals"
              onRow={(row) =>
                ({ 'data-testid': `minutes-approval-${row.memberCode}`, 'data-verdict': row.approval?.verdict ?? 'pending' }) as React.HTMLAttributes<HTMLElement>
              }
              columns={[
                { title: t('meetings.minutes.member'), key: 'member', width: 110, render: (_, row) => member(row.memberCode) },
                { title: t('meetings.minutes.verdictLabel'), key: 'verdict', width: 110, render: (_, row) => <VerdictTag verdict={row.approval?.verdict ?? 'pending'} /> },
                {
                  title: t('meetings.minutes.comment'),
                  key: 'comment',
                  render: (_, row) => <span style={{ whiteSpace: 'pre-wrap' }}>{row.approval?.comment || '—'}</span>,
                },
                { title: t('meetings.minutes.decidedAt'), key: 'at', width: 165, render: (_, row) => formatDateTime(row.approval?.decidedAt, timeZone) },
                ...(decidable ? [actionsColumn] : []),
              ]}
            />
          )}
          <MinutesHistory meeting={meeting} timeZone={timeZone} openRevision={linkedOlder ? linkedRevision : null} />
        </Flex>
      )}
      {office && (
        <DraftMinutesModal
          open={drafting}
          meeting={meeting}
          onClose={() => setDrafting(false)}
          onSaved={(saved) => {
            onChanged(saved);
            void message.success(t('meetings.minutes.drafted', { revision: saved.minutes[0]?.revision ?? 1 }));
          }}
        />
      )}
      <RequestChangeModal
        meetingId={meeting.id}
        memberCode={requesting}
        onClose={() => setRequesting(null)}
        onSaved={(saved) => {
          onChanged(saved);
          setError(undefined);
        }}
      />
    </Card>
  );
}

function MinutesHistory({ meeting, timeZone, openRevision }: { meeting: MeetingDetail; timeZone: string; openRevision: number | null }) {
  const { t } = useTranslation();
  const { member } = useMeetingNames();
  return (
    <Collapse
      size="small"
      data-testid="minutes-history"
      defaultActiveKey={openRevision !== null ? ['history'] : []}
      items={[
        {
          key: 'history',
          label: t('meetings.minutes.history', { count: meeting.minutes.length }),
          children: (
            <Flex vertical gap={16}>
              {meeting.minutes.map((version) => (
                <div key={version.id} data-testid={`minutes-version-${version.revision}`} data-status={version.status}>
                  <Space size={8} wrap style={{ marginBottom: 4 }}>
                    <Typography.Text strong>{t('meetings.minutes.revision', { revision: version.revision })}</Typography.Text>
                    <MinutesStatusTag status={version.status} />
                    <Typography.Text type="secondary">{t('meetings.minutes.draftedAt', { time: formatDateTime(version.draftedAt, timeZone) })}</Typography.Text>
                  </Space>
                  <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', marginBottom: 4 }} ellipsis={version.revision === openRevision ? false : { rows: 3, expandable: 'collapsible' }}>
                    {version.bodyZh}
                  </Typography.Paragraph>
                  {version.approvals.map((a) => (
                    <Flex key={a.memberCode} gap={8} align="baseline" style={{ fontSize: 13 }}>
                      <span style={{ minWidth: 72 }}>{member(a.memberCode)}</span>
                      <VerdictTag verdict={a.verdict} />
                      <Typography.Text type="secondary">{formatDateTime(a.decidedAt, timeZone)}</Typography.Text>
                      {a.comment && <span style={{ whiteSpace: 'pre-wrap' }}>{a.comment}</span>}
                    </Flex>
                  ))}
                </div>
              ))}
            </Flex>
          ),
        },
      ]}
    />
  );
}
