/**
 * The Office reviews a report from the to-do queue without leaving it: the
 * report's text, percent and status, its evidence, and the share's history
 * (earlier revisions with their comments), then accept or return with a
 * comment (the same review form as on the task page). Previous/next walk the
 * queue's reports; after a review the next one opens.
 */
import { ArrowLeftOutlined, ArrowRightOutlined, ExportOutlined } from '@ant-design/icons';
import { Button, Descriptions, Drawer, Empty, Flex, Grid, Skeleton, Tag, Timeline, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { useApi } from '../../api/hooks.ts';
import type { ReportDetail, ReviewState } from '../../api/types.ts';
import { useLocale } from '../../i18n/useLocale.ts';
import { ErrorAlert } from '../../shell/ErrorAlert.tsx';
import { formatDateTime } from '../../shell/format.ts';
import { useConfirmDiscard } from '../../shell/unsaved.tsx';
import { EvidenceList } from '../reports/Evidence.tsx';
import { reportsApi } from '../reports/reportsApi.ts';
import { ReviewForm } from '../reports/ReviewForm.tsx';
import { titleOf } from '../tasks/labels.ts';
import { useWorkNames } from '../tasks/MemberTags.tsx';
import { ReviewStateTag, WorkStatusTag } from '../tasks/WorkTags.tsx';
import type { TodoItem } from './todoApi.ts';

const DOT: Record<ReviewState, string> = { submitted: 'blue', accepted: 'green', returned: 'orange', superseded: 'gray' };

interface Props {
  /** The reports to review, in the queue's order. */
  items: TodoItem[];
  /** The one shown, or null when closed. */
  index: number | null;
  timeZone: string;
  onIndex: (index: number | null) => void;
  /** A report was accepted or returned: the queue reloads. */
  onReviewed: (reportId: string) => void;
}

function ShareHistory({ reports, current, timeZone }: { reports: ReportDetail[]; current: ReportDetail; timeZone: string }) {
  const { t } = useTranslation();
  const earlier = reports.filter((r) => r.shareId === current.shareId && r.id !== current.id);
  if (earlier.length === 0) return <Typography.Text type="secondary">{t('todo.review.noHistory')}</Typography.Text>;
  return (
    <Timeline
      data-testid="todo-review-history"
      items={earlier.map((r) => ({
        key: r.id,
        color: DOT[r.state],
        content: (
          <div>
            <Flex gap={6} wrap align="center">
              <Typography.Text strong>{r.period}</Typography.Text>
              {r.revision > 1 && <Tag>{t('reports.revision', { n: r.revision })}</Tag>}
              <ReviewStateTag state={r.state} />
              <WorkStatusTag status={r.status} />
              <span>{r.percent}%</span>
              <Typography.Text type="secondary">{formatDateTime(r.submittedAt, timeZone)}</Typography.Text>
            </Flex>
            <Typography.Paragraph type="secondary" ellipsis={{ rows: 2, expandable: 'collapsible' }} style={{ whiteSpace: 'pre-wrap', margin: '4px 0 0' }}>
              {r.body}
            </Typography.Paragraph>
            {r.comment && (
              <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', margin: 0 }} type={r.state === 'returned' ? 'warning' : undefined}>
                {t('reports.commentLine', { comment: r.comment })}
              </Typography.Paragraph>
            )}
          </div>
        ),
      }))}
    />
  );
}

function ReviewBody({ item, timeZone, onReviewed }: { item: TodoItem; timeZone: string; onReviewed: () => void }) {
  const { t } = useTranslation();
  const reportId = item.reportId ?? '';
  const taskId = item.taskId ?? '';
  const report = useApi((signal) => reportsApi.get(reportId, signal), `todo-review:${reportId}`);
  const history = useApi((signal) => reportsApi.ofTask(taskId, signal), `todo-review-history:${taskId}:${reportId}`);
  if (!report.data) return report.error ? <ErrorAlert error={report.error} /> : <Skeleton active />;
  const r = report.data;
  return (
    <Flex vertical gap={16} data-testid="todo-review-report" data-report-id={r.id}>
      <Descriptions
        size="small"
        column={1}
        items={[
          { key: 'period', label: t('reports.form.period'), children: r.period },
          { key: 'revision', label: t('todo.review.revision'), children: r.revision },
          { key: 'progress', label: t('todo.review.progress'), children: <Flex gap={8} align="center"><WorkStatusTag status={r.status} /><span>{r.percent}%</span></Flex> },
          { key: 'submitted', label: t('todo.review.submitted'), children: `${formatDateTime(r.submittedAt, timeZone)} · ${r.submittedBy ?? '—'}` },
        ]}
      />
      <div>
        <Typography.Title level={5} style={{ marginTop: 0 }}>
          {t('todo.review.text')}
        </Typography.Title>
        {/* Plain text as the member wrote it: never interpreted as markup. */}
        <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', marginBottom: 0 }} data-testid="todo-review-body">
          {r.body}
        </Typography.Paragraph>
      </div>
      <div>
        <Typography.Title level={5} style={{ marginTop: 0 }}>
          {t('todo.review.evidence')}
        </Typography.Title>
        {r.evidence.length ? <EvidenceList evidence={r.evidence} removable={false} onChanged={report.reload} /> : <Typography.Text type="secondary">{t('todo.review.noEvidence')}</Typography.Text>}
      </div>
      {r.reviewable ? (
        <ReviewForm report={r} onReviewed={onReviewed} />
      ) : (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('todo.review.notReviewable')} />
      )}
      <div>
        <Typography.Title level={5} style={{ marginTop: 0 }}>
          {t('todo.review.history')}
        </Typography.Title>
        <ErrorAlert error={history.error} />
        {history.data ? <ShareHistory reports={history.data} current={r} timeZone={timeZone} /> : <Skeleton active paragraph={{ rows: 2 }} />}
      </div>
    </Flex>
  );
}

export function ReviewDrawer({ items, index, timeZone, onIndex, onReviewed }: Props) {
  const { t } = useTranslation();
  const locale = useLocale();
  const { member } = useWorkNames();
  const screens = Grid.useBreakpoint();
  const item = index !== null ? items[index] : undefined;
  // Closing the drawer or moving to another report drops a typed review comment: ask first.
  const confirmDiscard = useConfirmDiscard();
  const go = (next: number | null) => confirmDiscard(() => onIndex(next));
  return (
    <Drawer
      open={item !== undefined}
      onClose={() => go(null)}
      size={screens.md ? 640 : '100%'}
      destroyOnHidden
      data-testid="todo-review-drawer"
      title={
        item && (
          <span>
            {item.code} {titleOf(item, locale)} · {member(item.memberCode)}
          </span>
        )
      }
      extra={
        item && (
          <Link to={item.link} data-testid="todo-review-open">
            <ExportOutlined /> {t('todo.review.openTask')}
          </Link>
        )
      }
      footer={
        <Flex justify="space-between" align="center">
          <Button icon={<ArrowLeftOutlined />} disabled={!index} onClick={() => go((index ?? 0) - 1)} data-testid="todo-review-prev">
            {t('todo.review.previous')}
          </Button>
          <Typography.Text type="secondary">{index !== null && t('todo.review.position', { n: index + 1, total: items.length })}</Typography.Text>
          <Button disabled={index === null || index >= items.length - 1} onClick={() => go((index ?? 0) + 1)} data-testid="todo-review-next">
            {t('todo.review.next')} <ArrowRightOutlined />
          </Button>
        </Flex>
      }
    >
      {item && <ReviewBody key={item.key} item={item} timeZone={timeZone} onReviewed={() => onReviewed(item.reportId ?? '')} />}
    </Drawer>
  );
}
