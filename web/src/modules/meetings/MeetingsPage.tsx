/**
 * Meetings of the three tiers: a list with filters in the address (type, tier,
 * year) or a calendar, both in the region's time zone. The list reads the
 * server's pages ("load more"), so no meeting is silently left out. A parallel session or
 * site visit sits under its main meeting. The Office creates meetings here;
 * everyone may take the calendar into their own calendar app.
 */
import { PlusOutlined } from '@ant-design/icons';
import { Button, Card, Flex, Select, Space, Table, Tabs, Typography } from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useNavigate, useSearchParams } from 'react-router-dom';
import { useCursorList } from '../../api/hooks.ts';
import { MEETING_TIERS, MEETING_TYPES, type Meeting, type MeetingTier } from '../../api/types.ts';
import { DemoTag } from '../../shell/DemoTag.tsx';
import { ErrorAlert } from '../../shell/ErrorAlert.tsx';
import { wallTimeToIso } from '../../shell/format.ts';
import { LoadMoreFooter } from '../../shell/LoadMoreFooter.tsx';
import { PageHeader } from '../../shell/PageHeader.tsx';
import { hasRole } from '../auth/roles.ts';
import { useCurrentUser } from '../auth/session.tsx';
import { ExportButton } from '../excel/ExportButton.tsx';
import { useReference } from '../region/reference.ts';
import { MEETING_ACCESS } from './access.ts';
import { CalendarFeedButton } from './CalendarFeedButton.tsx';
import { formatRange } from './labels.ts';
import { textOf } from '../../shell/format.ts';
import { MeetingCalendar } from './MeetingCalendar.tsx';
import { MeetingFormModal } from './MeetingFormModal.tsx';
import { MeetingStatusTag, MeetingTypeTag, TierTag } from './MeetingTags.tsx';
import { meetingsApi, type MeetingQuery } from './meetingsApi.ts';
import { useMeetingNames } from './names.ts';

type MeetingRow = Meeting & { children?: MeetingRow[] };

function oneOf<T extends string>(values: readonly T[], value: string | null): T | undefined {
  return value !== null && (values as readonly string[]).includes(value) ? (value as T) : undefined;
}

/**
 * Main meetings, latest first (as the server answers the list), with their
 * sessions and site visits under them in time order (a session whose main
 * meeting is filtered out, or not loaded yet, stands alone).
 */
export function meetingTree(newestFirst: Meeting[]): MeetingRow[] {
  const ids = new Set(newestFirst.map((m) => m.id));
  return newestFirst
    .filter((m) => !m.parentMeetingId || !ids.has(m.parentMeetingId))
    .map((m) => {
      const children = newestFirst.filter((c) => c.parentMeetingId === m.id).reverse();
      return children.length > 0 ? { ...m, children } : { ...m };
    });
}

/** [from, to) of a year in the region's zone, as the list query wants. */
function yearRange(year: number, timeZone: string): { from: string; to: string } {
  return { from: wallTimeToIso(`${year}-01-01T00:00:00`, timeZone), to: wallTimeToIso(`${year + 1}-01-01T00:00:00`, timeZone) };
}

export default function MeetingsPage() {
  const { t } = useTranslation();
  const user = useCurrentUser();
  const navigate = useNavigate();
  const location = useLocation();
  const [params, setParams] = useSearchParams();
  const { timeZone } = useReference();
  const { host, locale } = useMeetingNames();
  const office = hasRole(user, ...MEETING_ACCESS.manage);
  const [creating, setCreating] = useState(false);
  const view = location.pathname.startsWith('/meetings/calendar') ? 'calendar' : 'list';

  const type = oneOf(MEETING_TYPES, params.get('type'));
  const tier = oneOf(MEETING_TIERS, params.get('tier'));
  const yearParam = Number(params.get('year'));
  const year = Number.isInteger(yearParam) && yearParam >= 2000 && yearParam <= 2200 ? yearParam : undefined;
  const monthParam = params.get('month');
  const month = monthParam && /^\d{4}-\d{2}$/.test(monthParam) ? dayjs(`${monthParam}-01`) : undefined;
  const query: MeetingQuery = { type, tier, ...(year ? yearRange(year, timeZone) : {}) };
  const meetings = useCursorList((cursor, signal) => meetingsApi.newestFirst(query, cursor, signal), `meetings:${JSON.stringify(query)}`);
  const tree = meetingTree(meetings.items);

  const setFilter = (key: string, value: string | undefined) => {
    const next = new URLSearchParams(params);
    if (value) next.set(key, value);
    else next.delete(key);
    setParams(next, { replace: true });
  };
  const thisYear = new Date().getFullYear();
  const years = Array.from({ length: thisYear + 2 - 2020 }, (_, i) => thisYear + 1 - i);

  const list = (
    <Card size="small">
      <Flex gap={8} wrap align="center" style={{ marginBottom: 12 }} data-testid="meetings-filters">
        <Select<string>
          allowClear
          placeholder={t('meetings.filters.type')}
          aria-label={t('meetings.filters.type')}
          style={{ width: 240 }}
          value={type}
          onChange={(value) => setFilter('type', value)}
          options={MEETING_TYPES.map((value) => ({ value, label: t(`meetings.type.${value}`) }))}
          data-testid="meetings-filter-type"
        />
        <Select<string>
          allowClear
          placeholder={t('meetings.filters.tier')}
          aria-label={t('meetings.filters.tier')}
          style={{ width: 140 }}
          value={tier}
          onChange={(value) => setFilter('tier', value)}
          options={MEETING_TIERS.map((value: MeetingTier) => ({ value, label: t(`meetings.tier.${value}`) }))}
          data-testid="meetings-filter-tier"
        />
        <Select<number>
          allowClear
          placeholder={t('meetings.filters.allYears')}
          aria-label={t('meetings.filters.allYears')}
          style={{ width: 130 }}
          value={year}
          onChange={(value) => setFilter('year', value ? String(value) : undefined)}
          options={years.map((value) => ({ value, label: String(value) }))}
          data-testid="meetings-filter-year"
        />
        <Typography.Text type="secondary">{t('meetings.timeZoneHint', { timeZone })}</Typography.Text>
      </Flex>
      <ErrorAlert error={meetings.error} />
      <Table<MeetingRow>
        data-testid="meetings-table"
        rowKey="id"
        size="small"
        loading={meetings.loading}
        pagination={false}
        dataSource={tree}
        locale={{ emptyText: t('meetings.none') }}
        scroll={{ x: 1100 }}
        // Sessions indent under their meeting's title, not under the time.
        expandable={{ expandIconColumnIndex: 1 }}
        onRow={(meeting) => ({ 'data-testid': `meeting-row-${meeting.id}`, 'data-meeting-id': meeting.id }) as React.HTMLAttributes<HTMLElement>}
        columns={[
          {
            title: t('meetings.columns.when'),
            key: 'when',
            width: 190,
            render: (_, m) => formatRange(m.startsAt, m.endsAt, timeZone, m.timeOfDayKnown),
          },
          {
            title: t('meetings.columns.title'),
            key: 'title',
            render: (_, m) => (
              <Space size={6} wrap>
                <Link to={`/meetings/${m.id}`} data-testid="meeting-link">
                  {textOf(m.titleZh, m.titleEn, locale)}
                </Link>
                {m.isDemo && <DemoTag />}
              </Space>
            ),
          },
          { title: t('meetings.columns.type'), key: 'type', width: 190, render: (_, m) => <MeetingTypeTag type={m.type} /> },
          { title: t('meetings.columns.tier'), key: 'tier', width: 90, render: (_, m) => <TierTag tier={m.tier} /> },
          { title: t('meetings.columns.host'), key: 'host', width: 180, render: (_, m) => host(m.hostMemberCode, m.hostCityCode) },
          {
            title: t('meetings.columns.theme'),
            key: 'theme',
            ellipsis: true,
            render: (_, m) => textOf(m.themeZh, m.themeEn, locale) || '—',
          },
          { title: t('meetings.columns.status'), key: 'status', width: 100, render: (_, m) => <MeetingStatusTag status={m.status} /> },
        ]}
      />
      <LoadMoreFooter list={meetings} testId="meetings-load-more" />
    </Card>
  );

  return (
    <>
      <PageHeader
        title={t('meetings.title')}
        description={t('meetings.description')}
        extra={
          <>
            <ExportButton path="/api/v1/meetings/export.xlsx" query={{ ...query, order: 'desc' }} fileName="meetings.xlsx" />
            <CalendarFeedButton />
            {office && (
              <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)} data-testid="meeting-create">
                {t('meetings.create')}
              </Button>
            )}
          </>
        }
      />
      <Tabs
        activeKey={view}
        onChange={(key) => navigate({ pathname: key === 'calendar' ? '/meetings/calendar' : '/meetings', search: location.search })}
        items={[
          { key: 'list', label: <span data-testid="meetings-tab-list">{t('meetings.views.list')}</span>, children: view === 'list' ? list : null },
          {
            key: 'calendar',
            label: <span data-testid="meetings-tab-calendar">{t('meetings.views.calendar')}</span>,
            children: view === 'calendar' ? <MeetingCalendar type={type} initial={month} /> : null,
          },
        ]}
      />
      {office && (
        <MeetingFormModal
          open={creating}
          onClose={() => setCreating(false)}
          onSaved={(id) => navigate(`/meetings/${id}`)}
        />
      )}
    </>
  );
}
