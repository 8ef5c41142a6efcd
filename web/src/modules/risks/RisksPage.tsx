/**
 * The joint risk register: the likelihood × impact heat map, then the register
 * with filters in the address (area, status, owner member, text), export to
 * Excel, and (the Office and members' liaisons/editors) new risks.
 */
import { PlusOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Flex, Input, Select, Space, Table, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useSearchParams } from 'react-router-dom';
import { useApi } from '../../api/hooks.ts';
import { useLocale } from '../../i18n/useLocale.ts';
import { DemoTag } from '../../shell/DemoTag.tsx';
import { ErrorAlert } from '../../shell/ErrorAlert.tsx';
import { hasRole } from '../auth/roles.ts';
import { useCurrentUser } from '../auth/session.tsx';
import { ExportButton } from '../excel/ExportButton.tsx';
import { PageTitle } from '../indicators/PageTitle.tsx';
import { useReference } from '../region/reference.ts';
import { memberNames, riskTitle, RiskStatusTag, ScoreTag } from './labels.tsx';
import { RiskFormModal } from './RiskFormModal.tsx';
import { RiskHeatmap } from './RiskHeatmap.tsx';
import { AREAS, risksApi, STATUSES, type Area, type Filters, type Risk, type RiskStatus } from './risksApi.ts';

function useFilters() {
  const [params, setParams] = useSearchParams();
  const area = params.get('area');
  const status = params.get('status');
  const member = params.get('member');
  const filters: Filters = {
    area: area && (AREAS as string[]).includes(area) ? (area as Area) : undefined,
    status: status && (STATUSES as string[]).includes(status) ? (status as RiskStatus) : undefined,
    member: member && /^[0-9]{6}$/.test(member) ? member : undefined,
    q: params.get('q')?.trim() || undefined,
  };
  const cell = params.get('cell')?.match(/^([1-5])x([1-5])$/);
  const setFilters = (next: Filters & { cell?: string }) => {
    const search = new URLSearchParams();
    for (const [key, value] of Object.entries(next)) if (value) search.set(key, String(value));
    setParams(search, { replace: true });
  };
  return { filters, cell: cell ? { likelihood: Number(cell[1]), impact: Number(cell[2]) } : undefined, setFilters, key: JSON.stringify(filters) };
}

export default function RisksPage() {
  const { t } = useTranslation();
  const locale = useLocale();
  const user = useCurrentUser();
  const navigate = useNavigate();
  const { reference } = useReference();
  const writer = hasRole(user, 'office', 'liaison', 'editor');
  const { filters, cell, setFilters, key } = useFilters();
  const set = (patch: Filters) => setFilters({ ...filters, ...patch });
  const list = useApi((signal) => risksApi.list(filters, signal), key);
  const heat = useApi((signal) => risksApi.heatmap(filters, signal), `heat-${key}`);
  const [creating, setCreating] = useState(false);
  const rows = (list.data ?? []).filter((r) => !cell || (r.likelihood === cell.likelihood && r.impact === cell.impact));
  const anyDemo = (list.data ?? []).some((r) => r.isDemo);

  return (
    <div>
      <PageTitle
        title={t('risks.title')}
        description={t('risks.description')}
        testId="risks-title"
        extra={
          <>
            <ExportButton path="/api/v1/risks/export.xlsx" query={{ ...filters }} fileName="risk-register.xlsx" />
            {writer && <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)} data-testid="risk-create">{t('risks.create')}</Button>}
          </>
        }
      />
      {anyDemo && <Alert type="warning" showIcon title={t('risks.demoNote')} style={{ marginBottom: 16 }} data-testid="risks-demo-note" />}
      {Boolean(heat.error) && <ErrorAlert error={heat.error} />}
      {heat.data && (
        <div style={{ marginBottom: 16 }}>
          <RiskHeatmap heatmap={heat.data} title={t('risks.heatmap.title')} onCell={(l, i) => setFilters({ ...filters, cell: `${l}x${i}` })} />
        </div>
      )}
      <Card size="small" title={<Typography.Title level={2} style={{ fontSize: 16, margin: 0 }}>{t('risks.register')}</Typography.Title>}>
        <Flex gap={8} wrap align="center" style={{ marginBottom: 12 }} data-testid="risks-filters">
          <Input.Search
            key={filters.q ?? ''} allowClear defaultValue={filters.q} aria-label={t('risks.filters.search')} placeholder={t('risks.filters.search')}
            onSearch={(value) => set({ q: value.trim() || undefined })} style={{ width: 200, maxWidth: '100%' }} data-testid="risks-search"
          />
          <Select<Area>
            allowClear aria-label={t('risks.fields.area')} placeholder={t('risks.fields.area')} style={{ width: 160 }} value={filters.area} onChange={(area) => set({ area })}
            options={AREAS.map((a) => ({ value: a, label: t(`risks.area.${a}`) }))} data-testid="risks-filter-area"
          />
          <Select<string>
            allowClear aria-label={t('risks.fields.owners')} placeholder={t('risks.fields.owners')} style={{ width: 120 }} value={filters.member} onChange={(member) => set({ member })}
            options={(reference?.members ?? []).map((m) => ({ value: m.code, label: memberNames([m.code], reference, locale) }))} data-testid="risks-filter-member"
          />
          <Select<RiskStatus>
            allowClear aria-label={t('risks.fields.status')} placeholder={t('risks.fields.status')} style={{ width: 120 }} value={filters.status} onChange={(status) => set({ status })}
            options={STATUSES.map((s) => ({ value: s, label: t(`risks.status.${s}`) }))} data-testid="risks-filter-status"
          />
          {cell && (
            <Button size="small" onClick={() => setFilters(filters)} data-testid="risks-cell-clear">
              {t('risks.heatmap.cell', cell)} ×
            </Button>
          )}
        </Flex>
        {Boolean(list.error) && <ErrorAlert error={list.error} />}
        <Table<Risk>
          size="small" rowKey="id" loading={list.loading} dataSource={rows} pagination={rows.length > 50 ? { pageSize: 50, showSizeChanger: false } : false}
          scroll={{ x: 'max-content' }} locale={{ emptyText: t('risks.empty') }} data-testid="risks-list"
          columns={[
            { title: t('risks.fields.code'), dataIndex: 'code', width: 150 },
            {
              title: t('risks.fields.title'), key: 'title',
              render: (_, r) => (
                <Space size={4} wrap>
                  <Link to={`/risks/${r.id}`}>{riskTitle(r, locale)}</Link>
                  {r.isDemo && <DemoTag />}
                </Space>
              ),
            },
            { title: t('risks.fields.area'), key: 'area', render: (_, r) => t(`risks.area.${r.area}`) },
            { title: t('risks.fields.score'), key: 'score', sorter: (a, b) => a.score - b.score, render: (_, r) => <ScoreTag score={r.score} /> },
            { title: t('risks.fields.owners'), key: 'owners', render: (_, r) => memberNames(r.ownerMemberCodes, reference, locale) },
            { title: t('risks.fields.reviewDate'), dataIndex: 'reviewDate', render: (v: string | null) => v ?? '—' },
            { title: t('risks.fields.status'), key: 'status', render: (_, r) => <RiskStatusTag status={r.status} /> },
          ]}
        />
      </Card>
      {creating && <RiskFormModal onClose={() => setCreating(false)} onSaved={(id) => { setCreating(false); navigate(`/risks/${id}`); }} />}
    </div>
  );
}
