/**
 * "My work": what the signed-in user should do next. Liaisons and editors see
 * their member's open shares by due date (with the reports due this period),
 * returned reports to revise and their flags; the Office sees the reports
 * waiting for review and the red flags; observers see the totals. The totals
 * come from the summary; each section reads its rows page by page ("load more").
 */
import { EditOutlined, FileAddOutlined } from '@ant-design/icons';
import { App, Button, Card, Col, Empty, Flex, Row, Skeleton, Space, Statistic, Table, Tag, Typography, type TableColumnsType } from 'antd';
import { useCallback, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { useApi, useCursorList } from '../../api/hooks.ts';
import type { MyFlag, MyShare, MyWorkSummary, Page, ReportListItem, WorkStatus } from '../../api/types.ts';
import { useLocale } from '../../i18n/useLocale.ts';
import { ErrorAlert } from '../../shell/ErrorAlert.tsx';
import { errorMessage } from '../../shell/errors.ts';
import { formatDateTime } from '../../shell/format.ts';
import { LoadMoreFooter } from '../../shell/LoadMoreFooter.tsx';
import { PageHeader } from '../../shell/PageHeader.tsx';
import { ReportFormModal, type ReportTarget } from '../reports/ReportFormModal.tsx';
import { reportsApi } from '../reports/reportsApi.ts';
import { titleOf } from '../tasks/labels.ts';
import { useWorkNames } from '../tasks/MemberTags.tsx';
import { ReviewStateTag, SeverityTag, StatusProgress } from '../tasks/WorkTags.tsx';
import { myWorkApi } from './myWorkApi.ts';

/** What every row of the page carries about its task. */
interface TaskRef {
  taskId: string;
  taskCode: string;
  taskTitleZh: string;
  taskTitleEn: string;
}

function TaskCell({ row }: { row: TaskRef }) {
  const locale = useLocale();
  return (
    <Link to={`/tasks/${row.taskId}`}>
      <Typography.Text strong>{row.taskCode}</Typography.Text> {titleOf({ titleZh: row.taskTitleZh, titleEn: row.taskTitleEn }, locale)}
    </Link>
  );
}

interface SectionProps<T> {
  title: ReactNode;
  testId: string;
  rowKey: keyof T & string;
  /** One page of the section's list, after `cursor` (null: the first). */
  fetchPage: (cursor: string | null, signal: AbortSignal) => Promise<Page<T>>;
  /** Changes when the page reloads (after a report was filed or revised): the list starts again from its first page. */
  reloadKey: number;
  emptyText: string;
  columns: TableColumnsType<T>;
  scrollX?: number;
}

/** One section of the page: a card with a table read page by page, and "load more" while there are more rows. */
function TableSection<T extends object>({ title, testId, rowKey, fetchPage, reloadKey, emptyText, columns, scrollX }: SectionProps<T>) {
  const list = useCursorList(fetchPage, `${testId}:${reloadKey}`);
  return (
    <Card size="small" title={title}>
      <ErrorAlert error={list.error} />
      <Table<T>
        data-testid={testId}
        rowKey={rowKey}
        size="small"
        pagination={false}
        loading={list.loading}
        dataSource={list.items}
        scroll={scrollX ? { x: scrollX } : undefined}
        locale={{ emptyText }}
        columns={columns}
      />
      <LoadMoreFooter list={list} testId={`${testId}-more`} />
    </Card>
  );
}

/** The summary's camelCase count keys and the status each counts. */
const STATUS_OF: Record<keyof MyWorkSummary['counts']['sharesByStatus'], WorkStatus> = { notStarted: 'not_started', onTrack: 'on_track', atRisk: 'at_risk', delayed: 'delayed' };

/** The open shares by status, under the totals. */
function StatusBreakdown({ counts }: { counts: MyWorkSummary['counts'] }) {
  const { t } = useTranslation();
  const entries = (Object.keys(STATUS_OF) as (keyof typeof STATUS_OF)[]).map((key) => [STATUS_OF[key], counts.sharesByStatus[key]] as const).filter(([, n]) => n > 0);
  if (entries.length === 0) return null;
  return (
    <Space size={[8, 4]} wrap style={{ marginBottom: 16 }} data-testid="mywork-by-status">
      <Typography.Text type="secondary">{t('mywork.byStatus')}</Typography.Text>
      {entries.map(([status, n]) => (
        <Tag key={status} data-status={status}>
          {t(`work.status.${status}`)} {n}
        </Tag>
      ))}
    </Space>
  );
}

function Counts({ work }: { work: MyWorkSummary }) {
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
          <Card size="small" data-testid={`mywork-count-${item.key}`}>
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
  const [reloadKey, setReloadKey] = useState(0);
  const work = useApi((signal) => myWorkApi.summary(signal), `my-work:${reloadKey}`);
  const [target, setTarget] = useState<ReportTarget | null>(null);
  const reload = useCallback(() => setReloadKey((n) => n + 1), []);

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
  const taskColumn = { title: t('mywork.task'), key: 'task', render: (_: unknown, row: TaskRef) => <TaskCell row={row} /> };
  const reviseReport = async (item: ReportListItem) => {
    try {
      const report = await reportsApi.get(item.id);
      setTarget({ kind: 'revise', memberLabel: member(report.memberCode), report });
    } catch (failure) {
      void message.error(errorMessage(failure, t));
    }
  };

  return (
    <>
      <PageHeader
        title={t('mywork.title')}
        description={t('mywork.description', { today: data.today, monthly: data.currentPeriods.monthly, quarterly: data.currentPeriods.quarterly, asOf: formatDateTime(data.asOf, tz) })}
        extra={<Button onClick={reload}>{t('common.reload')}</Button>}
      />
      <Counts work={data} />
      {data.views.member && <StatusBreakdown counts={data.counts} />}
      <Flex vertical gap={16}>
        {data.views.member && (
          <TableSection<MyShare>
            title={t('mywork.sharesTitle')}
            testId="mywork-shares"
            rowKey="shareId"
            fetchPage={myWorkApi.shares}
            reloadKey={reloadKey}
            scrollX={1000}
            emptyText={t('mywork.noShares')}
            columns={[
              taskColumn,
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
        )}
        {data.views.member && (
          <TableSection<ReportListItem>
            title={t('mywork.returnedTitle')}
            testId="mywork-returned"
            rowKey="id"
            fetchPage={myWorkApi.returnedReports}
            reloadKey={reloadKey}
            emptyText={t('mywork.noReturned')}
            columns={[
              taskColumn,
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
        )}
        {data.views.office && (
          <TableSection<ReportListItem>
            title={t('mywork.reviewsTitle')}
            testId="mywork-reviews"
            rowKey="id"
            fetchPage={myWorkApi.awaitingReview}
            reloadKey={reloadKey}
            emptyText={t('mywork.noReviews')}
            columns={[
              taskColumn,
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
        )}
        {(data.views.member || data.views.office) && (
          <TableSection<MyFlag>
            title={data.views.office ? t('mywork.redFlagsTitle') : t('mywork.flagsTitle')}
            testId="mywork-flags"
            rowKey="id"
            fetchPage={myWorkApi.flags}
            reloadKey={reloadKey}
            emptyText={t('mywork.noFlags')}
            columns={[
              { title: t('flags.severity'), dataIndex: 'severity', width: 100, render: (_, f) => <SeverityTag severity={f.severity} /> },
              taskColumn,
              { title: t('flags.kind'), dataIndex: 'kind', width: 160, render: (kind: string) => t(`flags.kinds.${kind}`, { defaultValue: kind }) },
              { title: t('shares.member'), dataIndex: 'memberCode', width: 100, render: (code: string | null) => member(code) },
              { title: t('flags.raised'), dataIndex: 'raisedAt', width: 170, render: (iso: string) => formatDateTime(iso, tz) },
              { title: t('flags.level'), dataIndex: 'escalationLevel', width: 150, render: (level: number) => t(`flags.levels.${Math.min(level, 2)}`) },
            ]}
          />
        )}
        {!data.views.member && !data.views.office && (
          <Card size="small">
            <Empty description={t('mywork.observerNote')} />
          </Card>
        )}
      </Flex>
      <ReportFormModal target={target} onClose={() => setTarget(null)} onDone={reload} />
    </>
  );
}
