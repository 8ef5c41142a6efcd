import { api } from '../../api/client.ts';
import type { ApiResult } from '../../api/openapi.ts';
import type { Matter, MatterBoard, MatterDetail, MatterFilters, Page, RaiseMatterInput, ResolvingDecision } from '../../api/types.ts';

const id = (value: string) => encodeURIComponent(value);

/** Matters per page of the list ("load more" reads the next). */
export const MATTER_PAGE_SIZE = 50;

export const mattersApi = {
  /** One page of matters, newest first; `cursor` is the previous page's nextCursor. */
  list: (filters: MatterFilters, cursor: string | null, signal?: AbortSignal) =>
    api.get<Page<Matter>>('/api/v1/matters', { ...filters, limit: MATTER_PAGE_SIZE, cursor }, signal),
  board: (signal?: AbortSignal) => api.get<MatterBoard>('/api/v1/matters/board', undefined, signal),
  get: (matterId: string, signal?: AbortSignal) => api.get<MatterDetail>(`/api/v1/matters/${id(matterId)}`, undefined, signal),
  raise: (input: RaiseMatterInput) => api.post<ApiResult<'matters.create'>>('/api/v1/matters', input),
  changeTier: (matterId: string, input: { direction: 'up' | 'down'; reason: string }) =>
    api.post<MatterDetail>(`/api/v1/matters/${id(matterId)}/tier`, input),
  /** The decision that resolved a matter: its title for the link. */
  decision: (decisionId: string, signal?: AbortSignal) => api.get<ResolvingDecision>(`/api/v1/decisions/${id(decisionId)}`, undefined, signal),
  coordinate: (matterId: string, note: string) => api.post<MatterDetail>(`/api/v1/matters/${id(matterId)}/coordination`, { note }),
  /** The raising member's liaison or the Office withdraws an open matter; the reason goes on the timeline. */
  withdraw: (matterId: string, reason: string) => api.post<MatterDetail>(`/api/v1/matters/${id(matterId)}/withdraw`, { reason }),
};
