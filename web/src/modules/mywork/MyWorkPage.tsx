/**
 * "My work": what the signed-in user should do next. Liaisons and editors see
 * their member's open shares by due date (with the reports due this period),
 * returned reports to revise and their flags; the Office sees the reports
 * waiting for review and the red flags; observers see the totals.
 */
import { EditOutlined, FileAddOutlined } from '@ant-design/icons';
import { App, Button, Card, Col, Empty, Flex, Row, Skeleton, Space, Statistic, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { useApi } from '../../api/hooks.ts';
import type { MyFlag, MyShare, MyWork, ReportListItem } from '../../api/types.ts';
import { useLocale } from '../../i18n/useLocale.ts';
import { ErrorAlert } from '../../shell/ErrorAlert.tsx';
import { errorMessage } from '../../shell/errors.ts';
import { formatDateTime } from '../../shell/format.ts';
import { PageHeader } from '../../shell/PageHeader.tsx';
import { ReportFormModal, type ReportTarget } from '../reports/ReportFormModal.tsx';
import { reportsApi } from '../reports/reportsApi.ts';
import { titleOf } from '../tasks/labels.ts';
import { useWorkNames } from '../tasks/MemberTags.tsx';
import { ReviewStateTag, SeverityTag, StatusProgress } from '../tasks/WorkTags.tsx';
import { myWorkApi } from './myWorkApi.ts';

function TaskCell({ id, code, titleZh, titleEn }: { id: string; code: string; titleZh: string; titleEn: string }) {
  const locale = useLocale();
  return (
    <Link to={`/tasks/${id}`}>
      <Typography.Text strong>{code}</Typography.Text> {titleOf({ titleZh, titleEn }, locale)}
    </Link>
  );
}

function Counts({ work }: { work: MyWork }) {
  const { t } = useTranslation();
  const c = work.counts;
  const items = [
    ...(work.views.member
      ? [
          { key: 'openShares', value: c.openShares },
          { key: 'reportsDue', value: c.reportsDue, warn: c.reportsDue > 0 },
          { key: 'overdueShares', value: c.overdueShares, warn: c.overdueShares > 0 },
          { key: 'returnedReports', value: c.returnedReports, warn: c.returnedReports > 0 },
        ]
      : []),
    ...(work.views.office || work.views.observer ? [{ key: 'awaitingReview', value: c.awaitingReview }] : []),
    { key: 'openFlags', value: c.openFlags },
    { key: 'redFlags', value: c.redFlags, warn: c.redFlags > 0 },
  ];
  return (
    <Row gutter={[16, 16]} style={{ marginBottom: 16 }} data-testid="mywork-counts">
      {items.map((item) => (
        <Col key={item.key} xs={12} md={6} xl={4}>
          <Card size="small">
            <Statistic title={t(`mywork.counts.${item.key}`)} value={item.value} styles={{ content: item.warn ? { color: '#cf1322' } : undefined }} />
          </Card>
        </Col>
      ))}
    </Row>
  );
}

export default function MyWorkPage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const { member } = useWorkNames();
  const work = useApi((signal) => myWorkApi.get(signal), 'my-work');
  const [target, setTarget] = useState<ReportTarget | null>(null);

  if (!work.data) return work.error ? <ErrorAlert error={work.error} /> : <Skeleton active />;
  const data = work.data;
  const tz = data.timeZone;
  const several = data.memberCodes.length > 1;

  const fileFor = (share: MyShare) =>
    setTarget({
      kind: 'file',
      shareId: share.shareId,
      memberLabel: member(share.memberCode),
      cadence: share.cadence,
      // The plan's period is not in this answer; the server refuses a period outside it.
      planStart: '0000-01-01',
      planEnd: '9999-12-31',
      percent: share.percent,
      status: share.status,
      defaultPeriod: share.currentPeriod,
    });
  const reviseReport = async (item: ReportListItem) => {
    try {
      const report = await reportsApi.get(item.id);
      setTarget({ kind: 'revise', memberLabel: member(report.memberCode), report });
    } catch (failure) {
      void message.error(errorMessage(failure, t));
    }
  };

  const flagsTable = (flags: MyFlag[], testId: string) => (
    <Table<MyFlag>
      data-testid={testId}
      rowKey="id"
      size="small"
      pagination={false}
      dataSource={flags}
      locale={{ emptyText: t('mywork.noFlags') }}
      columns={[
        { title: t('flags.severity'), dataIndex: 'severity', width: 100, render: (_, f) => <SeverityTag severity={f.severity} /> },
        { title: t('mywork.task'), key: 'task', render: (_, f) => <TaskCell id={f.taskId} code={f.taskCode} titleZh={f.taskTitleZh} titleEn={f.taskTitleEn} /> },
        { title: t('flags.kind'), dataIndex: 'kind', width: 160, render: (kind: string) => t(`flags.kinds.${kind}`, { defaultValue: kind }) },
        { title: t('shares.member'), dataIndex: 'memberCode', width: 100, render: (code: string | null) => member(code) },
        { title: t('flags.raised'), dataIndex: 'raisedAt', width: 170, render: (iso: string) => formatDateTime(iso, tz) },
        { title: t('flags.level'), dataIndex: 'escalationLevel', width: 150, render: (level: number) => t(`flags.levels.${Math.min(level, 2)}`) },
      ]}
    />
  );

  return (
    <>
      <PageHeader
        title={t('mywork.title')}
        description={t('mywork.description', { today: data.today, monthly: data.currentPeriods.monthly, quarterly: data.currentPeriods.quarterly })}
        extra={<Button onClick={work.reload}>{t('common.reload')}</Button>}
      />
      <Counts work={data} />
      <Flex vertical gap={16}>
        {data.views.member && (
          <Card size="small" title={t('mywork.sharesTitle')}>
            {data.sharesTruncated && <Typography.Text type="warning">{t('mywork.truncated')}</Typography.Text>}
            <Table<MyShare>
              data-testid="mywork-shares"
              rowKey="shareId"
              size="small"
              pagination={false}
              dataSource={data.shares}
              scroll={{ x: 1000 }}
              locale={{ emptyText: t('mywork.noShares') }}
              columns={[
                { title: t('mywork.task'), key: 'task', render: (_, s) => <TaskCell id={s.taskId} code={s.taskCode} titleZh={s.taskTitleZh} titleEn={s.taskTitleEn} /> },
                ...(several ? [{ title: t('shares.member'), key: 'member', width: 90, render: (_: unknown, s: MyShare) => member(s.memberCode) }] : []),
                { title: t('shares.role'), dataIndex: 'role', width: 90, render: (role: string) => t(`shares.roles.${role}`) },
                { title: t('shares.status'), key: 'status', width: 230, render: (_, s) => <StatusProgress status={s.status} percent={s.percent} /> },
                {
                  title: t('shares.due'),
                  dataIndex: 'dueDate',
                  width: 170,
                  render: (due: string | null, s) => (
                    <Space size={4} style={{ whiteSpace: 'nowrap' }}>
                      <Typography.Text type={s.overdue ? 'danger' : undefined}>{due ?? '—'}</Typography.Text>
                      {s.overdue && <Tag color="error">{t('tasks.overdue')}</Tag>}
                    </Space>
                  ),
                },
                {
                  title: t('mywork.thisPeriod'),
                  key: 'report',
                  width: 220,
                  render: (_, s) =>
                    s.reportDue ? (
                      <Space size={4}>
                        <Tag color="orange" data-testid="report-due">
                          {t('mywork.reportDue', { period: s.currentPeriod })}
                        </Tag>
                        {!s.currentReport && (
                          <Button size="small" icon={<FileAddOutlined />} onClick={() => fileFor(s)} data-testid="mywork-file-report">
                            {t('reports.file')}
                          </Button>
                        )}
                      </Space>
                    ) : s.currentReport ? (
                      <Space size={4}>
                        <Typography.Text type="secondary">{s.currentPeriod}</Typography.Text>
                        <ReviewStateTag state={s.currentReport.state} />
                      </Space>
                    ) : null,
                },
              ]}
            />
          </Card>
        )}
        {data.views.member && (
          <Card size="small" title={t('mywork.returnedTitle')}>
            <Table<ReportListItem>
              data-testid="mywork-returned"
              rowKey="id"
              size="small"
              pagination={false}
              dataSource={data.returnedReports}
              locale={{ emptyText: t('mywork.noReturned') }}
              columns={[
                { title: t('mywork.task'), key: 'task', render: (_, r) => <TaskCell id={r.taskId} code={r.taskCode} titleZh={r.taskTitleZh} titleEn={r.taskTitleEn} /> },
                { title: t('reports.period'), dataIndex: 'period', width: 100 },
                { title: t('mywork.returnComment'), dataIndex: 'comment', render: (c: string | null) => c ?? '—' },
                { title: t('mywork.returnedAt'), dataIndex: 'reviewedAt', width: 170, render: (iso: string | null) => formatDateTime(iso, tz) },
                {
                  title: t('common.actions'),
                  key: 'revise',
                  width: 110,
                  render: (_, r) =>
                    r.editable ? (
                      <Button size="small" type="primary" icon={<EditOutlined />} onClick={() => void reviseReport(r)} data-testid="report-revise">
                        {t('reports.revise')}
                      </Button>
                    ) : null,
                },
              ]}
            />
          </Card>
        )}
        {data.views.office && (
          <Card size="small" title={t('mywork.reviewsTitle')}>
            <Table<ReportListItem>
              data-testid="mywork-reviews"
              rowKey="id"
              size="small"
              pagination={false}
              dataSource={data.awaitingReview}
              locale={{ emptyText: t('mywork.noReviews') }}
              columns={[
                { title: t('mywork.task'), key: 'task', render: (_, r) => <TaskCell id={r.taskId} code={r.taskCode} titleZh={r.taskTitleZh} titleEn={r.taskTitleEn} /> },
                { title: t('shares.member'), dataIndex: 'memberCode', width: 90, render: (code: string) => member(code) },
                { title: t('reports.period'), dataIndex: 'period', width: 90 },
                { title: t('reports.revisionShort'), dataIndex: 'revision', width: 70 },
                { title: t('reports.excerpt'), dataIndex: 'excerpt', render: (text: string) => <Typography.Text ellipsis={{ tooltip: text }}>{text}</Typography.Text> },
                { title: t('reports.submittedAt'), dataIndex: 'submittedAt', width: 170, render: (iso: string) => formatDateTime(iso, tz) },
                {
                  title: t('common.actions'),
                  key: 'open',
                  width: 100,
                  render: (_, r) => (
                    <Link to={`/tasks/${r.taskId}`} data-testid="mywork-review-open">
                      {t('mywork.review')}
                    </Link>
                  ),
                },
              ]}
            />
          </Card>
        )}
        {(data.views.member || data.views.office) && (
          <Card size="small" title={data.views.office ? t('mywork.redFlagsTitle') : t('mywork.flagsTitle')}>
            {flagsTable(data.flags, 'mywork-flags')}
          </Card>
        )}
        {!data.views.member && !data.views.office && (
          <Card size="small">
            <Empty description={t('mywork.observerNote')} />
          </Card>
        )}
      </Flex>
      <ReportFormModal target={target} onClose={() => setTarget(null)} onDone={work.reload} />
    </>
  );
}
