import { Type } from 'typebox';
import { DateTime, MemberCode, Nullable, Page, StringEnum, Uuid } from '../../shared/schemas.ts';

const Tier = StringEnum(['execution', 'coordination', 'decision'] as const);
const Status = StringEnum(['open', 'resolved', 'withdrawn'] as const);
const Urgency = StringEnum(['high', 'normal', 'low'] as const);
const strict = { additionalProperties: false };

export const IdParams = Type.Object({ id: Uuid });
export const CreatedResponse = Type.Object({ id: Uuid });

export const RaiseMatterBody = Type.Object({
  titleZh: Type.String({ minLength: 1, maxLength: 300 }), titleEn: Type.Optional(Type.String({ maxLength: 300 })),
  descriptionZh: Type.Optional(Type.String({ maxLength: 20000 })), descriptionEn: Type.Optional(Type.String({ maxLength: 20000 })),
  raisedByMemberCode: Type.Optional(Nullable(MemberCode)),
  raisedByBodyCode: Type.Optional(Nullable(Type.String({ maxLength: 100 }))),
  affectedMemberCodes: Type.Array(MemberCode, { maxItems: 20 }),
  focusAreaId: Type.Optional(Nullable(Uuid)),
  urgency: Type.Optional(Urgency),
}, strict);

export const ChangeTierBody = Type.Object({ direction: StringEnum(['up', 'down'] as const), reason: Type.String({ minLength: 1, maxLength: 5000 }) }, strict);
export const WithdrawBody = Type.Object({ reason: Type.String({ minLength: 1, maxLength: 5000 }) }, strict);
export const CoordinateBody = Type.Object({ note: Type.String({ minLength: 1, maxLength: 5000 }) }, strict);

/** The matter list's filters; the export takes the same ones without paging. */
const MatterFilterFields = {
  status: Type.Optional(Status), tier: Type.Optional(Tier), memberCode: Type.Optional(MemberCode),
  resolvedYear: Type.Optional(Type.Integer({ minimum: 2000, maximum: 2200, description: "Matters resolved by a decision taken in this year (the region's calendar)" })),
};
export const MatterFilterQuery = Type.Object(MatterFilterFields);
export const MatterListQuery = Type.Object({
  ...MatterFilterFields,
  limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 500, default: 200 })),
  cursor: Type.Optional(Type.String({ maxLength: 200 })),
});

export const MatterSchema = Type.Object({
  id: Uuid, titleZh: Type.String(), titleEn: Type.String(), descriptionZh: Type.String(), descriptionEn: Type.String(),
  raisedByMemberCode: Nullable(Type.String()), raisedByBodyCode: Nullable(Type.String()), focusAreaId: Nullable(Type.String()),
  urgency: Urgency, tier: Tier, status: Status,
  deadlines: Type.Object({ execution: Nullable(DateTime), coordination: Nullable(DateTime), decision: Nullable(DateTime) }),
  resolvedByDecisionId: Nullable(Type.String()), raisedAt: DateTime, isDemo: Type.Boolean(), version: Type.Integer(),
  memberCodes: Type.Array(Type.String(), { description: 'Members party to the matter: the one that raised it and those affected' }),
});
export const MatterList = Page(MatterSchema);

export const MatterDetailSchema = Type.Object({
  ...MatterSchema.properties,
  timeline: Type.Array(Type.Object({
    kind: Type.String(), fromTier: Nullable(Type.String()), toTier: Nullable(Type.String()), reason: Type.String(),
    decisionId: Nullable(Type.String()), actorUsername: Type.String(), occurredAt: DateTime,
    actorDisplayName: Nullable(Type.String({ description: "The actor's display name; null for the system" })),
    decisionTitleZh: Nullable(Type.String()), decisionTitleEn: Nullable(Type.String()),
  })),
});

export const MatterBoardSchema = Type.Object({
  tiers: Type.Array(Type.Object({
    tier: Tier,
    total: Type.Integer({ description: 'Open matters at this tier in all; the board lists at most 1000 (the oldest) across tiers' }),
    matters: Type.Array(Type.Object({ ...MatterSchema.properties, ageDays: Type.Integer(), overdue: Type.Boolean() })),
  })),
});
