/** API tokens for provincial statistics systems (server module tokens): list, issue, revoke. Types from the OpenAPI document. */
import { api } from '../../api/client.ts';
import type { ApiBody, ApiItem, ApiResult } from '../../api/openapi.ts';

export type ApiToken = ApiItem<'tokens.list'>;
export type ApiTokenState = ApiToken['state'];
export type CreatedApiToken = ApiResult<'tokens.create', 201>;

/** indicatorCodes empty or left out: every indicator; expiresAt ISO date-time, at most two years ahead. */
export type TokenInput = ApiBody<'tokens.create'>;

export const tokensApi = {
  list: (signal?: AbortSignal) => api.get<ApiResult<'tokens.list'>>('/api/v1/tokens', undefined, signal).then((r) => r.items),
  create: (input: TokenInput) => api.post<CreatedApiToken>('/api/v1/tokens', input),
  revoke: (id: string, version: number) => api.post<ApiToken>(`/api/v1/tokens/${encodeURIComponent(id)}/revoke`, { version }),
};
