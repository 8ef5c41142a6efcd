import { api, fetchAllPages } from '../../api/client.ts';
import type { Body, City, Member, RegionOverview } from '../../api/types.ts';

export const regionApi = {
  overview: (signal?: AbortSignal) => api.get<RegionOverview>('/api/v1/region', undefined, signal),
  members: (signal?: AbortSignal) => fetchAllPages<Member>('/api/v1/members', {}, signal),
  cities: (signal?: AbortSignal) => fetchAllPages<City>('/api/v1/cities', {}, signal),
  bodies: (signal?: AbortSignal) => fetchAllPages<Body>('/api/v1/bodies', {}, signal),
};
