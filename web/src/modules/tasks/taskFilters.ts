/**
 * The task list's filters live in the page address, so a board cell, a saved
 * view or a link in a message opens exactly the same list. Unknown values are
 * dropped rather than sent to the server to be refused.
 */
import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router-dom';
import { WORK_STATUSES, type FlagFilter, type MemberRoleFilter, type TaskFilters, type TaskSort, type WorkStatus } from '../../api/types.ts';
import { taskQuery } from './tasksApi.ts';

const ROLES: readonly MemberRoleFilter[] = ['lead', 'participant', 'any'];
export const FLAG_FILTERS: readonly FlagFilter[] = ['red', 'yellow', 'any', 'yellow_only', 'none'];
const SORTS: readonly TaskSort[] = ['code', 'due', 'updated'];
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const MEMBER = /^[0-9]{6}$/;
/** The area filter's value for tasks without a focus area (the board's last row). */
export const NO_AREA = 'none';

function oneOf<T extends string>(values: readonly T[], value: unknown): T | undefined {
  return typeof value === 'string' && (values as readonly string[]).includes(value) ? (value as T) : undefined;
}

function matching(pattern: RegExp, value: unknown): string | undefined {
  return typeof value === 'string' && pattern.test(value) ? value : undefined;
}

/** From a plain object (a saved view's filters) or the address. */
export function normalizeFilters(raw: Record<string, unknown>): TaskFilters {
  const statusesOf = (value: unknown) =>
    (Array.isArray(value) ? value : value ? [value] : []).filter((s): s is WorkStatus => (WORK_STATUSES as readonly unknown[]).includes(s));
  const statuses = statusesOf(raw.status);
  const shareStatuses = statusesOf(raw.shareStatus);
  const dueYear = Number(raw.dueYear);
  const memberCode = matching(MEMBER, raw.memberCode);
  const q = typeof raw.q === 'string' && raw.q.trim() ? raw.q.trim().slice(0, 100) : undefined;
  return {
    planId: matching(UUID, raw.planId),
    areaId: raw.areaId === NO_AREA ? NO_AREA : matching(UUID, raw.areaId),
    memberCode,
    memberRole: memberCode ? oneOf(ROLES, raw.memberRole) : undefined,
    status: statuses.length > 0 ? [...new Set(statuses)] : undefined,
    flag: oneOf(FLAG_FILTERS, raw.flag),
    overdue: raw.overdue === true || raw.overdue === 'true' ? true : undefined,
    dueYear: Number.isInteger(dueYear) && dueYear >= 2000 && dueYear <= 2200 ? dueYear : undefined,
    shareStatus: shareStatuses.length > 0 ? [...new Set(shareStatuses)] : undefined,
    q,
    sort: oneOf(SORTS, raw.sort),
  };
}

export function filtersFromParams(params: URLSearchParams): TaskFilters {
  const raw: Record<string, unknown> = {};
  for (const key of params.keys()) raw[key] = key === 'status' || key === 'shareStatus' ? params.getAll(key) : params.get(key);
  return normalizeFilters(raw);
}

/** Only the filters that are set: what a saved view stores. */
export function compactFilters(filters: TaskFilters): Record<string, unknown> {
  return Object.fromEntries(Object.entries(filters).filter(([, value]) => value !== undefined && value !== ''));
}

export function hasFilters(filters: TaskFilters): boolean {
  return Object.keys(compactFilters(filters)).some((key) => key !== 'sort');
}

export function taskListPath(filters: TaskFilters): string {
  const query = taskQuery(filters);
  return query ? `/tasks?${query}` : '/tasks';
}

/** The filters in the address, and a setter that replaces them (one history entry per change). */
export function useTaskFilters() {
  const [params, setParams] = useSearchParams();
  const key = params.toString();
  // eslint-disable-next-line react-hooks/exhaustive-deps -- the string is the identity of the filters
  const filters = useMemo(() => filtersFromParams(params), [key]);
  const setFilters = useCallback((next: TaskFilters) => setParams(new URLSearchParams(taskQuery(next))), [setParams]);
  return { filters, setFilters, key: taskQuery(filters) };
}
