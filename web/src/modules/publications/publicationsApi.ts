/** The publication step (server module publications): list, propose, disclosure, transitions. Types from the OpenAPI document. */
import { api } from '../../api/client.ts';
import type { ApiBody, ApiItem, ApiQuery, ApiResult } from '../../api/openapi.ts';

export type Publication = ApiItem<'publications.list'>;
export type PublicationDetail = ApiResult<'publications.get'>;
export type PublicationSnapshot = NonNullable<PublicationDetail['snapshot']>;
export type PublicationState = Publication['state'];
export type Disclosure = Publication['disclosure'];
export type ProposeInput = ApiBody<'publications.propose'>;

export const PUBLISHABLE_KINDS = ['plan', 'task', 'meeting', 'decision', 'agreement', 'indicator', 'service', 'project', 'risk'] as const;
export const STATES: PublicationState[] = ['draft', 'approved', 'published', 'withdrawn'];
export const DISCLOSURES: Disclosure[] = ['internal', 'inter_government', 'public'];

export const publicationsApi = {
  list: (query: ApiQuery<'publications.list'>, signal?: AbortSignal) => api.get<ApiResult<'publications.list'>>('/api/v1/publications', { ...query, limit: 500 }, signal).then((r) => r.items),
  get: (id: string, signal?: AbortSignal) => api.get<PublicationDetail>(`/api/v1/publications/${encodeURIComponent(id)}`, undefined, signal),
  propose: (input: ProposeInput) => api.post<ApiResult<'publications.propose', 201>>('/api/v1/publications', input),
  setDisclosure: (id: string, disclosure: Disclosure, version: number) => api.post<PublicationDetail>(`/api/v1/publications/${encodeURIComponent(id)}/disclosure`, { disclosure, version }),
  transition: (id: string, to: PublicationState, version: number) => api.post<PublicationDetail>(`/api/v1/publications/${encodeURIComponent(id)}/transitions`, { to, version }),
};
