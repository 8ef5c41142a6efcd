/**
 * What the dashboard reads: its own summary, the supervision board, and the
 * indicator and index endpoints of the issue-11 contract (paths and shapes
 * from the contract; the indicator pages read the same ones).
 */
import { api, buildUrl } from '../../api/client.ts';
import type { ApiResult } from '../../api/openapi.ts';
import type { DashboardSummary, IndicatorLevel, IndicatorMap, IndicatorSeries, IndexMethodDetail, IndexValues } from '../../api/types.ts';

const code = (value: string) => encodeURIComponent(value);

export const dashboardApi = {
  summary: (year: number, signal?: AbortSignal) => api.get<DashboardSummary>('/api/v1/dashboard/summary', { year }, signal),
  indicators: (query: { level?: IndicatorLevel; status?: 'active' | 'retired' }, signal?: AbortSignal) =>
    api.get<ApiResult<'indicators.list'>>('/api/v1/indicators', query, signal).then((r) => r.items),
  /** Scopes repeat in the query (scope=320000&scope=330000), which the flat query helper cannot write. */
  series: (indicatorCode: string, query: { scopes: string[]; from?: number; to?: number }, signal?: AbortSignal) => {
    const params = new URLSearchParams();
    for (const scope of query.scopes) params.append('scope', scope);
    if (query.from) params.set('from', String(query.from));
    if (query.to) params.set('to', String(query.to));
    return api.get<IndicatorSeries>(`/api/v1/indicators/${code(indicatorCode)}/series?${params.toString()}`, undefined, signal);
  },
  /** Without a year: the latest year that has values. */
  map: (indicatorCode: string, year: number | undefined, signal?: AbortSignal) =>
    api.get<IndicatorMap>(`/api/v1/indicators/${code(indicatorCode)}/map`, { year }, signal),
  indexMethods: (signal?: AbortSignal) => api.get<ApiResult<'compositeIndex.listIndexMethods'>>('/api/v1/index-methods', undefined, signal).then((r) => r.items),
  indexMethod: (methodCode: string, signal?: AbortSignal) => api.get<IndexMethodDetail>(`/api/v1/index-methods/${code(methodCode)}`, undefined, signal),
  indexValues: (methodCode: string, signal?: AbortSignal) => api.get<IndexValues>(`/api/v1/index-methods/${code(methodCode)}/values`, undefined, signal),
};

/** The observations of one city for a year: the page the indicator screens provide. */
export function cityObservationsPath(indicatorCode: string, cityCode: string, year: number): string {
  return buildUrl(`/indicators/${code(indicatorCode)}/observations`, { scope: cityCode, year });
}
