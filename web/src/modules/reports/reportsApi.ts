import { api } from '../../api/client.ts';
import type { ApiResult } from '../../api/openapi.ts';
import type { Evidence, FileReportInput, ReportDetail, WorkStatus } from '../../api/types.ts';
import { uploadWithProgress } from '../excel/transfer.ts';

const id = (value: string) => encodeURIComponent(value);

export const reportsApi = {
  ofTask: (taskId: string, signal?: AbortSignal) =>
    api.get<ApiResult<'reports.listForTask'>>(`/api/v1/tasks/${id(taskId)}/reports`, undefined, signal).then((r) => r.items),
  get: (reportId: string, signal?: AbortSignal) => api.get<ReportDetail>(`/api/v1/reports/${id(reportId)}`, undefined, signal),
  file: (shareId: string, input: FileReportInput) => api.post<ApiResult<'reports.file'>>(`/api/v1/shares/${id(shareId)}/reports`, input),
  revise: (reportId: string, input: { body: string; percent: number; status: WorkStatus; version: number }) =>
    api.post<ApiResult<'reports.revise'>>(`/api/v1/reports/${id(reportId)}/revise`, input),
  review: (reportId: string, input: { decision: 'accept' | 'return'; comment?: string; version: number }) =>
    api.post<ReportDetail>(`/api/v1/reports/${id(reportId)}/review`, input),
  uploadEvidence: (reportId: string, file: File, onProgress: (percent: number) => void) => {
    const form = new FormData();
    form.append('file', file, file.name);
    return uploadWithProgress<Evidence>({ url: `/api/v1/reports/${id(reportId)}/evidence`, body: form, onProgress }).then((r) => r.data);
  },
  deleteEvidence: (evidenceId: string) => api.delete<ApiResult<'reports.deleteEvidence'>>(`/api/v1/evidence/${id(evidenceId)}`),
  evidenceUrl: (evidenceId: string) => `/api/v1/evidence/${id(evidenceId)}`,
};
