/** Reference data: region, members, cities, bodies (server module region). */

export type Tier = 'decision' | 'coordination' | 'execution' | 'observer';
export const TIERS: readonly Tier[] = ['decision', 'coordination', 'execution', 'observer'];

export interface Region {
  id: string;
  nameZh: string;
  nameEn: string;
  timeZone: string;
  dataVersion: string;
  loadedAt: string;
}

export interface RegionOverview {
  region: Region | null;
  counts: { members: number; cities: number; bodies: number };
}

export interface Member {
  code: string;
  regionId: string;
  kind: 'municipality' | 'province';
  nameZh: string;
  nameEn: string;
  shortZh: string;
  shortEn: string;
  cityCount: number;
}

export interface City {
  code: string;
  memberCode: string;
  nameZh: string;
  nameEn: string;
  memberShortZh: string;
  memberShortEn: string;
}

export interface Body {
  code: string;
  tier: Tier;
  kind: string;
  nameZh: string;
  nameEn: string;
  descriptionZh: string;
  descriptionEn: string;
  parentCode: string | null;
  memberCode: string | null;
  rhythm: string;
}
