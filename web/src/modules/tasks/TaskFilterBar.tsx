/**
 * Filters of the task list. Every change goes to the address at once (the
 * list follows it); the text search applies on Enter, not per keystroke.
 * Search matches Chinese and English titles, codes and tags on the server.
 */
import { ClearOutlined } from '@ant-design/icons';
import { Button, Checkbox, Flex, Input, Select, Tag, TreeSelect } from 'antd';
import { useTranslation } from 'react-i18next';
import { WORK_STATUSES, type FlagFilter, type MemberRoleFilter, type Plan, type TaskFilters, type TaskSort, type WorkStatus } from '../../api/types.ts';
import { useLocale } from '../../i18n/useLocale.ts';
import { areaTreeOptions, useAreas } from '../plans/areas.ts';
import { memberOptions } from '../region/labels.ts';
import { useReference } from '../region/reference.ts';
import { planOptions } from './labels.ts';
import { FLAG_FILTERS, NO_AREA } from './taskFilters.ts';

interface Props {
  filters: TaskFilters;
  plans: Plan[];
  onChange: (filters: TaskFilters) => void;
}

export function TaskFilterBar({ filters, plans, onChange }: Props) {
  const { t } = useTranslation();
  const locale = useLocale();
  const { reference } = useReference();
  const { areas } = useAreas();
  const set = (patch: Partial<TaskFilters>) => onChange({ ...filters, ...patch });

  return (
    <Flex gap={8} wrap align="center" style={{ marginBottom: 12 }} data-testid="tasks-filters">
      <Input.Search
        key={filters.q ?? ''}
        allowClear
        defaultValue={filters.q}
        placeholder={t('tasks.filters.searchPlaceholder')}
        aria-label={t('tasks.filters.searchPlaceholder')}
        onSearch={(value) => set({ q: value.trim() || undefined })}
        style={{ width: 260 }}
        data-testid="tasks-search"
      />
      <Select<string>
        allowClear
        showSearch={{ optionFilterProp: 'label' }}
        placeholder={t('tasks.filters.plan')}
        aria-label={t('tasks.filters.plan')}
        style={{ width: 220 }}
        value={filters.planId}
        onChange={(planId) => set({ planId })}
        options={planOptions(plans, locale)}
        data-testid="tasks-filter-plan"
      />
      <TreeSelect<string>
        allowClear
        treeDefaultExpandAll
        placeholder={t('tasks.filters.area')}
        aria-label={t('tasks.filters.area')}
        style={{ width: 220 }}
        value={filters.areaId}
        onChange={(areaId) => set({ areaId })}
        treeData={[...areaTreeOptions(areas, locale), { value: NO_AREA, title: t('tasks.filters.noArea'), children: [] }]}
        data-testid="tasks-filter-area"
      />
      <Select<string>
        allowClear
        placeholder={t('tasks.filters.member')}
        aria-label={t('tasks.filters.member')}
        style={{ width: 150 }}
        value={filters.memberCode}
        onChange={(memberCode) => set({ memberCode, memberRole: memberCode ? (filters.memberRole ?? 'any') : undefined })}
        options={memberOptions(reference?.members ?? [], locale)}
        data-testid="tasks-filter-member"
      />
      <Select<MemberRoleFilter>
        placeholder={t('tasks.filters.memberRole')}
        aria-label={t('tasks.filters.memberRole')}
        style={{ width: 130 }}
        disabled={!filters.memberCode}
        value={filters.memberCode ? (filters.memberRole ?? 'any') : undefined}
        onChange={(memberRole) => set({ memberRole })}
        options={(['any', 'lead', 'participant'] as const).map((r) => ({ value: r, label: t(`tasks.filters.roles.${r}`) }))}
        data-testid="tasks-filter-role"
      />
      <Select<WorkStatus[]>
        mode="multiple"
        allowClear
        maxTagCount="responsive"
        placeholder={t('tasks.filters.status')}
        aria-label={t('tasks.filters.status')}
        style={{ width: 220 }}
        value={filters.status ?? []}
        onChange={(status) => set({ status: status.length > 0 ? status : undefined })}
        options={WORK_STATUSES.map((s) => ({ value: s, label: t(`work.status.${s}`) }))}
        data-testid="tasks-filter-status"
      />
      <Select<FlagFilter>
        allowClear
        placeholder={t('tasks.filters.flag')}
        aria-label={t('tasks.filters.flag')}
        style={{ width: 160 }}
        value={filters.flag}
        onChange={(flag) => set({ flag })}
        options={FLAG_FILTERS.map((f) => ({ value: f, label: t(`tasks.filters.flags.${f}`) }))}
        data-testid="tasks-filter-flag"
      />
      <Checkbox checked={filters.overdue === true} onChange={(e) => set({ overdue: e.target.checked || undefined })} data-testid="tasks-filter-overdue">
        {t('tasks.filters.overdue')}
      </Checkbox>
      {/* Set by the dashboard's drill-downs; shown so the list says what it holds, and removable. */}
      {filters.dueYear !== undefined && (
        <Tag closable onClose={() => set({ dueYear: undefined })} data-testid="tasks-filter-due-year">
          {t('tasks.filters.dueYear', { year: filters.dueYear })}
        </Tag>
      )}
      {filters.shareStatus && (
        <Tag closable onClose={() => set({ shareStatus: undefined })} data-testid="tasks-filter-share-status">
          {t('tasks.filters.shareStatus', { statuses: filters.shareStatus.map((s) => t(`work.status.${s}`)).join(' / ') })}
        </Tag>
      )}
      <Select<TaskSort>
        style={{ width: 150 }}
        aria-label={t('common.sort')}
        value={filters.sort ?? 'code'}
        onChange={(sort) => set({ sort: sort === 'code' ? undefined : sort })}
        options={(['code', 'due', 'updated'] as const).map((s) => ({ value: s, label: t(`tasks.filters.sorts.${s}`) }))}
        data-testid="tasks-filter-sort"
      />
      <Button icon={<ClearOutlined />} onClick={() => onChange({})} data-testid="tasks-filter-reset">
        {t('common.reset')}
      </Button>
    </Flex>
  );
}
