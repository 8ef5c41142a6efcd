/** The to-do queue (待办), the done list (已办) and the Office's batch review (server modules todo, reports). */
import { api } from '../../api/client.ts';
import type { ApiItem, ApiResult } from '../../api/openapi.ts';
import type { operations } from '../../api/generated/openapi.d.ts';

export type TodoPage = ApiResult<'todo.list'>;
export type TodoItem = ApiItem<'todo.list'>;
export type TodoKind = TodoItem['kind'];
export type DonePage = ApiResult<'todo.listDone'>;
export type DoneItem = ApiItem<'todo.listDone'>;
export type ReviewBatchItem = operations['reports.reviewBatch']['requestBody']['content']['application/json']['items'][number];
export type ReviewBatchResult = ApiResult<'reports.reviewBatch'>;

/** The kinds in the order the page lists their filters. */
export const TODO_KINDS: readonly TodoKind[] = ['report_review', 'report_returned', 'report_due', 'minutes_approve', 'minutes_finalise', 'matter_overdue', 'flag'];

export const todoApi = {
  queue: (query: { kind?: TodoKind; cursor?: string | null; limit?: number }, signal?: AbortSignal) =>
    api.get<TodoPage>('/api/v1/todo', { kind: query.kind, cursor: query.cursor, limit: query.limit }, signal),
  done: (cursor: string | null, signal?: AbortSignal) => api.get<DonePage>('/api/v1/todo/done', { cursor, limit: 50 }, signal),
  reviewBatch: (items: ReviewBatchItem[]) => api.post<ReviewBatchResult>('/api/v1/reports/review-batch', { items }),
};
