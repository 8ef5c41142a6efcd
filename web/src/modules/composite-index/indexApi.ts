/** The integration index (server module composite-index): methods, their versions, values and recomputation runs. */
import { api } from '../../api/client.ts';
import type { ApiResult } from '../../api/openapi.ts';
import type { IndexMethodDetail, IndexRun, IndexValues, Page } from '../../api/types.ts';

const code = (value: string) => encodeURIComponent(value);

export const RUNS_PAGE_SIZE = 20;

export const indexApi = {
  methods: (signal?: AbortSignal) => api.get<ApiResult<'compositeIndex.listIndexMethods'>>('/api/v1/index-methods', undefined, signal).then((r) => r.items),
  method: (methodCode: string, signal?: AbortSignal) => api.get<IndexMethodDetail>(`/api/v1/index-methods/${code(methodCode)}`, undefined, signal),
  /** Every scope and year of one version (the current one without `version`). */
  values: (methodCode: string, version: number | undefined, signal?: AbortSignal) =>
    api.get<IndexValues>(`/api/v1/index-methods/${code(methodCode)}/values`, { version }, signal),
  /** One value with its dimensions, indicators and observation ids (left out of the plain list to keep it small). */
  valueComponents: (methodCode: string, version: number, scopeCode: string, year: number, signal?: AbortSignal) =>
    api
      .get<IndexValues>(`/api/v1/index-methods/${code(methodCode)}/values`, { version, scope: scopeCode, from: year, to: year, include: 'components' }, signal)
      .then((r) => r.items[0]),
  runs: (methodCode: string, cursor: string | null, signal?: AbortSignal) =>
    api.get<Page<IndexRun>>(`/api/v1/index-methods/${code(methodCode)}/runs`, { limit: RUNS_PAGE_SIZE, cursor }, signal),
  recompute: (methodCode: string) => api.post<ApiResult<'compositeIndex.recomputeIndexMethod'>>(`/api/v1/index-methods/${code(methodCode)}/recompute`),
};
