import { Type } from 'typebox';
import { DateTime, Nullable, Page, StringEnum, Uuid } from '../../shared/schemas.ts';
import { DISCLOSURE_LEVELS, PUBLICATION_STATES } from './publications.models.ts';

const strict = { additionalProperties: false };
export const Disclosure = StringEnum(DISCLOSURE_LEVELS as ['internal', 'inter_government', 'public']);
export const State = StringEnum(PUBLICATION_STATES as ['draft', 'approved', 'published', 'withdrawn']);
const Kind = Type.String({ pattern: '^[a-z_]{2,30}$', description: 'plan, task, meeting, decision, agreement, indicator (more as registers get a projector)' });

export const IdParams = Type.Object({ id: Uuid });
export const CreatedResponse = Type.Object({ id: Uuid });
export const ProposeBody = Type.Object({ kind: Kind, recordId: Uuid, disclosure: Type.Optional(Disclosure) }, strict);
export const DisclosureBody = Type.Object({ disclosure: Disclosure, version: Type.Integer({ minimum: 1 }) }, strict);
export const TransitionBody = Type.Object({ to: State, version: Type.Integer({ minimum: 1 }) }, strict);
export const ListQuery = Type.Object({
  kind: Type.Optional(Kind), state: Type.Optional(State), disclosure: Type.Optional(Disclosure),
  limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 500, default: 100 })), cursor: Type.Optional(Type.String({ maxLength: 200 })),
});

const NamedCode = Type.Object({ code: Type.String(), nameZh: Type.String(), nameEn: Type.String() });
const Row = Type.Object({
  zh: Type.String(), en: Type.String(), detailZh: Type.Optional(Type.String()), detailEn: Type.Optional(Type.String()),
  status: Type.Optional(Nullable(Type.String())), progress: Type.Optional(Nullable(Type.Number())), date: Type.Optional(Nullable(Type.String())),
});
export const SnapshotSchema = Type.Object({
  kind: Type.String(), code: Nullable(Type.String()), titleZh: Type.String(), titleEn: Type.String(), summaryZh: Type.String(), summaryEn: Type.String(),
  date: Nullable(Type.String()), endDate: Nullable(Type.String()), status: Nullable(Type.String()), progress: Nullable(Type.Number()),
  members: Type.Array(NamedCode), cities: Type.Array(NamedCode), bodies: Type.Array(NamedCode),
  sections: Type.Array(Type.Object({ key: Type.String(), rows: Type.Array(Row) })),
  series: Type.Optional(Type.Object({
    unitZh: Type.String(), unitEn: Type.String(), periods: Type.Array(Type.String()),
    lines: Type.Array(Type.Object({ ...NamedCode.properties, values: Type.Array(Nullable(Type.Number())) })),
  })),
  map: Type.Optional(Type.Object({ year: Nullable(Type.Integer()), values: Type.Array(Type.Object({ ...NamedCode.properties, value: Type.Number() })) })),
});

export const PublicationSchema = Type.Object({
  id: Uuid, kind: Type.String(), recordId: Uuid, disclosure: Disclosure, state: State, titleZh: Type.String(), titleEn: Type.String(),
  approvedAt: Nullable(DateTime), publishedAt: Nullable(DateTime), withdrawnAt: Nullable(DateTime), isDemo: Type.Boolean(), version: Type.Integer(),
  createdAt: DateTime, updatedAt: DateTime,
});
export const PublicationList = Page(PublicationSchema);
export const PublicationDetail = Type.Object({
  ...PublicationSchema.properties,
  /** Frozen at approval: exactly what the portal shows once published. */
  snapshot: Nullable(SnapshotSchema),
  /** A draft's current projection (what approval would freeze now); null past draft. */
  preview: Nullable(SnapshotSchema),
  steps: Type.Array(Type.Object({ step: Type.String(), fromState: Nullable(Type.String()), toState: Type.String(), disclosure: Disclosure, actorName: Type.String(), at: DateTime })),
});
