/**
 * Shapes of the API's answers, mirroring server/src/modules/*\/*.schemas.ts.
 * Kept by hand: the server is the source of truth; change both together.
 */

export type Locale = 'zh-CN' | 'en';
export const LOCALES: readonly Locale[] = ['zh-CN', 'en'];

export type RoleName = 'admin' | 'office' | 'liaison' | 'editor' | 'observer';
export const ROLE_NAMES: readonly RoleName[] = ['admin', 'office', 'liaison', 'editor', 'observer'];
/** Roles that act for one member and so need exactly one memberCode. */
export const MEMBER_SCOPED_ROLES: readonly RoleName[] = ['liaison', 'editor'];

export interface FieldError {
  field: string;
  rule: string;
  message: string;
}

export interface ErrorBody {
  error: { code: string; message: string; fields?: FieldError[]; details?: Record<string, unknown> };
}

export interface Page<T> {
  items: T[];
  nextCursor: string | null;
}

// ── auth ────────────────────────────────────────────────────────────────
export interface RoleGrant {
  id: string;
  role: RoleName;
  memberCode: string | null;
  bodyCode: string | null;
}

export interface CurrentUser {
  id: string;
  username: string;
  displayName: string;
  locale: Locale;
  roles: RoleGrant[];
  mustChangePassword: boolean;
  isDemo: boolean;
}

export interface SessionResponse {
  authenticated: boolean;
  user?: CurrentUser;
  csrfToken?: string;
}

export interface PasswordPolicy {
  profile: 'standard' | 'mlps3';
  minLength: number;
  maxLength: number;
  minClasses: number;
  maxAgeDays: number;
  historyCount: number;
}

// ── region ──────────────────────────────────────────────────────────────
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

// ── users ───────────────────────────────────────────────────────────────
export type UserStatus = 'active' | 'disabled';

export interface UserRole extends RoleGrant {
  grantedAt: string;
}

export interface User {
  id: string;
  username: string;
  displayName: string;
  email: string | null;
  locale: Locale;
  status: UserStatus;
  isDemo: boolean;
  mustChangePassword: boolean;
  version: number;
  createdAt: string;
  updatedAt: string;
  lastLoginAt: string | null;
  roles: UserRole[];
}

export interface RoleInput {
  role: RoleName;
  memberCode?: string | null;
  bodyCode?: string | null;
}

export interface CreateUserInput {
  username: string;
  displayName: string;
  email?: string | null;
  locale?: Locale;
  roles?: RoleInput[];
}

export interface UpdateUserInput {
  version: number;
  displayName?: string;
  email?: string | null;
  status?: UserStatus;
}

// ── audit ───────────────────────────────────────────────────────────────
export type AuditOutcome = 'success' | 'denied' | 'failure';
export const AUDIT_OUTCOMES: readonly AuditOutcome[] = ['success', 'denied', 'failure'];

export interface AuditEvent {
  seq: string;
  id: string;
  /** ISO 8601 in the region's time zone, with its offset (e.g. +08:00). */
  occurredAt: string;
  actorUserId: string | null;
  actorUsername: string | null;
  actorMemberCode: string | null;
  action: string;
  outcome: AuditOutcome;
  objectType: string | null;
  objectId: string | null;
  summary: Record<string, unknown>;
  ip: string | null;
  hash: string;
}

// ── plans ───────────────────────────────────────────────────────────────
export type PlanKind = 'three_year' | 'annual' | 'implementation';
export const PLAN_KINDS: readonly PlanKind[] = ['three_year', 'annual', 'implementation'];
export type PlanStatus = 'draft' | 'adopted_in_principle' | 'adopted' | 'in_force' | 'closed';
/** The lifecycle in order; "adopted in principle" may be skipped, nothing goes back. */
export const PLAN_STATUSES: readonly PlanStatus[] = ['draft', 'adopted_in_principle', 'adopted', 'in_force', 'closed'];
export type Cadence = 'monthly' | 'quarterly';

export interface Plan {
  id: string;
  kind: PlanKind;
  code: string;
  titleZh: string;
  titleEn: string;
  descriptionZh: string;
  descriptionEn: string;
  periodStart: string;
  periodEnd: string;
  status: PlanStatus;
  parentPlanId: string | null;
  reportingCadence: Cadence;
  stalledAfterDays: number;
  baselineFrozenAt: string | null;
  isDemo: boolean;
  version: number;
  taskCount: number;
  updatedAt: string;
}

export interface PlanTransition {
  fromStatus: PlanStatus;
  toStatus: PlanStatus;
  occurredAt: string;
  actorUsername: string;
  note: string;
  decisionRef: string | null;
}

export interface PlanDetail extends Plan {
  transitions: PlanTransition[];
  /** Task counts by work status (statuses without tasks are absent). */
  statusCounts: Partial<Record<WorkStatus, number>>;
  allowedTransitions: PlanStatus[];
}

export interface CreatePlanInput {
  kind: PlanKind;
  code: string;
  titleZh: string;
  titleEn: string;
  descriptionZh?: string;
  descriptionEn?: string;
  periodStart: string;
  periodEnd: string;
  reportingCadence?: Cadence;
  stalledAfterDays?: number;
  parentPlanId?: string | null;
}

export type UpdatePlanInput = { version: number } & Partial<Omit<CreatePlanInput, 'kind' | 'code' | 'parentPlanId'>>;

export interface DeriveAnnualInput {
  year: number;
  code: string;
  titleZh: string;
  titleEn: string;
  taskIds: string[];
  carryOverFromPlanId?: string | null;
}

export interface BaselineRow {
  taskId: string;
  code: string;
  titleZh: string;
  currentDueDate: string | null;
  baselineDueDate: string | null;
  inBaseline: boolean;
  dueDateChanged: boolean;
  status: WorkStatus;
  progress: number;
}

export interface Baseline {
  planId: string;
  baselineFrozenAt: string | null;
  rows: BaselineRow[];
}

export interface FocusArea {
  id: string;
  code: string;
  parentId: string | null;
  nameZh: string;
  nameEn: string;
  descriptionZh: string;
  descriptionEn: string;
  sortOrder: number;
  version: number;
}

export interface CreateAreaInput {
  code: string;
  nameZh: string;
  nameEn: string;
  descriptionZh?: string;
  descriptionEn?: string;
  sortOrder?: number;
}

// ── tasks ───────────────────────────────────────────────────────────────
export type WorkStatus = 'not_started' | 'on_track' | 'at_risk' | 'delayed' | 'completed';
export const WORK_STATUSES: readonly WorkStatus[] = ['not_started', 'on_track', 'at_risk', 'delayed', 'completed'];
export type Priority = 'high' | 'normal' | 'low';
export const PRIORITIES: readonly Priority[] = ['high', 'normal', 'low'];
export type ShareRole = 'lead' | 'participant';
export type Severity = 'red' | 'yellow';
export type MemberRoleFilter = 'lead' | 'participant' | 'any';
export type FlagFilter = 'red' | 'yellow' | 'any';
export type TaskSort = 'code' | 'due' | 'updated';

export interface TaskCore {
  id: string;
  planId: string;
  code: string;
  titleZh: string;
  titleEn: string;
  focusAreaId: string | null;
  leadMemberCode: string;
  startDate: string | null;
  dueDate: string | null;
  priority: Priority;
  tags: string[];
  status: WorkStatus;
  progress: number;
  isDemo: boolean;
  version: number;
  updatedAt: string;
}

export interface TaskListItem extends TaskCore {
  planCode: string;
  areaCode: string | null;
  areaNameZh: string | null;
  areaNameEn: string | null;
  participantMemberCodes: string[];
  redFlags: number;
  yellowFlags: number;
}

export interface Share {
  id: string;
  taskId: string;
  memberCode: string;
  role: ShareRole;
  ownerBodyCode: string | null;
  status: WorkStatus;
  percent: number;
  weight: number;
  dueDate: string | null;
  notes: string;
  lastProgressAt: string | null;
  version: number;
  updatedAt: string;
  /** Whether the caller may update this share (own member, or the Office). */
  editable: boolean;
}

export interface Milestone {
  id: string;
  titleZh: string;
  titleEn: string;
  dueDate: string;
  completedAt: string | null;
}

export type FlagKind = 'overdue_share' | 'overdue_milestone' | 'missing_report' | 'stalled';

export interface TaskFlag {
  id: string;
  kind: FlagKind | string;
  severity: Severity;
  memberCode: string | null;
  shareId: string | null;
  milestoneId: string | null;
  period: string | null;
  raisedAt: string;
  escalationLevel: number;
}

export interface TaskPlanRef {
  id: string;
  code: string;
  kind: PlanKind;
  titleZh: string;
  titleEn: string;
  status: PlanStatus;
  /** 'home' for the plan that owns the task; 'selected' or 'carried_over' for annual plans that include it. */
  inclusion: string;
}

export interface TaskDetail extends TaskCore {
  descriptionZh: string;
  descriptionEn: string;
  sourceRef: string | null;
  bodyCodes: string[];
  plans: TaskPlanRef[];
  shares: Share[];
  milestones: Milestone[];
  flags: TaskFlag[];
  rollupRule: { zh: string; en: string };
}

export interface TaskFilters {
  planId?: string;
  areaId?: string;
  memberCode?: string;
  memberRole?: MemberRoleFilter;
  status?: WorkStatus[];
  flag?: FlagFilter;
  overdue?: boolean;
  q?: string;
  sort?: TaskSort;
}

export interface CreateTaskInput {
  planId: string;
  code: string;
  titleZh: string;
  titleEn?: string;
  descriptionZh?: string;
  descriptionEn?: string;
  focusAreaId?: string | null;
  leadMemberCode: string;
  leadOwnerBodyCode?: string | null;
  participantMemberCodes?: string[];
  bodyCodes?: string[];
  startDate?: string | null;
  dueDate?: string | null;
  priority?: Priority;
  tags?: string[];
}

export type UpdateTaskInput = { version: number } & Partial<
  Omit<CreateTaskInput, 'planId' | 'leadOwnerBodyCode' | 'participantMemberCodes'>
>;

export interface UpdateShareInput {
  version: number;
  status?: WorkStatus;
  percent?: number;
  notes?: string;
  ownerBodyCode?: string | null;
  /** Office only. */
  dueDate?: string | null;
  /** Office only. */
  weight?: number;
}

export interface SavedView {
  id: string;
  scope: string;
  name: string;
  filters: Record<string, unknown>;
  createdAt: string;
}

// ── reports ─────────────────────────────────────────────────────────────
export type ReviewState = 'submitted' | 'accepted' | 'returned' | 'superseded';

export interface Evidence {
  id: string;
  reportId: string;
  fileName: string;
  contentType: string;
  sizeBytes: number;
  sha256: string;
  uploadedAt: string;
  uploadedBy: string | null;
}

export interface ReportCore {
  id: string;
  taskId: string;
  taskCode: string;
  taskTitleZh: string;
  taskTitleEn: string;
  planId: string;
  shareId: string;
  memberCode: string;
  period: string;
  state: ReviewState;
  revision: number;
  previousReportId: string | null;
  /** The revision that answered this (returned) report, if any. */
  nextReportId: string | null;
  percent: number;
  status: WorkStatus;
  submittedAt: string;
  submittedBy: string | null;
  reviewedAt: string | null;
  reviewedBy: string | null;
  comment: string | null;
  evidenceCount: number;
  version: number;
  isDemo: boolean;
  /** The caller may revise it (when returned) or change its evidence. */
  editable: boolean;
  /** The caller may accept or return it (the Office, while it waits for review). */
  reviewable: boolean;
}

export interface ReportListItem extends ReportCore {
  excerpt: string;
}

export interface ReportDetail extends ReportCore {
  body: string;
  evidence: Evidence[];
}

export interface FileReportInput {
  period: string;
  body: string;
  percent: number;
  status: WorkStatus;
}

export interface MyShare {
  shareId: string;
  taskId: string;
  taskCode: string;
  taskTitleZh: string;
  taskTitleEn: string;
  planId: string;
  planCode: string;
  memberCode: string;
  role: ShareRole;
  ownerBodyCode: string | null;
  status: WorkStatus;
  percent: number;
  dueDate: string | null;
  overdue: boolean;
  lastProgressAt: string | null;
  version: number;
  cadence: Cadence;
  currentPeriod: string;
  currentReport: { id: string; state: ReviewState; revision: number; submittedAt: string } | null;
  /** No report for the current period yet, or only a returned one waiting for its revision. */
  reportDue: boolean;
}

export interface MyFlag {
  id: string;
  kind: FlagKind | string;
  severity: Severity;
  taskId: string;
  taskCode: string;
  taskTitleZh: string;
  taskTitleEn: string;
  memberCode: string | null;
  shareId: string | null;
  period: string | null;
  raisedAt: string;
  escalationLevel: number;
}

export interface MyWork {
  asOf: string;
  timeZone: string;
  today: string;
  currentPeriods: Record<Cadence, string>;
  memberCodes: string[];
  views: { member: boolean; office: boolean; observer: boolean };
  shares: MyShare[];
  sharesTruncated: boolean;
  returnedReports: ReportListItem[];
  awaitingReview: ReportListItem[];
  flags: MyFlag[];
  counts: {
    openShares: number;
    reportsDue: number;
    overdueShares: number;
    returnedReports: number;
    awaitingReview: number;
    openFlags: number;
    redFlags: number;
  };
}

// ── supervision ─────────────────────────────────────────────────────────
export type BoardColour = 'red' | 'yellow' | 'green' | 'empty';

export interface BoardCell {
  areaId: string | null;
  memberCode: string;
  total: number;
  red: number;
  yellow: number;
  none: number;
  colour: BoardColour;
  taskIds: string[];
  /** The task-list filters that show the tasks behind the cell. */
  filters: { planId: string | null; areaId: string | null; memberCode: string; flag: Severity | null };
}

export interface Board {
  planId: string | null;
  areas: { id: string | null; code: string | null; nameZh: string; nameEn: string }[];
  members: { code: string; nameZh: string; nameEn: string; shortZh: string; shortEn: string }[];
  cells: BoardCell[];
  rule: { zh: string; en: string };
}

export interface ScanResult {
  today: string;
  raised: number;
  resolved: number;
  escalated: number;
  severityChanged: number;
  notifications: number;
  openRed: number;
  openYellow: number;
}

// ── notifications ───────────────────────────────────────────────────────
export interface Notification {
  id: string;
  kind: string;
  /** In the user's language. */
  title: string;
  body: string;
  /** A path inside this web app, e.g. /tasks/<id>. */
  link: string | null;
  flagId: string | null;
  createdAt: string;
  readAt: string | null;
}

export interface InboxPage extends Page<Notification> {
  unreadCount: number;
}

export interface Webhook {
  id: string;
  name: string;
  url: string;
  events: string[];
  active: boolean;
  version: number;
  createdAt: string;
}

export interface WebhookDelivery {
  id: string;
  event: string;
  status: 'pending' | 'delivered' | 'failed' | 'skipped';
  attempts: number;
  lastStatusCode: number | null;
  lastError: string | null;
  createdAt: string;
  deliveredAt: string | null;
}

// ── excel ───────────────────────────────────────────────────────────────
export type ImportMode = 'all_or_nothing' | 'valid_rows_only';

export interface ImportRowError {
  /** Row number as Excel shows it. */
  row: number;
  column: { letter: string; header: string };
  field: string;
  rule: string;
  message: string;
  value: string;
}

export interface ImportReport {
  mode: ImportMode;
  dryRun: boolean;
  totalRows: number;
  validRows: number;
  imported: number;
  errors: ImportRowError[];
}

export interface ImportAccepted {
  importId: string;
  state: string;
  totalRows: number;
  statusUrl: string;
}

export interface ImportStatus {
  id: string;
  planId: string;
  mode: ImportMode;
  dryRun: boolean;
  state: 'queued' | 'validating' | 'importing' | 'done' | 'failed';
  processedRows: number;
  totalRows: number;
  fileName: string | null;
  createdBy: string;
  createdAt: string;
  updatedAt: string;
  finishedAt: string | null;
  result: ImportReport | null;
  error: { code: string; message: string } | null;
}
