import type { ColumnType, Generated } from 'kysely';
import type {
  BoardCellDeltasTable,
  MyWorkCountDeltasTable,
  MyWorkShareBucketsTable,
  ExcelImportsTable,
  FocusAreasTable,
  JobsTable,
  NotificationPreferencesTable,
  NotificationsTable,
  PlanTasksTable,
  PlanTransitionsTable,
  PlansTable,
  ProgressReportsTable,
  ReportEvidenceTable,
  SavedViewsTable,
  SupervisionFlagsTable,
  TaskBaselinesTable,
  TaskBodiesTable,
  TaskMilestonesTable,
  TaskSharesTable,
  TasksTable,
  WebhookDeliveriesTable,
  WebhookEndpointsTable,
} from './schema.work.ts';
// The work-loop and governance tables live in their own files; everything is importable from here.
export type * from './schema.work.ts';
import type { GovernanceTables } from './schema.governance.ts';
export type * from './schema.governance.ts';
import type { CompositeIndexTables } from './schema.composite-index.ts';
export type * from './schema.composite-index.ts';
import type { IndicatorTables } from './schema.indicators.ts';
import type { TokenTables } from './schema.tokens.ts';
import type { ServiceTables } from './schema.services.ts';
export type * from './schema.services.ts';
export type * from './schema.indicators.ts';
import type { RiskTables } from './schema.risks.ts';
export type * from './schema.risks.ts';
import type { ProjectTables } from './schema.projects.ts';
export type * from './schema.projects.ts';
import type { PublicationTables } from './schema.publications.ts';
export type * from './schema.publications.ts';
import type { ResultsTables } from './schema.results.ts';
export type * from './schema.results.ts';

/** Kysely's view of the tables. Keep in step with the migrations. */
export type Timestamp = ColumnType<Date, Date | string, Date | string>;
export type GeneratedTimestamp = ColumnType<Date, Date | string | undefined, Date | string>;

export interface RegionsTable {
  id: string;
  name_zh: string;
  name_en: string;
  time_zone: string;
  data_version: string;
  loaded_at: GeneratedTimestamp;
}

export interface MembersTable {
  code: string;
  region_id: string;
  kind: 'municipality' | 'province';
  name_zh: string;
  name_en: string;
  short_zh: string;
  short_en: string;
  sort_order: number;
}

export interface CitiesTable {
  code: string;
  member_code: string;
  name_zh: string;
  name_en: string;
  sort_order: number;
}

export type Tier = 'decision' | 'coordination' | 'execution' | 'observer';

export interface BodiesTable {
  code: string;
  region_id: string;
  tier: Tier;
  kind: string;
  name_zh: string;
  name_en: string;
  description_zh: Generated<string>;
  description_en: Generated<string>;
  parent_code: string | null;
  member_code: string | null;
  rhythm: Generated<string>;
  sort_order: number;
  /** 'configuration': set up for this deployment (e.g. the working groups), not named by a source record (migration 0030). */
  provenance: Generated<'source' | 'configuration'>;
}

export type UserLocale = 'zh-CN' | 'en';
export type UserStatus = 'active' | 'disabled';

export interface UsersTable {
  id: Generated<string>;
  username: string;
  display_name: string;
  email: string | null;
  password_hash: string | null;
  must_change_password: Generated<boolean>;
  password_changed_at: Timestamp | null;
  locale: Generated<UserLocale>;
  status: Generated<UserStatus>;
  is_demo: Generated<boolean>;
  version: Generated<number>;
  created_at: GeneratedTimestamp;
  updated_at: GeneratedTimestamp;
  last_login_at: Timestamp | null;
}

export type RoleName = 'admin' | 'office' | 'liaison' | 'editor' | 'observer';

export interface UserRolesTable {
  id: Generated<string>;
  user_id: string;
  role: RoleName;
  member_code: string | null;
  body_code: string | null;
  granted_by: string | null;
  granted_at: GeneratedTimestamp;
}

export interface PasswordHistoryTable {
  user_id: string;
  password_hash: string;
  created_at: GeneratedTimestamp;
}

export interface SessionsTable {
  token_hash: Buffer;
  user_id: string;
  csrf_token: string;
  created_at: Timestamp;
  last_seen_at: Timestamp;
  expires_at: Timestamp;
  ip: string | null;
  user_agent: string | null;
  second_factor_at: Timestamp | null;
}

export interface LoginThrottleTable {
  key: string;
  failures: number;
  first_failure_at: Timestamp;
  locked_until: Timestamp | null;
  username: string | null;
  source: string | null;
  lock_count: Generated<number>;
}

export interface AccessDenialTalliesTable {
  source: string;
  route: string;
  minute: Timestamp;
  reason: string;
  denials: number;
}

export interface UserTotpTable {
  user_id: string;
  secret: string;
  confirmed_at: Timestamp | null;
  last_used_step: ColumnType<string, string | number, string | number> | null;
  created_at: Timestamp;
}

export interface UserRecoveryCodesTable {
  id: Generated<string>;
  user_id: string;
  code_hash: string;
  used_at: Timestamp | null;
  created_at: Timestamp;
}

export interface LoginChallengesTable {
  token_hash: Buffer;
  user_id: string;
  ip: string | null;
  attempts: Generated<number>;
  created_at: Timestamp;
  expires_at: Timestamp;
}

export interface AppSettingsTable {
  key: string;
  value: unknown;
}

export type AuditOutcome = 'success' | 'denied' | 'failure';

export interface AuditEventsTable {
  seq: ColumnType<string, never, never>;
  id: Generated<string>;
  occurred_at: Timestamp;
  actor_user_id: string | null;
  actor_username: string | null;
  actor_member_code: string | null;
  action: string;
  outcome: AuditOutcome;
  object_type: string | null;
  object_id: string | null;
  summary: ColumnType<Record<string, unknown>, string, string>;
  ip: string | null;
  prev_hash: string;
  hash: string;
}

export interface Database extends GovernanceTables, CompositeIndexTables, IndicatorTables, TokenTables, ServiceTables, RiskTables, ProjectTables, PublicationTables, ResultsTables {
  regions: RegionsTable;
  members: MembersTable;
  cities: CitiesTable;
  bodies: BodiesTable;
  users: UsersTable;
  user_roles: UserRolesTable;
  password_history: PasswordHistoryTable;
  sessions: SessionsTable;
  login_throttle: LoginThrottleTable;
  access_denial_tallies: AccessDenialTalliesTable;
  user_totp: UserTotpTable;
  user_recovery_codes: UserRecoveryCodesTable;
  login_challenges: LoginChallengesTable;
  app_settings: AppSettingsTable;
  audit_events: AuditEventsTable;
  focus_areas: FocusAreasTable;
  plans: PlansTable;
  plan_transitions: PlanTransitionsTable;
  tasks: TasksTable;
  plan_tasks: PlanTasksTable;
  task_baselines: TaskBaselinesTable;
  task_bodies: TaskBodiesTable;
  task_milestones: TaskMilestonesTable;
  task_shares: TaskSharesTable;
  progress_reports: ProgressReportsTable;
  report_evidence: ReportEvidenceTable;
  supervision_flags: SupervisionFlagsTable;
  board_cell_deltas: BoardCellDeltasTable;
  my_work_count_deltas: MyWorkCountDeltasTable;
  my_work_share_buckets: MyWorkShareBucketsTable;
  notifications: NotificationsTable;
  notification_preferences: NotificationPreferencesTable;
  webhook_endpoints: WebhookEndpointsTable;
  webhook_deliveries: WebhookDeliveriesTable;
  jobs: JobsTable;
  saved_views: SavedViewsTable;
  excel_imports: ExcelImportsTable;
}

