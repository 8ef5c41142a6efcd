/**
 * Filters of the plan list, kept in the address (useUrlFilters): kind, lifecycle
 * state, a year the plan's period overlaps, a focus area of its tasks, and a
 * search over code and titles (applied on Enter, not per keystroke).
 */
import { Flex, Input, Select, TreeSelect } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PlanKind, PlanStatus } from '../../api/types.ts';
import { useLocale } from '../../i18n/useLocale.ts';
import { areaTreeOptions, useAreas } from './areas.ts';
import type { PlanFilters } from './plansApi.ts';

const KINDS: PlanKind[] = ['three_year', 'annual', 'implementation'];
const STATUSES: PlanStatus[] = ['draft', 'adopted_in_principle', 'adopted', 'in_force', 'closed'];
/** The years a plan of the region plausibly covers: from the first three-year plan to a few years ahead. */
const YEARS = Array.from({ length: new Date().getFullYear() + 6 - 2018 }, (_, i) => String(2018 + i)).reverse();

export function PlanFilterBar({ filters, onChange }: { filters: PlanFilters; onChange: (next: PlanFilters) => void }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const { areas } = useAreas();
  const [search, setSearch] = useState(filters.q ?? '');
  useEffect(() => setSearch(filters.q ?? ''), [filters.q]);
  const set = (change: Partial<PlanFilters>) => onChange({ ...filters, ...change });

  return (
    <Flex gap={8} wrap style={{ marginBottom: 12 }} data-testid="plans-filters">
      <Input.Search
        allowClear
        placeholder={t('plans.filters.search')}
        aria-label={t('plans.filters.search')}
        value={search}
        onChange={(event) => {
          setSearch(event.target.value);
          if (!event.target.value) set({ q: undefined });
        }}
        onSearch={(value) => set({ q: value.trim() || undefined })}
        style={{ width: 240, maxWidth: '100%' }}
        data-testid="plans-search"
      />
      <Select<PlanKind>
        allowClear
        placeholder={t('plans.filters.kind')}
        aria-label={t('plans.filters.kind')}
        style={{ width: 170 }}
        value={filters.kind}
        onChange={(kind) => set({ kind })}
        options={KINDS.map((kind) => ({ value: kind, label: t(`plans.kind.${kind}`) }))}
        data-testid="plans-filter-kind"
      />
      <Select<PlanStatus>
        allowClear
        placeholder={t('plans.filters.status')}
        aria-label={t('plans.filters.status')}
        style={{ width: 150 }}
        value={filters.status}
        onChange={(status) => set({ status })}
        options={STATUSES.map((status) => ({ value: status, label: t(`plans.status.${status}`) }))}
        data-testid="plans-filter-status"
      />
      <Select<string>
        allowClear
        placeholder={t('plans.filters.year')}
        aria-label={t('plans.filters.year')}
        style={{ width: 110 }}
        value={filters.year}
        onChange={(year) => set({ year })}
        options={YEARS.map((year) => ({ value: year, label: year }))}
        data-testid="plans-filter-year"
      />
      <TreeSelect<string>
        allowClear
        treeDefaultExpandAll
        placeholder={t('plans.filters.area')}
        aria-label={t('plans.filters.area')}
        style={{ width: 220, maxWidth: '100%' }}
        value={filters.areaId}
        onChange={(areaId) => set({ areaId })}
        treeData={areaTreeOptions(areas, locale)}
        data-testid="plans-filter-area"
      />
    </Flex>
  );
}
