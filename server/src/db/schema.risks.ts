import type { ColumnType, Generated } from 'kysely';
import type { GeneratedTimestamp } from './schema.ts';

/** The joint risk register (migration 0028). */
export type RiskArea = 'industry_supply_chain' | 'finance' | 'energy' | 'food' | 'urban_governance' | 'ecology' | 'public_health';
export type RiskStatus = 'open' | 'mitigated' | 'closed';
export type TriggerComparison = '<' | '<=' | '>' | '>=';
/** date: read as YYYY-MM-DD text. */
type DateText = ColumnType<string, string, string>;
/** numeric: read as text by the driver (exact), written from a number. */
type Numeric = ColumnType<string, number | string, number | string>;
type Json = ColumnType<unknown, string, string>;

export interface RisksTable {
  id: Generated<string>;
  code: string;
  title_zh: string;
  title_en: Generated<string>;
  description_zh: Generated<string>;
  description_en: Generated<string>;
  area: RiskArea;
  likelihood: number;
  impact: number;
  owner_member_codes: string[];
  review_date: DateText | null;
  status: Generated<RiskStatus>;
  is_demo: Generated<boolean>;
  version: Generated<number>;
  created_at: GeneratedTimestamp;
  updated_at: GeneratedTimestamp;
}

export interface RiskMeasuresTable {
  id: Generated<string>;
  risk_id: string;
  task_id: string | null;
  clause_id: string | null;
  text_zh: Generated<string>;
  text_en: Generated<string>;
  sort_order: number;
}

export interface RiskAssessmentsTable {
  id: Generated<string>;
  risk_id: string;
  revision: number;
  likelihood: number;
  impact: number;
  status: RiskStatus;
  reason: Generated<string>;
  assessed_by: string | null;
  assessed_by_name: Generated<string>;
  assessed_at: GeneratedTimestamp;
}

export interface RiskTriggersTable {
  id: Generated<string>;
  risk_id: string;
  indicator_id: string;
  /** A member or city code (or 'region'); NULL: every scope of the indicator, each on its own. */
  scope_key: string | null;
  comparison: TriggerComparison;
  threshold: Numeric;
  periods: number;
  active: Generated<boolean>;
  is_demo: Generated<boolean>;
  created_at: GeneratedTimestamp;
}

export interface RiskTriggerStatesTable {
  trigger_id: string;
  scope_key: string;
  crossed: boolean;
  last_period: string;
  updated_at: GeneratedTimestamp;
}

export interface RiskAlertsTable {
  id: Generated<string>;
  risk_id: string;
  trigger_id: string;
  scope_key: string;
  period: string;
  value: Numeric;
  /** The periods that crossed, oldest first: [{ period, value }]. */
  periods: Json;
  raised_by_name: Generated<string>;
  is_demo: Generated<boolean>;
  raised_at: GeneratedTimestamp;
}

export interface RiskTables {
  risks: RisksTable;
  risk_measures: RiskMeasuresTable;
  risk_assessments: RiskAssessmentsTable;
  risk_triggers: RiskTriggersTable;
  risk_trigger_states: RiskTriggerStatesTable;
  risk_alerts: RiskAlertsTable;
}
