/** Agreements, newest first, page by page, with their parties, filtered by status (in the address); the Office records new ones here. */
import { PlusOutlined, WarningFilled } from '@ant-design/icons';
import { Button, Card, Flex, Select, Space, Table, Tag, Tooltip } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useSearchParams } from 'react-router-dom';
import { useApi, useCursorList } from '../../api/hooks.ts';
import { AGREEMENT_STATUSES, type Agreement, type AgreementStatus } from '../../api/types.ts';
import { useLocale } from '../../i18n/useLocale.ts';
import { DemoTag } from '../../shell/DemoTag.tsx';
import { ErrorAlert } from '../../shell/ErrorAlert.tsx';
import { LoadMoreFooter } from '../../shell/LoadMoreFooter.tsx';
import { PageHeader } from '../../shell/PageHeader.tsx';
import { hasRole } from '../auth/roles.ts';
import { useCurrentUser } from '../auth/session.tsx';
import { ExportButton } from '../excel/ExportButton.tsx';
import { titleOf } from '../tasks/labels.ts';
import { AGREEMENT_ACCESS } from './access.ts';
import { AgreementFormModal } from './AgreementFormModal.tsx';
import { agreementsApi } from './agreementsApi.ts';
import { AgreementStatusTag, PartyTags } from './AgreementTags.tsx';

export default function AgreementsPage() {
  const { t } = useTranslation();
  const locale = useLocale();
  const user = useCurrentUser();
  const navigate = useNavigate();
  const [params, setParams] = useSearchParams();
  const raw = params.get('status');
  const status = raw && (AGREEMENT_STATUSES as readonly string[]).includes(raw) ? (raw as AgreementStatus) : undefined;
  const list = useCursorList((cursor, signal) => agreementsApi.list(status, cursor, signal), status ?? 'all');
  const meetings = useApi((signal) => agreementsApi.meetings(signal), 'meetings');
  const meetingById = new Map((meetings.data ?? []).map((m) => [m.id, m]));
  const [creating, setCreating] = useState(false);
  const office = hasRole(user, ...AGREEMENT_ACCESS.manage);

  return (
    <>
      <PageHeader
        title={t('agreements.title')}
        description={t('agreements.description')}
        extra={
          <>
            <ExportButton path="/api/v1/agreements/export.xlsx" query={{ status }} fileName="agreements.xlsx" />
            {office && (
              <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)} data-testid="agreement-create">
                {t('agreements.create')}
              </Button>
            )}
          </>
        }
      />
      <Card size="small">
        <Flex gap={8} style={{ marginBottom: 12 }}>
          <Select<AgreementStatus>
            allowClear
            placeholder={t('agreements.filters.status')}
            aria-label={t('agreements.filters.status')}
            style={{ width: 160 }}
            value={status}
            onChange={(next) => setParams(next ? { status: next } : {}, { replace: true })}
            options={AGREEMENT_STATUSES.map((s) => ({ value: s, label: t(`agreements.status.${s}`) }))}
            data-testid="agreements-filter-status"
          />
        </Flex>
        <ErrorAlert error={list.error} />
        <Table<Agreement>
          data-testid="agreements-table"
          rowKey="id"
          size="small"
          loading={list.loading}
          dataSource={list.items}
          pagination={false}
          scroll={{ x: 1040 }}
          locale={{ emptyText: t('agreements.empty') }}
          onRow={(a) => ({ 'data-testid': `agreement-row-${a.id}`, 'data-status': a.status }) as React.HTMLAttributes<HTMLElement>}
          columns={[
            {
              title: t('agreements.columns.title'),
              key: 'title',
              render: (_, a) => (
                <Space size={6} wrap>
                  <Link to={`/agreements/${a.id}`} data-testid="agreement-link">
                    {titleOf(a, locale)}
                  </Link>
                  {a.isDemo && <DemoTag />}
                </Space>
              ),
            },
            {
              title: t('agreements.columns.parties'),
              key: 'parties',
              width: 240,
              render: (_, a) => <PartyTags parties={a.parties} testId="agreement-row-parties" />,
            },
            {
              title: t('agreements.columns.signed'),
              key: 'signed',
              width: 260,
              render: (_, a) => {
                const meeting = a.meetingId ? meetingById.get(a.meetingId) : undefined;
                if (a.meetingId) return meeting ? titleOf(meeting, locale) : t('agreements.signedAtMeeting');
                return a.signedOn ?? '—';
              },
            },
            {
              title: t('agreements.columns.term'),
              key: 'term',
              width: 230,
              render: (_, a) =>
                a.termStart || a.termEnd ? (
                  <Space size={6}>
                    <span>
                      {a.termStart ?? '…'} ~ {a.termEnd ?? '…'}
                    </span>
                    {a.expiryAlertSentAt && (a.status === 'signed' || a.status === 'in_force') && (
                      <Tooltip title={t('agreements.detail.expiryAlert')}>
                        <Tag color="warning" icon={<WarningFilled />} data-testid="agreement-expiring" style={{ marginInlineEnd: 0 }} />
                      </Tooltip>
                    )}
                  </Space>
                ) : (
                  '—'
                ),
            },
            { title: t('agreements.columns.status'), dataIndex: 'status', width: 110, render: (s: AgreementStatus) => <AgreementStatusTag status={s} /> },
          ]}
        />
        <LoadMoreFooter list={list} testId="agreements-load-more" />
      </Card>
      {office && <AgreementFormModal open={creating} onClose={() => setCreating(false)} onCreated={(id) => navigate(`/agreements/${id}`)} />}
    </>
  );
}
