/**
 * Every matter (open, resolved, withdrawn) in a table, filtered by status, tier
 * and member party, newest first, page by page ("load more"), with the members
 * party to each.
 */
import { ClearOutlined } from '@ant-design/icons';
import { Button, Flex, Select, Space, Table, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { useCursorList } from '../../api/hooks.ts';
import { MATTER_STATUSES, MATTER_TIERS, type Matter, type MatterFilters, type MatterStatus, type MatterTier } from '../../api/types.ts';
import { useLocale } from '../../i18n/useLocale.ts';
import { DemoTag } from '../../shell/DemoTag.tsx';
import { ErrorAlert } from '../../shell/ErrorAlert.tsx';
import { formatDateTime } from '../../shell/format.ts';
import { LoadMoreFooter } from '../../shell/LoadMoreFooter.tsx';
import { memberOptions } from '../region/labels.ts';
import { useReference } from '../region/reference.ts';
import { titleOf } from '../tasks/labels.ts';
import { MemberTags } from '../tasks/MemberTags.tsx';
import { currentDeadline, dayOf } from './labels.ts';
import { mattersApi } from './mattersApi.ts';
import { MatterStatusTag, MatterTierTag, UrgencyTag } from './MatterTags.tsx';
import { useRaiser } from './useRaiser.ts';

interface Props {
  filters: MatterFilters;
  onChange: (filters: MatterFilters) => void;
}

export function MatterTable({ filters, onChange }: Props) {
  const { t } = useTranslation();
  const locale = useLocale();
  const { reference, timeZone } = useReference();
  const raiser = useRaiser();
  const list = useCursorList((cursor, signal) => mattersApi.list(filters, cursor, signal), JSON.stringify(filters));
  const set = (patch: Partial<MatterFilters>) => onChange({ ...filters, ...patch });

  return (
    <>
      <Flex gap={8} wrap align="center" style={{ marginBottom: 12 }} data-testid="matters-filters">
        <Select<MatterStatus>
          allowClear
          placeholder={t('matters.filters.status')}
          aria-label={t('matters.filters.status')}
          style={{ width: 140 }}
          value={filters.status}
          onChange={(status) => set({ status })}
          options={MATTER_STATUSES.map((s) => ({ value: s, label: t(`matters.status.${s}`) }))}
          data-testid="matters-filter-status"
        />
        <Select<MatterTier>
          allowClear
          placeholder={t('matters.filters.tier')}
          aria-label={t('matters.filters.tier')}
          style={{ width: 140 }}
          value={filters.tier}
          onChange={(tier) => set({ tier })}
          options={MATTER_TIERS.map((tier) => ({ value: tier, label: t(`matters.tier.${tier}`) }))}
          data-testid="matters-filter-tier"
        />
        <Select<string>
          allowClear
          placeholder={t('matters.filters.member')}
          aria-label={t('matters.filters.member')}
          style={{ width: 150 }}
          value={filters.memberCode}
          onChange={(memberCode) => set({ memberCode })}
          options={memberOptions(reference?.members ?? [], locale)}
          data-testid="matters-filter-member"
        />
        {filters.resolvedYear !== undefined && (
          <Tag closable onClose={() => set({ resolvedYear: undefined })} data-testid="matters-filter-resolved-year">
            {t('matters.filters.resolvedYear', { year: filters.resolvedYear })}
          </Tag>
        )}
        <Button icon={<ClearOutlined />} onClick={() => onChange({})} data-testid="matters-filter-reset">
          {t('common.reset')}
        </Button>
      </Flex>
      <ErrorAlert error={list.error} />
      <Table<Matter>
        data-testid="matters-table"
        rowKey="id"
        size="small"
        loading={list.loading}
        dataSource={list.items}
        pagination={false}
        scroll={{ x: 1120 }}
        locale={{ emptyText: t('matters.empty') }}
        onRow={(matter) => ({ 'data-testid': `matter-row-${matter.id}`, 'data-tier': matter.tier, 'data-status': matter.status, 'data-members': matter.memberCodes.join(','), 'data-demo': matter.isDemo }) as React.HTMLAttributes<HTMLElement>}
        columns={[
          {
            title: t('matters.columns.title'),
            key: 'title',
            render: (_, matter) => (
              <Space size={6} wrap>
                <Link to={`/matters/${matter.id}`} data-testid="matter-link">
                  {titleOf(matter, locale)}
                </Link>
                {matter.isDemo && <DemoTag />}
              </Space>
            ),
          },
          { title: t('matters.columns.raisedBy'), key: 'raisedBy', width: 160, render: (_, matter) => raiser(matter) },
          {
            title: t('matters.columns.members'),
            key: 'members',
            width: 180,
            render: (_, matter) => (
              <span data-testid="matter-row-members">
                <MemberTags codes={matter.memberCodes} />
              </span>
            ),
          },
          { title: t('matters.columns.tier'), dataIndex: 'tier', width: 100, render: (tier: MatterTier) => <MatterTierTag tier={tier} /> },
          { title: t('matters.columns.status'), dataIndex: 'status', width: 100, render: (status: MatterStatus) => <MatterStatusTag status={status} /> },
          { title: t('matters.columns.urgency'), dataIndex: 'urgency', width: 90, render: (_, matter) => <UrgencyTag urgency={matter.urgency} /> },
          {
            title: t('matters.columns.deadline'),
            key: 'deadline',
            width: 130,
            render: (_, matter) => {
              const deadline = matter.status === 'open' ? currentDeadline(matter) : null;
              if (!deadline) return '—';
              const overdue = new Date(deadline).getTime() <= Date.now();
              return (
                <Space size={4}>
                  <Typography.Text type={overdue ? 'danger' : undefined} data-overdue={overdue}>
                    {dayOf(deadline, timeZone)}
                  </Typography.Text>
                </Space>
              );
            },
          },
          { title: t('matters.columns.raisedAt'), dataIndex: 'raisedAt', width: 150, render: (iso: string) => formatDateTime(iso, timeZone) },
        ]}
      />
      <LoadMoreFooter list={list} testId="matters-load-more" />
    </>
  );
}
