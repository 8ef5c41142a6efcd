import { Type } from 'typebox';
import { DateTime, MemberCode, Nullable, Page, StringEnum, Uuid } from '../../shared/schemas.ts';
import { WorkStatusSchema } from '../tasks/tasks.schemas.ts';

export const ReviewStateSchema = StringEnum(['submitted', 'accepted', 'returned', 'superseded'] as const);
const Period = Type.String({ pattern: '^[0-9]{4}-(0[1-9]|1[0-2]|Q[1-4])$', description: "2025-03 (monthly) or 2025-Q1 (quarterly), as the task's home plan reports" });
const Body = Type.String({ minLength: 1, maxLength: 20000, description: 'Plain text; shown as text, never as markup' });
const Percent = Type.Number({ minimum: 0, maximum: 100 });
const Version = Type.Integer({ minimum: 1 });

export const FileReportBody = Type.Object({ period: Period, body: Body, percent: Percent, status: WorkStatusSchema }, { additionalProperties: false });
export const ReviseReportBody = Type.Object({ body: Body, percent: Percent, status: WorkStatusSchema, version: Version }, { additionalProperties: false });
export const ReviewReportBody = Type.Object(
  {
    decision: StringEnum(['accept', 'return'] as const),
    comment: Type.Optional(Type.String({ maxLength: 5000, description: 'Required to return a report' })),
    version: Version,
  },
  { additionalProperties: false },
);

export const ReviewBatchBody = Type.Object(
  {
    items: Type.Array(
      Type.Object(
        {
          id: Uuid,
          decision: StringEnum(['accept', 'return'] as const),
          comment: Type.Optional(Type.String({ maxLength: 5000, description: 'Required to return a report' })),
          version: Version,
        },
        { additionalProperties: false },
      ),
      { minItems: 1, maxItems: 100 },
    ),
  },
  { additionalProperties: false },
);
export const ReviewBatchResponse = Type.Object({
  items: Type.Array(Type.Object({ id: Uuid, state: StringEnum(['accepted', 'returned'] as const), version: Type.Integer() })),
});

/** The report list's filters; the export takes the same ones without paging. */
const ReportFilterFields = {
  state: Type.Optional(ReviewStateSchema),
  memberCode: Type.Optional(MemberCode),
  taskId: Type.Optional(Uuid),
  planId: Type.Optional(Uuid),
  period: Type.Optional(Period),
  year: Type.Optional(Type.Integer({ minimum: 2000, maximum: 2200, description: 'Reports for the periods of this year' })),
  timeliness: Type.Optional(
    StringEnum(['on_time', 'late'] as const, {
      description: "on_time: the member first filed for the period no later than the report grace days after the period ended (the region's calendar days); late: after that",
    }),
  ),
};
export const ReportFilterQuery = Type.Object(ReportFilterFields, { additionalProperties: false });
export const ReportListQuery = Type.Object(
  {
    ...ReportFilterFields,
    cursor: Type.Optional(Type.String({ maxLength: 200 })),
    limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 200, default: 50 })),
  },
  { additionalProperties: false },
);

export const EvidenceSchema = Type.Object({
  id: Uuid,
  reportId: Uuid,
  fileName: Type.String(),
  contentType: Type.String({ description: 'From the file’s own bytes, not from what the client claimed' }),
  sizeBytes: Type.Integer(),
  sha256: Type.String(),
  uploadedAt: DateTime,
  uploadedBy: Nullable(Type.String()),
});

const ReportCore = {
  id: Uuid,
  taskId: Uuid,
  taskCode: Type.String(),
  taskTitleZh: Type.String(),
  taskTitleEn: Type.String(),
  planId: Uuid,
  shareId: Uuid,
  memberCode: Type.String(),
  period: Type.String(),
  state: ReviewStateSchema,
  revision: Type.Integer(),
  previousReportId: Nullable(Uuid),
  /** The revision that answered this (returned) report, if any. */
  nextReportId: Nullable(Uuid),
  percent: Type.Number(),
  status: WorkStatusSchema,
  submittedAt: DateTime,
  submittedBy: Nullable(Type.String()),
  reviewedAt: Nullable(DateTime),
  reviewedBy: Nullable(Type.String()),
  comment: Nullable(Type.String()),
  evidenceCount: Type.Integer(),
  version: Type.Integer(),
  isDemo: Type.Boolean(),
  /** The caller may revise it (when returned) or change its evidence: own member's report, still open. */
  editable: Type.Boolean(),
  /** The caller may accept or return it: the Office, while it waits for review. */
  reviewable: Type.Boolean(),
};

export const ReportListItemSchema = Type.Object({ ...ReportCore, excerpt: Type.String({ description: 'The first 200 characters of the text' }) });
export const ReportPage = Page(ReportListItemSchema);
export const ReportDetailSchema = Type.Object({ ...ReportCore, body: Type.String(), evidence: Type.Array(EvidenceSchema) });
export const TaskReportsSchema = Type.Object({ items: Type.Array(ReportDetailSchema) });

export const IdParams = Type.Object({ id: Uuid });
export const DeletedResponse = Type.Object({ id: Uuid });
