/** What the risk pages read and write (server module risks), typed from the OpenAPI document. */
import { api } from '../../api/client.ts';
import type { ApiBody, ApiItem, ApiQuery, ApiResult, ElementOf } from '../../api/openapi.ts';

export type Risk = ApiItem<'risks.list'>;
export type RiskDetail = ApiResult<'risks.get'>;
export type RiskListQuery = ApiQuery<'risks.list'>;
export type RiskHeatmap = ApiResult<'risks.heatmap'>;
export type RiskInput = ApiBody<'risks.create'>;
export type RiskPatch = ApiBody<'risks.update'>;
export type TriggerInput = ApiBody<'risks.addTrigger'>;
export type Area = Risk['area'];
export type RiskStatus = Risk['status'];
export type Comparison = TriggerInput['comparison'];
export type Trigger = ElementOf<RiskDetail['triggers']>;
export type Filters = Pick<RiskListQuery, 'area' | 'status' | 'member' | 'q'>;

export const AREAS: Area[] = ['industry_supply_chain', 'finance', 'energy', 'food', 'urban_governance', 'ecology', 'public_health'];
export const STATUSES: RiskStatus[] = ['open', 'mitigated', 'closed'];
export const COMPARISONS: Comparison[] = ['<', '<=', '>', '>='];
const clean = (f: Filters) => Object.fromEntries(Object.entries(f).filter(([, v]) => v)) as Record<string, string>;

export const risksApi = {
  list: (filters: Filters, signal?: AbortSignal) => api.get<{ items: Risk[] }>('/api/v1/risks', { ...clean(filters), limit: '500' }, signal).then((r) => r.items),
  heatmap: (filters: Filters, signal?: AbortSignal) => api.get<RiskHeatmap>('/api/v1/risks/heatmap', clean(filters), signal),
  get: (id: string, signal?: AbortSignal) => api.get<RiskDetail>(`/api/v1/risks/${id}`, undefined, signal),
  create: (input: RiskInput) => api.post<{ id: string }>('/api/v1/risks', input),
  update: (id: string, patch: RiskPatch) => api.patch<RiskDetail>(`/api/v1/risks/${id}`, patch),
  addTrigger: (id: string, input: TriggerInput) => api.post<{ id: string }>(`/api/v1/risks/${id}/triggers`, input),
  removeTrigger: (id: string, triggerId: string) => api.delete<RiskDetail>(`/api/v1/risks/${id}/triggers/${triggerId}`),
};
