import { Type } from 'typebox';
import { DateTime, MemberCode, Nullable, Page, StringEnum, Uuid } from '../../shared/schemas.ts';

const DateOnly = Type.String({ format: 'date', description: 'YYYY-MM-DD' });
const Status = StringEnum(['draft', 'signed', 'in_force', 'expired', 'terminated'] as const);
const strict = { additionalProperties: false };

export const IdParams = Type.Object({ id: Uuid });
export const CreatedResponse = Type.Object({ id: Uuid });

export const CreateAgreementBody = Type.Object({
  titleZh: Type.String({ minLength: 1, maxLength: 300 }), titleEn: Type.Optional(Type.String({ maxLength: 300 })),
  meetingId: Type.Optional(Nullable(Uuid)), signedOn: Type.Optional(Nullable(DateOnly)),
  termStart: Type.Optional(Nullable(DateOnly)), termEnd: Type.Optional(Nullable(DateOnly)),
  status: Type.Optional(StringEnum(['draft', 'signed', 'in_force'] as const)),
  parties: Type.Array(Type.Object({ memberCode: Type.Optional(Nullable(MemberCode)), bodyCode: Type.Optional(Nullable(Type.String({ maxLength: 100 }))) }, strict), { minItems: 2, maxItems: 50 }),
  clauses: Type.Optional(Type.Array(Type.Object({ textZh: Type.String({ minLength: 1, maxLength: 5000 }), textEn: Type.Optional(Type.String({ maxLength: 5000 })), taskIds: Type.Optional(Type.Array(Uuid, { maxItems: 100 })) }, strict), { maxItems: 200 })),
}, strict);

export const TransitionBody = Type.Object({ to: Status, version: Type.Integer({ minimum: 1 }) }, strict);
/** The agreement list's filters; the export takes the same ones without paging. */
export const AgreementFilterQuery = Type.Object({ status: Type.Optional(Status) });
export const AgreementListQuery = Type.Object({
  status: Type.Optional(Status), limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 500, default: 200 })), cursor: Type.Optional(Type.String({ maxLength: 200 })),
});

export const AgreementSchema = Type.Object({
  id: Uuid, titleZh: Type.String(), titleEn: Type.String(), meetingId: Nullable(Type.String()), signedOn: Nullable(Type.String()),
  termStart: Nullable(Type.String()), termEnd: Nullable(Type.String()), status: Status, expiryAlertSentAt: Nullable(DateTime), isDemo: Type.Boolean(), version: Type.Integer(),
  parties: Type.Array(Type.Object({ memberCode: Nullable(Type.String()), bodyCode: Nullable(Type.String()) })),
});
export const AgreementList = Page(AgreementSchema);
export const AgreementDetailSchema = Type.Object({
  ...AgreementSchema.properties,
  clauses: Type.Array(Type.Object({
    id: Uuid, textZh: Type.String(), textEn: Type.String(),
    tasks: Type.Array(Type.Object({ id: Uuid, code: Type.String(), titleZh: Type.String(), titleEn: Type.String(), status: Type.String(), progress: Type.Number() })),
  })),
});
