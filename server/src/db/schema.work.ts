import type { ColumnType, Generated } from 'kysely';
import type { GeneratedTimestamp, Timestamp } from './schema.ts';

/** The work-loop tables (migrations 0002–0004): plans, tasks, reports, supervision, jobs, imports. */
export type PlanKind = 'three_year' | 'annual' | 'implementation';
export type PlanStatus = 'draft' | 'adopted_in_principle' | 'adopted' | 'in_force' | 'closed';
export type WorkStatus = 'not_started' | 'on_track' | 'at_risk' | 'delayed' | 'completed';
export type ReviewState = 'submitted' | 'accepted' | 'returned' | 'superseded';
export type FlagKind = 'overdue_share' | 'overdue_milestone' | 'missing_report' | 'stalled';
/** numeric columns arrive from pg as strings; we write numbers. */
type Numeric = ColumnType<string, number | string, number | string>;
/** A numeric column with a default. */
type NumericWithDefault = ColumnType<string, number | string | undefined, number | string>;
/** date columns: kept as 'YYYY-MM-DD' text on the way out (see db/database.ts type parsers). */
type DateOnly = ColumnType<string, string, string>;

export interface FocusAreasTable {
  id: Generated<string>;
  code: string;
  parent_id: string | null;
  name_zh: string;
  name_en: string;
  description_zh: Generated<string>;
  description_en: Generated<string>;
  sort_order: number;
  is_demo: Generated<boolean>;
  version: Generated<number>;
  created_at: GeneratedTimestamp;
  updated_at: GeneratedTimestamp;
}

export interface PlansTable {
  id: Generated<string>;
  kind: PlanKind;
  code: string;
  title_zh: string;
  title_en: string;
  description_zh: Generated<string>;
  description_en: Generated<string>;
  period_start: DateOnly;
  period_end: DateOnly;
  status: Generated<PlanStatus>;
  parent_plan_id: string | null;
  reporting_cadence: Generated<'monthly' | 'quarterly'>;
  stalled_after_days: Generated<number>;
  baseline_frozen_at: Timestamp | null;
  is_demo: Generated<boolean>;
  version: Generated<number>;
  created_by: string | null;
  created_at: GeneratedTimestamp;
  updated_at: GeneratedTimestamp;
}

export interface PlanTransitionsTable {
  id: Generated<string>;
  plan_id: string;
  from_status: string;
  to_status: string;
  occurred_at: Timestamp;
  actor_user_id: string | null;
  actor_username: string;
  note: Generated<string>;
  decision_ref: string | null;
}

export interface TasksTable {
  id: Generated<string>;
  plan_id: string;
  code: string;
  title_zh: string;
  title_en: Generated<string>;
  description_zh: Generated<string>;
  description_en: Generated<string>;
  focus_area_id: string | null;
  lead_member_code: string;
  start_date: DateOnly | null;
  due_date: DateOnly | null;
  priority: Generated<'high' | 'normal' | 'low'>;
  tags: Generated<string[]>;
  status: Generated<WorkStatus>;
  progress: NumericWithDefault;
  source_ref: string | null;
  is_demo: Generated<boolean>;
  version: Generated<number>;
  created_at: GeneratedTimestamp;
  updated_at: GeneratedTimestamp;
  search_text: ColumnType<string, never, never>;
}

export interface PlanTasksTable {
  plan_id: string;
  task_id: string;
  inclusion: 'home' | 'selected' | 'carried_over';
  added_at: GeneratedTimestamp;
}

export interface TaskBaselinesTable {
  task_id: string;
  plan_id: string;
  frozen_at: Timestamp;
  snapshot: ColumnType<Record<string, unknown>, string, string>;
}

export interface TaskBodiesTable {
  task_id: string;
  body_code: string;
}

export interface TaskMilestonesTable {
  id: Generated<string>;
  task_id: string;
  title_zh: string;
  title_en: Generated<string>;
  due_date: DateOnly;
  completed_at: Timestamp | null;
  sort_order: Generated<number>;
}

export interface TaskSharesTable {
  id: Generated<string>;
  task_id: string;
  member_code: string;
  role: 'lead' | 'participant';
  owner_body_code: string | null;
  status: Generated<WorkStatus>;
  percent: NumericWithDefault;
  weight: NumericWithDefault;
  due_date: DateOnly | null;
  notes: Generated<string>;
  last_progress_at: Timestamp | null;
  version: Generated<number>;
  created_at: GeneratedTimestamp;
  updated_at: GeneratedTimestamp;
}

export interface ProgressReportsTable {
  id: Generated<string>;
  share_id: string;
  task_id: string;
  member_code: string;
  period: string;
  body: string;
  percent: Numeric;
  status: WorkStatus;
  review_state: Generated<ReviewState>;
  revision: Generated<number>;
  previous_report_id: string | null;
  submitted_by: string | null;
  submitted_at: Timestamp;
  reviewed_by: string | null;
  reviewed_at: Timestamp | null;
  review_comment: string | null;
  is_demo: Generated<boolean>;
  version: Generated<number>;
}

export interface ReportEvidenceTable {
  id: Generated<string>;
  report_id: string;
  file_name: string;
  content_type: string;
  size_bytes: number;
  sha256: string;
  content: Buffer;
  uploaded_by: string | null;
  uploaded_at: Timestamp;
}

export interface SupervisionFlagsTable {
  id: Generated<string>;
  kind: FlagKind;
  severity: 'red' | 'yellow';
  subject_key: string;
  task_id: string;
  share_id: string | null;
  milestone_id: string | null;
  member_code: string | null;
  period: string | null;
  detail: ColumnType<Record<string, unknown>, string | undefined, string>;
  raised_at: Timestamp;
  resolved_at: Timestamp | null;
  escalation_level: Generated<number>;
  next_escalation_at: Timestamp | null;
}

/** Signed changes to the region-wide board's cells, appended by triggers (migration 0011); the board sums them. */
export interface BoardCellDeltasTable {
  focus_area_id: string | null;
  member_code: string;
  total: ColumnType<string, number, number>;
  red: ColumnType<string, number, number>;
  yellow: ColumnType<string, number, number>;
}

/** My work's kept counts (migration 0022): signed changes of (member, owner body, bucket). */
export interface MyWorkCountDeltasTable {
  member_code: string | null;
  body_code: string | null;
  bucket: string;
  n: ColumnType<string, number, number>;
}

/** What each share counts for in my_work_count_deltas now (migration 0022). */
export interface MyWorkShareBucketsTable {
  share_id: string;
  member_code: string;
  body_code: string | null;
  buckets: string[];
}

export interface NotificationsTable {
  id: Generated<string>;
  user_id: string;
  kind: string;
  dedup_key: string;
  title_zh: string;
  title_en: string;
  body_zh: Generated<string>;
  body_en: Generated<string>;
  link: string | null;
  flag_id: string | null;
  created_at: Timestamp;
  read_at: Timestamp | null;
  emailed_at: Timestamp | null;
}

/** Migration 0017: which notice kinds a user does not want by e-mail, and whether e-mail comes as a daily digest. */
export interface NotificationPreferencesTable {
  user_id: string;
  email_muted: Generated<string[]>;
  digest: Generated<boolean>;
  version: Generated<number>;
  updated_at: Timestamp;
}

export interface WebhookEndpointsTable {
  id: Generated<string>;
  name: string;
  url: string;
  secret: string;
  events: Generated<string[]>;
  active: Generated<boolean>;
  version: Generated<number>;
  created_by: string | null;
  created_at: GeneratedTimestamp;
}

export interface WebhookDeliveriesTable {
  id: Generated<string>;
  endpoint_id: string;
  event: string;
  payload: ColumnType<Record<string, unknown>, string, string>;
  dedup_key: string;
  status: Generated<'pending' | 'delivered' | 'failed' | 'skipped'>;
  attempts: Generated<number>;
  last_status_code: number | null;
  last_error: string | null;
  created_at: Timestamp;
  delivered_at: Timestamp | null;
}

export interface JobsTable {
  id: Generated<string>;
  kind: string;
  payload: ColumnType<Record<string, unknown>, string | undefined, string>;
  dedup_key: string | null;
  status: Generated<'pending' | 'running' | 'done' | 'failed'>;
  run_at: Timestamp;
  attempts: Generated<number>;
  max_attempts: Generated<number>;
  locked_by: string | null;
  locked_until: Timestamp | null;
  last_error: string | null;
  created_at: Timestamp;
  finished_at: Timestamp | null;
}

export type ExcelImportState = 'queued' | 'validating' | 'importing' | 'done' | 'failed';

export interface ExcelImportsTable {
  id: Generated<string>;
  kind: Generated<'tasks'>;
  plan_id: string;
  mode: 'all_or_nothing' | 'valid_rows_only';
  dry_run: Generated<boolean>;
  state: Generated<ExcelImportState>;
  file_name: string | null;
  size_bytes: number;
  sha256: string;
  total_rows: Generated<number>;
  processed_rows: Generated<number>;
  result: ColumnType<Record<string, unknown> | null, string | null | undefined, string | null>;
  error_code: string | null;
  file_content: Buffer | null;
  created_by: string | null;
  created_by_username: string;
  created_by_member: string | null;
  created_by_ip: string | null;
  created_at: Timestamp;
  updated_at: Timestamp;
  finished_at: Timestamp | null;
}

export interface SavedViewsTable {
  id: Generated<string>;
  user_id: string;
  scope: string;
  name: string;
  filters: ColumnType<Record<string, unknown>, string, string>;
  created_at: GeneratedTimestamp;
}
