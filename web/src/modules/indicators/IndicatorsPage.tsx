/**
 * The indicators: filters in the address (level, focus area, status, search),
 * demo ones labelled, each opening its definition, series and observations;
 * the integration index methods linked above the list. The Office defines,
 * edits and retires indicators here.
 */
import { EditOutlined, FundOutlined, PlusOutlined, UploadOutlined } from '@ant-design/icons';
import { Button, Card, Flex, Input, Select, Space, TreeSelect, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useSearchParams } from 'react-router-dom';
import { useApi } from '../../api/hooks.ts';
import { INDICATOR_LEVELS, type Indicator, type IndicatorLevel, type IndicatorListQuery, type IndicatorStatus } from '../../api/types.ts';
import { useLocale } from '../../i18n/useLocale.ts';
import { DemoTag } from '../../shell/DemoTag.tsx';
import { ErrorAlert } from '../../shell/ErrorAlert.tsx';
import { hasRole } from '../auth/roles.ts';
import { useCurrentUser } from '../auth/session.tsx';
import { useAreas } from '../plans/areas.ts';
import { indexApi } from '../composite-index/indexApi.ts';
import { INDICATOR_ACCESS } from './access.ts';
import { areaCodeTreeOptions, areaNameByCode } from './focusAreas.ts';
import { IndicatorFormModal } from './IndicatorFormModal.tsx';
import { indicatorsApi } from './indicatorsApi.ts';
import { IndicatorStatusTag, LevelTag } from './IndicatorTags.tsx';
import { indicatorName, indicatorUnit } from './labels.ts';
import { ObservationImportModal } from './ObservationImportModal.tsx';
import { PageTitle } from './PageTitle.tsx';
import { RetireButton } from './RetireButton.tsx';
import { ScrollableTable } from './ScrollableTable.tsx';

const STATUSES: IndicatorStatus[] = ['active', 'retired'];

/** The filters as the address holds them; unknown values are dropped, not sent. */
function useIndicatorFilters() {
  const [params, setParams] = useSearchParams();
  const level = params.get('level');
  const status = params.get('status');
  const filters: IndicatorListQuery = {
    level: level && (INDICATOR_LEVELS as readonly string[]).includes(level) ? (level as IndicatorLevel) : undefined,
    status: status && (STATUSES as string[]).includes(status) ? (status as IndicatorStatus) : undefined,
    focusArea: params.get('focusArea') || undefined,
    q: params.get('q')?.trim() || undefined,
  };
  const setFilters = (next: IndicatorListQuery) => {
    const search = new URLSearchParams();
    for (const [key, value] of Object.entries(next)) if (value) search.set(key, String(value));
    setParams(search, { replace: true });
  };
  return { filters, setFilters, key: JSON.stringify(filters) };
}

export default function IndicatorsPage() {
  const { t } = useTranslation();
  const locale = useLocale();
  const user = useCurrentUser();
  const navigate = useNavigate();
  const office = hasRole(user, ...INDICATOR_ACCESS.manage);
  const writer = hasRole(user, ...INDICATOR_ACCESS.write);
  const [importing, setImporting] = useState(false);
  const { areas } = useAreas();
  const { filters, setFilters, key } = useIndicatorFilters();
  const list = useApi((signal) => indicatorsApi.list(filters, signal), key);
  const methods = useApi((signal) => indexApi.methods(signal).catch(() => []), 'index-methods');
  const [editing, setEditing] = useState<Indicator | 'new' | null>(null);
  const set = (patch: Partial<IndicatorListQuery>) => setFilters({ ...filters, ...patch });

  return (
    <div className="yrd-indicators">
      <PageTitle
        title={t('indicators.title')}
        description={t('indicators.description')}
        testId="indicators-title"
        extra={
          (office || writer) && (
            <>
              {writer && (
                <Button icon={<UploadOutlined />} onClick={() => setImporting(true)} data-testid="observation-import-open">
                  {t('observationImport.open')}
                </Button>
              )}
              {office && (
                <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing('new')} data-testid="indicator-create">
                  {t('indicators.create')}
                </Button>
              )}
            </>
          )
        }
      />
      {(methods.data ?? []).length > 0 && (
        <Card size="small" style={{ marginBottom: 16 }} data-testid="index-methods">
          <Flex gap={8} wrap align="center">
            <Typography.Text strong>{t('indicators.indexMethods')}</Typography.Text>
            {(methods.data ?? []).map((m) => (
              <Space key={m.code} size={4}>
                <FundOutlined aria-hidden />
                <Link to={`/index-methods/${encodeURIComponent(m.code)}`} data-testid={`index-method-link-${m.code}`}>
                  {locale === 'en' ? m.nameEn || m.nameZh : m.nameZh}
                </Link>
                {m.isDemo && <DemoTag />}
              </Space>
            ))}
          </Flex>
        </Card>
      )}
      <Card size="small">
        <Flex gap={8} wrap align="center" style={{ marginBottom: 12 }} data-testid="indicators-filters">
          <Input.Search
            key={filters.q ?? ''}
            allowClear
            defaultValue={filters.q}
            aria-label={t('indicators.filters.search')}
            placeholder={t('indicators.filters.searchPlaceholder')}
            onSearch={(value) => set({ q: value.trim() || undefined })}
            style={{ width: 260, maxWidth: '100%' }}
            data-testid="indicators-search"
          />
          <Select<IndicatorLevel>
            allowClear
            aria-label={t('indicators.filters.level')}
            placeholder={t('indicators.filters.level')}
            style={{ width: 140 }}
            value={filters.level}
            onChange={(level) => set({ level })}
            options={INDICATOR_LEVELS.map((l) => ({ value: l, label: t(`indicators.level.${l}`) }))}
            data-testid="indicators-filter-level"
          />
          <TreeSelect<string>
            allowClear
            treeDefaultExpandAll
            aria-label={t('indicators.filters.focusArea')}
            placeholder={t('indicators.filters.focusArea')}
            style={{ width: 240, maxWidth: '100%' }}
            value={filters.focusArea}
            onChange={(focusArea) => set({ focusArea })}
            treeData={areaCodeTreeOptions(areas, locale)}
            data-testid="indicators-filter-area"
          />
          <Select<IndicatorStatus>
            allowClear
            aria-label={t('indicators.filters.status')}
            placeholder={t('indicators.filters.status')}
            style={{ width: 130 }}
            value={filters.status}
            onChange={(status) => set({ status })}
            options={STATUSES.map((s) => ({ value: s, label: t(`indicators.status.${s}`) }))}
            data-testid="indicators-filter-status"
          />
        </Flex>
        <ErrorAlert error={list.error} action={<Button size="small" onClick={list.reload}>{t('common.retry')}</Button>} />
        <ScrollableTable<Indicator>
          label={t('indicators.title')}
          data-testid="indicators-table"
          rowKey="code"
          size="small"
          loading={list.loading}
          dataSource={list.data ?? []}
          pagination={false}
          scroll={{ x: 1100 }}
          locale={{ emptyText: t('indicators.empty') }}
          onRow={(i) => ({ 'data-testid': `indicator-row-${i.code}`, 'data-status': i.status }) as React.HTMLAttributes<HTMLElement>}
          columns={[
            { title: t('indicators.fields.code'), dataIndex: 'code', width: 150, render: (c: string) => <Typography.Text code>{c}</Typography.Text> },
            {
              title: t('indicators.fields.name'),
              key: 'name',
              render: (_, i) => (
                <Space size={6} wrap>
                  <Link to={`/indicators/${encodeURIComponent(i.code)}`} data-testid="indicator-link">
                    {indicatorName(i, locale)}
                  </Link>
                  {i.isDemo && <DemoTag />}
                  {i.status === 'retired' && <IndicatorStatusTag status={i.status} />}
                </Space>
              ),
            },
            { title: t('indicators.fields.level'), dataIndex: 'level', width: 90, render: (l: IndicatorLevel) => <LevelTag level={l} /> },
            { title: t('indicators.fields.frequency'), dataIndex: 'frequency', width: 90, render: (f: string) => t(`indicators.frequency.${f}`) },
            { title: t('indicators.fields.unit'), key: 'unit', width: 110, render: (_, i) => indicatorUnit(i, locale) || '—' },
            { title: t('indicators.fields.focusArea'), key: 'area', width: 200, render: (_, i) => areaNameByCode(areas, i.focusAreaCode, locale) },
            { title: t('indicators.fields.direction'), dataIndex: 'direction', width: 110, render: (d: string) => t(`indicators.direction.${d}`) },
            {
              title: t('common.actions'),
              key: 'actions',
              width: office ? 250 : 120,
              render: (_, i) => (
                <Space size={4} wrap>
                  <Link to={`/indicators/${encodeURIComponent(i.code)}/observations`} data-testid="indicator-observations-link">
                    {t('indicators.observationsLink')}
                  </Link>
                  {office && (
                    <>
                      <Button size="small" icon={<EditOutlined />} onClick={() => setEditing(i)} data-testid="indicator-edit" aria-label={t('indicators.editLabel', { code: i.code })}>
                        {t('indicators.edit')}
                      </Button>
                      <RetireButton size="small" indicator={i} onRetired={() => list.reload()} />
                    </>
                  )}
                </Space>
              ),
            },
          ]}
        />
      </Card>
      {office && (
        <IndicatorFormModal
          open={editing !== null}
          indicator={editing && editing !== 'new' ? editing : undefined}
          onClose={() => setEditing(null)}
          onReload={list.reload}
          onSaved={(saved) => (editing === 'new' ? navigate(`/indicators/${encodeURIComponent(saved.code)}`) : list.reload())}
        />
      )}
      {importing && <ObservationImportModal open onClose={() => setImporting(false)} />}
    </div>
  );
}
