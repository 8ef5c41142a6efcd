import { Type } from 'typebox';
import { DateTime, MemberCode, Nullable, Page, StringEnum, Uuid } from '../../shared/schemas.ts';
import { COMPARISONS, RISK_AREAS, RISK_CODE_PATTERN, RISK_STATUSES } from './risks.models.ts';

const DateOnly = Type.String({ format: 'date', description: 'YYYY-MM-DD' });
const Area = StringEnum(RISK_AREAS);
const Status = StringEnum(RISK_STATUSES);
const Comparison = StringEnum(COMPARISONS);
const Level = Type.Integer({ minimum: 1, maximum: 5 });
const strict = { additionalProperties: false };

export const IdParams = Type.Object({ id: Uuid });
export const TriggerParams = Type.Object({ id: Uuid, triggerId: Uuid });
export const CreatedResponse = Type.Object({ id: Uuid });

const Measure = Type.Object({
  taskId: Type.Optional(Nullable(Uuid)), clauseId: Type.Optional(Nullable(Uuid)),
  textZh: Type.Optional(Type.String({ maxLength: 2000 })), textEn: Type.Optional(Type.String({ maxLength: 2000 })),
}, { ...strict, description: 'A joint measure: exactly one of taskId and clauseId (an agreement clause)' });

const fields = {
  code: Type.String({ pattern: RISK_CODE_PATTERN, description: 'e.g. RISK-ENERGY-01' }),
  titleZh: Type.String({ minLength: 1, maxLength: 300 }), titleEn: Type.Optional(Type.String({ maxLength: 300 })),
  descriptionZh: Type.Optional(Type.String({ maxLength: 5000 })), descriptionEn: Type.Optional(Type.String({ maxLength: 5000 })),
  area: Area, likelihood: Level, impact: Level,
  ownerMemberCodes: Type.Array(MemberCode, { minItems: 1, maxItems: 20, uniqueItems: true }),
  reviewDate: Type.Optional(Nullable(DateOnly)), status: Type.Optional(Status),
  measures: Type.Optional(Type.Array(Measure, { maxItems: 50 })),
  reason: Type.Optional(Type.String({ maxLength: 2000, description: 'Why: kept with the assessment' })),
};
export const CreateRiskBody = Type.Object(fields, strict);
export const UpdateRiskBody = Type.Object({
  ...Type.Partial(Type.Object({ ...fields, reason: Type.String({ maxLength: 2000 }) })).properties,
  version: Type.Integer({ minimum: 1 }),
}, { ...strict, description: 'Only the fields to change; a change of likelihood, impact or status needs a reason' });

export const TriggerBody = Type.Object({
  indicatorCode: Type.String({ minLength: 2, maxLength: 40 }),
  scopeCode: Type.Optional(Nullable(Type.String({ maxLength: 20, description: "A member or city code, or 'region'; null or absent: any scope, each on its own" }))),
  comparison: Comparison, threshold: Type.Number(),
  periods: Type.Integer({ minimum: 1, maximum: 36, description: 'Consecutive periods that must cross' }),
}, strict);

const filters = {
  area: Type.Optional(Area), status: Type.Optional(Status), member: Type.Optional(MemberCode),
  q: Type.Optional(Type.String({ minLength: 1, maxLength: 100, description: 'Part of the code or title' })),
};
export const RiskFilterQuery = Type.Object(filters);
export const RiskListQuery = Type.Object({
  ...filters, limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 500, default: 100 })), cursor: Type.Optional(Type.String({ maxLength: 200 })),
});

export const RiskSchema = Type.Object({
  id: Uuid, code: Type.String(), titleZh: Type.String(), titleEn: Type.String(), descriptionZh: Type.String(), descriptionEn: Type.String(),
  area: Area, likelihood: Level, impact: Level, score: Type.Integer(), ownerMemberCodes: Type.Array(Type.String()), reviewDate: Nullable(Type.String()),
  status: Status, isDemo: Type.Boolean(), version: Type.Integer(), updatedAt: DateTime,
});
export const RiskList = Page(RiskSchema);
export const Heatmap = Type.Object({
  cells: Type.Array(Type.Object({ likelihood: Level, impact: Level, count: Type.Integer() })), total: Type.Integer(),
});

export const RiskDetail = Type.Object({
  ...RiskSchema.properties,
  canEdit: Type.Boolean(),
  measures: Type.Array(Type.Object({
    id: Uuid, textZh: Type.String(), textEn: Type.String(),
    task: Nullable(Type.Object({ id: Uuid, code: Type.String(), titleZh: Type.String(), titleEn: Type.String(), status: Type.String(), progress: Type.Number() })),
    clause: Nullable(Type.Object({ id: Uuid, textZh: Type.String(), textEn: Type.String(), agreementId: Uuid, agreementTitleZh: Type.String(), agreementTitleEn: Type.String() })),
  })),
  triggers: Type.Array(Type.Object({
    id: Uuid, indicatorCode: Type.String(), indicatorNameZh: Type.String(), indicatorNameEn: Type.String(), unitZh: Type.String(), unitEn: Type.String(), frequency: Type.String(),
    scopeCode: Nullable(Type.String()), comparison: Comparison, threshold: Type.Number(), periods: Type.Integer(),
    states: Type.Array(Type.Object({ scopeCode: Type.String(), crossed: Type.Boolean(), lastPeriod: Type.String() })),
  })),
  alerts: Type.Array(Type.Object({
    id: Uuid, triggerId: Uuid, indicatorCode: Type.String(), scopeCode: Type.String(), comparison: Comparison, threshold: Type.Number(), period: Type.String(), value: Type.Number(),
    periods: Type.Array(Type.Object({ period: Type.String(), value: Type.Number() })), raisedBy: Type.String(), raisedAt: DateTime, isDemo: Type.Boolean(),
  })),
  assessments: Type.Array(Type.Object({
    revision: Type.Integer(), likelihood: Level, impact: Level, score: Type.Integer(), status: Status, reason: Type.String(), assessedBy: Type.String(), assessedAt: DateTime,
  })),
});
