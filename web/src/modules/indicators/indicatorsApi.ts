/**
 * What the indicator pages read and write: indicators and their targets,
 * series, and observations with their revisions (server module indicators;
 * paths and shapes from the issue-11 contract).
 */
import { api } from '../../api/client.ts';
import type { ApiBody, ApiResult } from '../../api/openapi.ts';
import { downloadFile, uploadWithProgress } from '../excel/transfer.ts';
import type {
  Indicator,
  IndicatorDetail,
  IndicatorInput,
  IndicatorListQuery,
  IndicatorSeries,
  IndicatorTarget,
  ObservationCorrection,
  ObservationDetail,
  ObservationInput,
  ObservationListQuery,
  ObservationView,
  Observation,
  Page,
} from '../../api/types.ts';

const code = (value: string) => encodeURIComponent(value);
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

export type ObservationImportResult = ApiResult<'indicators.importObservations', 200>;
export type ObservationImportAccepted = ApiResult<'indicators.importObservations', 202>;
export type ObservationImportStatus = ApiResult<'indicators.observationImportStatus'>;
/** One bad row of a refused import (details.errors of the 400/403 and of a failed background import). */
export interface ObservationImportRowError {
  row: number;
  /** Column letter, e.g. 'D'. */
  column: string;
  /** Column header, e.g. 'value'. */
  field: string;
  rule: string;
  messageZh: string;
  messageEn: string;
}
export type ObservationImportAnswer = { kind: 'result'; result: ObservationImportResult } | { kind: 'accepted'; accepted: ObservationImportAccepted };

/** Observations per page of the table ("load more" reads the next). */
export const OBSERVATION_PAGE_SIZE = 100;

export type IndicatorPatch = ApiBody<'indicators.update'>;

export const indicatorsApi = {
  list: (query: IndicatorListQuery, signal?: AbortSignal) =>
    api.get<ApiResult<'indicators.list'>>('/api/v1/indicators', { ...query }, signal).then((r) => r.items),
  get: (indicatorCode: string, signal?: AbortSignal) => api.get<IndicatorDetail>(`/api/v1/indicators/${code(indicatorCode)}`, undefined, signal),
  create: (input: IndicatorInput) => api.post<ApiResult<'indicators.create'>>('/api/v1/indicators', input),
  update: (indicatorCode: string, patch: IndicatorPatch) => api.patch<Indicator>(`/api/v1/indicators/${code(indicatorCode)}`, patch),
  retire: (indicatorCode: string, version: number) => api.post<Indicator>(`/api/v1/indicators/${code(indicatorCode)}/retire`, { version }),
  /** Replaces every target of the indicator with these. */
  putTargets: (indicatorCode: string, items: IndicatorTarget[]) =>
    api.put<IndicatorDetail>(`/api/v1/indicators/${code(indicatorCode)}/targets`, { items }),
  /** Scopes repeat in the query (scope=320000&scope=330000), which the flat query helper cannot write. */
  series: (indicatorCode: string, query: { scopes: string[]; view: ObservationView }, signal?: AbortSignal) => {
    const params = new URLSearchParams();
    for (const scope of query.scopes) params.append('scope', scope);
    params.set('view', query.view);
    return api.get<IndicatorSeries>(`/api/v1/indicators/${code(indicatorCode)}/series?${params.toString()}`, undefined, signal);
  },

  observations: (query: ObservationListQuery, cursor: string | null, signal?: AbortSignal) =>
    api.get<Page<Observation>>('/api/v1/observations', { ...query, limit: OBSERVATION_PAGE_SIZE, cursor }, signal),
  observation: (id: string, signal?: AbortSignal) => api.get<ObservationDetail>(`/api/v1/observations/${code(id)}`, undefined, signal),
  createObservation: (input: ObservationInput) => api.post<ObservationDetail>('/api/v1/observations', input),
  correct: (id: string, input: ObservationCorrection) => api.patch<ObservationDetail>(`/api/v1/observations/${code(id)}`, input),
  /** The import template (.xlsx) for these indicators, saved under the server's file name. */
  downloadTemplate: (indicatorCodes: string[]) =>
    downloadFile(`/api/v1/indicators/template.xlsx?${new URLSearchParams({ codes: indicatorCodes.join(',') })}`, 'observations-template.xlsx'),
  /** The .xlsx goes up as the raw body with upload progress; large files answer 202 with an import to poll. */
  importObservations: async (file: File, onProgress: (percent: number) => void): Promise<ObservationImportAnswer> => {
    const { status, data } = await uploadWithProgress<ObservationImportResult | ObservationImportAccepted>({
      url: '/api/v1/indicators/import',
      body: file,
      contentType: XLSX,
      onProgress,
    });
    return status === 202 ? { kind: 'accepted', accepted: data as ObservationImportAccepted } : { kind: 'result', result: data as ObservationImportResult };
  },
  importStatus: (importId: string, signal?: AbortSignal) =>
    api.get<ObservationImportStatus>(`/api/v1/indicators/imports/${code(importId)}`, undefined, signal),
  confirm: (id: string, version: number) => api.post<ObservationDetail>(`/api/v1/observations/${code(id)}/confirm`, { version }),
};
