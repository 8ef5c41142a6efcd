/** Progress reports, evidence and "My work" (server module reports). */
import type { ApiItem, ApiQuery, ApiResult } from '../openapi.ts';
import type { WorkStatus } from './tasks.ts';

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

// Generated from the OpenAPI document (api/openapi.ts): My work and the report list.
/** GET /api/v1/my-work: the totals; each section's rows come page by page from its own list. */
export type MyWorkSummary = ApiResult<'reports.myWork'>;
export type MyShare = ApiItem<'reports.myWorkShares'>;
export type MyFlag = ApiItem<'reports.myWorkFlags'>;
/** A row of the report list (and of My work's report sections). */
export type ReportListItem = ApiItem<'reports.list'>;
/** Filters of the report list (GET /reports); the page keeps them in its address. */
export type ReportFilters = Omit<ApiQuery<'reports.list'>, 'cursor' | 'limit'>;
