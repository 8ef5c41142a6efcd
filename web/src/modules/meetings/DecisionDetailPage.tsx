/**
 * One decision: which meeting took it and when, its text, what it produced
 * (links to the plan, agreement, matter, tasks, the host fixed) and its
 * implementation rolled up from the tasks it created.
 */
import { ArrowLeftOutlined } from '@ant-design/icons';
import { Button, Card, Descriptions, Flex, Progress, Result, Skeleton, Space, Statistic, Table, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';
import { api, ApiError } from '../../api/client.ts';
import { useApi } from '../../api/hooks.ts';
import { WORK_STATUSES, type DecisionTask, type WorkStatus } from '../../api/types.ts';
import { DemoTag } from '../../shell/DemoTag.tsx';
import { ErrorAlert } from '../../shell/ErrorAlert.tsx';
import { formatDecidedAt } from './labels.ts';
import { PageHeader } from '../../shell/PageHeader.tsx';
import { plansApi } from '../plans/plansApi.ts';
import { useReference } from '../region/reference.ts';
import { titleOf } from '../tasks/labels.ts';
import { StatusProgress, WorkStatusTag } from '../tasks/WorkTags.tsx';
import { EffectList } from './EffectList.tsx';
import { textOf } from '../../shell/format.ts';
import { meetingsApi, type EffectTarget } from './meetingsApi.ts';
import { useMeetingNames } from './names.ts';
import { PrintButton } from '../printing/PrintButton.tsx';

const isWorkStatus = (status: string): status is WorkStatus => (WORK_STATUSES as readonly string[]).includes(status);

/** Titles of the agreements and matters a decision names (a failed read leaves the generic label). */
async function targetTitles(ids: { agreements: string[]; matters: string[] }, signal: AbortSignal): Promise<Map<string, EffectTarget>> {
  const read = (path: string) => api.get<EffectTarget>(path, undefined, signal).catch(() => undefined);
  const found = await Promise.all([
    ...ids.agreements.map((id) => read(`/api/v1/agreements/${encodeURIComponent(id)}`)),
    ...ids.matters.map((id) => read(`/api/v1/matters/${encodeURIComponent(id)}`)),
  ]);
  return new Map(found.filter((x): x is EffectTarget => Boolean(x)).map((x) => [x.id, x]));
}

export default function DecisionDetailPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const { timeZone } = useReference();
  const { member, locale } = useMeetingNames();
  const decision = useApi((signal) => meetingsApi.decision(id, signal), id);
  const meetingId = decision.data?.meetingId;
  const meeting = useApi((signal) => (meetingId ? meetingsApi.get(meetingId, signal) : Promise.resolve(undefined)), `meeting:${meetingId ?? ''}`);
  const plans = useApi((signal) => plansApi.all(signal), 'plans');
  const effects = decision.data?.effects ?? [];
  const ids = {
    agreements: effects.flatMap((e) => (e.agreementId ? [e.agreementId] : [])),
    matters: effects.flatMap((e) => (e.matterId ? [e.matterId] : [])),
  };
  const targets = useApi((signal) => targetTitles(ids, signal), `targets:${JSON.stringify(ids)}`);

  if (decision.error instanceof ApiError && decision.error.status === 404) {
    return <Result status="404" title={t('meetings.decision.notFound')} extra={<Link to="/meetings">{t('meetings.detail.back')}</Link>} />;
  }
  if (!decision.data) {
    return decision.error ? <ErrorAlert error={decision.error} action={<Button onClick={decision.reload}>{t('common.retry')}</Button>} /> : <Skeleton active />;
  }
  const d = decision.data;
  const body = textOf(d.bodyZh, d.bodyEn, locale);
  const planName = (planId: string) => {
    const plan = plans.data?.find((p) => p.id === planId);
    return plan ? `${plan.code} ${titleOf(plan, locale)}` : undefined;
  };
  const targetName = (targetId: string) => {
    const found = targets.data?.get(targetId);
    return found ? textOf(found.titleZh, found.titleEn, locale) : undefined;
  };
  const { implementation } = d;

  return (
    <div data-testid="decision-detail" data-decision-id={d.id}>
      <PageHeader
        breadcrumbs={[{ label: t('nav.meetings'), to: '/meetings' }, { label: meeting.data ? textOf(meeting.data.titleZh, meeting.data.titleEn, locale) : t('search.kinds.meeting'), to: `/meetings/${d.meetingId}` }, { label: textOf(d.titleZh, d.titleEn, locale) }]}
        title={
          <Space size={8} wrap>
            <span data-testid="decision-title">{textOf(d.titleZh, d.titleEn, locale)}</span>
            {d.isDemo && <DemoTag />}
          </Space>
        }
        extra={
          <>
            <Link to={`/meetings/${d.meetingId}`}>
              <Button icon={<ArrowLeftOutlined />}>{t('meetings.decision.back')}</Button>
            </Link>
            <PrintButton kind="decision" params={{ decisionId: d.id }} />
          </>
        }
      />
      <Flex vertical gap={16}>
        <Card size="small">
          <Descriptions size="small" column={{ xs: 1, md: 2 }}>
            <Descriptions.Item label={t('meetings.decision.meeting')}>
              <Link to={`/meetings/${d.meetingId}`} data-testid="decision-meeting-link">
                {meeting.data ? textOf(meeting.data.titleZh, meeting.data.titleEn, locale) : d.meetingId}
              </Link>
            </Descriptions.Item>
            <Descriptions.Item label={t('meetings.decision.decidedAt')}>
              {formatDecidedAt(d.decidedAt, timeZone, d.timeOfDayKnown)}
              {!d.timeOfDayKnown && <Typography.Text type="secondary"> {t('meetings.detail.timeOfDayUnknown')}</Typography.Text>}
            </Descriptions.Item>
            <Descriptions.Item label={t('meetings.decisionForm.titleZh')} span="filled">
              <span lang="zh-CN">{d.titleZh}</span>
            </Descriptions.Item>
            <Descriptions.Item label={t('meetings.decisionForm.titleEn')} span="filled">
              <span lang="en">{d.titleEn || '—'}</span>
            </Descriptions.Item>
            {body && (
              <Descriptions.Item label={t('meetings.decision.body')} span="filled">
                <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', margin: 0 }}>{body}</Typography.Paragraph>
              </Descriptions.Item>
            )}
          </Descriptions>
        </Card>
        <Card size="small" title={t('meetings.decision.produced')}>
          <EffectList effects={d.effects} tasks={d.tasks} names={{ plan: planName, agreement: targetName, matter: targetName }} />
        </Card>
        <Card size="small" title={t('meetings.decision.implementation')} data-testid="decision-implementation" data-progress={implementation.progress ?? ''}>
          {implementation.taskCount === 0 ? (
            <Typography.Text type="secondary">{t('meetings.decision.noTasks')}</Typography.Text>
          ) : (
            <Flex vertical gap={12}>
              <Typography.Text type="secondary">{t('meetings.decision.implementationHint')}</Typography.Text>
              <Flex gap={32} wrap align="center">
                <Statistic title={t('meetings.decision.taskCount')} value={implementation.taskCount} />
                <Statistic title={t('meetings.decision.completed')} value={implementation.completed} suffix={`/ ${implementation.taskCount}`} />
                <div style={{ minWidth: 220 }}>
                  <Typography.Text type="secondary">{t('meetings.decision.progress')}</Typography.Text>
                  <Progress percent={implementation.progress ?? 0} format={(p) => `${p ?? 0}%`} aria-label={t('meetings.decision.progress')} />
                </div>
                <Space size={[4, 4]} wrap>
                  <Typography.Text type="secondary">{t('meetings.decision.byStatus')}</Typography.Text>
                  {Object.entries(implementation.byStatus).map(([status, count]) => (
                    <Space key={status} size={2}>
                      {isWorkStatus(status) ? <WorkStatusTag status={status} /> : <Tag>{status}</Tag>}
                      <span>{count}</span>
                    </Space>
                  ))}
                </Space>
              </Flex>
              <Table<DecisionTask>
                size="small"
                rowKey="id"
                pagination={false}
                dataSource={d.tasks}
                onRow={(task) => ({ 'data-testid': `decision-task-${task.id}` }) as React.HTMLAttributes<HTMLElement>}
                columns={[
                  { title: t('meetings.decision.taskCode'), dataIndex: 'code', width: 100, render: (code: string, task) => <Link to={`/tasks/${task.id}`}>{code}</Link> },
                  { title: t('meetings.decision.taskTitle'), key: 'title', render: (_, task) => <Link to={`/tasks/${task.id}`}>{titleOf(task, locale)}</Link> },
                  { title: t('meetings.decision.taskLead'), key: 'lead', width: 100, render: (_, task) => member(task.leadMemberCode) },
                  {
                    title: t('meetings.decision.taskStatus'),
                    key: 'status',
                    width: 240,
                    render: (_, task) => (isWorkStatus(task.status) ? <StatusProgress status={task.status} percent={task.progress} /> : task.status),
                  },
                  { title: t('meetings.decision.taskDue'), dataIndex: 'dueDate', width: 110, render: (due: string | null) => due ?? '—' },
                ]}
              />
            </Flex>
          )}
        </Card>
      </Flex>
    </div>
  );
}
