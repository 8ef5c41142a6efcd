import { api } from '../../api/client.ts';
import type { ApiResult } from '../../api/openapi.ts';
import type {
  AuditEvent,
  CreateTaskInput,
  Page,
  TaskDetail,
  TaskFilters,
  TaskListItem,
  UpdateShareInput,
  UpdateTaskInput,
} from '../../api/types.ts';

const id = (value: string) => encodeURIComponent(value);
export const TASK_PAGE_SIZE = 50;

/**
 * The task filters as a query string. `status` repeats (status=a&status=b),
 * which the JSON client's flat query cannot express; the same string serves
 * the list, the Excel export and the page address.
 */
export function taskQuery(filters: TaskFilters, extra: Record<string, string | number | null | undefined> = {}): string {
  const params = new URLSearchParams();
  const set = (key: string, value: string | number | boolean | null | undefined) => {
    if (value !== undefined && value !== null && value !== '' && value !== false) params.set(key, String(value));
  };
  set('planId', filters.planId);
  set('areaId', filters.areaId);
  set('memberCode', filters.memberCode);
  if (filters.memberCode) set('memberRole', filters.memberRole);
  for (const status of filters.status ?? []) params.append('status', status);
  set('flag', filters.flag);
  set('overdue', filters.overdue);
  set('dueYear', filters.dueYear);
  for (const status of filters.shareStatus ?? []) params.append('shareStatus', status);
  set('q', filters.q?.trim());
  set('sort', filters.sort);
  for (const [key, value] of Object.entries(extra)) set(key, value);
  return params.toString();
}

export const tasksApi = {
  list: (filters: TaskFilters, cursor: string | null, signal?: AbortSignal) =>
    api.get<Page<TaskListItem>>(`/api/v1/tasks?${taskQuery(filters, { cursor, limit: TASK_PAGE_SIZE })}`, undefined, signal),
  /** Every task of a plan (for choosing tasks of an annual plan); follows the cursor. */
  allOfPlan: async (planId: string, signal?: AbortSignal) => {
    const items: TaskListItem[] = [];
    let cursor: string | null = null;
    do {
      const page: Page<TaskListItem> = await api.get(`/api/v1/tasks?${taskQuery({ planId }, { cursor, limit: 200 })}`, undefined, signal);
      items.push(...page.items);
      cursor = page.nextCursor;
    } while (cursor);
    return items;
  },
  get: (taskId: string, signal?: AbortSignal) => api.get<TaskDetail>(`/api/v1/tasks/${id(taskId)}`, undefined, signal),
  create: (input: CreateTaskInput) => api.post<ApiResult<'tasks.create'>>('/api/v1/tasks', input),
  update: (taskId: string, input: UpdateTaskInput) => api.patch<TaskDetail>(`/api/v1/tasks/${id(taskId)}`, input),
  history: (taskId: string, cursor: string | null, signal?: AbortSignal) =>
    api.get<Page<AuditEvent>>(`/api/v1/tasks/${id(taskId)}/history`, { cursor, limit: 50 }, signal),
  updateShare: (shareId: string, input: UpdateShareInput) => api.patch<TaskDetail>(`/api/v1/shares/${id(shareId)}`, input),
  addShare: (taskId: string, input: { memberCode: string; ownerBodyCode?: string | null; dueDate?: string | null }) =>
    api.post<TaskDetail>(`/api/v1/tasks/${id(taskId)}/shares`, input),
  removeShare: (taskId: string, shareId: string) => api.delete<TaskDetail>(`/api/v1/tasks/${id(taskId)}/shares/${id(shareId)}`),
  addMilestone: (taskId: string, input: { titleZh: string; titleEn?: string; dueDate: string }) =>
    api.post<TaskDetail>(`/api/v1/tasks/${id(taskId)}/milestones`, input),
  setMilestoneDone: (milestoneId: string, completed: boolean) => api.patch<TaskDetail>(`/api/v1/milestones/${id(milestoneId)}`, { completed }),
  views: (signal?: AbortSignal) => api.get<ApiResult<'tasks.listSavedViews'>>('/api/v1/saved-views', { scope: 'tasks' }, signal).then((r) => r.items),
  saveView: (name: string, filters: Record<string, unknown>) => api.post<ApiResult<'tasks.createSavedView'>>('/api/v1/saved-views', { scope: 'tasks', name, filters }),
  deleteView: (viewId: string) => api.delete<ApiResult<'tasks.deleteSavedView'>>(`/api/v1/saved-views/${id(viewId)}`),
};
