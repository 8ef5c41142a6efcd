/**
 * Every progress report with filters in the address: the list a dashboard
 * figure ("reports accepted", "…on time") opens, so the count on the dashboard
 * and the rows here are the same records. Newest first, page by page.
 */
import { ClearOutlined } from '@ant-design/icons';
import { Button, Card, Flex, Select, Space, Table, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router-dom';
import { api } from '../../api/client.ts';
import { useCursorList } from '../../api/hooks.ts';
import type { Page, ReportFilters, ReportListItem, ReviewState } from '../../api/types.ts';
import { DemoTag } from '../../shell/DemoTag.tsx';
import { ErrorAlert } from '../../shell/ErrorAlert.tsx';
import { formatDateTime } from '../../shell/format.ts';
import { LoadMoreFooter } from '../../shell/LoadMoreFooter.tsx';
import { PageHeader } from '../../shell/PageHeader.tsx';
import { ExportButton } from '../excel/ExportButton.tsx';
import { memberOptions } from '../region/labels.ts';
import { titleOf } from '../tasks/labels.ts';
import { useWorkNames } from '../tasks/MemberTags.tsx';
import { ReviewStateTag, StatusProgress } from '../tasks/WorkTags.tsx';

const STATES: readonly ReviewState[] = ['submitted', 'accepted', 'returned'];
const TIMELINESS = ['on_time', 'late'] as const;
const PAGE_SIZE = 50;

/** Only values the server accepts survive from the address. */
export function reportFiltersOf(params: URLSearchParams): ReportFilters {
  const pick = <T extends string>(values: readonly T[], value: string | null) => (value && (values as readonly string[]).includes(value) ? (value as T) : undefined);
  const year = Number(params.get('year'));
  const member = params.get('memberCode');
  const period = params.get('period');
  const uuid = (value: string | null) => (value && /^[0-9a-f-]{36}$/i.test(value) ? value : undefined);
  return {
    state: pick(STATES, params.get('state')),
    timeliness: pick(TIMELINESS, params.get('timeliness')),
    year: Number.isInteger(year) && year >= 2000 && year <= 2200 ? year : undefined,
    memberCode: member && /^[0-9]{6}$/.test(member) ? member : undefined,
    period: period && /^[0-9]{4}-(0[1-9]|1[0-2]|Q[1-4])$/.test(period) ? period : undefined,
    taskId: uuid(params.get('taskId')),
    planId: uuid(params.get('planId')),
  };
}

export default function ReportsPage() {
  const { t } = useTranslation();
  const { member, reference, locale } = useWorkNames();
  const [params, setParams] = useSearchParams();
  const filters = reportFiltersOf(params);
  const key = JSON.stringify(filters);
  const list = useCursorList(
    (cursor, signal) => api.get<Page<ReportListItem>>('/api/v1/reports', { ...filters, cursor, limit: PAGE_SIZE }, signal),
    key,
  );
  const set = (patch: Partial<ReportFilters>) => {
    const next = new URLSearchParams();
    for (const [name, value] of Object.entries({ ...filters, ...patch })) if (value !== undefined && value !== '') next.set(name, String(value));
    setParams(next);
  };
  const timeZone = reference?.timeZone ?? 'Asia/Shanghai';

  return (
    <>
      <PageHeader
        title={t('reportList.title')}
        description={t('reportList.description')}
        extra={<ExportButton path="/api/v1/reports/export.xlsx" query={filters} fileName="progress-reports.xlsx" />}
      />
      <Card size="small">
        <Flex gap={8} wrap align="center" style={{ marginBottom: 12 }} data-testid="reports-filters">
          <Select<ReviewState>
            allowClear
            aria-label={t('reportList.state')}
            placeholder={t('reportList.state')}
            style={{ width: 140 }}
            value={filters.state}
            onChange={(state) => set({ state })}
            options={STATES.map((s) => ({ value: s, label: t(`reports.state.${s}`) }))}
            data-testid="reports-filter-state"
          />
          <Select<string>
            allowClear
            aria-label={t('reportList.member')}
            placeholder={t('reportList.member')}
            style={{ width: 150 }}
            value={filters.memberCode}
            onChange={(memberCode) => set({ memberCode })}
            options={memberOptions(reference?.members ?? [], locale)}
            data-testid="reports-filter-member"
          />
          <Select<(typeof TIMELINESS)[number]>
            allowClear
            aria-label={t('reportList.timeliness')}
            placeholder={t('reportList.timeliness')}
            style={{ width: 150 }}
            value={filters.timeliness}
            onChange={(timeliness) => set({ timeliness })}
            options={TIMELINESS.map((v) => ({ value: v, label: t(`reportList.timelinessValues.${v}`) }))}
            data-testid="reports-filter-timeliness"
          />
          {filters.year !== undefined && (
            <Tag closable onClose={() => set({ year: undefined })} data-testid="reports-filter-year">
              {t('reportList.year', { year: filters.year })}
            </Tag>
          )}
          {filters.period && (
            <Tag closable onClose={() => set({ period: undefined })}>
              {t('reports.period')}: {filters.period}
            </Tag>
          )}
          <Button icon={<ClearOutlined />} onClick={() => setParams(new URLSearchParams())} data-testid="reports-filter-reset">
            {t('common.reset')}
          </Button>
        </Flex>
        {filters.timeliness && (
          <Typography.Paragraph type="secondary" style={{ fontSize: 12 }}>
            {t('reportList.timelinessRule')}
          </Typography.Paragraph>
        )}
        <ErrorAlert error={list.error} />
        <Table<ReportListItem>
          data-testid="reports-table"
          rowKey="id"
          size="small"
          loading={list.loading}
          pagination={false}
          dataSource={list.items}
          scroll={{ x: 1000 }}
          locale={{ emptyText: t('reportList.empty') }}
          columns={[
            {
              title: t('reportList.task'),
              key: 'task',
              render: (_, r) => (
                <Space size={6} wrap>
                  <Link to={`/tasks/${r.taskId}`}>
                    {r.taskCode} {titleOf({ titleZh: r.taskTitleZh, titleEn: r.taskTitleEn }, locale)}
                  </Link>
                  {r.isDemo && <DemoTag />}
                </Space>
              ),
            },
            { title: t('reportList.member'), dataIndex: 'memberCode', width: 90, render: (code: string) => member(code) },
            { title: t('reports.period'), dataIndex: 'period', width: 90 },
            { title: t('reports.revisionShort'), dataIndex: 'revision', width: 70 },
            { title: t('reportList.state'), dataIndex: 'state', width: 100, render: (state: ReviewState) => <ReviewStateTag state={state} /> },
            { title: t('reportList.progress'), key: 'progress', width: 220, render: (_, r) => <StatusProgress status={r.status} percent={r.percent} /> },
            { title: t('reports.submittedAt'), dataIndex: 'submittedAt', width: 170, render: (iso: string) => formatDateTime(iso, timeZone) },
          ]}
        />
        <LoadMoreFooter list={list} testId="reports-load-more" />
      </Card>
    </>
  );
}
