/**
 * Decisions of all meetings, newest first, with filters in the address (year,
 * implemented): the list the dashboard's "decisions implemented" opens. Each
 * row shows how far the tasks it created have come; the rule of "implemented"
 * comes from the server and is shown as given.
 */
import { ClearOutlined } from '@ant-design/icons';
import { Button, Card, Flex, Select, Space, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router-dom';
import { api } from '../../api/client.ts';
import { useCursorList } from '../../api/hooks.ts';
import type { DecisionFilters, DecisionListItem, Page } from '../../api/types.ts';
import { useLocale } from '../../i18n/useLocale.ts';
import { DemoTag } from '../../shell/DemoTag.tsx';
import { ErrorAlert } from '../../shell/ErrorAlert.tsx';
import { formatDecidedAt } from './labels.ts';
import { LoadMoreFooter } from '../../shell/LoadMoreFooter.tsx';
import { PageHeader } from '../../shell/PageHeader.tsx';
import { ExportButton } from '../excel/ExportButton.tsx';
import { useReference } from '../region/reference.ts';
import { titleOf } from '../tasks/labels.ts';

const PAGE_SIZE = 50;
type DecisionPage = Page<DecisionListItem> & { rule: { zh: string; en: string } };

export function decisionFiltersOf(params: URLSearchParams): DecisionFilters {
  const year = Number(params.get('year'));
  const implemented = params.get('implemented');
  const meeting = params.get('meetingId');
  return {
    year: Number.isInteger(year) && year >= 2000 && year <= 2200 ? year : undefined,
    implemented: implemented === 'true' ? true : implemented === 'false' ? false : undefined,
    meetingId: meeting && /^[0-9a-f-]{36}$/i.test(meeting) ? meeting : undefined,
  };
}

export default function DecisionsPage() {
  const { t } = useTranslation();
  const locale = useLocale();
  const { timeZone } = useReference();
  const [params, setParams] = useSearchParams();
  const filters = decisionFiltersOf(params);
  const [rule, setRule] = useState<{ zh: string; en: string } | null>(null);
  const list = useCursorList(async (cursor, signal) => {
    const page = await api.get<DecisionPage>('/api/v1/decisions', { ...filters, cursor, limit: PAGE_SIZE }, signal);
    setRule(page.rule);
    return page;
  }, JSON.stringify(filters));
  const set = (patch: Partial<DecisionFilters>) => {
    const next = new URLSearchParams();
    for (const [name, value] of Object.entries({ ...filters, ...patch })) if (value !== undefined) next.set(name, String(value));
    setParams(next);
  };

  return (
    <>
      <PageHeader
        title={t('decisionList.title')}
        description={t('decisionList.description')}
        extra={<ExportButton path="/api/v1/decisions/export.xlsx" query={{ ...filters }} fileName="decisions.xlsx" />}
      />
      <Card size="small">
        <Flex gap={8} wrap align="center" style={{ marginBottom: 12 }} data-testid="decisions-filters">
          <Select<'true' | 'false'>
            allowClear
            aria-label={t('decisionList.implemented')}
            placeholder={t('decisionList.implemented')}
            style={{ width: 160 }}
            value={filters.implemented === undefined ? undefined : filters.implemented ? 'true' : 'false'}
            onChange={(value) => set({ implemented: value === undefined ? undefined : value === 'true' })}
            options={[
              { value: 'true', label: t('decisionList.yes') },
              { value: 'false', label: t('decisionList.no') },
            ]}
            data-testid="decisions-filter-implemented"
          />
          {filters.year !== undefined && (
            <Tag closable onClose={() => set({ year: undefined })} data-testid="decisions-filter-year">
              {t('decisionList.year', { year: filters.year })}
            </Tag>
          )}
          <Button icon={<ClearOutlined />} onClick={() => setParams(new URLSearchParams())}>
            {t('common.reset')}
          </Button>
        </Flex>
        {rule && (
          <Typography.Paragraph type="secondary" style={{ fontSize: 12 }} data-testid="decisions-rule">
            {locale === 'en' ? rule.en : rule.zh}
          </Typography.Paragraph>
        )}
        <ErrorAlert error={list.error} />
        <Table<DecisionListItem>
          data-testid="decisions-table"
          rowKey="id"
          size="small"
          loading={list.loading}
          pagination={false}
          dataSource={list.items}
          scroll={{ x: 900 }}
          locale={{ emptyText: t('decisionList.empty') }}
          columns={[
            {
              title: t('decisionList.decision'),
              key: 'title',
              render: (_, d) => (
                <Space size={6} wrap>
                  <Link to={`/decisions/${d.id}`}>{titleOf(d, locale)}</Link>
                  {d.isDemo && <DemoTag />}
                </Space>
              ),
            },
            {
              title: t('decisionList.meeting'),
              key: 'meeting',
              render: (_, d) => <Link to={`/meetings/${d.meetingId}`}>{titleOf({ titleZh: d.meetingTitleZh, titleEn: d.meetingTitleEn }, locale)}</Link>,
            },
            { title: t('decisionList.decidedAt'), dataIndex: 'decidedAt', width: 170, render: (iso: string, d) => formatDecidedAt(iso, timeZone, d.timeOfDayKnown) },
            {
              title: t('decisionList.tasks'),
              key: 'tasks',
              width: 130,
              render: (_, d) => (d.taskCount === 0 ? '—' : t('decisionList.tasksDone', { done: d.completedTasks, total: d.taskCount })),
            },
            {
              title: t('decisionList.implemented'),
              dataIndex: 'implemented',
              width: 110,
              render: (done: boolean) => <Tag color={done ? 'success' : 'default'}>{done ? t('decisionList.yes') : t('decisionList.no')}</Tag>,
            },
          ]}
        />
        <LoadMoreFooter list={list} testId="decisions-load-more" />
      </Card>
    </>
  );
}
