/**
 * One agreement: its parties, where or when it was signed, its term and the
 * expiry alert, its clauses with the tasks that carry them out (with their
 * status and progress), and its status with the steps the Office may take.
 */
import { ArrowLeftOutlined, BellOutlined } from '@ant-design/icons';
import { Alert, Card, Button, Descriptions, Empty, Flex, Result, Skeleton, Space, Table, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';
import { ApiError } from '../../api/client.ts';
import { useApi } from '../../api/hooks.ts';
import { WORK_STATUSES, type AgreementDetail, type ClauseTask, type WorkStatus } from '../../api/types.ts';
import { useLocale } from '../../i18n/useLocale.ts';
import { DemoTag } from '../../shell/DemoTag.tsx';
import { ErrorAlert } from '../../shell/ErrorAlert.tsx';
import { formatDateTime } from '../../shell/format.ts';
import { PageHeader } from '../../shell/PageHeader.tsx';
import { hasRole } from '../auth/roles.ts';
import { useCurrentUser } from '../auth/session.tsx';
import { DocumentsCard } from '../documents/DocumentsCard.tsx';
import { useReference } from '../region/reference.ts';
import { titleOf, todayIn } from '../tasks/labels.ts';
import { StatusProgress } from '../tasks/WorkTags.tsx';
import { AGREEMENT_ACCESS } from './access.ts';
import { AgreementLifecycle } from './AgreementLifecycle.tsx';
import { agreementsApi } from './agreementsApi.ts';
import { AgreementStatusTag, PartyTags } from './AgreementTags.tsx';

/** Days before the end of the term that the parties are alerted (server: agreements.models.ts). */
const EXPIRY_ALERT_DAYS = 30;
const DAY_MS = 86_400_000;

function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY_MS);
}

/**
 * How far the term is from its end, and what happens then: an agreement in
 * force expires by itself the day after its term ends (the hourly job
 * agreements.expiry-alert), and the parties are alerted 30 days before.
 */
function ExpiryInfo({ agreement, timeZone }: { agreement: AgreementDetail; timeZone: string }) {
  const { t } = useTranslation();
  if (!agreement.termEnd) return <Typography.Text type="secondary">{t('agreements.detail.expiryAlertNone')}</Typography.Text>;
  const left = daysBetween(todayIn(timeZone), agreement.termEnd);
  const live = agreement.status === 'signed' || agreement.status === 'in_force';
  const inForce = agreement.status === 'in_force';
  return (
    <Flex vertical gap={2} data-testid="agreement-expiry" data-days-left={left} data-alerted={Boolean(agreement.expiryAlertSentAt)} data-auto-expiry={inForce}>
      {live &&
        (left >= 0 ? (
          <span>{t('agreements.detail.expiresIn', { count: left })}</span>
        ) : (
          <Typography.Text type="danger">{t(inForce ? 'agreements.detail.expiringNow' : 'agreements.detail.expiredOn', { date: agreement.termEnd })}</Typography.Text>
        ))}
      {inForce && left >= 0 && (
        <Typography.Text data-testid="agreement-auto-expiry">{t('agreements.detail.autoExpiry', { date: agreement.termEnd })}</Typography.Text>
      )}
      {agreement.status === 'signed' && <Typography.Text type="secondary">{t('agreements.detail.autoExpiryOnceInForce')}</Typography.Text>}
      {agreement.status === 'expired' && <span>{t('agreements.detail.expiredAfter', { date: agreement.termEnd })}</span>}
      {live && (
        <Typography.Text type="secondary">
          {agreement.expiryAlertSentAt
            ? t('agreements.detail.expiryAlertSent', { time: formatDateTime(agreement.expiryAlertSentAt, timeZone) })
            : t('agreements.detail.expiryAlertPending', { days: EXPIRY_ALERT_DAYS })}
        </Typography.Text>
      )}
    </Flex>
  );
}

function ClauseTasks({ tasks }: { tasks: ClauseTask[] }) {
  const { t } = useTranslation();
  const locale = useLocale();
  if (tasks.length === 0) return <Typography.Text type="secondary">{t('agreements.detail.noTasks')}</Typography.Text>;
  return (
    <Table<ClauseTask>
      size="small"
      rowKey="id"
      pagination={false}
      dataSource={tasks}
      showHeader={false}
      onRow={(task) => ({ 'data-testid': `agreement-clause-task-${task.id}` }) as React.HTMLAttributes<HTMLElement>}
      columns={[
        {
          key: 'task',
          render: (_, task) => (
            <Link to={`/tasks/${task.id}`} data-testid="agreement-task-link">
              {task.code} <span lang={locale === 'en' && task.titleEn.trim() ? 'en' : 'zh-CN'}>{titleOf(task, locale)}</span>
            </Link>
          ),
        },
        {
          key: 'progress',
          width: 240,
          render: (_, task) =>
            (WORK_STATUSES as readonly string[]).includes(task.status) ? (
              <StatusProgress status={task.status as WorkStatus} percent={task.progress} />
            ) : (
              `${task.status} · ${task.progress}%`
            ),
        },
      ]}
    />
  );
}

export default function AgreementDetailPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const locale = useLocale();
  const user = useCurrentUser();
  const { timeZone } = useReference();
  const agreement = useApi((signal) => agreementsApi.get(id, signal), id);
  const meetingId = agreement.data?.meetingId ?? null;
  const meeting = useApi((signal) => (meetingId ? agreementsApi.meeting(meetingId, signal) : Promise.resolve(null)), `meeting:${meetingId}`);
  const office = hasRole(user, ...AGREEMENT_ACCESS.manage);

  if (agreement.error instanceof ApiError && agreement.error.status === 404) {
    return <Result status="404" title={t('agreements.detail.notFound')} extra={<Link to="/agreements">{t('agreements.detail.back')}</Link>} />;
  }
  if (!agreement.data) return agreement.error ? <ErrorAlert error={agreement.error} /> : <Skeleton active />;
  const a = agreement.data;
  const alerted = a.expiryAlertSentAt !== null && (a.status === 'signed' || a.status === 'in_force');

  return (
    <div data-testid="agreement-detail" data-agreement-id={a.id} data-status={a.status}>
      <PageHeader
        breadcrumbs={[{ label: t('nav.agreements'), to: '/agreements' }, { label: titleOf(a, locale) }]}
        title={
          <Space size={8} wrap>
            <span>{titleOf(a, locale)}</span>
            <AgreementStatusTag status={a.status} testId="agreement-status" />
            {a.isDemo && <DemoTag />}
          </Space>
        }
        extra={
          <Link to="/agreements">
            <Button icon={<ArrowLeftOutlined />}>{t('agreements.detail.back')}</Button>
          </Link>
        }
      />
      {alerted && (
        <Alert
          type="warning"
          showIcon
          icon={<BellOutlined />}
          style={{ marginBottom: 16 }}
          data-testid="agreement-expiry-alert"
          title={t('agreements.detail.expiryAlertSent', { time: formatDateTime(a.expiryAlertSentAt, timeZone) })}
        />
      )}
      <Flex vertical gap={16}>
        <Card size="small">
          <Descriptions size="small" column={{ xs: 1, sm: 1, md: 2, lg: 2, xl: 3, xxl: 3 }} data-testid="agreement-facts">
            <Descriptions.Item label={t('agreements.form.titleZh')} span="filled">
              <span lang="zh-CN">{a.titleZh}</span>
            </Descriptions.Item>
            {a.titleEn.trim() !== '' && (
              <Descriptions.Item label={t('agreements.form.titleEn')} span="filled">
                <span lang="en">{a.titleEn}</span>
              </Descriptions.Item>
            )}
            <Descriptions.Item label={t('agreements.detail.parties')} span="filled">
              <PartyTags parties={a.parties} testId="agreement-parties" />
            </Descriptions.Item>
            {a.meetingId !== null && (
              <Descriptions.Item label={t('agreements.detail.meeting')}>
                <Link to={`/meetings/${a.meetingId}`} data-testid="agreement-meeting-link">
                  {meeting.data ? `${todayIn(timeZone, new Date(meeting.data.startsAt))} ${titleOf(meeting.data, locale)}` : t('agreements.signedAtMeeting')}
                </Link>
              </Descriptions.Item>
            )}
            {a.signedOn !== null && <Descriptions.Item label={t('agreements.detail.signedOn')}>{a.signedOn}</Descriptions.Item>}
            <Descriptions.Item label={t('agreements.detail.term')}>{a.termStart || a.termEnd ? `${a.termStart ?? '…'} ~ ${a.termEnd ?? '…'}` : '—'}</Descriptions.Item>
            <Descriptions.Item label={t('agreements.detail.expiry')}>
              <ExpiryInfo agreement={a} timeZone={timeZone} />
            </Descriptions.Item>
          </Descriptions>
        </Card>
        <AgreementLifecycle agreement={a} canManage={office} onChanged={agreement.setData} onReload={agreement.reload} />
        <Card size="small" title={t('agreements.detail.clauses')} data-testid="agreement-clauses">
          {a.clauses.length === 0 ? (
            <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('agreements.detail.noClauses')} />
          ) : (
            <Flex vertical gap={16}>
              {a.clauses.map((clause, index) => (
                <div key={clause.id} data-testid={`agreement-clause-${index + 1}`} data-tasks={clause.tasks.length}>
                  <Typography.Text strong>{t('agreements.form.clause', { n: index + 1 })}</Typography.Text>
                  <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', margin: '4px 0 8px' }} lang={locale === 'en' && clause.textEn.trim() ? 'en' : 'zh-CN'}>
                    {locale === 'en' && clause.textEn.trim() ? clause.textEn : clause.textZh}
                  </Typography.Paragraph>
                  <ClauseTasks tasks={clause.tasks} />
                </div>
              ))}
            </Flex>
          )}
        </Card>
        <DocumentsCard owner="agreements" ownerId={a.id} canManage={office} />
      </Flex>
    </div>
  );
}
