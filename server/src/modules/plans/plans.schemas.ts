import { Type } from 'typebox';
import { DateTime, Nullable, Page, PageQuery, StringEnum, Uuid } from '../../shared/schemas.ts';

export const PlanKindSchema = StringEnum(['three_year', 'annual', 'implementation'] as const);
export const PlanStatusSchema = StringEnum(['draft', 'adopted_in_principle', 'adopted', 'in_force', 'closed'] as const);
const Cadence = StringEnum(['monthly', 'quarterly'] as const);
export const DateOnly = Type.String({ format: 'date', description: 'YYYY-MM-DD' });
const Title = Type.String({ minLength: 1, maxLength: 300 });
const Description = Type.String({ maxLength: 20000 });

export const PlanSchema = Type.Object({
  id: Uuid,
  kind: PlanKindSchema,
  code: Type.String(),
  titleZh: Type.String(),
  titleEn: Type.String(),
  descriptionZh: Type.String(),
  descriptionEn: Type.String(),
  periodStart: Type.String(),
  periodEnd: Type.String(),
  status: PlanStatusSchema,
  parentPlanId: Nullable(Type.String()),
  reportingCadence: Cadence,
  stalledAfterDays: Type.Integer(),
  baselineFrozenAt: Nullable(DateTime),
  isDemo: Type.Boolean(),
  version: Type.Integer(),
  taskCount: Type.Integer(),
  updatedAt: DateTime,
});

export const PlanTransitionSchema = Type.Object({
  fromStatus: Type.String(),
  toStatus: Type.String(),
  occurredAt: DateTime,
  timeOfDayKnown: Type.Boolean({ description: 'False when the step was taken by a decision whose record gives the day only: occurredAt is then nominal' }),
  actorUsername: Type.String(),
  actorDisplayName: Nullable(Type.String({ description: 'Display name of the account that moved the plan; null for the system' })),
  note: Type.String(),
  decisionRef: Nullable(Type.String()),
  decisionTitleZh: Nullable(Type.String({ description: 'Title of the decision named by decisionRef' })),
  decisionTitleEn: Nullable(Type.String()),
});

export const PlanDetailSchema = Type.Object({
  ...PlanSchema.properties,
  transitions: Type.Array(PlanTransitionSchema),
  statusCounts: Type.Record(Type.String(), Type.Integer()),
  allowedTransitions: Type.Array(PlanStatusSchema),
});

/** The plan list's filters; the export takes the same ones without paging. */
const PlanFilterFields = {
  kind: Type.Optional(PlanKindSchema),
  status: Type.Optional(PlanStatusSchema),
  year: Type.Optional(Type.Integer({ minimum: 2000, maximum: 2100, description: 'Plans whose period overlaps this calendar year' })),
  areaId: Type.Optional(Uuid),
  q: Type.Optional(Type.String({ maxLength: 100, description: 'Part of the code or of the Chinese or English title' })),
};
export const PlanFilterQuery = Type.Object(PlanFilterFields, { additionalProperties: false });
export const PlanListQuery = Type.Object({ ...PlanFilterFields, ...PageQuery }, { additionalProperties: false });
export const PlanPage = Page(PlanSchema);

export const CreatePlanBody = Type.Object(
  {
    kind: PlanKindSchema,
    code: Type.String({ minLength: 1, maxLength: 50, pattern: '^[A-Za-z0-9][A-Za-z0-9._-]*$' }),
    titleZh: Title,
    titleEn: Title,
    descriptionZh: Type.Optional(Description),
    descriptionEn: Type.Optional(Description),
    periodStart: DateOnly,
    periodEnd: DateOnly,
    reportingCadence: Type.Optional(Cadence),
    stalledAfterDays: Type.Optional(Type.Integer({ minimum: 1, maximum: 365 })),
    parentPlanId: Type.Optional(Nullable(Uuid)),
  },
  { additionalProperties: false },
);

export const UpdatePlanBody = Type.Object(
  {
    version: Type.Integer({ minimum: 1 }),
    titleZh: Type.Optional(Title),
    titleEn: Type.Optional(Title),
    descriptionZh: Type.Optional(Description),
    descriptionEn: Type.Optional(Description),
    periodStart: Type.Optional(DateOnly),
    periodEnd: Type.Optional(DateOnly),
    reportingCadence: Type.Optional(Cadence),
    stalledAfterDays: Type.Optional(Type.Integer({ minimum: 1, maximum: 365 })),
  },
  { additionalProperties: false },
);

export const TransitionBody = Type.Object(
  {
    to: PlanStatusSchema,
    version: Type.Integer({ minimum: 1 }),
    note: Type.Optional(Type.String({ maxLength: 2000 })),
    decisionRef: Type.Optional(Nullable(Type.String({ maxLength: 100 }))),
  },
  { additionalProperties: false },
);

export const DeriveAnnualBody = Type.Object(
  {
    year: Type.Integer({ minimum: 2000, maximum: 2100 }),
    code: Type.String({ minLength: 1, maxLength: 50, pattern: '^[A-Za-z0-9][A-Za-z0-9._-]*$' }),
    titleZh: Title,
    titleEn: Title,
    taskIds: Type.Array(Uuid, { maxItems: 5000, uniqueItems: true }),
    carryOverFromPlanId: Type.Optional(Nullable(Uuid)),
  },
  { additionalProperties: false },
);

export const BaselineSchema = Type.Object({
  planId: Uuid,
  baselineFrozenAt: Nullable(DateTime),
  rows: Type.Array(
    Type.Object({
      taskId: Uuid,
      code: Type.String(),
      titleZh: Type.String(),
      currentDueDate: Nullable(Type.String()),
      baselineDueDate: Nullable(Type.String()),
      inBaseline: Type.Boolean(),
      dueDateChanged: Type.Boolean(),
      status: Type.String(),
      progress: Type.Number(),
    }),
  ),
});

export const IdParams = Type.Object({ id: Uuid });

export const AreaSchema = Type.Object({
  id: Uuid,
  code: Type.String(),
  parentId: Nullable(Type.String()),
  nameZh: Type.String(),
  nameEn: Type.String(),
  descriptionZh: Type.String(),
  descriptionEn: Type.String(),
  sortOrder: Type.Integer(),
  version: Type.Integer(),
});
export const AreaList = Type.Object({ items: Type.Array(AreaSchema) });
export const CreateAreaBody = Type.Object(
  {
    code: Type.String({ pattern: '^[0-9]+(\\.[0-9]+)*$', maxLength: 20 }),
    nameZh: Title,
    nameEn: Title,
    descriptionZh: Type.Optional(Description),
    descriptionEn: Type.Optional(Description),
    sortOrder: Type.Optional(Type.Integer({ minimum: 0, maximum: 100000 })),
  },
  { additionalProperties: false },
);
export const UpdateAreaBody = Type.Object(
  {
    version: Type.Integer({ minimum: 1 }),
    nameZh: Type.Optional(Title),
    nameEn: Type.Optional(Title),
    descriptionZh: Type.Optional(Description),
    descriptionEn: Type.Optional(Description),
    sortOrder: Type.Optional(Type.Integer({ minimum: 0, maximum: 100000 })),
  },
  { additionalProperties: false },
);
export const CreatedResponse = Type.Object({ id: Uuid });
