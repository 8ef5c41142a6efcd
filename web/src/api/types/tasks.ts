/** Tasks, shares, milestones, flags, saved views (server module tasks). */
import type { PlanKind, PlanStatus } from './plans.ts';

export type WorkStatus = 'not_started' | 'on_track' | 'at_risk' | 'delayed' | 'completed';
export const WORK_STATUSES: readonly WorkStatus[] = ['not_started', 'on_track', 'at_risk', 'delayed', 'completed'];
export type Priority = 'high' | 'normal' | 'low';
export const PRIORITIES: readonly Priority[] = ['high', 'normal', 'low'];
export type ShareRole = 'lead' | 'participant';
export type Severity = 'red' | 'yellow';
export type MemberRoleFilter = 'lead' | 'participant' | 'any';
/** Open flags (the chosen member's, with a member): yellow_only = yellow and no red; none = no open flag (as the board counts). */
export type FlagFilter = 'red' | 'yellow' | 'any' | 'yellow_only' | 'none';
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
  /** A focus area (with its sub-areas), or 'none': tasks without one. */
  areaId?: string;
  memberCode?: string;
  memberRole?: MemberRoleFilter;
  status?: WorkStatus[];
  flag?: FlagFilter;
  overdue?: boolean;
  /** Tasks due in this calendar year (the dashboard's drill-downs). */
  dueYear?: number;
  /** The status of a member's own share (that member's, with memberCode). */
  shareStatus?: WorkStatus[];
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
