import { api } from '../../api/client.ts';
import type { Matter, MatterBoard, MatterDetail, MatterFilters, RaiseMatterInput, ResolvingDecision } from '../../api/types.ts';

const id = (value: string) => encodeURIComponent(value);

export const mattersApi = {
  /** The server answers up to `limit` matters, newest first (no cursor: matters are few). */
  list: (filters: MatterFilters, signal?: AbortSignal) =>
    api.get<{ items: Matter[] }>('/api/v1/matters', { ...filters, limit: 500 }, signal).then((r) => r.items),
  board: (signal?: AbortSignal) => api.get<MatterBoard>('/api/v1/matters/board', undefined, signal),
  get: (matterId: string, signal?: AbortSignal) => api.get<MatterDetail>(`/api/v1/matters/${id(matterId)}`, undefined, signal),
  raise: (input: RaiseMatterInput) => api.post<{ id: string }>('/api/v1/matters', input),
  changeTier: (matterId: string, input: { direction: 'up' | 'down'; reason: string }) =>
    api.post<MatterDetail>(`/api/v1/matters/${id(matterId)}/tier`, input),
  /** The decision that resolved a matter: its title for the link. */
  decision: (decisionId: string, signal?: AbortSignal) => api.get<ResolvingDecision>(`/api/v1/decisions/${id(decisionId)}`, undefined, signal),
  coordinate: (matterId: string, note: string) => api.post<MatterDetail>(`/api/v1/matters/${id(matterId)}/coordination`, { note }),
};
