/** Indicators, targets and observations (server module indicators; names fixed by the issue-11 contract). */

export type IndicatorValueKind = 'percent' | 'integer' | 'decimal';
export type IndicatorDirection = 'higher' | 'lower';
export type IndicatorLevel = 'region' | 'member' | 'city';
export const INDICATOR_LEVELS: readonly IndicatorLevel[] = ['region', 'member', 'city'];
export type IndicatorFrequency = 'monthly' | 'quarterly' | 'yearly';
export const INDICATOR_FREQUENCIES: readonly IndicatorFrequency[] = ['monthly', 'quarterly', 'yearly'];
export type IndicatorStatus = 'active' | 'retired';
export type ObservationStatus = 'provisional' | 'final';
export const OBSERVATION_STATUSES: readonly ObservationStatus[] = ['provisional', 'final'];
/** Which value a read shows: the latest revision, or the value as first published. */
export type ObservationView = 'latest' | 'first';

export interface Indicator {
  id: string;
  /** Stable code, e.g. GDP_PC; identifies the indicator in URLs and imports. */
  code: string;
  nameZh: string;
  nameEn: string;
  definitionZh: string;
  definitionEn: string;
  unitZh: string;
  unitEn: string;
  valueKind: IndicatorValueKind;
  /** Bounds checked on entry (a percent is 0–100 unless set otherwise). */
  minValue: number | null;
  maxValue: number | null;
  focusAreaCode: string | null;
  direction: IndicatorDirection;
  level: IndicatorLevel;
  frequency: IndicatorFrequency;
  sourceOrgZh: string;
  sourceOrgEn: string;
  methodNotesZh: string;
  methodNotesEn: string;
  status: IndicatorStatus;
  retiredAt: string | null;
  isDemo: boolean;
  version: number;
}

/** A target of one scope ('region', a member code or a city code) for one year. */
export interface IndicatorTarget {
  scopeCode: string;
  year: number;
  value: number;
  planId?: string | null;
}

export interface IndicatorDetail extends Indicator {
  targets: IndicatorTarget[];
}

export interface IndicatorListQuery {
  level?: IndicatorLevel;
  focusArea?: string;
  status?: IndicatorStatus;
  q?: string;
}

export interface IndicatorInput {
  code: string;
  nameZh: string;
  nameEn?: string;
  definitionZh?: string;
  definitionEn?: string;
  unitZh?: string;
  unitEn?: string;
  valueKind: IndicatorValueKind;
  minValue?: number | null;
  maxValue?: number | null;
  focusAreaCode?: string | null;
  direction: IndicatorDirection;
  level: IndicatorLevel;
  frequency: IndicatorFrequency;
  sourceOrgZh?: string;
  sourceOrgEn?: string;
  methodNotesZh?: string;
  methodNotesEn?: string;
}

/**
 * One scope's values over time as parallel arrays, oldest first: index i of periods,
 * values and statuses is one observation. Period as stored ('2024', '2024-Q1', '2024-03').
 */
export interface ScopeSeries {
  scopeCode: string;
  periods: string[];
  /** In the view asked for (latest, or as first published). */
  values: number[];
  /** view=latest only, and only when some value of this scope was revised: each period as first published. */
  firstValues?: number[];
  statuses: ObservationStatus[];
  /** Some value of this scope is demo data. */
  isDemo: boolean;
}

export interface IndicatorSeries {
  indicator: Indicator;
  series: ScopeSeries[];
  targets: { scopeCode: string; year: number; value: number }[];
}

export interface SeriesQuery {
  /** 'region', member codes or city codes; repeated in the query string. */
  scope?: string[];
  from?: number;
  to?: number;
  view?: ObservationView;
}

/** The year's value per city (for monthly/quarterly indicators: the year's last period with a value, per city). */
export interface IndicatorMapItem {
  cityCode: string;
  memberCode: string;
  period: string;
  value: number;
  status: ObservationStatus;
  isDemo: boolean;
  observationId: string;
}

export interface IndicatorMap {
  indicator: Indicator;
  /** The year asked for; without one, the latest year that has values (null when there are none). */
  year: number | null;
  items: IndicatorMapItem[];
}

export interface Observation {
  id: string;
  indicatorCode: string;
  scopeCode: string;
  memberCode: string | null;
  cityCode: string | null;
  period: string;
  year: number;
  value: number;
  firstValue: number;
  status: ObservationStatus;
  source: string;
  note: string;
  revision: number;
  isDemo: boolean;
  version: number;
  updatedAt: string;
}

/** One entry of an observation's append-only history; revision 1 is the value as first published. */
export interface ObservationRevision {
  id: string;
  observationId: string;
  revision: number;
  value: number;
  status: ObservationStatus;
  source: string;
  note: string;
  reason: string;
  changedBy: string | null;
  changedByName: string;
  tokenId: string | null;
  changedAt: string;
}

export interface ObservationDetail extends Observation {
  revisions: ObservationRevision[];
}

export interface ObservationListQuery {
  indicator?: string;
  scope?: string;
  member?: string;
  year?: number;
  status?: ObservationStatus;
}

export interface ObservationInput {
  indicatorCode: string;
  scopeCode: string;
  period: string;
  value: number;
  source?: string;
  note?: string;
  status?: ObservationStatus;
}

export interface ObservationCorrection {
  value: number;
  /** Why the value changed: required, kept in the revision history. */
  reason: string;
  source?: string;
  note?: string;
  version: number;
}
