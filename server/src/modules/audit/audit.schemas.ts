import { Type } from 'typebox';
import { MemberCode, Nullable, Page, StringEnum, Uuid } from '../../shared/schemas.ts';

export const AuditEventSchema = Type.Object({
  seq: Type.String(),
  id: Uuid,
  occurredAt: Type.String({ description: 'ISO 8601 in the region time zone, with offset' }),
  actorUserId: Nullable(Type.String()),
  actorUsername: Nullable(Type.String()),
  actorMemberCode: Nullable(Type.String()),
  actorDisplayName: Nullable(Type.String({ description: "The actor's display name now; null for the system or a removed account" })),
  action: Type.String(),
  outcome: StringEnum(['success', 'denied', 'failure'] as const),
  objectType: Nullable(Type.String()),
  objectId: Nullable(Type.String()),
  objectTitleZh: Nullable(Type.String({ description: "The object's title (a user's display name) now, when it has one" })),
  objectTitleEn: Nullable(Type.String()),
  summary: Type.Object({}, { additionalProperties: true }),
  ip: Nullable(Type.String()),
  hash: Type.String(),
});

/** The audit list's filters; the export takes the same ones without paging. */
const AuditFilterFields = {
  actorUserId: Type.Optional(Uuid),
  action: Type.Optional(Type.String({ maxLength: 100, description: 'Prefix, e.g. "user." or "auth.login"' })),
  objectType: Type.Optional(Type.String({ maxLength: 50 })),
  objectId: Type.Optional(Type.String({ maxLength: 100 })),
  outcome: Type.Optional(StringEnum(['success', 'denied', 'failure'] as const)),
  memberCode: Type.Optional(MemberCode),
  from: Type.Optional(Type.String({ format: 'date-time' })),
  to: Type.Optional(Type.String({ format: 'date-time' })),
};
export const AuditFilterQuery = Type.Object(AuditFilterFields, { additionalProperties: false });
export const AuditListQuery = Type.Object(
  {
    ...AuditFilterFields,
    cursor: Type.Optional(Type.String({ maxLength: 200 })),
    limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 200, default: 50 })),
  },
  { additionalProperties: false },
);

export const AuditPage = Page(AuditEventSchema);
