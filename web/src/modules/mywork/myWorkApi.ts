import { api } from '../../api/client.ts';
import type { MyFlag, MyShare, MyWorkSummary, Page, ReportListItem } from '../../api/types.ts';

/** Rows per page of every section. */
export const MY_WORK_PAGE_SIZE = 50;

const section =
  <T>(path: string) =>
  (cursor: string | null, signal?: AbortSignal) =>
    api.get<Page<T>>(`/api/v1/my-work/${path}`, { cursor, limit: MY_WORK_PAGE_SIZE }, signal);

export const myWorkApi = {
  summary: (signal?: AbortSignal) => api.get<MyWorkSummary>('/api/v1/my-work', undefined, signal),
  shares: section<MyShare>('shares'),
  returnedReports: section<ReportListItem>('returned-reports'),
  awaitingReview: section<ReportListItem>('awaiting-review'),
  flags: section<MyFlag>('flags'),
};
