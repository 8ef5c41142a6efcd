import { Type } from 'typebox';
import { DateTime, MemberCode, Nullable, Page, Uuid } from '../../shared/schemas.ts';
import { IndicatorCode, ObservationStatusSchema, ScopeCode, Year } from './indicators.schemas.ts';

const strict = { additionalProperties: false };
const Period = Type.String({ maxLength: 7, description: "'2024' (yearly), '2024-Q1' (quarterly) or '2024-03' (monthly), by the indicator's frequency" });
const Source = Type.String({ maxLength: 500 });
const Note = Type.String({ maxLength: 2000 });

export const IdParams = Type.Object({ id: Uuid });

export const CreateObservationBody = Type.Object({
  indicatorCode: IndicatorCode, scopeCode: ScopeCode, period: Period, value: Type.Number(),
  memberCode: Type.Optional(Nullable(MemberCode)),
  source: Type.Optional(Source), note: Type.Optional(Note), status: Type.Optional(ObservationStatusSchema),
}, strict);

export const CorrectObservationBody = Type.Object({
  value: Type.Number(), reason: Type.String({ minLength: 1, maxLength: 2000 }),
  source: Type.Optional(Source), note: Type.Optional(Note), version: Type.Integer({ minimum: 1 }),
}, strict);

export const ObservationListQuery = Type.Object({
  indicator: Type.Optional(IndicatorCode), scope: Type.Optional(ScopeCode), member: Type.Optional(MemberCode),
  year: Type.Optional(Year), status: Type.Optional(ObservationStatusSchema),
  limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 500, default: 100 })), cursor: Type.Optional(Type.String({ maxLength: 200 })),
});

export const ObservationSchema = Type.Object({
  id: Uuid, indicatorCode: Type.String(), scopeCode: Type.String(), memberCode: Nullable(Type.String()), cityCode: Nullable(Type.String()),
  period: Type.String(), year: Type.Integer(), value: Type.Number(), firstValue: Type.Number(), status: ObservationStatusSchema,
  source: Type.String(), note: Type.String(), revision: Type.Integer(), isDemo: Type.Boolean(), version: Type.Integer(), updatedAt: DateTime,
});
export const ObservationPage = Page(ObservationSchema);
export const RevisionSchema = Type.Object({
  id: Uuid, observationId: Uuid, revision: Type.Integer(), value: Type.Number(), status: ObservationStatusSchema,
  source: Type.String(), note: Type.String(), reason: Type.String(), changedBy: Nullable(Uuid), changedByName: Type.String(),
  tokenId: Nullable(Uuid), changedAt: DateTime,
});
export const ObservationDetailSchema = Type.Object({ ...ObservationSchema.properties, revisions: Type.Array(RevisionSchema) });
