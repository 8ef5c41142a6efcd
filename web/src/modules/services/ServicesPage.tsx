/**
 * Shared public services: the service × member matrix at a glance, then the
 * catalogue with filters in the address (category, member, status, text),
 * export to Excel, the usage import, and (the Office) new services.
 */
import { PlusOutlined, UploadOutlined } from '@ant-design/icons';
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
import { memberName, serviceName, StatusTag } from './labels.tsx';
import { ServiceFormModal } from './ServiceFormModal.tsx';
import { ServiceMatrixTable } from './ServiceMatrixTable.tsx';
import { CATEGORIES, servicesApi, STATUSES, type AvailabilityStatus, type Category, type Service, type ServiceListQuery } from './servicesApi.ts';
import { UsageImportModal } from './UsageImportModal.tsx';

function useFilters() {
  const [params, setParams] = useSearchParams();
  const category = params.get('category');
  const status = params.get('status');
  const member = params.get('memberCode');
  const filters: ServiceListQuery = {
    category: category && (CATEGORIES as string[]).includes(category) ? (category as Category) : undefined,
    status: status && (STATUSES as string[]).includes(status) ? (status as AvailabilityStatus) : undefined,
    memberCode: member && /^[0-9]{6}$/.test(member) ? member : undefined,
    q: params.get('q')?.trim() || undefined,
  };
  const setFilters = (next: ServiceListQuery) => {
    const search = new URLSearchParams();
    for (const [key, value] of Object.entries(next)) if (value) search.set(key, String(value));
    setParams(search, { replace: true });
  };
  return { filters, setFilters, key: JSON.stringify(filters) };
}

export default function ServicesPage() {
  const { t } = useTranslation();
  const locale = useLocale();
  const user = useCurrentUser();
  const navigate = useNavigate();
  const { reference } = useReference();
  const office = hasRole(user, 'office');
  const writer = hasRole(user, 'office', 'liaison', 'editor');
  const { filters, setFilters, key } = useFilters();
  const set = (patch: Partial<ServiceListQuery>) => setFilters({ ...filters, ...patch });
  const list = useApi((signal) => servicesApi.list(filters, signal), key);
  const matrix = useApi((signal) => servicesApi.matrix(signal), 'services-matrix');
  const [creating, setCreating] = useState(false);
  const [importing, setImporting] = useState(false);
  const anyDemo = (matrix.data?.rows ?? []).some((r) => r.isDemo);

  return (
    <div>
      <PageTitle
        title={t('services.title')}
        description={t('services.description')}
        testId="services-title"
        extra={
          <>
            {writer && <Button icon={<UploadOutlined />} onClick={() => setImporting(true)} data-testid="usage-import-open">{t('services.import.open')}</Button>}
            <ExportButton path="/api/v1/services/export.xlsx" query={{ ...filters }} fileName="public-services.xlsx" />
            {office && <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)} data-testid="service-create">{t('services.create')}</Button>}
          </>
        }
      />
      {anyDemo && <Alert type="warning" showIcon title={t('services.demoNote')} style={{ marginBottom: 16 }} data-testid="services-demo-note" />}
      <Card size="small" title={<Typography.Title level={2} style={{ fontSize: 16, margin: 0 }}>{t('services.matrixTitle')}</Typography.Title>} style={{ marginBottom: 16 }}>
        {Boolean(matrix.error) && <ErrorAlert error={matrix.error} />}
        {matrix.data && (
          <>
            <Typography.Paragraph type="secondary" style={{ marginBottom: 8 }}>{t('services.matrixHint', matrix.data.recentMonths)}</Typography.Paragraph>
            <ServiceMatrixTable matrix={matrix.data} />
          </>
        )}
      </Card>
      <Card size="small" title={<Typography.Title level={2} style={{ fontSize: 16, margin: 0 }}>{t('services.catalogue')}</Typography.Title>}>
        <Flex gap={8} wrap align="center" style={{ marginBottom: 12 }} data-testid="services-filters">
          <Input.Search
            key={filters.q ?? ''}
            allowClear
            defaultValue={filters.q}
            aria-label={t('services.filters.search')}
            placeholder={t('services.filters.searchPlaceholder')}
            onSearch={(value) => set({ q: value.trim() || undefined })}
            style={{ width: 220, maxWidth: '100%' }}
            data-testid="services-search"
          />
          <Select<Category>
            allowClear aria-label={t('services.filters.category')} placeholder={t('services.filters.category')} style={{ width: 150 }}
            value={filters.category} onChange={(category) => set({ category })}
            options={CATEGORIES.map((c) => ({ value: c, label: t(`services.category.${c}`) }))} data-testid="services-filter-category"
          />
          <Select<string>
            allowClear aria-label={t('services.filters.member')} placeholder={t('services.filters.member')} style={{ width: 120 }}
            value={filters.memberCode} onChange={(memberCode) => set({ memberCode })}
            options={(reference?.members ?? []).map((m) => ({ value: m.code, label: memberName(m.code, reference, locale) }))} data-testid="services-filter-member"
          />
          <Select<AvailabilityStatus>
            allowClear aria-label={t('services.filters.status')} placeholder={t('services.filters.status')} style={{ width: 130 }}
            value={filters.status} onChange={(status) => set({ status })}
            options={STATUSES.map((s) => ({ value: s, label: t(`services.status.${s}`) }))} data-testid="services-filter-status"
          />
        </Flex>
        {Boolean(list.error) && <ErrorAlert error={list.error} />}
        <Table<Service>
          size="small"
          rowKey="id"
          loading={list.loading}
          dataSource={list.data ?? []}
          pagination={false}
          scroll={{ x: 'max-content' }}
          locale={{ emptyText: t('services.empty') }}
          data-testid="services-list"
          columns={[
            { title: t('services.fields.code'), dataIndex: 'code', width: 150 },
            {
              title: t('services.fields.name'), key: 'name',
              render: (_, s) => (
                <Space size={4} wrap>
                  <Link to={`/services/${s.id}`}>{serviceName(s, locale)}</Link>
                  {s.isDemo && <DemoTag />}
                </Space>
              ),
            },
            { title: t('services.fields.category'), key: 'category', render: (_, s) => t(`services.category.${s.category}`) },
            ...(filters.memberCode
              ? [{ title: memberName(filters.memberCode, reference, locale), key: 'status', render: (_: unknown, s: Service) => <StatusTag status={s.availability.find((a) => a.memberCode === filters.memberCode)?.status ?? null} /> }]
              : []),
          ]}
        />
      </Card>
      {creating && (
        <ServiceFormModal
          onClose={() => setCreating(false)}
          onSaved={(id) => { setCreating(false); navigate(`/services/${id}`); }}
        />
      )}
      <UsageImportModal open={importing} onClose={() => setImporting(false)} onImported={() => { list.reload(); matrix.reload(); }} />
    </div>
  );
}
