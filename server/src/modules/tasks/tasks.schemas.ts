import { Type } from 'typebox';
import { DateTime, MemberCode, Nullable, Page, StringEnum, Uuid } from '../../shared/schemas.ts';
import { DateOnly } from '../plans/plans.schemas.ts';

export const WorkStatusSchema = StringEnum(['not_started', 'on_track', 'at_risk', 'delayed', 'completed'] as const);
const Priority = StringEnum(['high', 'normal', 'low'] as const);
const TaskCode = Type.String({ minLength: 1, maxLength: 30, pattern: '^[0-9A-Za-z]+([.-][0-9A-Za-z]+)*$', description: 'Unique within the plan, e.g. 1.2.3' });
const Title = Type.String({ minLength: 1, maxLength: 300 });
const Description = Type.String({ maxLength: 20000 });
const BodyCode = Type.String({ minLength: 1, maxLength: 64 });
const Tag = Type.String({ minLength: 1, maxLength: 40 });
const Percent = Type.Number({ minimum: 0, maximum: 100 });

export const ShareSchema = Type.Object({
  id: Uuid,
  taskId: Uuid,
  memberCode: Type.String(),
  role: StringEnum(['lead', 'participant'] as const),
  ownerBodyCode: Nullable(Type.String()),
  status: WorkStatusSchema,
  percent: Type.Number(),
  weight: Type.Number(),
  dueDate: Nullable(Type.String()),
  notes: Type.String(),
  lastProgressAt: Nullable(DateTime),
  version: Type.Integer(),
  updatedAt: DateTime,
  /** Whether the caller may update this share (own member, or the Office). */
  editable: Type.Boolean(),
});

export const MilestoneSchema = Type.Object({
  id: Uuid,
  titleZh: Type.String(),
  titleEn: Type.String(),
  dueDate: Type.String(),
  completedAt: Nullable(DateTime),
});

export const FlagSchema = Type.Object({
  id: Uuid,
  kind: Type.String(),
  severity: StringEnum(['red', 'yellow'] as const),
  memberCode: Nullable(Type.String()),
  shareId: Nullable(Type.String()),
  milestoneId: Nullable(Type.String()),
  period: Nullable(Type.String()),
  raisedAt: DateTime,
  escalationLevel: Type.Integer(),
});

const TaskCore = {
  id: Uuid,
  planId: Uuid,
  code: Type.String(),
  titleZh: Type.String(),
  titleEn: Type.String(),
  focusAreaId: Nullable(Type.String()),
  leadMemberCode: Type.String(),
  startDate: Nullable(Type.String()),
  dueDate: Nullable(Type.String()),
  priority: Priority,
  tags: Type.Array(Type.String()),
  status: WorkStatusSchema,
  progress: Type.Number(),
  isDemo: Type.Boolean(),
  version: Type.Integer(),
  updatedAt: DateTime,
};

/**
 * A row of the task list: what the list screen shows (code, title, plan and area, members, due date, status and
 * progress, flags, demo mark) and no more — the list is the most requested answer, and every byte per row counts
 * (issue 13). Dates, priority, tags, version and the like are in the task's detail.
 */
export const TaskListItemSchema = Type.Object({
  id: Uuid,
  code: Type.String(),
  titleZh: Type.String(),
  titleEn: Type.String(),
  leadMemberCode: Type.String(),
  dueDate: Nullable(Type.String()),
  status: WorkStatusSchema,
  progress: Type.Number(),
  isDemo: Type.Boolean(),
  planCode: Type.String(),
  areaCode: Nullable(Type.String()),
  areaNameZh: Nullable(Type.String()),
  areaNameEn: Nullable(Type.String()),
  participantMemberCodes: Type.Array(Type.String()),
  redFlags: Type.Integer(),
  yellowFlags: Type.Integer(),
});

export const TaskDetailSchema = Type.Object({
  ...TaskCore,
  descriptionZh: Type.String(),
  descriptionEn: Type.String(),
  sourceRef: Nullable(Type.String()),
  bodyCodes: Type.Array(Type.String()),
  plans: Type.Array(Type.Object({ id: Uuid, code: Type.String(), kind: Type.String(), titleZh: Type.String(), titleEn: Type.String(), status: Type.String(), inclusion: Type.String() })),
  shares: Type.Array(ShareSchema),
  milestones: Type.Array(MilestoneSchema),
  flags: Type.Array(FlagSchema),
  rollupRule: Type.Object({ zh: Type.String(), en: Type.String() }),
});

export const TaskListQuery = Type.Object(
  {
    planId: Type.Optional(Uuid),
    areaId: Type.Optional(Type.Union([Uuid, Type.Literal('none')], { description: 'A focus area (its sub-areas included), or "none": tasks without one' })),
    memberCode: Type.Optional(MemberCode),
    memberRole: Type.Optional(StringEnum(['lead', 'participant', 'any'] as const)),
    status: Type.Optional(Type.Array(WorkStatusSchema, { maxItems: 5 })),
    shareStatus: Type.Optional(
      Type.Array(WorkStatusSchema, { maxItems: 5, description: "The status of a member's own share: with memberCode, that member's share; without, any share" }),
    ),
    flag: Type.Optional(
      StringEnum(['red', 'yellow', 'any', 'yellow_only', 'none'] as const, {
        description: "Open flags on the task (only the chosen member's, with memberCode): red, yellow, any; yellow_only: yellow and no red; none: no open flag",
      }),
    ),
    overdue: Type.Optional(Type.Boolean()),
    dueYear: Type.Optional(Type.Integer({ minimum: 2000, maximum: 2200, description: 'Tasks due in this calendar year (tasks without a due date are left out)' })),
    q: Type.Optional(Type.String({ maxLength: 100 })),
    sort: Type.Optional(StringEnum(['code', 'due', 'updated'] as const)),
    cursor: Type.Optional(Type.String({ maxLength: 300 })),
    limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 200, default: 50 })),
  },
  { additionalProperties: false },
);
export const TaskPage = Page(TaskListItemSchema);

const MilestoneInput = Type.Object({ titleZh: Title, titleEn: Type.Optional(Type.String({ maxLength: 300 })), dueDate: DateOnly }, { additionalProperties: false });

export const CreateTaskBody = Type.Object(
  {
    planId: Uuid,
    code: TaskCode,
    titleZh: Title,
    titleEn: Type.Optional(Type.String({ maxLength: 300 })),
    descriptionZh: Type.Optional(Description),
    descriptionEn: Type.Optional(Description),
    focusAreaId: Type.Optional(Nullable(Uuid)),
    leadMemberCode: MemberCode,
    leadOwnerBodyCode: Type.Optional(Nullable(BodyCode)),
    participantMemberCodes: Type.Optional(Type.Array(MemberCode, { maxItems: 50, uniqueItems: true })),
    bodyCodes: Type.Optional(Type.Array(BodyCode, { maxItems: 50, uniqueItems: true })),
    startDate: Type.Optional(Nullable(DateOnly)),
    dueDate: Type.Optional(Nullable(DateOnly)),
    priority: Type.Optional(Priority),
    tags: Type.Optional(Type.Array(Tag, { maxItems: 20 })),
    milestones: Type.Optional(Type.Array(MilestoneInput, { maxItems: 50 })),
  },
  { additionalProperties: false },
);

export const UpdateTaskBody = Type.Object(
  {
    version: Type.Integer({ minimum: 1 }),
    code: Type.Optional(TaskCode),
    titleZh: Type.Optional(Title),
    titleEn: Type.Optional(Type.String({ maxLength: 300 })),
    descriptionZh: Type.Optional(Description),
    descriptionEn: Type.Optional(Description),
    focusAreaId: Type.Optional(Nullable(Uuid)),
    leadMemberCode: Type.Optional(MemberCode),
    bodyCodes: Type.Optional(Type.Array(BodyCode, { maxItems: 50, uniqueItems: true })),
    startDate: Type.Optional(Nullable(DateOnly)),
    dueDate: Type.Optional(Nullable(DateOnly)),
    priority: Type.Optional(Priority),
    tags: Type.Optional(Type.Array(Tag, { maxItems: 20 })),
  },
  { additionalProperties: false },
);

export const AddShareBody = Type.Object(
  { memberCode: MemberCode, ownerBodyCode: Type.Optional(Nullable(BodyCode)), dueDate: Type.Optional(Nullable(DateOnly)) },
  { additionalProperties: false },
);

export const UpdateShareBody = Type.Object(
  {
    version: Type.Integer({ minimum: 1 }),
    status: Type.Optional(WorkStatusSchema),
    percent: Type.Optional(Percent),
    notes: Type.Optional(Type.String({ maxLength: 5000 })),
    ownerBodyCode: Type.Optional(Nullable(BodyCode)),
    dueDate: Type.Optional(Nullable(DateOnly)),
    weight: Type.Optional(Type.Number({ exclusiveMinimum: 0, maximum: 1000 })),
  },
  { additionalProperties: false },
);

export const UpdateMilestoneBody = Type.Object(
  {
    titleZh: Type.Optional(Title),
    titleEn: Type.Optional(Type.String({ maxLength: 300 })),
    dueDate: Type.Optional(DateOnly),
    completed: Type.Optional(Type.Boolean()),
  },
  { additionalProperties: false },
);

export const AddMilestoneBody = MilestoneInput;

export const TaskIdParams = Type.Object({ id: Uuid });
export const TaskShareParams = Type.Object({ id: Uuid, shareId: Uuid });
export const IdOnly = Type.Object({ id: Uuid });

export const HistoryQuery = Type.Object({ cursor: Type.Optional(Type.String({ maxLength: 200 })), limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 200, default: 50 })) }, { additionalProperties: false });

/** A saved view stores the task list's query (GET /api/v1/tasks) without its page: typed fields only, no free JSON. */
const { cursor: _cursor, limit: _limit, ...listFilters } = TaskListQuery.properties;
export const SavedViewFilters = Type.Object(listFilters, { additionalProperties: false });
export const SavedViewSchema = Type.Object({ id: Uuid, scope: Type.String(), name: Type.String(), filters: Type.Object({}, { additionalProperties: true }), createdAt: DateTime });
export const SavedViewList = Type.Object({ items: Type.Array(SavedViewSchema) });
export const SavedViewQuery = Type.Object({ scope: Type.Optional(StringEnum(['tasks'] as const)) }, { additionalProperties: false });
export const CreateSavedViewBody = Type.Object(
  {
    scope: StringEnum(['tasks'] as const),
    name: Type.String({ minLength: 1, maxLength: 80 }),
    filters: SavedViewFilters,
  },
  { additionalProperties: false },
);
