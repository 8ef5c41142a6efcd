import { Type } from 'typebox';
import { DateTime, MemberCode, Nullable, Page, PageQuery, StringEnum, Uuid } from '../../shared/schemas.ts';

const Severity = StringEnum(['red', 'yellow'] as const);
const FlagKind = StringEnum(['overdue_share', 'overdue_milestone', 'missing_report', 'stalled'] as const);

export const ScanResultSchema = Type.Object({
  today: Type.String({ description: 'The date the rules used, in the region time zone' }),
  raised: Type.Integer(),
  resolved: Type.Integer(),
  escalated: Type.Integer(),
  severityChanged: Type.Integer(),
  notifications: Type.Integer(),
  openRed: Type.Integer(),
  openYellow: Type.Integer(),
});

export const BoardQuery = Type.Object({ planId: Type.Optional(Uuid) }, { additionalProperties: false });

const BoardCell = Type.Object({
  areaId: Nullable(Type.String()),
  memberCode: Type.String(),
  /** Tasks in this area where the member holds a share (counts only: the tasks themselves come from the task list). */
  total: Type.Integer(),
  /** …of which the member has an open red flag on the task. */
  red: Type.Integer(),
  /** …an open yellow flag and no red one. */
  yellow: Type.Integer(),
  /** …no open flag. */
  none: Type.Integer(),
  colour: StringEnum(['red', 'yellow', 'green', 'empty'] as const),
  /**
   * The task list filters (GET /api/v1/tasks?planId=&areaId=&memberCode=&flag=) that list the tasks behind the
   * cell's colour: flag=red (the red count), yellow_only (the yellow count), none (a green cell: every task); with
   * flag left out, the total. areaId is "none" for the row of tasks without a focus area.
   */
  filters: Type.Object({
    planId: Nullable(Type.String()),
    areaId: Type.String(),
    memberCode: Type.String(),
    flag: Nullable(StringEnum(['red', 'yellow_only', 'none'] as const)),
  }),
});

export const BoardSchema = Type.Object({
  planId: Nullable(Type.String()),
  areas: Type.Array(Type.Object({ id: Nullable(Type.String()), code: Nullable(Type.String()), nameZh: Type.String(), nameEn: Type.String() })),
  members: Type.Array(Type.Object({ code: Type.String(), nameZh: Type.String(), nameEn: Type.String(), shortZh: Type.String(), shortEn: Type.String() })),
  cells: Type.Array(BoardCell),
  rule: Type.Object({ zh: Type.String(), en: Type.String() }),
});

export const FlagListQuery = Type.Object(
  {
    memberCode: Type.Optional(MemberCode),
    taskId: Type.Optional(Uuid),
    severity: Type.Optional(Severity),
    kind: Type.Optional(FlagKind),
    open: Type.Optional(Type.Boolean({ default: true })),
    ...PageQuery,
  },
  { additionalProperties: false },
);

export const FlagListItem = Type.Object({
  id: Uuid,
  kind: FlagKind,
  severity: Severity,
  taskId: Uuid,
  taskCode: Type.String(),
  taskTitleZh: Type.String(),
  taskTitleEn: Type.String(),
  memberCode: Nullable(Type.String()),
  shareId: Nullable(Type.String()),
  milestoneId: Nullable(Type.String()),
  period: Nullable(Type.String()),
  detail: Type.Record(Type.String(), Type.Unknown()),
  raisedAt: DateTime,
  resolvedAt: Nullable(DateTime),
  escalationLevel: Type.Integer(),
  nextEscalationAt: Nullable(DateTime),
});
export const FlagPage = Page(FlagListItem);
