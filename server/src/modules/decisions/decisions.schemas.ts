import { Type } from 'typebox';
import { DateTime, MemberCode, Nullable, Page, StringEnum, Uuid } from '../../shared/schemas.ts';

const DateOnly = Type.String({ format: 'date', description: 'YYYY-MM-DD' });
const Title = Type.String({ minLength: 1, maxLength: 300 });
const Short = Type.String({ maxLength: 300 });
const strict = { additionalProperties: false };

const DecisionTask = Type.Object({
  code: Type.String({ pattern: '^[0-9A-Za-z]+([.-][0-9A-Za-z]+)*$', maxLength: 50 }),
  titleZh: Title, titleEn: Type.Optional(Short),
  leadMemberCode: MemberCode,
  participantMemberCodes: Type.Optional(Type.Array(MemberCode, { maxItems: 20 })),
  focusAreaId: Type.Optional(Nullable(Uuid)),
  startDate: Type.Optional(Nullable(DateOnly)),
  dueDate: Type.Optional(Nullable(DateOnly)),
}, strict);

export const EffectBody = Type.Union([
  Type.Object({ kind: Type.Literal('adopt_plan'), planId: Uuid, to: StringEnum(['adopted_in_principle', 'adopted', 'in_force'] as const), note: Type.Optional(Type.String({ maxLength: 2000 })) }, strict),
  Type.Object({ kind: Type.Literal('approve_agreement'), agreementId: Uuid }, strict),
  Type.Object({ kind: Type.Literal('resolve_matter'), matterId: Uuid, note: Type.Optional(Type.String({ maxLength: 2000 })) }, strict),
  Type.Object({ kind: Type.Literal('fix_next_host'), year: Type.Integer({ minimum: 2000, maximum: 2200 }), memberCode: MemberCode, cityCode: Type.Optional(Nullable(MemberCode)) }, strict),
  Type.Object({ kind: Type.Literal('create_tasks'), planId: Uuid, tasks: Type.Array(DecisionTask, { minItems: 1, maxItems: 100 }) }, strict),
]);

export const CreateDecisionBody = Type.Object({
  titleZh: Title, titleEn: Type.Optional(Short),
  bodyZh: Type.Optional(Type.String({ maxLength: 20000 })), bodyEn: Type.Optional(Type.String({ maxLength: 20000 })),
  decidedAt: Type.Optional(DateTime),
  effects: Type.Array(EffectBody, { maxItems: 50 }),
}, strict);

export const MeetingParams = Type.Object({ id: Uuid });
export const IdParams = Type.Object({ id: Uuid });
export const CreatedResponse = Type.Object({ id: Uuid });

const Kind = StringEnum(['adopt_plan', 'approve_agreement', 'resolve_matter', 'fix_next_host', 'create_tasks'] as const);

const TimeOfDayKnown = Type.Boolean({ description: 'False when the record gives the day only: decidedAt is then nominal and shown as a date' });

export const DecisionDetailSchema = Type.Object({
  id: Uuid, meetingId: Uuid, titleZh: Type.String(), titleEn: Type.String(), bodyZh: Type.String(), bodyEn: Type.String(), decidedAt: DateTime, timeOfDayKnown: TimeOfDayKnown, isDemo: Type.Boolean(),
  effects: Type.Array(Type.Object({
    kind: Kind, planId: Nullable(Type.String()), agreementId: Nullable(Type.String()), matterId: Nullable(Type.String()),
    hostMemberCode: Nullable(Type.String()), hostYear: Nullable(Type.Integer()), taskIds: Type.Array(Type.String()),
  })),
  tasks: Type.Array(Type.Object({
    id: Uuid, code: Type.String(), titleZh: Type.String(), titleEn: Type.String(), leadMemberCode: Type.String(), status: Type.String(), progress: Type.Number(), dueDate: Nullable(Type.String()),
  })),
  implementation: Type.Object({
    taskCount: Type.Integer(), completed: Type.Integer(), progress: Nullable(Type.Number()),
    byStatus: Type.Record(Type.String(), Type.Integer()),
  }),
});

/** The decision list's filters; the export takes the same ones without paging. */
const DecisionFilterFields = {
  year: Type.Optional(Type.Integer({ minimum: 2000, maximum: 2200, description: "Decisions taken in this year (the region's calendar)" })),
  implemented: Type.Optional(Type.Boolean({ description: 'Implemented by the published rule (see rule in the answer of GET /dashboard/summary), or not' })),
  meetingId: Type.Optional(Uuid),
};
export const DecisionFilterQuery = Type.Object(DecisionFilterFields, strict);
export const DecisionListQuery = Type.Object({
  ...DecisionFilterFields,
  limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 200, default: 50 })),
  cursor: Type.Optional(Type.String({ maxLength: 200 })),
}, strict);

export const DecisionListItemSchema = Type.Object({
  id: Uuid, meetingId: Uuid, meetingTitleZh: Type.String(), meetingTitleEn: Type.String(),
  titleZh: Type.String(), titleEn: Type.String(), decidedAt: DateTime, timeOfDayKnown: TimeOfDayKnown, isDemo: Type.Boolean(),
  effectKinds: Type.Array(Kind),
  taskCount: Type.Integer({ description: 'Tasks the decision created' }),
  completedTasks: Type.Integer(),
  implemented: Type.Boolean(),
});
export const DecisionList = Type.Object({ ...Page(DecisionListItemSchema).properties, rule: Type.Object({ zh: Type.String(), en: Type.String() }) });
