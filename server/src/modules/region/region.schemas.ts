import { Type } from 'typebox';
import { DateTime, MemberCode, Nullable, Page, PageQuery, StringEnum } from '../../shared/schemas.ts';

const TierSchema = StringEnum(['decision', 'coordination', 'execution', 'observer'] as const);

export const CitySchema = Type.Object({
  code: Type.String(),
  memberCode: Type.String(),
  nameZh: Type.String(),
  nameEn: Type.String(),
  memberShortZh: Type.String(),
  memberShortEn: Type.String(),
});

export const MemberSchema = Type.Object({
  code: Type.String(),
  regionId: Type.String(),
  kind: StringEnum(['municipality', 'province'] as const),
  nameZh: Type.String(),
  nameEn: Type.String(),
  shortZh: Type.String(),
  shortEn: Type.String(),
  cityCount: Type.Integer(),
});

export const MemberDetailSchema = Type.Object({ ...MemberSchema.properties, cities: Type.Array(CitySchema) });

export const BodySchema = Type.Object({
  code: Type.String(),
  tier: TierSchema,
  kind: Type.String(),
  nameZh: Type.String(),
  nameEn: Type.String(),
  descriptionZh: Type.String(),
  descriptionEn: Type.String(),
  parentCode: Nullable(Type.String()),
  memberCode: Nullable(Type.String()),
  rhythm: Type.String(),
  provenance: StringEnum(['source', 'configuration'] as const, { description: '"configuration": set up for this deployment (e.g. the working groups), not named by a source record' }),
});

export const RegionSchema = Type.Object({
  region: Nullable(
    Type.Object({
      id: Type.String(),
      nameZh: Type.String(),
      nameEn: Type.String(),
      timeZone: Type.String(),
      dataVersion: Type.String(),
      loadedAt: DateTime,
    }),
  ),
  counts: Type.Object({ members: Type.Integer(), cities: Type.Integer(), bodies: Type.Integer() }),
});

export const MemberListQuery = Type.Object({ ...PageQuery }, { additionalProperties: false });
export const CityListQuery = Type.Object(
  { memberCode: Type.Optional(MemberCode), q: Type.Optional(Type.String({ maxLength: 50 })), ...PageQuery },
  { additionalProperties: false },
);
export const BodyListQuery = Type.Object(
  { tier: Type.Optional(TierSchema), memberCode: Type.Optional(MemberCode), ...PageQuery },
  { additionalProperties: false },
);
export const CodeParams = Type.Object({ code: Type.String({ pattern: '^[0-9]{6}$' }) });
export const BodyCodeParams = Type.Object({ code: Type.String({ minLength: 1, maxLength: 64 }) });

export const MemberPage = Page(MemberSchema);
export const CityPage = Page(CitySchema);
export const BodyPage = Page(BodySchema);
