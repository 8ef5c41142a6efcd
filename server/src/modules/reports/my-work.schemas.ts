/** "My work": the summary (totals), and each section as a cursor-paged list of its own. */
import { Type } from 'typebox';
import { DateTime, Nullable, Page, PageQuery, StringEnum, Uuid } from '../../shared/schemas.ts';
import { WorkStatusSchema } from '../tasks/tasks.schemas.ts';
import { ReportListItemSchema, ReviewStateSchema } from './reports.schemas.ts';

/** ?cursor=&limit= (1–200, default 50) of every section. */
export const MyWorkPageQuery = Type.Object(PageQuery, { additionalProperties: false });

/** A row of My work's shares: what the page shows and needs to file a report (no version: filing needs none). */
export const MyShareSchema = Type.Object({
  shareId: Uuid,
  taskId: Uuid,
  taskCode: Type.String(),
  taskTitleZh: Type.String(),
  taskTitleEn: Type.String(),
  planCode: Type.String(),
  memberCode: Type.String(),
  role: StringEnum(['lead', 'participant'] as const),
  ownerBodyCode: Nullable(Type.String()),
  status: WorkStatusSchema,
  percent: Type.Number(),
  dueDate: Nullable(Type.String()),
  overdue: Type.Boolean(),
  cadence: StringEnum(['monthly', 'quarterly'] as const),
  currentPeriod: Type.String(),
  currentReport: Nullable(Type.Object({ id: Uuid, state: ReviewStateSchema, revision: Type.Integer(), submittedAt: DateTime })),
  /** No report for the current period yet, or only a returned one waiting for its revision. */
  reportDue: Type.Boolean(),
});

export const MyFlagSchema = Type.Object({
  id: Uuid,
  kind: Type.String(),
  severity: StringEnum(['red', 'yellow'] as const),
  taskId: Uuid,
  taskCode: Type.String(),
  taskTitleZh: Type.String(),
  taskTitleEn: Type.String(),
  memberCode: Nullable(Type.String()),
  shareId: Nullable(Uuid),
  period: Nullable(Type.String()),
  raisedAt: DateTime,
  escalationLevel: Type.Integer(),
});

export const MySharePage = Page(MyShareSchema);
export const MyFlagPage = Page(MyFlagSchema);
export const MyReportPage = Page(ReportListItemSchema);

const Count = Type.Integer({ minimum: 0 });

export const MyWorkSummarySchema = Type.Object({
  asOf: DateTime,
  timeZone: Type.String(),
  today: Type.String({ description: 'YYYY-MM-DD in the region time zone' }),
  currentPeriods: Type.Object({ monthly: Type.String(), quarterly: Type.String() }),
  memberCodes: Type.Array(Type.String(), { description: 'Members the user works for (liaison, editor)' }),
  /** Which sections the page shows: member (shares, returned reports, own flags), office (review queue, red flags), observer (totals only). */
  views: Type.Object({ member: Type.Boolean(), office: Type.Boolean(), observer: Type.Boolean() }),
  /**
   * Totals of the whole sections, not of a page: member-scoped shares, returned reports and flags for liaisons and
   * editors; the region-wide review queue and flags for the Office and observers.
   */
  counts: Type.Object({
    openShares: Count,
    /** Open shares by status (completed ones are not open); camelCase keys like every field: notStarted is status not_started. */
    sharesByStatus: Type.Object({ notStarted: Count, onTrack: Count, atRisk: Count, delayed: Count }),
    /** Open shares without a report for the current period, or with only a returned one. */
    reportsDue: Count,
    overdueShares: Count,
    returnedReports: Count,
    awaitingReview: Count,
    openFlags: Count,
    redFlags: Count,
    yellowFlags: Count,
  }),
});
