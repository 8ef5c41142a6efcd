import { api } from '../../api/client.ts';
import type { ApiResult } from '../../api/openapi.ts';

export type SearchResult = ApiResult<'search.search'>;
export type SearchHit = SearchResult['items'][number];

export const searchApi = {
  search: (q: string, signal?: AbortSignal) => api.get<SearchResult>('/api/v1/search', { q }, signal),
};
