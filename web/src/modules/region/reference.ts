/**
 * Members, cities and bodies: small public reference data that many screens
 * label things with (role scopes, filters, audit rows). Loaded once per page
 * load and shared; a failed load is retried on the next use.
 */
import { useApi } from '../../api/hooks.ts';
import type { Body, City, Member, RegionOverview } from '../../api/types.ts';
import { regionApi } from './regionApi.ts';

export interface Reference {
  overview: RegionOverview;
  /** The region's time zone: times are shown as its users read them, whatever the browser's zone. */
  timeZone: string;
  members: Member[];
  cities: City[];
  bodies: Body[];
  memberByCode: Map<string, Member>;
  cityByCode: Map<string, City>;
  bodyByCode: Map<string, Body>;
}

/** Until a region is loaded (a fresh install): the YRD's zone. */
const DEFAULT_TIME_ZONE = 'Asia/Shanghai';

let cached: Promise<Reference> | null = null;

async function fetchReference(): Promise<Reference> {
  // Not tied to one component's AbortSignal: the result is shared by all.
  const [overview, members, cities, bodies] = await Promise.all([
    regionApi.overview(),
    regionApi.members(),
    regionApi.cities(),
    regionApi.bodies(),
  ]);
  return {
    overview,
    timeZone: overview.region?.timeZone ?? DEFAULT_TIME_ZONE,
    members,
    cities,
    bodies,
    memberByCode: new Map(members.map((m) => [m.code, m])),
    cityByCode: new Map(cities.map((c) => [c.code, c])),
    bodyByCode: new Map(bodies.map((b) => [b.code, b])),
  };
}

export function loadReference(): Promise<Reference> {
  cached ??= fetchReference().catch((error: unknown) => {
    cached = null;
    throw error;
  });
  return cached;
}

export function useReference() {
  const { data, error, loading, reload } = useApi(() => loadReference(), 'reference');
  return { reference: data, error, loading, reload, timeZone: data?.timeZone ?? DEFAULT_TIME_ZONE };
}
