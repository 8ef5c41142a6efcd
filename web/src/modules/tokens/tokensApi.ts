/** API tokens for provincial statistics systems (server module tokens): list, issue, revoke. Types from the OpenAPI document. */
import { api } from '../../api/client.ts';
import type { ApiItem, ApiResult } from '../../api/openapi.ts';

export type ApiToken = ApiItem<'tokens.list'>;
export type ApiTokenState = ApiToken['state'];
export type CreatedApiToken = ApiResult<'tokens.create', 201>;

export interface TokenInput {
  name: string;
  memberCode: string;
  /** Empty: every indicator. */
  indicatorCodes: string[];
  /** ISO date-time; at most two years ahead. */
  expiresAt: string;
}

export const tokensApi = {
  list: (signal?: AbortSignal) => api.get<{ items: ApiToken[] }>('/api/v1/tokens', undefined, signal).then((r) => r.items),
  create: (input: TokenInput) => api.post<CreatedApiToken>('/api/v1/tokens', input),
  revoke: (id: string, version: number) => api.post<ApiToken>(`/api/v1/tokens/${encodeURIComponent(id)}/revoke`, { version }),
};
