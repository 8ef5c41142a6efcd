import { Type } from 'typebox';
import { DateTime, MemberCode, Nullable, Page, StringEnum, Uuid } from '../../shared/schemas.ts';

export const MeetingTypeSchema = StringEnum(['annual_symposium', 'joint_meeting', 'sg_symposium', 'research_symposium', 'working_group', 'forum', 'results_conference', 'site_visit'] as const);
const Tier = StringEnum(['decision', 'coordination', 'execution'] as const);
const Status = StringEnum(['planned', 'published', 'held', 'cancelled'] as const);
const Role = StringEnum(['attendee', 'presider', 'speaker', 'invited_guest'] as const);
const Text = (max = 300) => Type.String({ maxLength: max });
const Name = Type.String({ minLength: 1, maxLength: 300 });

export const IdParams = Type.Object({ id: Uuid });

const ParticipantBody = Type.Object({
  nameZh: Name, nameEn: Type.Optional(Text()), titleZh: Type.Optional(Text()), titleEn: Type.Optional(Text()),
  memberCode: Type.Optional(Nullable(MemberCode)), organisation: Type.Optional(Text()), role: Role,
}, { additionalProperties: false });

export const CreateMeetingBody = Type.Object({
  type: MeetingTypeSchema, tier: Tier,
  bodyCode: Type.Optional(Nullable(Type.String({ maxLength: 100 }))),
  hostMemberCode: Type.Optional(Nullable(MemberCode)),
  hostCityCode: Type.Optional(Nullable(MemberCode)),
  startsAt: DateTime, endsAt: DateTime,
  venueZh: Type.Optional(Text()), venueEn: Type.Optional(Text()),
  titleZh: Name, titleEn: Type.Optional(Text()),
  themeZh: Type.Optional(Text()), themeEn: Type.Optional(Text()),
  parentMeetingId: Type.Optional(Nullable(Uuid)),
  status: Type.Optional(Status),
  participants: Type.Optional(Type.Array(ParticipantBody, { maxItems: 500 })),
  agenda: Type.Optional(Type.Array(Type.Object({ titleZh: Name, titleEn: Type.Optional(Text()) }, { additionalProperties: false }), { maxItems: 200 })),
}, { additionalProperties: false });

/** Any field of a meeting, with the version the editor read; participants and agenda replace the whole list. */
export const UpdateMeetingBody = Type.Object({
  ...Type.Partial(CreateMeetingBody).properties,
  version: Type.Integer({ minimum: 1 }),
}, { additionalProperties: false });

/** The meeting list's filters; the export takes the same ones without paging. */
const MeetingFilterFields = {
  from: Type.Optional(DateTime), to: Type.Optional(DateTime), type: Type.Optional(MeetingTypeSchema), tier: Type.Optional(Tier),
  order: Type.Optional(StringEnum(['asc', 'desc'] as const, { description: 'asc: oldest first (the calendar, default); desc: newest first (the list)' })),
};
export const MeetingFilterQuery = Type.Object(MeetingFilterFields);
export const MeetingListQuery = Type.Object({
  ...MeetingFilterFields,
  limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 500, default: 200 })),
  cursor: Type.Optional(Type.String({ maxLength: 200 })),
});

export const MeetingSchema = Type.Object({
  id: Uuid, type: MeetingTypeSchema, tier: Tier, bodyCode: Nullable(Type.String()), hostMemberCode: Nullable(Type.String()), hostCityCode: Nullable(Type.String()),
  startsAt: DateTime, endsAt: DateTime,
  timeOfDayKnown: Type.Boolean({ description: 'False when the record gives the day only: startsAt/endsAt are then nominal (order, calendars) and shown as dates' }),
  venueZh: Type.String(), venueEn: Type.String(), titleZh: Type.String(), titleEn: Type.String(),
  themeZh: Type.String(), themeEn: Type.String(), parentMeetingId: Nullable(Type.String()), status: Status, isDemo: Type.Boolean(), version: Type.Integer(),
});
export const MeetingList = Page(MeetingSchema);

export const MeetingDetailSchema = Type.Object({
  ...MeetingSchema.properties,
  participants: Type.Array(Type.Object({ id: Uuid, nameZh: Type.String(), nameEn: Type.String(), titleZh: Type.String(), titleEn: Type.String(), memberCode: Nullable(Type.String()), organisation: Type.String(), role: Role })),
  agenda: Type.Array(Type.Object({ id: Uuid, titleZh: Type.String(), titleEn: Type.String() })),
  sessions: Type.Array(MeetingSchema),
  approvingMembers: Type.Array(Type.String()),
  minutes: Type.Array(Type.Object({
    id: Uuid, revision: Type.Integer(), bodyZh: Type.String(), bodyEn: Type.String(), status: StringEnum(['draft', 'superseded', 'final'] as const),
    draftedAt: DateTime, finalisedAt: Nullable(DateTime),
    approvals: Type.Array(Type.Object({ memberCode: Type.String(), verdict: StringEnum(['approve', 'request_change'] as const), comment: Type.String(), decidedAt: DateTime })),
  })),
  decisions: Type.Array(Type.Object({ id: Uuid, titleZh: Type.String(), titleEn: Type.String(), decidedAt: DateTime, timeOfDayKnown: Type.Boolean(), isDemo: Type.Boolean() })),
});

export const DraftMinutesBody = Type.Object({ bodyZh: Type.String({ minLength: 1, maxLength: 100000 }), bodyEn: Type.Optional(Type.String({ maxLength: 100000 })) }, { additionalProperties: false });
export const MinutesVerdictBody = Type.Object({
  memberCode: MemberCode, verdict: StringEnum(['approve', 'request_change'] as const), comment: Type.Optional(Type.String({ maxLength: 5000 })),
}, { additionalProperties: false });

export const CreatedResponse = Type.Object({ id: Uuid });
export const NextHostSchema = Type.Object({
  year: Type.Integer(), memberCode: Type.String(), order: Type.Array(Type.String()),
  lastHost: Nullable(Type.Object({ year: Type.Integer(), memberCode: Type.String() })),
});
