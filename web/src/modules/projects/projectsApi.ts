/** What the projects pages read and write (server module projects), typed from the OpenAPI document. */
import { api } from '../../api/client.ts';
import type { ApiBody, ApiItem, ApiQuery, ApiResult } from '../../api/openapi.ts';

export type Project = ApiItem<'projects.list'>;
export type ProjectDetail = ApiResult<'projects.get'>;
export type ProjectListQuery = ApiQuery<'projects.list'>;
export type ProjectMap = ApiResult<'projects.map'>;
export type ProjectInput = ApiBody<'projects.create'>;
export type ProjectUpdate = ApiBody<'projects.update'>;
export type ProjectType = Project['type'];
export type ProjectPhase = Project['phase'];
export type InvestmentUnit = Project['unit'];
export type Currency = Project['currency'];

export const TYPES: ProjectType[] = ['infrastructure', 'industrial_chain', 'ecological', 'cooperation_park', 'demonstration_zone'];
export const PHASES: ProjectPhase[] = ['planning', 'approved', 'under_construction', 'in_operation'];
export const UNITS: InvestmentUnit[] = ['hundred_million', 'ten_thousand', 'one'];
export const CURRENCIES: Currency[] = ['CNY', 'USD', 'EUR'];

export const projectsApi = {
  list: (q: ProjectListQuery, signal?: AbortSignal) => api.get<{ items: Project[] }>('/api/v1/projects', { limit: 500, ...q }, signal).then((r) => r.items),
  map: (q: { type?: ProjectType; phase?: ProjectPhase; memberCode?: string }, signal?: AbortSignal) => api.get<ProjectMap>('/api/v1/projects/map', { ...q }, signal),
  get: (id: string, signal?: AbortSignal) => api.get<ProjectDetail>(`/api/v1/projects/${id}`, undefined, signal),
  create: (input: ProjectInput) => api.post<{ id: string }>('/api/v1/projects', input),
  update: (id: string, input: ProjectUpdate) => api.put<ProjectDetail>(`/api/v1/projects/${id}`, input),
};

export const projectTitle = (p: { titleZh: string; titleEn: string; code: string }, locale: string) => (locale === 'en' ? p.titleEn || p.titleZh : p.titleZh) || p.code;
