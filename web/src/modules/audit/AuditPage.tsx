/**
 * The audit trail (admins, the Office, observers): every write and every
 * refusal, newest first. Each event carries the hash that chains it to the
 * previous one (`yrd audit verify` checks the chain); it is shown so a printed
 * or exported row can be matched to the record.
 */
import { Card, Descriptions, Table, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useCursorList } from '../../api/hooks.ts';
import type { AuditEvent, AuditOutcome } from '../../api/types.ts';
import { useLocale } from '../../i18n/useLocale.ts';
import { ErrorAlert } from '../../shell/ErrorAlert.tsx';
import { LoadMoreFooter } from '../../shell/LoadMoreFooter.tsx';
import { formatDateTime } from '../../shell/format.ts';
import { PageHeader } from '../../shell/PageHeader.tsx';
import { useUrlFilters } from '../../shell/urlFilters.ts';
import { memberShortName } from '../region/labels.ts';
import { useReference } from '../region/reference.ts';
import { AuditFilterBar } from './AuditFilterBar.tsx';
import { ExportButton } from '../excel/ExportButton.tsx';
import { auditApi, type AuditFilters } from './auditApi.ts';
import { NameWithId } from '../../shell/NameWithId.tsx';

const OUTCOME_COLORS: Record<AuditOutcome, string> = { success: 'green', denied: 'red', failure: 'orange' };

function EventDetails({ event }: { event: AuditEvent }) {
  const { t } = useTranslation();
  return (
    <Descriptions
      size="small"
      column={1}
      bordered
      data-testid="audit-event-details"
      items={[
        {
          key: 'summary',
          label: t('audit.summary'),
          children: (
            <pre data-testid="audit-summary" style={{ margin: 0, fontSize: 12, whiteSpace: 'pre-wrap', wordBreak: 'break-all' }}>
              {JSON.stringify(event.summary, null, 2)}
            </pre>
          ),
        },
        {
          key: 'hash',
          label: t('audit.hash'),
          children: (
            <Typography.Text code copyable data-testid="audit-hash" style={{ wordBreak: 'break-all' }}>
              {event.hash}
            </Typography.Text>
          ),
        },
        { key: 'seq', label: t('audit.seq'), children: event.seq },
        { key: 'id', label: t('audit.eventId'), children: <Typography.Text code>{event.id}</Typography.Text> },
        { key: 'occurredAt', label: t('audit.occurredAtRaw'), children: event.occurredAt },
        { key: 'actorUserId', label: t('audit.actorUserId'), children: event.actorUserId ?? '—' },
      ]}
    />
  );
}

const AUDIT_FILTER_KEYS = ['actorUserId', 'action', 'objectType', 'objectId', 'outcome', 'memberCode', 'from', 'to'] as const;

export default function AuditPage() {
  const { t } = useTranslation();
  const locale = useLocale();
  const { reference, timeZone } = useReference();
  const [filters, setFilters] = useUrlFilters<AuditFilters>(AUDIT_FILTER_KEYS);
  const list = useCursorList((cursor, signal) => auditApi.list(filters, cursor, signal), JSON.stringify(filters));

  const memberLabel = (code: string | null) => {
    if (!code) return null;
    const member = reference?.memberByCode.get(code);
    return member ? memberShortName(member, locale) : code;
  };

  return (
    <>
      <PageHeader
        title={t('audit.title')}
        description={t('audit.description')}
        extra={<ExportButton path="/api/v1/audit-events/export.xlsx" query={filters} fileName="audit-events.xlsx" />}
      />
      <Card size="small">
        <AuditFilterBar timeZone={timeZone} initial={filters} onChange={setFilters} />
        <ErrorAlert error={list.error} testId="audit-error" />
        <Table<AuditEvent>
          data-testid="audit-table"
          rowKey="seq"
          size="small"
          loading={list.loading}
          pagination={false}
          dataSource={list.items}
          scroll={{ x: 1000 }}
          expandable={{ expandedRowRender: (event) => <EventDetails event={event} /> }}
          columns={[
            {
              title: t('audit.occurredAt'),
              dataIndex: 'occurredAt',
              width: 170,
              render: (iso: string) => formatDateTime(iso, timeZone),
            },
            {
              title: t('audit.actor'),
              key: 'actor',
              width: 200,
              render: (_, event) => (
                <span>
                  <NameWithId name={event.actorDisplayName} id={event.actorUsername} fallback={<Typography.Text type="secondary">{t('audit.anonymous')}</Typography.Text>} />
                  {event.actorMemberCode && <Tag style={{ marginInlineStart: 6 }}>{memberLabel(event.actorMemberCode)}</Tag>}
                </span>
              ),
            },
            {
              title: t('audit.action'),
              dataIndex: 'action',
              width: 280,
              render: (action: string) => (
                <span>
                  <Typography.Text code>{action}</Typography.Text>{' '}
                  <Typography.Text type="secondary">{t(`audit.actions.${action}`, { defaultValue: '' })}</Typography.Text>
                </span>
              ),
            },
            {
              title: t('audit.outcome'),
              dataIndex: 'outcome',
              width: 100,
              render: (outcome: AuditOutcome) => <Tag color={OUTCOME_COLORS[outcome]}>{t(`audit.outcomes.${outcome}`)}</Tag>,
            },
            {
              title: t('audit.object'),
              key: 'object',
              render: (_, event) =>
                event.objectType ? (
                  <span style={{ wordBreak: 'break-all' }}>
                    <Typography.Text type="secondary">{event.objectType} · </Typography.Text>
                    <NameWithId name={(locale === 'en' ? event.objectTitleEn || event.objectTitleZh : event.objectTitleZh) ?? null} id={event.objectId} />
                  </span>
                ) : (
                  '—'
                ),
            },
            { title: t('audit.ip'), dataIndex: 'ip', width: 130, render: (ip: string | null) => ip ?? '—' },
          ]}
        />
        <LoadMoreFooter list={list} testId="audit-load-more" />
      </Card>
    </>
  );
}
