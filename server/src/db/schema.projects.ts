import type { ColumnType, Generated } from 'kysely';
import type { GeneratedTimestamp, Timestamp } from './schema.ts';

/** Key projects (migration 0027). */
export type ProjectType = 'infrastructure' | 'industrial_chain' | 'ecological' | 'cooperation_park' | 'demonstration_zone';
export type ProjectPhase = 'planning' | 'approved' | 'under_construction' | 'in_operation';
export type InvestmentCurrency = 'CNY' | 'USD' | 'EUR';
export type InvestmentUnit = 'hundred_million' | 'ten_thousand' | 'one';
type DateText = ColumnType<string, string, string>;
/** numeric: read as text by the driver. */
type Amount = ColumnType<string, number | string, number | string>;

export interface ProjectsTable {
  id: Generated<string>;
  code: string;
  title_zh: string;
  title_en: Generated<string>;
  type: ProjectType;
  lead_member_code: string;
  phase: ProjectPhase;
  start_date: DateText | null;
  planned_completion: DateText | null;
  location_city_code: string | null;
  city_codes: Generated<string[]>;
  task_ids: Generated<string[]>;
  agreement_ids: Generated<string[]>;
  currency: Generated<InvestmentCurrency>;
  unit: Generated<InvestmentUnit>;
  total_investment: Amount | null;
  description_zh: Generated<string>;
  description_en: Generated<string>;
  is_demo: Generated<boolean>;
  version: Generated<number>;
  created_at: GeneratedTimestamp;
  updated_at: GeneratedTimestamp;
}

export interface ProjectMembersTable {
  project_id: string;
  member_code: string;
  investment: Amount | null;
}

export interface ProjectMilestonesTable {
  id: Generated<string>;
  project_id: string;
  title_zh: string;
  title_en: Generated<string>;
  due_date: DateText;
  done_on: DateText | null;
  sort_order: Generated<number>;
}

export interface ProjectFlagsTable {
  id: Generated<string>;
  subject_key: string;
  project_id: string;
  milestone_id: string | null;
  member_code: string;
  severity: 'red' | 'yellow';
  detail: ColumnType<Record<string, unknown>, string, string>;
  raised_at: Timestamp;
  resolved_at: Timestamp | null;
  escalation_level: Generated<number>;
  next_escalation_at: Timestamp | null;
}

export interface ProjectTables {
  projects: ProjectsTable;
  project_members: ProjectMembersTable;
  project_milestones: ProjectMilestonesTable;
  project_flags: ProjectFlagsTable;
}
