/** Plans, their lifecycle and baseline, focus areas (server module plans). */
import type { WorkStatus } from './tasks.ts';

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
  /** Display name of the account; null for the system. */
  actorDisplayName: string | null;
  note: string;
  decisionRef: string | null;
  /** Title of the decision decisionRef names, when it is one of the platform's. */
  decisionTitleZh: string | null;
  decisionTitleEn: string | null;
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
