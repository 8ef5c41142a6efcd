import type { ColumnType, Generated } from 'kysely';
import type { GeneratedTimestamp, Timestamp } from './schema.ts';

/** Indicators, targets, observations and their revisions (migration 0013). */
export type IndicatorValueKind = 'percent' | 'integer' | 'decimal';
export type IndicatorDirection = 'higher' | 'lower';
export type IndicatorLevel = 'region' | 'member' | 'city';
export type IndicatorFrequency = 'monthly' | 'quarterly' | 'yearly';
export type IndicatorStatus = 'active' | 'retired';
export type ObservationStatus = 'provisional' | 'final';
/** numeric: read as text by the driver (exact), written from a number or text. */
type Numeric = ColumnType<string, number | string, number | string>;

export interface IndicatorsTable {
  id: Generated<string>;
  code: string;
  name_zh: Generated<string>;
  name_en: Generated<string>;
  definition_zh: Generated<string>;
  definition_en: Generated<string>;
  unit_zh: Generated<string>;
  unit_en: Generated<string>;
  value_kind: IndicatorValueKind;
  min_value: Numeric | null;
  max_value: Numeric | null;
  focus_area_code: string | null;
  direction: IndicatorDirection;
  level: IndicatorLevel;
  frequency: IndicatorFrequency;
  source_org_zh: Generated<string>;
  source_org_en: Generated<string>;
  method_notes_zh: Generated<string>;
  method_notes_en: Generated<string>;
  status: Generated<IndicatorStatus>;
  retired_at: Timestamp | null;
  is_demo: Generated<boolean>;
  version: Generated<number>;
  created_at: GeneratedTimestamp;
  updated_at: GeneratedTimestamp;
}

export interface IndicatorTargetsTable {
  id: Generated<string>;
  indicator_id: string;
  /** 'region', a member code or a city code. */
  scope_key: string;
  member_code: string | null;
  city_code: string | null;
  year: number;
  value: Numeric;
  plan_id: string | null;
  is_demo: Generated<boolean>;
  version: Generated<number>;
  created_at: GeneratedTimestamp;
  updated_at: GeneratedTimestamp;
}

export interface ObservationsTable {
  id: Generated<string>;
  indicator_id: string;
  /** 'region', a member code or a city code. */
  scope_key: string;
  /** The member a value is filed for; NULL only for the region. */
  member_code: string | null;
  city_code: string | null;
  /** 'YYYY' | 'YYYY-Qn' | 'YYYY-MM' by the indicator's frequency. */
  period: string;
  year: number;
  /** 'YYYY-MM-DD' (dates stay text, see db/database.ts). */
  period_start: string;
  value: Numeric;
  first_value: Numeric;
  status: Generated<ObservationStatus>;
  source: Generated<string>;
  note: Generated<string>;
  revision: Generated<number>;
  is_demo: Generated<boolean>;
  version: Generated<number>;
  created_at: GeneratedTimestamp;
  updated_at: GeneratedTimestamp;
  created_by: string | null;
}

export interface ObservationRevisionsTable {
  id: Generated<string>;
  observation_id: string;
  revision: number;
  value: Numeric;
  status: ObservationStatus;
  source: Generated<string>;
  note: Generated<string>;
  reason: Generated<string>;
  changed_by: string | null;
  changed_by_name: Generated<string>;
  token_id: string | null;
  changed_at: GeneratedTimestamp;
}

export interface IndicatorTables {
  indicators: IndicatorsTable;
  indicator_targets: IndicatorTargetsTable;
  observations: ObservationsTable;
  observation_revisions: ObservationRevisionsTable;
}
