/** The results report and its edition (the Office's foreword and outlook, publication). */
import { api } from '../../api/client.ts';
import type { PublishEditionInput, ResultsEdition, ResultsReport, SaveEditionInput } from '../../api/types.ts';
import type { ReportKeyQuery } from './reportParams.ts';

export const resultsApi = {
  report: (key: ReportKeyQuery, lang: 'zh-CN' | 'en', signal?: AbortSignal) =>
    api.get<ResultsReport>('/api/v1/results-reports', { ...key, lang }, signal),
  edition: (key: ReportKeyQuery, signal?: AbortSignal) => api.get<ResultsEdition>('/api/v1/results-reports/edition', { ...key }, signal),
  saveEdition: (body: SaveEditionInput) => api.put<ResultsEdition>('/api/v1/results-reports/edition', body),
  publishEdition: (body: PublishEditionInput) => api.post<ResultsEdition>('/api/v1/results-reports/edition/publish', body),
};
