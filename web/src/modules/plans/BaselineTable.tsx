/**
 * The three-year plan's baseline (frozen when the plan was first adopted)
 * beside its tasks today: which due dates moved and which tasks came later.
 */
import { Card, Table, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { useApi } from '../../api/hooks.ts';
import { isOneOf, WORK_STATUSES, type BaselineRow } from '../../api/types.ts';
import { ErrorAlert } from '../../shell/ErrorAlert.tsx';
import { formatDateTime } from '../../shell/format.ts';
import { useLocale } from '../../i18n/useLocale.ts';
import { titleOf } from '../tasks/labels.ts';
import { tasksApi } from '../tasks/tasksApi.ts';
import { StatusProgress } from '../tasks/WorkTags.tsx';
import { plansApi } from './plansApi.ts';

export function BaselineTable({ planId, timeZone }: { planId: string; timeZone: string }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const baseline = useApi((signal) => plansApi.baseline(planId, signal), planId);
  // The baseline answer carries the Chinese title only; in English, titles come from the plan's task list.
  const english = useApi((signal) => (locale === 'en' ? tasksApi.allOfPlan(planId, signal) : Promise.resolve([])), `${planId}:${locale}`);
  const titles = new Map((english.data ?? []).map((task) => [task.id, titleOf(task, locale)]));
  const data = baseline.data;
  const changed = data?.rows.filter((r) => r.dueDateChanged || !r.inBaseline).length ?? 0;
  return (
    <Card
      size="small"
      title={t('plans.baseline.title')}
      extra={data?.baselineFrozenAt && <Typography.Text type="secondary">{t('plans.baseline.frozenAt', { time: formatDateTime(data.baselineFrozenAt, timeZone) })}</Typography.Text>}
      data-testid="plan-baseline"
    >
      <ErrorAlert error={baseline.error} />
      {data && !data.baselineFrozenAt ? (
        <Typography.Text type="secondary">{t('plans.baseline.notFrozen')}</Typography.Text>
      ) : (
        <>
          {data && (
            <Typography.Paragraph type="secondary">{t('plans.baseline.summary', { total: data.rows.length, changed })}</Typography.Paragraph>
          )}
          <Table<BaselineRow>
            rowKey="taskId"
            size="small"
            loading={baseline.loading}
            dataSource={data?.rows ?? []}
            pagination={(data?.rows.length ?? 0) > 20 ? { pageSize: 20, showSizeChanger: false } : false}
            scroll={{ x: 900 }}
            columns={[
              { title: t('tasks.columns.code'), dataIndex: 'code', width: 80, render: (code: string, r) => <Link to={`/tasks/${r.taskId}`}>{code}</Link> },
              {
                title: t('tasks.columns.title'),
                dataIndex: 'titleZh',
                render: (title: string, r) => titles.get(r.taskId) ?? <span lang="zh-CN">{title}</span>,
              },
              { title: t('plans.baseline.baselineDue'), dataIndex: 'baselineDueDate', width: 120, render: (d: string | null, r) => (r.inBaseline ? (d ?? '—') : '—') },
              {
                title: t('plans.baseline.currentDue'),
                dataIndex: 'currentDueDate',
                width: 120,
                render: (d: string | null, r) => <Typography.Text type={r.dueDateChanged ? 'danger' : undefined}>{d ?? '—'}</Typography.Text>,
              },
              {
                title: t('plans.baseline.change'),
                key: 'change',
                width: 140,
                render: (_, r) =>
                  !r.inBaseline ? (
                    <Tag color="blue">{t('plans.baseline.added')}</Tag>
                  ) : r.dueDateChanged ? (
                    <Tag color="orange">{t('plans.baseline.moved')}</Tag>
                  ) : (
                    <Tag>{t('plans.baseline.unchanged')}</Tag>
                  ),
              },
              { title: t('tasks.columns.status'), key: 'status', width: 230, render: (_, r) =>
                  // The baseline schema types the status as a plain string.
                  isOneOf(WORK_STATUSES, r.status) ? <StatusProgress status={r.status} percent={r.progress} /> : <Typography.Text code>{r.status}</Typography.Text>,
              },
            ]}
          />
        </>
      )}
    </Card>
  );
}
