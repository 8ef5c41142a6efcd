import { api, fetchAllPages } from '../../api/client.ts';
import type { ApiResult } from '../../api/openapi.ts';
import type {
  Baseline,
  CreateAreaInput,
  CreatePlanInput,
  DeriveAnnualInput,
  Plan,
  PlanDetail,
  PlanKind,
  PlanStatus,
  UpdatePlanInput,
} from '../../api/types.ts';

const id = (value: string) => encodeURIComponent(value);

/** The plan list's filters as the address holds them (strings; the server validates). */
export type PlanFilters = { kind?: PlanKind; status?: PlanStatus; year?: string; areaId?: string; q?: string };
export const PLAN_FILTER_KEYS = ['kind', 'status', 'year', 'areaId', 'q'] as const;

export const plansApi = {
  /** Every plan: the tree is small (a few per year) and is drawn whole. */
  all: (signal?: AbortSignal) => fetchAllPages<Plan>('/api/v1/plans', {}, signal),
  /** Every plan matching the list's filters (the tree is drawn whole). */
  filtered: (filters: PlanFilters, signal?: AbortSignal) => fetchAllPages<Plan>('/api/v1/plans', { ...filters }, signal),
  get: (planId: string, signal?: AbortSignal) => api.get<PlanDetail>(`/api/v1/plans/${id(planId)}`, undefined, signal),
  create: (input: CreatePlanInput) => api.post<ApiResult<'plans.create'>>('/api/v1/plans', input),
  update: (planId: string, input: UpdatePlanInput) => api.patch<PlanDetail>(`/api/v1/plans/${id(planId)}`, input),
  transition: (planId: string, input: { to: PlanStatus; version: number; note?: string; decisionRef?: string | null }) =>
    api.post<PlanDetail>(`/api/v1/plans/${id(planId)}/transitions`, input),
  deriveAnnual: (planId: string, input: DeriveAnnualInput) => api.post<ApiResult<'plans.createAnnualPlan'>>(`/api/v1/plans/${id(planId)}/annual-plans`, input),
  baseline: (planId: string, signal?: AbortSignal) => api.get<Baseline>(`/api/v1/plans/${id(planId)}/baseline`, undefined, signal),
  areas: (signal?: AbortSignal) => api.get<ApiResult<'plans.listFocusAreas'>>('/api/v1/focus-areas', undefined, signal).then((r) => r.items),
  createArea: (input: CreateAreaInput) => api.post<ApiResult<'plans.createFocusArea'>>('/api/v1/focus-areas', input),
};
