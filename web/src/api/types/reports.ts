/** Progress reports, evidence and "My work" (server module reports). */
import type { Cadence } from './plans.ts';
import type { FlagKind, Severity, ShareRole, WorkStatus } from './tasks.ts';

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

/** GET /api/v1/my-work: the totals; each section's rows come page by page from its own list. */
export interface MyWorkSummary {
  asOf: string;
  timeZone: string;
  today: string;
  currentPeriods: Record<Cadence, string>;
  memberCodes: string[];
  views: { member: boolean; office: boolean; observer: boolean };
  counts: {
    openShares: number;
    sharesByStatus: Record<Exclude<WorkStatus, 'completed'>, number>;
    reportsDue: number;
    overdueShares: number;
    returnedReports: number;
    awaitingReview: number;
    openFlags: number;
    redFlags: number;
    yellowFlags: number;
  };
}
