/** What the services pages read and write (server module services), typed from the OpenAPI document. */
import { api } from '../../api/client.ts';
import type { ApiBody, ApiItem, ApiQuery, ApiResult, ElementOf } from '../../api/openapi.ts';
import { downloadFile, uploadWithProgress } from '../excel/transfer.ts';

export type Service = ApiItem<'services.list'>;
export type ServiceDetail = ApiResult<'services.get'>;
export type ServiceListQuery = ApiQuery<'services.list'>;
export type ServiceMatrix = ApiResult<'services.matrix'>;
export type Availability = ElementOf<Service['availability']>;
export type AvailabilityStatus = Availability['status'];
export type Channel = ElementOf<Availability['channels']>;
export type Category = Service['category'];
export type HistoryEntry = ApiItem<'services.availabilityHistory'>;
export type UsageRow = ApiItem<'services.usageRows'>;
export type UsageMatrix = ApiResult<'services.usageMatrix'>;
export type UsageTrend = ApiResult<'services.usageTrend'>;
export type UsageImportResult = ApiResult<'services.importUsage'>;
export type ServiceInput = ApiBody<'services.create'>;
export type ServicePatch = ApiBody<'services.update'>;
export type AvailabilityInput = ApiBody<'services.putAvailability'>;
export type Basis = ApiBody<'services.declareIndicator'>['basis'];
export interface Range { from?: string; to?: string }
/** One bad row of a refused usage import (details.errors of the 400/403). */
export interface UsageRowError { row: number; column: string; field: string; rule: string; messageZh: string; messageEn: string }

export const CATEGORIES: Category[] = ['employment', 'medical_insurance', 'social_security', 'pension', 'government_services', 'transport', 'education', 'other'];
export const STATUSES: AvailabilityStatus[] = ['planned', 'pilot', 'available', 'suspended'];
export const CHANNELS: Channel[] = ['online', 'app', 'counter'];
export const BASES: Basis[] = ['origin', 'destination', 'total'];
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const range = (r: Range) => ({ ...(r.from ? { from: r.from } : {}), ...(r.to ? { to: r.to } : {}) });

export const servicesApi = {
  list: (query: ServiceListQuery, signal?: AbortSignal) => api.get<{ items: Service[] }>('/api/v1/services', { ...query }, signal).then((r) => r.items),
  matrix: (signal?: AbortSignal) => api.get<ServiceMatrix>('/api/v1/services/matrix', undefined, signal),
  get: (id: string, signal?: AbortSignal) => api.get<ServiceDetail>(`/api/v1/services/${id}`, undefined, signal),
  create: (input: ServiceInput) => api.post<{ id: string }>('/api/v1/services', input),
  update: (id: string, patch: ServicePatch) => api.patch<ServiceDetail>(`/api/v1/services/${id}`, patch),
  putAvailability: (id: string, memberCode: string, input: AvailabilityInput) => api.put<Availability>(`/api/v1/services/${id}/availability/${memberCode}`, input),
  history: (id: string, signal?: AbortSignal) => api.get<{ items: HistoryEntry[] }>(`/api/v1/services/${id}/availability/history`, undefined, signal).then((r) => r.items),
  usage: (id: string, r: Range, signal?: AbortSignal) => api.get<{ items: UsageRow[] }>(`/api/v1/services/${id}/usage`, range(r), signal).then((x) => x.items),
  usageMatrix: (id: string, r: Range, signal?: AbortSignal) => api.get<UsageMatrix>(`/api/v1/services/${id}/usage/matrix`, range(r), signal),
  usageTrend: (id: string, r: Range, signal?: AbortSignal) => api.get<UsageTrend>(`/api/v1/services/${id}/usage/trend`, range(r), signal),
  putUsage: (id: string, origin: string, destination: string, month: string, body: { count: number; version?: number }) =>
    api.put<UsageRow>(`/api/v1/services/${id}/usage/${origin}/${destination}/${month}`, body),
  declareIndicator: (id: string, body: ApiBody<'services.declareIndicator'>) => api.post<ApiResult<'services.declareIndicator'>>(`/api/v1/services/${id}/indicators`, body),
  template: () => downloadFile('/api/v1/services/usage/template.xlsx', 'service-usage-template.xlsx'),
  importUsage: (file: File, onProgress: (percent: number) => void) =>
    uploadWithProgress<UsageImportResult>({ url: '/api/v1/services/usage/import', body: file, contentType: XLSX, onProgress }).then((r) => r.data),
};
